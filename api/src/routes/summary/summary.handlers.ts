import { ApiError } from "../../lib/errors.ts";
import type { AppRouteHandler } from "../../lib/types.ts";
import { sendSnapshotJson, snapshotKey, viewOf } from "../../public-data/public-response.ts";
import type { getMeta, getSummary } from "./summary.routes.ts";

export const OPEN_DATA_LICENCE = "Open Government Licence v3.0";

export const getSummaryHandler: AppRouteHandler<typeof getSummary> = (c) => {
  const query = c.req.valid("query");
  const view = viewOf(c, query);
  if (query.since !== undefined && query.since > view.asOf) {
    throw new ApiError(400, "invalid_request", "Check query.since", {
      issues: [{ path: "query.since", message: `Choose a date on or before ${view.asOf}, the date shown` }],
    });
  }
  return sendSnapshotJson(c, snapshotKey("summary", query), (data) => {
    const model = data.at(view);
    return {
      asOf: view.asOf,
      view,
      current: model.figuresAt(view.asOf),
      since: query.since ? { date: query.since, figures: model.figuresAt(query.since) } : null,
      lastUpdatedAt: model.lastUpdatedAt,
    };
  });
};

export const getMetaHandler: AppRouteHandler<typeof getMeta> = (c) => {
  const query = c.req.valid("query");
  const view = viewOf(c, query);
  return sendSnapshotJson(c, snapshotKey("meta", query), (data, status) => ({
    demoData: data.current.demoData,
    dataVersion: data.current.lastUpdatedAt ?? data.today,
    licence: OPEN_DATA_LICENCE,
    stale: status.stale,
    today: data.today,
    view,
    changesSince: data.changesSince(view),
    contactEmail: c.var.contactEmail,
  }));
};
