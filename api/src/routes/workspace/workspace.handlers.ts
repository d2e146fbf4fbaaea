import type { ErrorBody } from "@ldd/shared/errors";
import type { Context } from "hono";
import { type Database, runWrite } from "../../db/client.ts";
import { writeAudit } from "../../lib/audit.ts";
import { requireAuthorityAccess } from "../../lib/auth/middleware.ts";
import type { SessionAccount } from "../../lib/auth/sessions.ts";
import { conflictBody, StaleVersionError } from "../../lib/conflict.ts";
import { ApiError } from "../../lib/errors.ts";
import type { AppBindings, AppRouteHandler } from "../../lib/types.ts";
import {
  importRefused,
  planCommitmentImport,
  readCommitmentSheet,
  toCommitmentCsv,
} from "./commitment-spreadsheet.ts";
import {
  type Authority,
  applyCommitmentImport,
  changePublicationState,
  changeTargetDate as changeTargetDateIn,
  createCommitment as createCommitmentIn,
  createPartnership as createPartnershipIn,
  findAuthority,
  loadCommitment,
  loadCommitments,
  loadPartnership,
  loadSignature,
  loadWorkspace,
  type RecordChange,
  reportStatus,
  saveCommitmentVersion,
  savePartnershipVersion,
  saveSignature as saveSignatureIn,
} from "./workspace.repository.ts";
import type {
  addStatusUpdate,
  changeTargetDate,
  createCommitment,
  createPartnership,
  exportCommitments,
  getWorkspace,
  importCommitments,
  saveSignature,
  submitChanges,
  updateCommitment,
  updatePartnership,
} from "./workspace.routes.ts";

/** Who is asking and for which authority: 401/403 for the wrong person, 404 for an unknown code. */
export async function authorityFor(
  c: Context<AppBindings>,
  gss: string,
  mode: "read" | "write",
): Promise<{ account: SessionAccount; authority: Authority }> {
  const account = requireAuthorityAccess(c, gss, mode);
  const authority = await findAuthority(c.var.database.db, gss);
  if (!authority) throw new ApiError(404, "not_found", `No authority has the code ${gss}`);
  return { account, authority };
}

type Outcome<T> = { saved: T } | { conflict: ErrorBody };

/**
 * One write: the change and its one audit entry in one transaction (runWrite). A stale
 * `expectedVersion` rolls it all back and becomes the 409 body with the record as it now stands.
 */
async function writeRecord<T>(
  c: Context<AppBindings>,
  who: { account: SessionAccount; authority: Authority },
  action: string,
  change: (tx: Database) => Promise<RecordChange>,
  result: (tx: Database, change: RecordChange) => Promise<T | null>,
  current: () => Promise<unknown>,
): Promise<Outcome<T>> {
  try {
    const saved = await runWrite(c.var.database, { changesPublicData: false }, async (tx) => {
      const changed = await change(tx);
      await writeAudit(tx, {
        actor: who.account,
        authorityId: who.authority.id,
        action,
        recordType: changed.recordType,
        recordId: changed.recordId,
        before: changed.before,
        after: changed.after,
        reason: changed.reason ?? null,
      });
      const value = await result(tx, changed);
      if (value === null) throw new Error(`${changed.recordType} ${changed.recordId} vanished while saved`);
      return value;
    });
    return { saved };
  } catch (error) {
    if (error instanceof StaleVersionError) return { conflict: conflictBody(await current()) };
    throw error;
  }
}

export const getWorkspaceHandler: AppRouteHandler<typeof getWorkspace> = async (c) => {
  const { gss } = c.req.valid("param");
  const { authority } = await authorityFor(c, gss, "read");
  return c.json(await loadWorkspace(c.var.database.db, authority), 200);
};

export const saveSignatureHandler: AppRouteHandler<typeof saveSignature> = async (c) => {
  const { gss } = c.req.valid("param");
  const who = await authorityFor(c, gss, "write");
  const input = c.req.valid("json");
  let created = false;
  const outcome = await writeRecord(
    c,
    who,
    input.expectedVersion === 0 ? "create" : "update",
    async (tx) => {
      const change = await saveSignatureIn(tx, who.authority.id, input, who.account.id);
      created = change.created;
      return change;
    },
    (tx) => loadSignature(tx, who.authority.id),
    () => loadSignature(c.var.database.db, who.authority.id),
  );
  if ("conflict" in outcome) return c.json(outcome.conflict, 409);
  return created ? c.json(outcome.saved, 201) : c.json(outcome.saved, 200);
};

export const createCommitmentHandler: AppRouteHandler<typeof createCommitment> = async (c) => {
  const { gss } = c.req.valid("param");
  const who = await authorityFor(c, gss, "write");
  const input = c.req.valid("json");
  const outcome = await writeRecord(
    c,
    who,
    "create",
    (tx) => createCommitmentIn(tx, who.authority.id, input, who.account.id),
    (tx, change) => loadCommitment(tx, who.authority.id, change.recordId),
    async () => null,
  );
  if ("conflict" in outcome) throw new Error("a new commitment cannot conflict");
  return c.json(outcome.saved, 201);
};

export const updateCommitmentHandler: AppRouteHandler<typeof updateCommitment> = async (c) => {
  const { gss, id } = c.req.valid("param");
  const who = await authorityFor(c, gss, "write");
  const input = c.req.valid("json");
  const outcome = await writeRecord(
    c,
    who,
    "update",
    (tx) => saveCommitmentVersion(tx, who.authority.id, id, input, who.account.id),
    (tx) => loadCommitment(tx, who.authority.id, id),
    () => loadCommitment(c.var.database.db, who.authority.id, id),
  );
  if ("conflict" in outcome) return c.json(outcome.conflict, 409);
  return c.json(outcome.saved, 200);
};

export const addStatusUpdateHandler: AppRouteHandler<typeof addStatusUpdate> = async (c) => {
  const { gss, id } = c.req.valid("param");
  const who = await authorityFor(c, gss, "write");
  const input = c.req.valid("json");
  const outcome = await writeRecord(
    c,
    who,
    "report_status",
    (tx) => reportStatus(tx, who.authority.id, id, input, who.account.id),
    (tx) => loadCommitment(tx, who.authority.id, id),
    () => loadCommitment(c.var.database.db, who.authority.id, id),
  );
  if ("conflict" in outcome) return c.json(outcome.conflict, 409);
  return c.json(outcome.saved, 201);
};

export const changeTargetDateHandler: AppRouteHandler<typeof changeTargetDate> = async (c) => {
  const { gss, id } = c.req.valid("param");
  const who = await authorityFor(c, gss, "write");
  const input = c.req.valid("json");
  const outcome = await writeRecord(
    c,
    who,
    "change_target_date",
    (tx) => changeTargetDateIn(tx, who.authority.id, id, input, who.account.id),
    (tx) => loadCommitment(tx, who.authority.id, id),
    () => loadCommitment(c.var.database.db, who.authority.id, id),
  );
  if ("conflict" in outcome) return c.json(outcome.conflict, 409);
  return c.json(outcome.saved, 201);
};

export const createPartnershipHandler: AppRouteHandler<typeof createPartnership> = async (c) => {
  const { gss } = c.req.valid("param");
  const who = await authorityFor(c, gss, "write");
  const input = c.req.valid("json");
  const outcome = await writeRecord(
    c,
    who,
    "create",
    (tx) => createPartnershipIn(tx, who.authority.id, input, who.account.id),
    (tx, change) => loadPartnership(tx, who.authority.id, change.recordId),
    async () => null,
  );
  if ("conflict" in outcome) throw new Error("a new partnership cannot conflict");
  return c.json(outcome.saved, 201);
};

export const updatePartnershipHandler: AppRouteHandler<typeof updatePartnership> = async (c) => {
  const { gss, id } = c.req.valid("param");
  const who = await authorityFor(c, gss, "write");
  const input = c.req.valid("json");
  const outcome = await writeRecord(
    c,
    who,
    input.endDate === null ? "update" : "end",
    (tx) => savePartnershipVersion(tx, who.authority.id, id, input, who.account.id),
    (tx) => loadPartnership(tx, who.authority.id, id),
    () => loadPartnership(c.var.database.db, who.authority.id, id),
  );
  if ("conflict" in outcome) return c.json(outcome.conflict, 409);
  return c.json(outcome.saved, 200);
};

export const submitChangesHandler: AppRouteHandler<typeof submitChanges> = async (c) => {
  const { gss } = c.req.valid("param");
  const { account, authority } = await authorityFor(c, gss, "write");
  const count = await runWrite(c.var.database, { changesPublicData: false }, async (tx) => {
    const moved = await changePublicationState(tx, authority.id, {
      from: ["draft", "returned"],
      to: "submitted",
    });
    if (moved.count === 0) throw new ApiError(400, "nothing_to_submit", "There are no changes to submit");
    await writeAudit(tx, {
      actor: account,
      authorityId: authority.id,
      action: "submit",
      recordType: "submission",
      recordId: authority.gss,
      after: { count: moved.count, recordIds: moved.recordIds },
    });
    return moved.count;
  });
  return c.json({ count }, 200);
};

export const exportCommitmentsHandler: AppRouteHandler<typeof exportCommitments> = async (c) => {
  const { gss } = c.req.valid("param");
  const { authority } = await authorityFor(c, gss, "read");
  const csv = toCommitmentCsv(await loadCommitments(c.var.database.db, authority.id));
  c.header("Content-Type", "text/csv; charset=utf-8");
  c.header("Content-Disposition", `attachment; filename="commitments-${authority.gss}.csv"`);
  return c.body(csv, 200);
};

export const importCommitmentsHandler: AppRouteHandler<typeof importCommitments> = async (c) => {
  const { gss } = c.req.valid("param");
  const { account, authority } = await authorityFor(c, gss, "write");
  const { csv } = c.req.valid("json");
  // Read and checked before the transaction: it needs no database, and a refused file costs none.
  const read = await readCommitmentSheet(csv);
  if (!read.ok) throw importRefused(read.issues);
  const result = await runWrite(c.var.database, { changesPublicData: false }, async (tx) => {
    // Planned inside the transaction, against the commitments as they stand in it.
    const planned = await planCommitmentImport(read.sheet, await loadCommitments(tx, authority.id));
    if (!planned.ok) throw importRefused(planned.issues);
    const { plan } = planned;
    const recordIds = await applyCommitmentImport(tx, authority.id, plan, account.id);
    const outcome = { created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged };
    await writeAudit(tx, {
      actor: account,
      authorityId: authority.id,
      action: "import",
      recordType: "commitment_import",
      recordId: null,
      after: { ...outcome, recordIds },
      reason: "Spreadsheet import",
    });
    return outcome;
  });
  return c.json(result, 200);
};
