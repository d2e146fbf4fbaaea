import type { Context } from "hono";
import { runWrite } from "../../db/client.ts";
import { writeAudit } from "../../lib/audit.ts";
import { requireRole } from "../../lib/auth/middleware.ts";
import { ApiError } from "../../lib/errors.ts";
import type { AppBindings, AppRouteHandler } from "../../lib/types.ts";
import {
  changePublicationState,
  findAuthority,
  type StateChange,
} from "../workspace/workspace.repository.ts";
import { buildReviewQueue } from "./describe-changes.ts";
import { lastSubmittedAt, listSubmittedChanges } from "./review.repository.ts";
import type { getReviewQueue, publishSubmission, returnSubmission } from "./review.routes.ts";

export const getReviewQueueHandler: AppRouteHandler<typeof getReviewQueue> = async (c) => {
  requireRole(c, "reviewer");
  const db = c.var.database.db;
  const changes = await listSubmittedChanges(db);
  const submittedAt = await lastSubmittedAt(db, [...new Set(changes.map((change) => change.authorityId))]);
  return c.json(buildReviewQueue(changes, submittedAt), 200);
};

/** Publishes or returns everything an authority submitted, with one audit entry. */
async function decide(
  c: Context<AppBindings>,
  gss: string,
  action: "publish" | "return",
  change: StateChange,
): Promise<number> {
  const reviewer = requireRole(c, "reviewer");
  const authority = await findAuthority(c.var.database.db, gss);
  if (!authority) throw new ApiError(404, "not_found", `No authority has the code ${gss}`);
  return runWrite(c.var.database, { changesPublicData: action === "publish" }, async (tx) => {
    const moved = await changePublicationState(tx, authority.id, change);
    if (moved.count === 0) {
      throw new ApiError(400, "nothing_submitted", `${authority.name} has no changes waiting for review`);
    }
    await writeAudit(tx, {
      actor: reviewer,
      authorityId: authority.id,
      action,
      recordType: "submission",
      recordId: authority.gss,
      after: { count: moved.count, recordIds: moved.recordIds },
      reason: change.reviewComment ?? null,
    });
    return moved.count;
  });
}

export const publishSubmissionHandler: AppRouteHandler<typeof publishSubmission> = async (c) => {
  const { gss } = c.req.valid("param");
  const count = await decide(c, gss, "publish", { from: ["submitted"], to: "published" });
  return c.json({ count }, 200);
};

export const returnSubmissionHandler: AppRouteHandler<typeof returnSubmission> = async (c) => {
  const { gss } = c.req.valid("param");
  const { comment } = c.req.valid("json");
  const count = await decide(c, gss, "return", {
    from: ["submitted"],
    to: "returned",
    reviewComment: comment,
  });
  return c.json({ count }, 200);
};
