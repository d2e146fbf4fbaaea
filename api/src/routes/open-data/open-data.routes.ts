import { createRoute } from "@hono/zod-openapi";
import { IsoDateSchema } from "@ldd/shared/common";
import { DATA_TABLE_NAMES, type DataTableName } from "@ldd/shared/data-dictionary";
import * as z from "zod";
import { errorResponses } from "../../lib/openapi-responses.ts";

const tags = ["Open data package"];

const TABLE_FILE = new RegExp(`^(${DATA_TABLE_NAMES.join("|")})\\.csv$`);

const TableFileParamSchema = z
  .string()
  .regex(TABLE_FILE, `Use one of ${DATA_TABLE_NAMES.map((name) => `${name}.csv`).join(", ")}`)
  .transform((value) => value.replace(/\.csv$/, "") as DataTableName)
  .meta({ param: { name: "file", in: "path" }, example: "commitments.csv" });

const DateParamSchema = IsoDateSchema.meta({
  param: { name: "date", in: "path" },
  description:
    "The edition's date, up to today: the state at the end of that London day as it was published then. It never changes once the day is over.",
  example: "2026-03-31",
});

export const DatedParamsSchema = z.object({ date: DateParamSchema });
export const DatedTableParamsSchema = z.object({ date: DateParamSchema, file: TableFileParamSchema });
export const LatestTableParamsSchema = z.object({ file: TableFileParamSchema });

// Described, not typed: a Data Package descriptor (application/json), not one of our JSON schemas.
const packageResponse = {
  description:
    "application/json: a Frictionless Data Package v2 descriptor (https://datapackage.org/standard/data-package/): licence, publisher, sources, and one resource per CSV with its Table Schema, primary and foreign keys",
};
const csvResponse = {
  content: { "text/csv": { schema: z.string() } },
  description:
    "The table: UTF-8 with a byte-order mark, CRLF line ends, one header row (GOV.UK tabular data standard)",
};
const zipResponse = {
  content: { "application/zip": { schema: z.string().meta({ format: "binary" }) } },
  description: "datapackage.json and every CSV in one zip",
};

const LATEST =
  "Today's state as known now (a correction of the past counts from the day it took effect). Served from the public snapshot with an ETag.";
const DATED =
  "The state at the end of `date` as it was published that day (the time machine as published), so a citation of this address keeps meaning the same data. A date after today is refused.";

export const getLatestPackage = createRoute({
  method: "get",
  path: "/data/latest/datapackage.json",
  tags,
  summary: "The open data package's descriptor (Frictionless Data Package v2), latest edition",
  description: LATEST,
  responses: { 200: packageResponse, ...errorResponses() },
});

export const getLatestZip = createRoute({
  method: "get",
  path: "/data/latest/ldd-data.zip",
  tags,
  summary: "The whole open data package in one zip, latest edition",
  description: LATEST,
  responses: { 200: zipResponse, ...errorResponses() },
});

export const getLatestTable = createRoute({
  method: "get",
  path: "/data/latest/{file}",
  tags,
  summary: "One table of the open data package as CSV, latest edition",
  description: LATEST,
  request: { params: LatestTableParamsSchema },
  responses: { 200: csvResponse, ...errorResponses() },
});

export const getDatedPackage = createRoute({
  method: "get",
  path: "/data/{date}/datapackage.json",
  tags,
  summary: "The open data package's descriptor as published on a date",
  description: DATED,
  request: { params: DatedParamsSchema },
  responses: { 200: packageResponse, ...errorResponses() },
});

export const getDatedZip = createRoute({
  method: "get",
  path: "/data/{date}/ldd-data.zip",
  tags,
  summary: "The whole open data package in one zip, as published on a date",
  description: DATED,
  request: { params: DatedParamsSchema },
  responses: { 200: zipResponse, ...errorResponses() },
});

export const getDatedTable = createRoute({
  method: "get",
  path: "/data/{date}/{file}",
  tags,
  summary: "One table of the open data package as CSV, as published on a date",
  description: DATED,
  request: { params: DatedTableParamsSchema },
  responses: { 200: csvResponse, ...errorResponses() },
});
