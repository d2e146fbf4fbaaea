import { formatLongDate } from "@ldd/shared/dates";
import {
  type AuthorityMembership,
  checkMembershipSequence,
  type MembershipStep,
} from "@ldd/shared/membership";
import { LOTI_LAUNCH_DATE } from "@ldd/shared/reference-data";
import type { Context } from "hono";
import type { Database } from "../../db/client.ts";
import { type Authority, findAuthority } from "../../domain/authorities.ts";
import { auditedWrite } from "../../lib/audited-write.ts";
import { requireRole } from "../../lib/auth/middleware.ts";
import { ApiError } from "../../lib/errors.ts";
import type { AppBindings, AppRouteHandler } from "../../lib/types.ts";
import {
  insertMembershipEvent,
  lockAuthority,
  type MembershipRow,
  readMembership,
} from "./membership.repository.ts";
import type { getMembership, recordMembershipEvent, withdrawMembershipEvent } from "./membership.routes.ts";

async function authorityOr404(c: Context<AppBindings>, gss: string): Promise<Authority> {
  const authority = await findAuthority(c.var.database.db, gss);
  if (!authority) throw new ApiError(404, "not_found", `No authority has the code ${gss}`);
  return authority;
}

async function membershipOf(db: Database, authority: Authority, today: string): Promise<AuthorityMembership> {
  const { version, events } = await readMembership(db, authority.id);
  const standingToday = events.filter((event) => event.effectiveDate <= today);
  return {
    authority: { gss: authority.gss, name: authority.name },
    version,
    member: standingToday.length > 0 && standingToday.at(-1)?.kind !== "left",
    foundingMember:
      events[0]?.kind === "founding" ||
      (events[0]?.kind === "joined" && events[0].effectiveDate === LOTI_LAUNCH_DATE),
    events: events.map(({ id, kind, effectiveDate, reason, recordedAt, recordedBy }) => ({
      id,
      kind,
      effectiveDate,
      reason,
      recordedAt,
      recordedBy,
    })),
  };
}

/** 409 with the membership as it now stands when it changed since the administrator read it. */
async function checkVersion(
  tx: Database,
  authority: Authority,
  today: string,
  versions: { expected: number; current: number },
) {
  if (versions.current === versions.expected) return;
  throw new ApiError(
    409,
    "conflict",
    `${authority.name}'s membership changed since you read it. Read it again, then record your change.`,
    { current: await membershipOf(tx, authority, today) },
  );
}

/** The history would make no sense (two joins in a row, a leave before any join): 400 naming the field. */
function checkSequence(authority: Authority, events: readonly MembershipStep[], field: string) {
  const problem = checkMembershipSequence(authority.name, events);
  if (problem) {
    throw new ApiError(400, "invalid_request", problem, { issues: [{ path: field, message: problem }] });
  }
}

const byEffectiveDate = (rows: readonly MembershipStep[]) =>
  [...rows].sort((a, b) => a.effectiveDate.localeCompare(b.effectiveDate));

export const getMembershipHandler: AppRouteHandler<typeof getMembership> = async (c) => {
  const { gss } = c.req.valid("param");
  const authority = await authorityOr404(c, gss);
  return c.json(await membershipOf(c.var.database.db, authority, c.var.today()), 200);
};

export const recordMembershipEventHandler: AppRouteHandler<typeof recordMembershipEvent> = async (c) => {
  const admin = requireRole(c, "admin");
  const { gss } = c.req.valid("param");
  const input = c.req.valid("json");
  const authority = await authorityOr404(c, gss);
  const today = c.var.today();
  const dateProblem =
    input.effectiveDate > today
      ? "The date must be today or in the past"
      : input.effectiveDate < LOTI_LAUNCH_DATE
        ? `The date must be on or after ${formatLongDate(LOTI_LAUNCH_DATE)}, when LOTI was launched`
        : null;
  if (dateProblem) {
    throw new ApiError(400, "invalid_request", dateProblem, {
      issues: [{ path: "effectiveDate", message: dateProblem }],
    });
  }
  const membership = await auditedWrite(c.var.database, { changesPublicData: true }, async (tx) => {
    await lockAuthority(tx, authority.id);
    const before = await readMembership(tx, authority.id);
    await checkVersion(tx, authority, today, { expected: input.expectedVersion, current: before.version });
    // A new event on a day that already has one comes after it.
    const events = [
      ...byEffectiveDate(before.events),
      { kind: input.kind, effectiveDate: input.effectiveDate },
    ];
    checkSequence(authority, byEffectiveDate(events), "kind");
    const id = await insertMembershipEvent(tx, {
      authorityId: authority.id,
      kind: input.kind,
      effectiveDate: input.effectiveDate,
      reason: input.reason,
      recordedBy: admin.id,
    });
    return {
      result: await membershipOf(tx, authority, today),
      audit: {
        actor: admin,
        authorityId: authority.id,
        action: `membership_${input.kind}`,
        recordType: "membership",
        recordId: id,
        after: { kind: input.kind, effectiveDate: input.effectiveDate },
        reason: input.reason,
      },
    };
  });
  return c.json(membership, 201);
};

export const withdrawMembershipEventHandler: AppRouteHandler<typeof withdrawMembershipEvent> = async (c) => {
  const admin = requireRole(c, "admin");
  const { gss, id } = c.req.valid("param");
  const input = c.req.valid("json");
  const authority = await authorityOr404(c, gss);
  const today = c.var.today();
  const membership = await auditedWrite(c.var.database, { changesPublicData: true }, async (tx) => {
    await lockAuthority(tx, authority.id);
    const before = await readMembership(tx, authority.id);
    const event: MembershipRow | undefined = before.events.find((row) => row.id === id);
    if (!event)
      throw new ApiError(404, "not_found", `${authority.name} has no standing membership event ${id}`);
    await checkVersion(tx, authority, today, { expected: input.expectedVersion, current: before.version });
    checkSequence(
      authority,
      before.events.filter((row) => row.id !== id),
      "reason",
    );
    const withdrawalId = await insertMembershipEvent(tx, {
      authorityId: authority.id,
      kind: event.kind,
      effectiveDate: event.effectiveDate,
      reason: input.reason,
      recordedBy: admin.id,
      supersedesId: event.id,
      withdrawn: true,
    });
    return {
      result: await membershipOf(tx, authority, today),
      audit: {
        actor: admin,
        authorityId: authority.id,
        action: "membership_withdrawn",
        recordType: "membership",
        recordId: withdrawalId,
        before: { id: event.id, kind: event.kind, effectiveDate: event.effectiveDate, reason: event.reason },
        reason: input.reason,
      },
    };
  });
  return c.json(membership, 200);
};
