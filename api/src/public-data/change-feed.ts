import { toLondonDate } from "@ldd/shared/dates";
import type { ActivityQuery, Change } from "@ldd/shared/leadership";
import { toCsv } from "../lib/csv.ts";
import { byRecordedNewestFirst } from "./model/changes.ts";

/*
 * The activity feed over changes (public: published ones; LOTI's adds drafts, submissions and
 * returns): newest recorded first, filtered by authority, kind and the London day recorded.
 */

/** How many changes a feed answer lists when the query does not say. */
export const DEFAULT_ACTIVITY_LIMIT = 100;

/** A change as the contract sends it (without the bookkeeping the model keeps). */
export function toChange({
  publishedOn: _publishedOn,
  ...change
}: Change & { publishedOn?: string }): Change {
  return change;
}

export function selectActivity<T extends Change>(changes: readonly T[], query: ActivityQuery): T[] {
  return changes
    .filter((change) => {
      if (query.authority !== undefined && change.authorityGss !== query.authority) return false;
      if (query.kind !== undefined && change.kind !== query.kind) return false;
      if (query.from === undefined && query.to === undefined) return true;
      const recordedOn = toLondonDate(change.recordedAt) ?? "";
      return (
        (query.from === undefined || recordedOn >= query.from) &&
        (query.to === undefined || recordedOn <= query.to)
      );
    })
    .sort(byRecordedNewestFirst);
}

export function changesToCsv(changes: readonly Change[]): string {
  return toCsv(changes, [
    { header: "id", value: (c) => c.id },
    { header: "effective_date", value: (c) => c.effectiveDate },
    { header: "recorded_at", value: (c) => c.recordedAt },
    { header: "state", value: (c) => c.state },
    { header: "authority_gss_code", value: (c) => c.authorityGss },
    { header: "authority_name", value: (c) => c.authorityName },
    { header: "kind", value: (c) => c.kind },
    { header: "action", value: (c) => c.action },
    { header: "record_type", value: (c) => c.recordType },
    { header: "record_id", value: (c) => c.recordId },
    { header: "record_title", value: (c) => c.recordTitle },
    { header: "from", value: (c) => c.from },
    { header: "to", value: (c) => c.to },
    { header: "days_moved", value: (c) => c.daysMoved },
    { header: "reason", value: (c) => c.reason },
    { header: "summary", value: (c) => c.summary },
  ]);
}
