import { createHash } from "node:crypto";
import {
  DATA_TABLES,
  type DataTable,
  type DataTableName,
  OPEN_DATA_DESCRIPTOR_FILE,
  OPEN_DATA_PACKAGE,
  OPEN_DATA_ZIP_FILE,
} from "@ldd/shared/data-dictionary";
import { zipSync } from "fflate";
import type { PublicModel } from "../public-data/build-public-model.ts";
import { openDataCsvs } from "./tables.ts";

/*
 * One edition of the open data package (docs/decisions/013-open-data-package.md): `datapackage.json`
 * (Frictionless Data Package v2), a CSV per table of shared/src/data-dictionary.ts, and all of them
 * in one zip. `latest` is today's state as known; a dated edition is the state as published by the
 * end of that London day, so a citation of its address keeps meaning the same bytes.
 */

export const PACKAGE_FILE = OPEN_DATA_DESCRIPTOR_FILE;
export const ZIP_FILE = OPEN_DATA_ZIP_FILE;
export const DATA_PACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";

export type EditionKind = "latest" | "dated";

export interface OpenDataEdition {
  /** The package's `version`: the date it describes, YYYY-MM-DD. */
  readonly version: string;
  /** `datapackage.json`, as written. */
  readonly descriptor: string;
  readonly csv: ReadonlyMap<DataTableName, Uint8Array>;
  /** The package and every CSV in one zip (built on first use). */
  zip(): Uint8Array;
}

/** The instant a London day ends, with London's offset that day: 2026-07-01 → 2026-07-01T23:59:59+01:00. */
export function endOfLondonDay(date: string): string {
  const offset =
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", timeZoneName: "longOffset" })
      .formatToParts(new Date(`${date}T12:00:00Z`))
      .find((part) => part.type === "timeZoneName")
      ?.value.replace(/^GMT/, "") ?? "";
  return `${date}T23:59:59${offset === "" || offset === "+00:00" ? "Z" : offset}`;
}

/** A table's Table Schema: the dictionary's fields with only the keys Table Schema defines. */
function tableSchema(table: DataTable) {
  return {
    fields: table.fields.map((field) => ({
      name: field.name,
      title: field.title,
      type: field.type,
      ...(field.format ? { format: field.format } : {}),
      description: field.description,
      ...(field.constraints ? { constraints: { ...field.constraints } } : {}),
    })),
    missingValues: [""],
    primaryKey: [...table.primaryKey],
    ...(table.foreignKeys.length > 0
      ? {
          foreignKeys: table.foreignKeys.map((key) => ({
            fields: [...key.fields],
            reference: { resource: key.reference.resource, fields: [...key.reference.fields] },
          })),
        }
      : {}),
  };
}

/** The Data Package v2 descriptor of an edition whose CSVs are `csv`. */
export function dataPackage(
  model: PublicModel,
  kind: EditionKind,
  csv: ReadonlyMap<DataTableName, Uint8Array>,
): Record<string, unknown> {
  const date = model.today;
  const edition =
    kind === "latest"
      ? `This is the latest edition: the state on ${date} as known then, corrections of the past included.`
      : `This edition is the state at the end of ${date} as it was published that day; it does not change.`;
  return {
    $schema: DATA_PACKAGE_PROFILE,
    name: OPEN_DATA_PACKAGE.name,
    title: OPEN_DATA_PACKAGE.title,
    description: `${OPEN_DATA_PACKAGE.description} ${edition}${
      model.demoData ? " The figures are illustrative demo data, not real reports." : ""
    }`,
    version: date,
    // Latest: when its newest record was recorded; dated: the end of its day. Both follow from the
    // data alone, so every process writes the same bytes (and the same ETag).
    created: kind === "latest" ? (model.lastUpdatedAt ?? endOfLondonDay(date)) : endOfLondonDay(date),
    keywords: [...OPEN_DATA_PACKAGE.keywords],
    licenses: [{ ...OPEN_DATA_PACKAGE.licence }],
    contributors: [{ ...OPEN_DATA_PACKAGE.publisher, roles: ["publisher"] }],
    sources: OPEN_DATA_PACKAGE.sources.map((source) => ({ ...source })),
    resources: DATA_TABLES.map((table) => {
      const bytes = csv.get(table.name) ?? new Uint8Array();
      return {
        name: table.name,
        type: "table",
        path: `${table.name}.csv`,
        title: table.title,
        description: table.description,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        bytes: bytes.byteLength,
        hash: `sha256:${createHash("sha256").update(bytes).digest("hex")}`,
        dialect: { header: true, delimiter: ",", lineTerminator: "\r\n", quoteChar: '"', doubleQuote: true },
        schema: tableSchema(table),
      };
    }),
  };
}

const encoder = new TextEncoder();

function buildEdition(model: PublicModel, kind: EditionKind): OpenDataEdition {
  const csv = new Map([...openDataCsvs(model)].map(([name, text]) => [name, encoder.encode(text)] as const));
  const descriptor = `${JSON.stringify(dataPackage(model, kind, csv), null, 2)}\n`;
  let zipped: Uint8Array | undefined;
  return {
    version: model.today,
    descriptor,
    csv,
    zip() {
      // A fixed time on every entry (noon on the edition's day; zip dates start in 1980) keeps the
      // zip's bytes, and so its ETag, the same in every process and time zone.
      const mtime = new Date(`${model.today < "1980-01-01" ? "1980-01-01" : model.today}T12:00:00Z`);
      zipped ??= zipSync(
        Object.fromEntries([
          [PACKAGE_FILE, [encoder.encode(descriptor), { mtime }]],
          ...[...csv].map(([name, bytes]) => [`${name}.csv`, [bytes, { mtime }]]),
        ]),
        { level: 9 },
      );
      return zipped;
    },
  };
}

const editions = new WeakMap<PublicModel, Partial<Record<EditionKind, OpenDataEdition>>>();

/** The edition of a model, built once per model (a snapshot's models are replaced, never changed). */
export function openDataEdition(model: PublicModel, kind: EditionKind): OpenDataEdition {
  let byKind = editions.get(model);
  if (!byKind) {
    byKind = {};
    editions.set(model, byKind);
  }
  byKind[kind] ??= buildEdition(model, kind);
  return byKind[kind];
}
