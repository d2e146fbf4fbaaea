import type { Change, ChangesQuery } from "@ldd/shared/leadership";
import type { AppRouteHandler } from "../../lib/types.ts";
import {
  changesToCsv,
  DEFAULT_ACTIVITY_LIMIT,
  selectActivity,
  toChange,
} from "../../public-data/change-feed.ts";
import { byEffectiveNewestFirst, countChanges } from "../../public-data/model/changes.ts";
import type { PublicData } from "../../public-data/public-data.ts";
import { sendSnapshotCsv, sendSnapshotJson, snapshotKey, viewOf } from "../../public-data/public-response.ts";
import type { getActivity, getActivityCsv, getChanges, getChangesCsv } from "./changes.routes.ts";

function changesBetween(data: PublicData, query: ChangesQuery): Change[] {
  const published = query.asPublished ? data.changesPublishedBy(query.to) : data.changes();
  return published
    .filter(
      (change) =>
        change.effectiveDate > query.from &&
        change.effectiveDate <= query.to &&
        (query.authority === undefined || change.authorityGss === query.authority) &&
        (query.kind === undefined || change.kind === query.kind),
    )
    .sort(byEffectiveNewestFirst)
    .map(toChange);
}

export const getChangesHandler: AppRouteHandler<typeof getChanges> = (c) => {
  const query = c.req.valid("query");
  // `to` is a view's date: never after today.
  viewOf(c, { asOf: query.to });
  return sendSnapshotJson(c, snapshotKey("changes", query), (data) => {
    const changes = changesBetween(data, query);
    return { from: query.from, to: query.to, counts: countChanges(changes), changes };
  });
};

export const getChangesCsvHandler: AppRouteHandler<typeof getChangesCsv> = (c) => {
  const query = c.req.valid("query");
  viewOf(c, { asOf: query.to });
  return sendSnapshotCsv(
    c,
    snapshotKey("changes.csv", query),
    `changes-${query.from}-to-${query.to}.csv`,
    (data) => changesToCsv(changesBetween(data, query)),
  );
};

export const getActivityHandler: AppRouteHandler<typeof getActivity> = (c) => {
  const query = c.req.valid("query");
  return sendSnapshotJson(c, snapshotKey("activity", query), (data) => {
    const matches = selectActivity(data.changes(), query);
    return {
      changes: matches.slice(0, query.limit ?? DEFAULT_ACTIVITY_LIMIT).map(toChange),
      total: matches.length,
    };
  });
};

export const getActivityCsvHandler: AppRouteHandler<typeof getActivityCsv> = (c) => {
  const query = c.req.valid("query");
  return sendSnapshotCsv(c, snapshotKey("activity.csv", query), "activity.csv", (data) =>
    changesToCsv(selectActivity(data.changes(), query).map(toChange)),
  );
};
