import type { Context } from "hono";
import type { Database } from "../../db/client.ts";
import type { Authority } from "../../domain/authorities.ts";
import { authorityFor } from "../../domain/authority-access.ts";
import {
  changePublicationState,
  findChangeState,
  withdrawEarlierVersions,
} from "../../domain/publication.ts";
import { auditedWrite } from "../../lib/audited-write.ts";
import type { SessionAccount } from "../../lib/auth/sessions.ts";
import { ApiError } from "../../lib/errors.ts";
import { InvalidFieldError, RecordNotFoundError, StaleVersionError } from "../../lib/record-outcomes.ts";
import type { AppBindings, AppRouteHandler } from "../../lib/types.ts";
import { loadPreviewProfile } from "../../public-data/preview-profile.ts";
import { applyCommitmentImport, StaleImportRowsError } from "./commitment-import.repository.ts";
import { readCommitmentSheet } from "./commitment-sheet.ts";
import { importRefused, planCommitmentImport, toCommitmentCsv } from "./commitment-spreadsheet.ts";
import {
  changeTargetDate as changeTargetDateIn,
  createCommitment as createCommitmentIn,
  loadCommitment,
  loadCommitments,
  reportStatus,
  saveCommitmentVersion,
} from "./commitments.repository.ts";
import {
  createPartnership as createPartnershipIn,
  loadPartnership,
  savePartnershipVersion,
} from "./partnerships.repository.ts";
import type { RecordChange } from "./record-versions.ts";
import { loadSignature, saveSignature as saveSignatureIn } from "./signature.repository.ts";
import { loadWorkspace } from "./workspace.repository.ts";
import type {
  addStatusUpdate,
  changeTargetDate,
  createCommitment,
  createPartnership,
  exportCommitments,
  getWorkspace,
  importCommitments,
  previewProfile,
  saveSignature,
  submitChanges,
  updateCommitment,
  updatePartnership,
  withdrawChange,
} from "./workspace.routes.ts";

type Editor = { account: SessionAccount; authority: Authority };

/** Turns what a repository said about a record into the answer the client gets. */
async function toHttpError(error: unknown, current: () => Promise<unknown>): Promise<unknown> {
  if (error instanceof StaleVersionError) {
    return new ApiError(
      409,
      "conflict",
      "Someone else changed this record since you opened it. Check their changes, then save again.",
      { current: await current() },
    );
  }
  if (error instanceof RecordNotFoundError) return new ApiError(404, "not_found", error.message);
  if (error instanceof InvalidFieldError) {
    return new ApiError(400, "invalid_request", `Check ${error.path}`, {
      issues: [{ path: error.path, message: error.problem }],
    });
  }
  return error;
}

/**
 * One save of an editor's record: the change and its audit entry in one transaction, answered
 * with the record as it now stands. A stale `expectedVersion` rolls it all back and becomes a
 * 409 with the current record, so the form can show both (docs/decisions/009).
 */
async function saveRecord<T>(
  c: Context<AppBindings>,
  gss: string,
  save: {
    action: string | ((change: RecordChange) => string);
    change: (tx: Database, editor: Editor) => Promise<RecordChange>;
    load: (db: Database, editor: Editor, change: RecordChange | null) => Promise<T | null>;
  },
): Promise<{ saved: T; change: RecordChange }> {
  const editor = await authorityFor(c, gss, "write");
  try {
    return await auditedWrite(c.var.database, { changesPublicData: false }, async (tx) => {
      const change = await save.change(tx, editor);
      await withdrawEarlierVersions(tx, change);
      const saved = await save.load(tx, editor, change);
      if (saved === null) throw new Error(`${change.recordType} ${change.recordId} vanished while saved`);
      return {
        result: { saved, change },
        audit: {
          actor: editor.account,
          authorityId: editor.authority.id,
          action: typeof save.action === "string" ? save.action : save.action(change),
          recordType: change.recordType,
          recordId: change.recordId,
          before: change.before,
          after: change.after,
          reason: change.reason ?? null,
        },
      };
    });
  } catch (error) {
    throw await toHttpError(error, () => save.load(c.var.database.db, editor, null));
  }
}

export const getWorkspaceHandler: AppRouteHandler<typeof getWorkspace> = async (c) => {
  const { gss } = c.req.valid("param");
  const { authority } = await authorityFor(c, gss, "read");
  return c.json(await loadWorkspace(c.var.database.db, authority), 200);
};

export const saveSignatureHandler: AppRouteHandler<typeof saveSignature> = async (c) => {
  const { gss } = c.req.valid("param");
  const input = c.req.valid("json");
  const created = input.expectedVersion === 0;
  const { saved } = await saveRecord(c, gss, {
    action: created ? "create" : "update",
    change: (tx, { authority, account }) => saveSignatureIn(tx, authority.id, input, account.id),
    load: (db, { authority }) => loadSignature(db, authority.id),
  });
  return created ? c.json(saved, 201) : c.json(saved, 200);
};

export const createCommitmentHandler: AppRouteHandler<typeof createCommitment> = async (c) => {
  const { gss } = c.req.valid("param");
  const input = c.req.valid("json");
  const { saved } = await saveRecord(c, gss, {
    action: "create",
    change: (tx, { authority, account }) => createCommitmentIn(tx, authority.id, input, account.id),
    load: async (db, { authority }, change) =>
      change ? loadCommitment(db, authority.id, change.recordId) : null,
  });
  return c.json(saved, 201);
};

export const updateCommitmentHandler: AppRouteHandler<typeof updateCommitment> = async (c) => {
  const { gss, id } = c.req.valid("param");
  const input = c.req.valid("json");
  const { saved } = await saveRecord(c, gss, {
    action: "update",
    change: (tx, { authority, account }) => saveCommitmentVersion(tx, authority.id, id, input, account.id),
    load: (db, { authority }) => loadCommitment(db, authority.id, id),
  });
  return c.json(saved, 200);
};

export const addStatusUpdateHandler: AppRouteHandler<typeof addStatusUpdate> = async (c) => {
  const { gss, id } = c.req.valid("param");
  const input = c.req.valid("json");
  const { saved } = await saveRecord(c, gss, {
    action: "report_status",
    change: (tx, { authority, account }) => reportStatus(tx, authority.id, id, input, account.id),
    load: (db, { authority }) => loadCommitment(db, authority.id, id),
  });
  return c.json(saved, 201);
};

export const changeTargetDateHandler: AppRouteHandler<typeof changeTargetDate> = async (c) => {
  const { gss, id } = c.req.valid("param");
  const input = c.req.valid("json");
  const { saved } = await saveRecord(c, gss, {
    action: "change_target_date",
    change: (tx, { authority, account }) => changeTargetDateIn(tx, authority.id, id, input, account.id),
    load: (db, { authority }) => loadCommitment(db, authority.id, id),
  });
  return c.json(saved, 201);
};

export const createPartnershipHandler: AppRouteHandler<typeof createPartnership> = async (c) => {
  const { gss } = c.req.valid("param");
  const input = c.req.valid("json");
  const { saved } = await saveRecord(c, gss, {
    action: "create",
    change: (tx, { authority, account }) => createPartnershipIn(tx, authority.id, input, account.id),
    load: async (db, { authority }, change) =>
      change ? loadPartnership(db, authority.id, change.recordId) : null,
  });
  return c.json(saved, 201);
};

export const updatePartnershipHandler: AppRouteHandler<typeof updatePartnership> = async (c) => {
  const { gss, id } = c.req.valid("param");
  const input = c.req.valid("json");
  const { saved } = await saveRecord(c, gss, {
    action: input.endDate === null ? "update" : "end",
    change: (tx, { authority, account }) => savePartnershipVersion(tx, authority.id, id, input, account.id),
    load: (db, { authority }) => loadPartnership(db, authority.id, id),
  });
  return c.json(saved, 200);
};

export const submitChangesHandler: AppRouteHandler<typeof submitChanges> = async (c) => {
  const { gss } = c.req.valid("param");
  const { changeIds } = c.req.valid("json");
  const { account, authority } = await authorityFor(c, gss, "write");
  const count = await auditedWrite(c.var.database, { changesPublicData: false }, async (tx) => {
    // Drafts only: the count the editor was shown is what the reviewer receives.
    const moved = await changePublicationState(tx, authority.id, {
      from: ["draft"],
      to: "submitted",
      ...(changeIds ? { changeIds } : {}),
    });
    if (changeIds && moved.count !== changeIds.length) {
      throw new ApiError(
        409,
        "conflict",
        "Some of these changes are no longer drafts: look at your records again, then submit",
      );
    }
    if (moved.count === 0) throw new ApiError(400, "nothing_to_submit", "There are no changes to submit");
    return {
      result: moved.count,
      audit: {
        actor: account,
        authorityId: authority.id,
        action: "submit",
        recordType: "submission",
        recordId: authority.gss,
        after: { count: moved.count, recordIds: moved.recordIds },
      },
    };
  });
  return c.json({ count }, 200);
};

export const withdrawChangeHandler: AppRouteHandler<typeof withdrawChange> = async (c) => {
  const { gss, changeId } = c.req.valid("param");
  const { account, authority } = await authorityFor(c, gss, "write");
  const count = await auditedWrite(c.var.database, { changesPublicData: false }, async (tx) => {
    const moved = await changePublicationState(tx, authority.id, {
      from: ["draft", "returned"],
      to: "withdrawn",
      changeIds: [changeId],
    });
    if (moved.count !== 1) {
      if ((await findChangeState(tx, authority.id, changeId)) === null) {
        throw new ApiError(404, "not_found", "Your authority has no change with this id");
      }
      throw new ApiError(
        409,
        "conflict",
        "This change is no longer a draft or returned to you: look at your records again",
      );
    }
    return {
      result: moved.count,
      audit: {
        actor: account,
        authorityId: authority.id,
        action: "withdraw",
        recordType: "submission",
        recordId: authority.gss,
        after: { count: moved.count, recordIds: moved.recordIds, changeIds: moved.changeIds },
      },
    };
  });
  return c.json({ count }, 200);
};

export const previewProfileHandler: AppRouteHandler<typeof previewProfile> = async (c) => {
  const { gss } = c.req.valid("param");
  const { authority } = await authorityFor(c, gss, "read");
  const today = c.var.today();
  const profile = await loadPreviewProfile(c.var.database.db, authority, today);
  if (!profile) throw new ApiError(404, "not_found", `No authority has the code ${gss}`);
  return c.json({ ...profile, view: { asOf: today, asPublished: false } }, 200);
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
  if (!read.ok) {
    c.var.metrics.imported("refused");
    throw importRefused(read.issues);
  }
  try {
    const result = await auditedWrite(c.var.database, { changesPublicData: false }, async (tx) => {
      // Planned inside the transaction, against the commitments as they stand in it.
      const planned = await planCommitmentImport(read.sheet, await loadCommitments(tx, authority.id));
      if (!planned.ok) throw importRefused(planned.issues);
      const { plan } = planned;
      const recordIds = await applyCommitmentImport(tx, authority.id, plan, account.id);
      const outcome = {
        created: plan.creates.length,
        updated: plan.updates.length,
        unchanged: plan.unchanged,
      };
      return {
        result: outcome,
        audit: {
          actor: account,
          authorityId: authority.id,
          action: "import",
          recordType: "commitment_import",
          recordId: null,
          after: { ...outcome, recordIds },
          reason: "Spreadsheet import",
        },
      };
    });
    c.var.metrics.imported("imported");
    c.var.log.info({ ...result }, "commitments imported");
    return c.json(result, 200);
  } catch (error) {
    const refused = error instanceof ApiError && error.code === "invalid_import";
    c.var.metrics.imported(error instanceof StaleImportRowsError ? "stale" : refused ? "refused" : "failed");
    if (!(error instanceof StaleImportRowsError)) throw await toHttpError(error, async () => null);
    throw importRefused(
      error.rows.map((row) => ({
        path: `rows.${row}.version`,
        message: "This commitment changed since you exported it: export again and redo this row",
      })),
    );
  }
};
