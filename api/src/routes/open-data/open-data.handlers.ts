import type { DataTableName } from "@ldd/shared/data-dictionary";
import type { Context } from "hono";
import { ApiError } from "../../lib/errors.ts";
import type { AppBindings, AppRouteHandler } from "../../lib/types.ts";
import { type EditionKind, type OpenDataEdition, openDataEdition } from "../../open-data/edition.ts";
import type { PublicData } from "../../public-data/public-data.ts";
import { sendSnapshotDocument } from "../../public-data/public-response.ts";
import type {
  getDatedPackage,
  getDatedTable,
  getDatedZip,
  getLatestPackage,
  getLatestTable,
  getLatestZip,
} from "./open-data.routes.ts";

/** `latest`, or a dated edition's date (checked to be on or before today). */
type Edition = "latest" | { date: string };

function datedEdition(c: Context<AppBindings>, date: string): Edition {
  const today = c.var.today();
  if (date > today) {
    throw new ApiError(400, "invalid_request", "Check param.date", {
      issues: [{ path: "param.date", message: `Choose a date on or before today (${today})` }],
    });
  }
  return { date };
}

const folderOf = (edition: Edition) => (edition === "latest" ? "latest" : edition.date);

/** Latest: today's state as known; dated: the state at the end of the date as published then. */
function editionOf(data: PublicData, edition: Edition): OpenDataEdition {
  const kind: EditionKind = edition === "latest" ? "latest" : "dated";
  const model = edition === "latest" ? data.current : data.at({ asOf: edition.date, asPublished: true });
  return openDataEdition(model, kind);
}

function sendPackage(c: Context<AppBindings>, edition: Edition) {
  return sendSnapshotDocument(c, `data/${folderOf(edition)}/datapackage.json`, {
    contentType: "application/json; charset=utf-8",
    render: (data) => editionOf(data, edition).descriptor,
  });
}

function sendZip(c: Context<AppBindings>, edition: Edition) {
  return sendSnapshotDocument(c, `data/${folderOf(edition)}/ldd-data.zip`, {
    contentType: "application/zip",
    render: (data) => editionOf(data, edition).zip(),
    headers: (data) => ({
      "content-disposition": `attachment; filename="ldd-data-${editionOf(data, edition).version}.zip"`,
    }),
  });
}

function sendTable(c: Context<AppBindings>, edition: Edition, table: DataTableName) {
  return sendSnapshotDocument(c, `data/${folderOf(edition)}/${table}.csv`, {
    contentType: "text/csv; charset=utf-8",
    render: (data) => editionOf(data, edition).csv.get(table) ?? new Uint8Array(),
    headers: (data) => ({
      "content-disposition": `attachment; filename="${table}-${editionOf(data, edition).version}.csv"`,
    }),
  });
}

export const getLatestPackageHandler: AppRouteHandler<typeof getLatestPackage> = (c) =>
  sendPackage(c, "latest");
export const getLatestZipHandler: AppRouteHandler<typeof getLatestZip> = (c) => sendZip(c, "latest");
export const getLatestTableHandler: AppRouteHandler<typeof getLatestTable> = (c) =>
  sendTable(c, "latest", c.req.valid("param").file);

export const getDatedPackageHandler: AppRouteHandler<typeof getDatedPackage> = (c) =>
  sendPackage(c, datedEdition(c, c.req.valid("param").date));
export const getDatedZipHandler: AppRouteHandler<typeof getDatedZip> = (c) =>
  sendZip(c, datedEdition(c, c.req.valid("param").date));
export const getDatedTableHandler: AppRouteHandler<typeof getDatedTable> = (c) => {
  const { date, file } = c.req.valid("param");
  return sendTable(c, datedEdition(c, date), file);
};
