import type { AppRouteHandler } from "../../lib/types.ts";
import { sendSnapshotJson, snapshotKey } from "../../public-data/public-response.ts";
import type { getMeta, getSummary } from "./summary.routes.ts";

export const OPEN_DATA_LICENCE = "Open Government Licence v3.0";

export const getSummaryHandler: AppRouteHandler<typeof getSummary> = (c) => {
  const { since } = c.req.valid("query");
  return sendSnapshotJson(c, snapshotKey("summary", { since }), (model) => ({
    asOf: model.today,
    current: model.figuresAt(model.today),
    since: since ? { date: since, figures: model.figuresAt(since) } : null,
    lastUpdatedAt: model.lastUpdatedAt,
  }));
};

export const getMetaHandler: AppRouteHandler<typeof getMeta> = (c) =>
  sendSnapshotJson(c, "meta", (model, status) => ({
    demoData: model.demoData,
    dataVersion: model.lastUpdatedAt ?? model.today,
    licence: OPEN_DATA_LICENCE,
    stale: status.stale,
  }));
