import { HISTORY_TABLES } from "./data-dictionary-histories.ts";
import { RECORD_TABLES } from "./data-dictionary-records.ts";

/*
 * The open data package's tables, described once (docs/decisions/013-open-data-package.md): the API
 * writes each table's CSV in this order and publishes these descriptions as the Table Schemas of
 * `datapackage.json`; the web's data-dictionary page reads the same module. Plain data, no Node or
 * browser APIs.
 *
 * Conventions every table follows (the GOV.UK tabular data standard): UTF-8 with a byte-order mark,
 * commas, CRLF line ends, one header row of snake_case names; dates are ISO 8601 (YYYY-MM-DD),
 * instants ISO 8601 in UTC; booleans `true` or `false`; an empty cell is a missing value. Text that
 * a spreadsheet would run as a formula (it starts with = + - or @) is written with an apostrophe
 * in front.
 */

export type {
  DataField,
  DataFieldConstraints,
  DataFieldType,
  DataForeignKey,
  DataTable,
} from "./data-dictionary-fields.ts";

/** The package's files: its descriptor and the zip of everything, beside a CSV per table. */
export const OPEN_DATA_DESCRIPTOR_FILE = "datapackage.json";
export const OPEN_DATA_ZIP_FILE = "ldd-data.zip";

/**
 * The address of a file of the package: `latest` (today's state as known now, which changes as
 * data is published and corrected) or a dated edition `YYYY-MM-DD` (the state at the end of that
 * London day as published that day, which never changes: the address to cite).
 */
export const openDataPath = (edition: string, file: string) => `/data/${edition}/${file}`;

export { LIST_SEPARATOR } from "./data-dictionary-fields.ts";

export const OPEN_DATA_PACKAGE = {
  name: "local-digital-declaration-london",
  title: "Local Digital Declaration adoption in London",
  description:
    "Which of London's 33 local authorities have signed the Local Digital Declaration, their " +
    "membership of the London Office of Technology and Innovation (LOTI), the commitments they made " +
    "with every status update and target date, and the partnerships they report. Only published " +
    "records are included.",
  licence: {
    name: "OGL-UK-3.0",
    path: "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/",
    title: "Open Government Licence v3.0",
  },
  publisher: { title: "London Office of Technology and Innovation (LOTI)", path: "https://loti.london/" },
  sources: [
    { title: "Local Digital Declaration", path: "https://www.localdigital.gov.uk/declaration/" },
    {
      title: "Self-reported by London's local authorities, reviewed and published by LOTI",
      path: "https://loti.london/",
    },
  ],
  keywords: ["local digital declaration", "london", "local government", "digital transformation", "loti"],
} as const;

export const DATA_TABLES = [...RECORD_TABLES, ...HISTORY_TABLES] as const;

export type DataTableName = (typeof DATA_TABLES)[number]["name"];
export const DATA_TABLE_NAMES = DATA_TABLES.map((table) => table.name) as readonly DataTableName[];

/** The field names of one table, in order: the CSV's header. */
export type DataFieldName<N extends DataTableName> = Extract<
  (typeof DATA_TABLES)[number],
  { name: N }
>["fields"][number]["name"];

export function dataTable<N extends DataTableName>(
  name: N,
): Extract<(typeof DATA_TABLES)[number], { name: N }> {
  const table = DATA_TABLES.find((candidate) => candidate.name === name);
  if (!table) throw new Error(`No open data table ${name}`);
  return table as Extract<(typeof DATA_TABLES)[number], { name: N }>;
}
