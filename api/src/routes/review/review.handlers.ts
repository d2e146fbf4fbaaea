import type { Context } from "hono";
import { findAuthority } from "../../domain/authorities.ts";
import { lastSubmittedAt, listSubmittedChanges } from "../../domain/pending-changes.ts";
import { changePublicationState, markEvidenceChecked, type StateChange } from "../../domain/publication.ts";
import { buildReviewQueue } from "../../domain/review-queue.ts";
import { auditedWrite } from "../../lib/audited-write.ts";
import { requireRole } from "../../lib/auth/middleware.ts";
import { ApiError } from "../../lib/errors.ts";
import type { AppBindings, AppRouteHandler } from "../../lib/types.ts";
import type { getReviewQueue, publishSubmission, returnSubmission } from "./review.routes.ts";

export const getReviewQueueHandler: AppRouteHandler<typeof getReviewQueue> = async (c) => {
  requireRole(c, "reviewer");
  const db = c.var.database.db;
  const changes = await listSubmittedChanges(db);
  const submittedAt = await lastSubmittedAt(db, [...new Set(changes.map((change) => change.authorityId))]);
  const { current } = await c.var.snapshot.getData();
  return c.json(
    buildReviewQueue(changes, submittedAt, (gss) => current.profiles.get(gss)),
    200,
  );
};

/** The authority's submission as it now stands, for a 409: what the reviewer should read again. */
async function currentSubmission(c: Context<AppBindings>, gss: string) {
  const db = c.var.database.db;
  const changes = (await listSubmittedChanges(db)).filter((change) => change.authorityGss === gss);
  const submittedAt = await lastSubmittedAt(db, [...new Set(changes.map((change) => change.authorityId))]);
  const { current } = await c.var.snapshot.getData();
  return buildReviewQueue(changes, submittedAt, (code) => current.profiles.get(code)).submissions[0] ?? null;
}

/**
 * Publishes or returns the submitted changes the reviewer names, with one audit entry. Every named
 * change must still be submitted: one that was decided on meanwhile, or that the reviewer never
 * saw, refuses the whole decision (409 with the submission as it now stands). Changes submitted
 * after the reviewer read the queue are not named, so they stay in the queue.
 */
async function decide(
  c: Context<AppBindings>,
  gss: string,
  action: "publish" | "return",
  change: StateChange & { changeIds: readonly string[] },
  evidenceCheckedIds: readonly string[] = [],
): Promise<number> {
  const reviewer = requireRole(c, "reviewer");
  const authority = await findAuthority(c.var.database.db, gss);
  if (!authority) throw new ApiError(404, "not_found", `No authority has the code ${gss}`);
  try {
    return await auditedWrite(c.var.database, { changesPublicData: action === "publish" }, async (tx) => {
      const moved = await changePublicationState(tx, authority.id, change);
      // Rolls back whatever did move: the decision is taken on all the named changes or none.
      if (moved.count !== change.changeIds.length) throw new SubmissionChangedError();
      const checked = await markEvidenceChecked(tx, evidenceCheckedIds, reviewer.id);
      return {
        result: moved.count,
        audit: {
          actor: reviewer,
          authorityId: authority.id,
          action,
          recordType: "submission",
          recordId: authority.gss,
          after: {
            count: moved.count,
            recordIds: moved.recordIds,
            changeIds: moved.changeIds,
            ...(checked.length > 0 ? { evidenceCheckedIds: checked } : {}),
          },
          reason: change.reviewComment ?? null,
        },
      };
    });
  } catch (error) {
    if (!(error instanceof SubmissionChangedError)) throw error;
    throw new ApiError(
      409,
      "submission_changed",
      `${authority.name}'s submission changed since you read it: some of these changes are no longer waiting for review. Read it again, then decide.`,
      { current: await currentSubmission(c, gss) },
    );
  }
}

class SubmissionChangedError extends Error {}

export const publishSubmissionHandler: AppRouteHandler<typeof publishSubmission> = async (c) => {
  const { gss } = c.req.valid("param");
  const { changeIds, evidenceCheckedIds } = c.req.valid("json");
  const count = await decide(
    c,
    gss,
    "publish",
    { from: ["submitted"], to: "published", changeIds },
    evidenceCheckedIds,
  );
  return c.json({ count }, 200);
};

export const returnSubmissionHandler: AppRouteHandler<typeof returnSubmission> = async (c) => {
  const { gss } = c.req.valid("param");
  const { comment, changeIds } = c.req.valid("json");
  const count = await decide(c, gss, "return", {
    from: ["submitted"],
    to: "returned",
    reviewComment: comment,
    changeIds,
  });
  return c.json({ count }, 200);
};
