import type { CommitmentDetail, CommitmentListQuery } from "@ldd/shared/commitments";
import { toCsv } from "../../lib/csv.ts";
import type { AppRouteHandler } from "../../lib/types.ts";
import { type PublicModel, toCommitment } from "../../public-data/build-public-model.ts";
import { sendSnapshotCsv, sendSnapshotJson, snapshotKey, viewOf } from "../../public-data/public-response.ts";
import type { listCommitments, listCommitmentsCsv } from "./commitments.routes.ts";

type SortKey = NonNullable<CommitmentListQuery["sort"]> extends `-${infer K}` | infer K ? K : never;

/** Each sort's value; nulls (no target date) always go last, whichever the direction. */
const SORT_VALUES: Record<SortKey, (c: CommitmentDetail) => string | number | null> = {
  authority: (c) => c.authorityName,
  title: (c) => c.title,
  target_date: (c) => c.targetDate,
  days_slipped: (c) => c.daysSlipped,
  days_since_update: (c) => c.daysSinceUpdate,
  committed_on: (c) => c.committedOn,
};

const OPEN_STATUSES = new Set(["not_yet_reported", "planned", "in_progress"]);

function compareValues(a: string | number, b: string | number): number {
  return typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b), "en-GB");
}

/**
 * The commitments a query asks for. `stale_days` counts open commitments only (done, dropped and
 * not applicable ones need no more updates); every filter narrows, none is ignored.
 */
export function selectCommitments(model: PublicModel, query: CommitmentListQuery): CommitmentDetail[] {
  const staleDays = query.stale_days;
  const found = model.commitments.filter(
    (c) =>
      (query.authority === undefined || c.authorityGss === query.authority) &&
      (query.principle === undefined || c.principles.includes(query.principle)) &&
      (query.status === undefined || c.status === query.status) &&
      (query.overdue === undefined || c.overdue === query.overdue) &&
      (query.slipped === undefined || c.daysSlipped > 0 === query.slipped) &&
      (staleDays === undefined || (OPEN_STATUSES.has(c.status) && c.daysSinceUpdate >= staleDays)),
  );
  if (!query.sort) return found;
  const descending = query.sort.startsWith("-");
  const sortValue = SORT_VALUES[query.sort.replace(/^-/, "") as SortKey];
  return found
    .map((commitment, position) => ({ commitment, index: position, value: sortValue(commitment) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      }
      const order = compareValues(a.value, b.value);
      return (descending ? -order : order) || a.index - b.index;
    })
    .map(({ commitment }) => commitment);
}

export const listCommitmentsHandler: AppRouteHandler<typeof listCommitments> = (c) => {
  const query = c.req.valid("query");
  const view = viewOf(c, query);
  return sendSnapshotJson(c, snapshotKey("commitments", query), (data) => ({
    view,
    commitments: selectCommitments(data.at(view), query).map(toCommitment),
  }));
};

export const listCommitmentsCsvHandler: AppRouteHandler<typeof listCommitmentsCsv> = (c) => {
  const query = c.req.valid("query");
  const view = viewOf(c, query);
  return sendSnapshotCsv(c, snapshotKey("commitments.csv", query), "commitments.csv", (data) =>
    toCsv(selectCommitments(data.at(view), query), [
      { header: "id", value: (r) => r.id },
      { header: "authority_gss_code", value: (r) => r.authorityGss },
      { header: "authority_name", value: (r) => r.authorityName },
      { header: "title", value: (r) => r.title },
      { header: "partners", value: (r) => r.partners },
      { header: "mission", value: (r) => r.mission },
      { header: "impact", value: (r) => r.impact },
      { header: "principles", value: (r) => r.principles },
      { header: "loti_area", value: (r) => r.lotiArea },
      { header: "committed_on", value: (r) => r.committedOn },
      { header: "original_target_date", value: (r) => r.originalTargetDate },
      { header: "target_date", value: (r) => r.targetDate },
      { header: "rebaselines", value: (r) => r.rebaselines },
      { header: "days_slipped", value: (r) => r.daysSlipped },
      { header: "status", value: (r) => r.status },
      { header: "phase", value: (r) => r.phase },
      { header: "status_date", value: (r) => r.statusDate },
      { header: "overdue", value: (r) => r.overdue },
      { header: "last_update_date", value: (r) => r.lastUpdateDate },
      { header: "days_since_update", value: (r) => r.daysSinceUpdate },
      { header: "evidence_urls", value: (r) => r.statusHistory.at(-1)?.evidenceUrls ?? [] },
      { header: "last_updated_at", value: (r) => r.lastUpdatedAt },
    ]),
  );
};
