import type { ActivityQuery, Attention, AttentionList, Change } from "@ldd/shared/leadership";
import type { Context } from "hono";
import { toIsoInstant } from "../../db/timestamps.ts";
import { lastSubmittedAt, listPendingChanges } from "../../domain/pending-changes.ts";
import { buildReviewQueue, pendingToChange } from "../../domain/review-queue.ts";
import { toCsv } from "../../lib/csv.ts";
import type { AppBindings, AppRouteHandler } from "../../lib/types.ts";
import {
  changesToCsv,
  DEFAULT_ACTIVITY_LIMIT,
  selectActivity,
  toChange,
} from "../../public-data/change-feed.ts";
import type {
  getAttention,
  getAttentionCsv,
  getLeadershipActivity,
  getLeadershipActivityCsv,
} from "./leadership.routes.ts";

/** What awaits LOTI: submissions waiting for a reviewer, and returned changes not yet answered. */
async function readAttention(c: Context<AppBindings>): Promise<Attention> {
  const db = c.var.database.db;
  const pending = await listPendingChanges(db, ["submitted", "returned"]);
  const submitted = pending.filter((change) => change.state === "submitted");
  const submittedAt = await lastSubmittedAt(db, [...new Set(submitted.map((change) => change.authorityId))]);
  const queue = buildReviewQueue(submitted, submittedAt);
  return {
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
  };
}

export const getAttentionHandler: AppRouteHandler<typeof getAttention> = async (c) =>
  c.json(await readAttention(c), 200);

interface AttentionRow {
  list: AttentionList;
  authorityGss: string;
  authorityName: string;
  /** When it was submitted, or when the returned change was recorded. */
  since: string;
  changes: number | null;
  recordType: string | null;
  recordId: string | null;
  recordTitle: string | null;
  comment: string | null;
}

export const getAttentionCsvHandler: AppRouteHandler<typeof getAttentionCsv> = async (c) => {
  const { list } = c.req.valid("query");
  const attention = await readAttention(c);
  const rows: AttentionRow[] = [
    ...attention.awaitingReview.map((item) => ({
      list: "awaiting_review" as const,
      authorityGss: item.authorityGss,
      authorityName: item.authorityName,
      since: item.submittedAt,
      changes: item.changes,
      recordType: null,
      recordId: null,
      recordTitle: null,
      comment: null,
    })),
    ...attention.returned.map((item) => ({
      list: "returned" as const,
      authorityGss: item.authorityGss,
      authorityName: item.authorityName,
      since: item.recordedAt,
      changes: null,
      recordType: item.recordType,
      recordId: item.recordId,
      recordTitle: item.recordTitle,
      comment: item.comment,
    })),
  ].filter((row) => list === undefined || row.list === list);
  const csv = toCsv(rows, [
    { header: "list", value: (row) => row.list },
    { header: "authority_gss_code", value: (row) => row.authorityGss },
    { header: "authority_name", value: (row) => row.authorityName },
    { header: "since", value: (row) => row.since },
    { header: "changes", value: (row) => row.changes },
    { header: "record_type", value: (row) => row.recordType },
    { header: "record_id", value: (row) => row.recordId },
    { header: "record_title", value: (row) => row.recordTitle },
    { header: "review_comment", value: (row) => row.comment },
  ]);
  const filename = list === undefined ? "loti-attention.csv" : `loti-attention-${list.replace("_", "-")}.csv`;
  return c.body(csv, 200, {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": `attachment; filename="${filename}"`,
    "cache-control": "private, no-store",
  });
};

/** Published changes from the snapshot, and every unpublished one from the database. */
async function everyChange(c: Context<AppBindings>, query: ActivityQuery): Promise<Change[]> {
  const data = await c.var.snapshot.getData();
  const pending = (await listPendingChanges(c.var.database.db, ["draft", "submitted", "returned"])).map(
    pendingToChange,
  );
  // Filtered first, then stripped of bookkeeping: only the matches are copied.
  return selectActivity<Change & { publishedOn?: string }>([...data.changes(), ...pending], query).map(
    toChange,
  );
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
