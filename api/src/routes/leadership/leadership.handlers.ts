import type { ActivityQuery, Change } from "@ldd/shared/leadership";
import type { Context } from "hono";
import { toIsoInstant } from "../../db/timestamps.ts";
import { lastSubmittedAt, listPendingChanges } from "../../domain/pending-changes.ts";
import { buildReviewQueue, pendingToChange } from "../../domain/review-queue.ts";
import { ApiError } from "../../lib/errors.ts";
import type { AppBindings, AppRouteHandler } from "../../lib/types.ts";
import { changesToCsv, selectActivity, toChange } from "../../public-data/change-feed.ts";
import type { getAttention, getLeadershipActivity, getLeadershipActivityCsv } from "./leadership.routes.ts";

const DEFAULT_ACTIVITY_LIMIT = 100;

export const getAttentionHandler: AppRouteHandler<typeof getAttention> = async (c) => {
  const db = c.var.database.db;
  const pending = await listPendingChanges(db, ["submitted", "returned"]);
  const submitted = pending.filter((change) => change.state === "submitted");
  const submittedAt = await lastSubmittedAt(db, [...new Set(submitted.map((change) => change.authorityId))]);
  const queue = buildReviewQueue(submitted, submittedAt);
  return c.json(
    {
      awaitingReview: queue.submissions.map((submission) => ({
        authorityGss: submission.authorityGss,
        authorityName: submission.authorityName,
        submittedAt: submission.submittedAt,
        changes: submission.changes.length,
      })),
      returned: pending
        .filter((change) => change.state === "returned")
        .sort((a, b) => (a.recordedAt < b.recordedAt ? -1 : a.recordedAt > b.recordedAt ? 1 : 0))
        .map((change) => ({
          authorityGss: change.authorityGss,
          authorityName: change.authorityName,
          recordType: change.recordType,
          recordId: change.recordId,
          recordTitle:
            change.recordType === "partnership"
              ? change.partnerName
              : change.recordType === "signature"
                ? null
                : change.title,
          comment: change.reviewComment,
          recordedAt: toIsoInstant(change.recordedAt),
        })),
    },
    200,
  );
};

/** Published changes from the snapshot, and every unpublished one from the database. */
async function everyChange(c: Context<AppBindings>, query: ActivityQuery): Promise<Change[]> {
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
    throw new ApiError(400, "invalid_request", "Check query.to", {
      issues: [{ path: "query.to", message: "to must be on or after from" }],
    });
  }
  const data = await c.var.snapshot.getData();
  const pending = (await listPendingChanges(c.var.database.db, ["draft", "submitted", "returned"])).map(
    pendingToChange,
  );
  return selectActivity([...data.changes().map(toChange), ...pending], query);
}

export const getLeadershipActivityHandler: AppRouteHandler<typeof getLeadershipActivity> = async (c) => {
  const query = c.req.valid("query");
  const matches = await everyChange(c, query);
  return c.json(
    { changes: matches.slice(0, query.limit ?? DEFAULT_ACTIVITY_LIMIT), total: matches.length },
    200,
  );
};

export const getLeadershipActivityCsvHandler: AppRouteHandler<typeof getLeadershipActivityCsv> = async (
  c,
) => {
  const query = c.req.valid("query");
  const csv = changesToCsv(await everyChange(c, query));
  return c.body(csv, 200, {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": 'attachment; filename="loti-activity.csv"',
    "cache-control": "private, no-store",
  });
};
