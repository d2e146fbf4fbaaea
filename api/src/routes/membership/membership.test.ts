import { AuthorityProfileSchema } from "@ldd/shared/authorities";
import { ErrorBodySchema } from "@ldd/shared/errors";
import { type AuthorityMembership, AuthorityMembershipSchema } from "@ldd/shared/membership";
import { describe, expect, it } from "vitest";
import { TEST_TODAY } from "../../testing/test-database.ts";
import {
  admin,
  CAMDEN,
  countAudit,
  get,
  HACKNEY,
  reviewer,
  send,
  setUpWorkspaceTests,
} from "../../testing/workspace-context.ts";

setUpWorkspaceTests();

async function membershipOf(gss: string, cookie = admin): Promise<AuthorityMembership> {
  const response = await get(`/api/membership/${gss}`, cookie);
  expect(response.status).toBe(200);
  return AuthorityMembershipSchema.parse(await response.json());
}

async function profileMembership(gss: string) {
  const profile = AuthorityProfileSchema.parse(await (await get(`/api/authorities/${gss}`)).json());
  return {
    events: profile.membership,
    member: profile.authority.lotiMember,
    founding: profile.authority.foundingMember,
  };
}

describe("LOTI membership, as administrators record it", () => {
  it("shows the confirmed founders as founding members, with the reason, to LOTI and the public", async () => {
    const hackney = await membershipOf(HACKNEY, reviewer);
    expect(hackney.foundingMember).toBe(true);
    expect(hackney.events[0]).toMatchObject({ kind: "founding", effectiveDate: "2019-06-10" });
    expect(hackney.events[0]?.reason).toMatch(/founding member/);
    const publicView = await profileMembership(HACKNEY);
    expect(publicView.founding).toBe(true);
    expect(publicView.events[0]).toMatchObject({ kind: "founding", effectiveDate: "2019-06-10" });
  });

  it("records a leave and a later join, dated with a reason, published at once with one audit entry each", async () => {
    const before = await membershipOf(CAMDEN);
    expect(before.member).toBe(true);
    const audits = await countAudit();
    const left = await send(
      "POST",
      `/api/membership/${CAMDEN}/events`,
      {
        kind: "left",
        effectiveDate: "2026-04-01",
        reason: "Did not renew for 2026/27",
        expectedVersion: before.version,
      },
      admin,
    );
    expect(left.status).toBe(201);
    const afterLeaving = AuthorityMembershipSchema.parse(await left.json());
    expect(afterLeaving.member).toBe(false);
    expect(afterLeaving.version).toBe(before.version + 1);
    expect(afterLeaving.events.at(-1)).toMatchObject({ kind: "left", reason: "Did not renew for 2026/27" });
    expect(afterLeaving.events.at(-1)?.recordedBy).toBeTruthy();
    expect(await countAudit()).toBe(audits + 1);
    expect((await profileMembership(CAMDEN)).member).toBe(false);

    const joined = await send(
      "POST",
      `/api/membership/${CAMDEN}/events`,
      { kind: "joined", effectiveDate: TEST_TODAY, reason: "Renewed", expectedVersion: afterLeaving.version },
      admin,
    );
    expect(joined.status).toBe(201);
    const publicView = await profileMembership(CAMDEN);
    expect(publicView.member).toBe(true);
    expect(publicView.events.slice(-2).map((event) => [event.kind, event.reason])).toEqual([
      ["left", "Did not renew for 2026/27"],
      ["joined", "Renewed"],
    ]);
  });

  it("refuses a history that makes no sense, naming the problem", async () => {
    const hackney = await membershipOf(HACKNEY);
    const attempts = [
      [
        { kind: "joined", effectiveDate: "2026-01-01" },
        "kind",
        "Hackney was already a member on 1 January 2026",
      ],
      [{ kind: "founding", effectiveDate: "2020-01-01" }, "kind", /founding member joined at LOTI’s launch/],
      [{ kind: "left", effectiveDate: "2018-01-01" }, "effectiveDate", /on or after 10 June 2019/],
      [
        { kind: "left", effectiveDate: "2099-01-01" },
        "effectiveDate",
        "The date must be today or in the past",
      ],
      [{ kind: "left", effectiveDate: "2026--01" }, "effectiveDate.month", "Date must include a month"],
    ] as const;
    for (const [body, path, message] of attempts) {
      const response = await send(
        "POST",
        `/api/membership/${HACKNEY}/events`,
        { ...body, reason: "Testing", expectedVersion: hackney.version },
        admin,
      );
      expect(response.status, JSON.stringify(body)).toBe(400);
      const issue = ErrorBodySchema.parse(await response.json()).error.issues?.find((i) =>
        i.path.endsWith(path),
      );
      expect(issue?.message).toMatch(message);
    }
    expect((await membershipOf(HACKNEY)).version).toBe(hackney.version);
  });

  it("refuses a change based on a stale version with 409 and the membership as it stands", async () => {
    const hackney = await membershipOf(HACKNEY);
    const response = await send(
      "POST",
      `/api/membership/${HACKNEY}/events`,
      { kind: "left", effectiveDate: TEST_TODAY, reason: "Stale", expectedVersion: hackney.version - 1 },
      admin,
    );
    expect(response.status).toBe(409);
    const body = ErrorBodySchema.parse(await response.json());
    expect(body.error.code).toBe("conflict");
    expect(AuthorityMembershipSchema.parse(body.error.current).version).toBe(hackney.version);
  });

  it("withdraws an event recorded in error, keeping it in the audit trail, but never one that would break the history", async () => {
    const start = await membershipOf(HACKNEY);
    const left = AuthorityMembershipSchema.parse(
      await (
        await send(
          "POST",
          `/api/membership/${HACKNEY}/events`,
          {
            kind: "left",
            effectiveDate: TEST_TODAY,
            reason: "Typed in error",
            expectedVersion: start.version,
          },
          admin,
        )
      ).json(),
    );
    const mistake = left.events.at(-1);
    if (!mistake) throw new Error("the leave should stand");
    const founding = left.events[0];
    if (!founding) throw new Error("the founding join should stand");
    const breaking = await send(
      "POST",
      `/api/membership/${HACKNEY}/events/${founding.id}/withdraw`,
      { reason: "No", expectedVersion: left.version },
      admin,
    );
    expect(breaking.status).toBe(400);
    const withdrawn = await send(
      "POST",
      `/api/membership/${HACKNEY}/events/${mistake.id}/withdraw`,
      { reason: "Recorded for the wrong authority", expectedVersion: left.version },
      admin,
    );
    expect(withdrawn.status).toBe(200);
    const after = AuthorityMembershipSchema.parse(await withdrawn.json());
    expect(after.events.map((event) => event.id)).toEqual(start.events.map((event) => event.id));
    expect(after.member).toBe(true);
    expect(after.version).toBe(left.version + 1);
    expect((await profileMembership(HACKNEY)).member).toBe(true);
  });

  it("is recorded by administrators only; reviewers read it; editors neither", async () => {
    const hackney = await membershipOf(HACKNEY);
    const body = { kind: "left", effectiveDate: TEST_TODAY, reason: "No", expectedVersion: hackney.version };
    expect((await send("POST", `/api/membership/${HACKNEY}/events`, body, reviewer)).status).toBe(403);
    expect((await get(`/api/membership/${HACKNEY}`)).status).toBe(401);
  });
});
