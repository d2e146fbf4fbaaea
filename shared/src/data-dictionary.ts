import {
  CANONICAL_ID_SCHEMES,
  COMMITMENT_STATUSES,
  DELIVERY_PHASES,
  INNER_OUTER,
  PARTNER_TYPES,
} from "./vocabulary.ts";

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

/** Table Schema field types the package uses (https://datapackage.org/standard/table-schema/). */
export type DataFieldType = "string" | "integer" | "boolean" | "date" | "datetime";

export interface DataFieldConstraints {
  /** Every row has a value (the cell is never empty). */
  readonly required?: boolean;
  /** No two rows share a value. */
  readonly unique?: boolean;
  /** The only values allowed (a vocabulary of shared/src/vocabulary.ts). */
  readonly enum?: readonly string[];
  readonly pattern?: string;
  readonly minimum?: number;
}

export interface DataField {
  readonly name: string;
  readonly title: string;
  readonly type: DataFieldType;
  /** `uri` for links; dates and instants use the default ISO 8601 format. */
  readonly format?: "default" | "uri";
  readonly description: string;
  readonly constraints?: DataFieldConstraints;
}

export interface DataForeignKey {
  readonly fields: readonly string[];
  readonly reference: { readonly resource: string; readonly fields: readonly string[] };
}

export interface DataTable {
  /** The resource's name in the package, and its file's name without `.csv`. */
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly fields: readonly DataField[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly DataForeignKey[];
}

/** The package's files: its descriptor and the zip of everything, beside a CSV per table. */
export const OPEN_DATA_DESCRIPTOR_FILE = "datapackage.json";
export const OPEN_DATA_ZIP_FILE = "ldd-data.zip";

/**
 * The address of a file of the package: `latest` (today's state as known now, which changes as
 * data is published and corrected) or a dated edition `YYYY-MM-DD` (the state at the end of that
 * London day as published that day, which never changes: the address to cite).
 */
export const openDataPath = (edition: string, file: string) => `/data/${edition}/${file}`;

/** What a separator in a list cell is (principles, evidence links, commitment ids). */
export const LIST_SEPARATOR = "; ";

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

const GSS_PATTERN = "^[EWSN][0-9]{8}$";

const authorityKey = (description: string) =>
  ({
    name: "authority_gss_code",
    title: "Authority GSS code",
    type: "string",
    description,
    constraints: { required: true, pattern: GSS_PATTERN },
  }) as const satisfies DataField;

const toAuthorities: DataForeignKey = {
  fields: ["authority_gss_code"],
  reference: { resource: "authorities", fields: ["gss_code"] },
};
const toCommitments: DataForeignKey = {
  fields: ["commitment_id"],
  reference: { resource: "commitments", fields: ["id"] },
};

const recordedAt = {
  name: "recorded_at",
  title: "Recorded at",
  type: "datetime",
  description: "When this fact was recorded (UTC). It may be long after its effective date.",
  constraints: { required: true },
} as const satisfies DataField;

export const DATA_TABLES = [
  {
    name: "authorities",
    title: "Authorities",
    description:
      "London's 33 local authorities (32 boroughs and the City of London), as they stand on the package's date.",
    primaryKey: ["gss_code"],
    foreignKeys: [],
    fields: [
      {
        name: "gss_code",
        title: "GSS code",
        type: "string",
        description: "The authority's ONS Government Statistical Service code, e.g. E09000012.",
        constraints: { required: true, unique: true, pattern: GSS_PATTERN },
      },
      {
        name: "name",
        title: "Name",
        type: "string",
        description: "The authority's name.",
        constraints: { required: true },
      },
      {
        name: "inner_outer_1963",
        title: "Inner or outer London (1963 Act)",
        type: "string",
        description: "Inner or outer London as the London Government Act 1963 defines them.",
        constraints: { required: true, enum: INNER_OUTER },
      },
      {
        name: "inner_outer_ons",
        title: "Inner or outer London (ONS)",
        type: "string",
        description:
          "Inner or outer London in the ONS statistical definition (it differs for Greenwich, Haringey and Newham).",
        constraints: { required: true, enum: INNER_OUTER },
      },
      {
        name: "signed_on",
        title: "Signed on",
        type: "date",
        description: "The date the authority signed the Local Digital Declaration; empty if it had not.",
      },
      {
        name: "loti_member",
        title: "LOTI member",
        type: "boolean",
        description: "Whether the authority was a member of LOTI on the package's date.",
        constraints: { required: true },
      },
      {
        name: "founding_member",
        title: "Founding LOTI member",
        type: "boolean",
        description: "Whether the authority joined LOTI at its launch on 10 June 2019.",
        constraints: { required: true },
      },
      {
        name: "commitment_count",
        title: "Commitments",
        type: "integer",
        description: "How many commitments the authority had made.",
        constraints: { required: true, minimum: 0 },
      },
      {
        name: "overdue_commitments",
        title: "Overdue commitments",
        type: "integer",
        description:
          "Commitments whose target date had passed and that were not done, dropped or not applicable.",
        constraints: { required: true, minimum: 0 },
      },
      {
        name: "active_partnerships",
        title: "Active partnerships",
        type: "integer",
        description: "Partnerships that had started and not ended on the package's date.",
        constraints: { required: true, minimum: 0 },
      },
      {
        name: "last_updated_at",
        title: "Last updated at",
        type: "datetime",
        description: "When anything about the authority was last recorded (UTC); empty if nothing was.",
      },
    ],
  },
  {
    name: "signatures",
    title: "Signatures",
    description:
      "Each signing authority's signature of the Local Digital Declaration and who approved it. Authorities that had not signed have no row.",
    primaryKey: ["authority_gss_code"],
    foreignKeys: [toAuthorities],
    fields: [
      authorityKey("The authority that signed."),
      {
        name: "signed_on",
        title: "Signed on",
        type: "date",
        description: "The date the Declaration was signed.",
        constraints: { required: true },
      },
      {
        name: "approver_name",
        title: "Approver",
        type: "string",
        description: "The name of the person who approved the signature, where published.",
      },
      {
        name: "approver_role",
        title: "Approver's role",
        type: "string",
        description: "The approver's role, e.g. Chief Executive, where published.",
      },
      {
        name: "commitment_url",
        title: "Commitment link",
        type: "string",
        format: "uri",
        description: "A link to the authority's published commitment to the Declaration, where there is one.",
      },
      recordedAt,
    ],
  },
  {
    name: "membership_events",
    title: "LOTI membership events",
    description:
      "Each authority joining or leaving LOTI, in date order. An authority is a member on a date if its latest event on or before that date is a join.",
    primaryKey: ["authority_gss_code", "sequence"],
    foreignKeys: [toAuthorities],
    fields: [
      authorityKey("The authority that joined or left."),
      {
        name: "sequence",
        title: "Sequence",
        type: "integer",
        description: "The event's place in the authority's membership history, from 1 for the first.",
        constraints: { required: true, minimum: 1 },
      },
      {
        name: "event",
        title: "Event",
        type: "string",
        description: "Whether the authority joined or left LOTI.",
        constraints: { required: true, enum: ["joined", "left"] },
      },
      {
        name: "effective_date",
        title: "Effective date",
        type: "date",
        description: "The date the authority joined or left.",
        constraints: { required: true },
      },
    ],
  },
  {
    name: "commitments",
    title: "Commitments",
    description:
      "Every commitment an authority made under the Declaration, with its status and target date as they stand on the package's date.",
    primaryKey: ["id"],
    foreignKeys: [toAuthorities],
    fields: [
      {
        name: "id",
        title: "Commitment id",
        type: "string",
        description: "The commitment's identifier; it never changes.",
        constraints: { required: true, unique: true },
      },
      authorityKey("The authority that made the commitment."),
      {
        name: "authority_name",
        title: "Authority",
        type: "string",
        description: "The authority's name (repeated for convenience).",
        constraints: { required: true },
      },
      {
        name: "title",
        title: "Title",
        type: "string",
        description: "What the authority committed to do.",
        constraints: { required: true },
      },
      {
        name: "partners",
        title: "Partners",
        type: "string",
        description:
          "Collaborators already agreed, as the authority wrote them (the Declaration's partners field).",
      },
      {
        name: "mission",
        title: "Mission",
        type: "string",
        description: "The mission the commitment serves, as the authority wrote it.",
      },
      {
        name: "impact",
        title: "Impact",
        type: "string",
        description: "The impact the authority expects, as it wrote it.",
      },
      {
        name: "principles",
        title: "Principles",
        type: "string",
        description: `The Declaration's principles (1 to 5) the commitment serves, in order, separated by "${LIST_SEPARATOR}".`,
        constraints: { pattern: "^[1-5](; [1-5])*$" },
      },
      {
        name: "loti_area",
        title: "LOTI area",
        type: "string",
        description: "LOTI's programme area for the commitment, where one is given.",
      },
      {
        name: "committed_on",
        title: "Committed on",
        type: "date",
        description: "The date the authority made the commitment.",
        constraints: { required: true },
      },
      {
        name: "original_target_date",
        title: "Original target date",
        type: "date",
        description: "The first target date set; empty if none was.",
      },
      {
        name: "target_date",
        title: "Current target date",
        type: "date",
        description: "The target date in force on the package's date; empty if none was set.",
      },
      {
        name: "rebaselines",
        title: "Re-baselines",
        type: "integer",
        description: "How many times the target date was moved after the original one.",
        constraints: { required: true, minimum: 0 },
      },
      {
        name: "days_slipped",
        title: "Days slipped",
        type: "integer",
        description:
          "Days from the original target date to the current one when it moved later; 0 otherwise.",
        constraints: { required: true, minimum: 0 },
      },
      {
        name: "status",
        title: "Status",
        type: "string",
        description:
          "The latest status on the package's date. not_yet_reported means no update had been published, which is not the same as not started.",
        constraints: { required: true, enum: COMMITMENT_STATUSES },
      },
      {
        name: "phase",
        title: "Delivery phase",
        type: "string",
        description: "The delivery phase given with the latest status, if any.",
        constraints: { enum: DELIVERY_PHASES },
      },
      {
        name: "status_date",
        title: "Status date",
        type: "date",
        description: "The effective date of the latest status; empty when none was reported.",
      },
      {
        name: "overdue",
        title: "Overdue",
        type: "boolean",
        description:
          "Whether the target date had passed on the package's date and the status was not done, dropped or not applicable.",
        constraints: { required: true },
      },
      {
        name: "last_update_date",
        title: "Last update",
        type: "date",
        description:
          "The latest effective date of anything about the commitment (status, target date or the commitment itself).",
        constraints: { required: true },
      },
      {
        name: "days_since_update",
        title: "Days since update",
        type: "integer",
        description: "Days from the last update to the package's date.",
        constraints: { required: true, minimum: 0 },
      },
      {
        name: "last_updated_at",
        title: "Last recorded at",
        type: "datetime",
        description: "When anything about the commitment was last recorded (UTC).",
        constraints: { required: true },
      },
    ],
  },
  {
    name: "status_history",
    title: "Status history",
    description:
      "Every published status update of every commitment, in effective-date order. The current status is the latest one.",
    primaryKey: ["commitment_id", "sequence"],
    foreignKeys: [toCommitments],
    fields: [
      {
        name: "commitment_id",
        title: "Commitment id",
        type: "string",
        description: "The commitment the update is for.",
        constraints: { required: true },
      },
      {
        name: "sequence",
        title: "Sequence",
        type: "integer",
        description:
          "The update's place in the commitment's history in this package, from 1 for the earliest (by effective date, then by when it was recorded).",
        constraints: { required: true, minimum: 1 },
      },
      {
        name: "status",
        title: "Status",
        type: "string",
        description: "The status reported.",
        constraints: { required: true, enum: COMMITMENT_STATUSES.filter((s) => s !== "not_yet_reported") },
      },
      {
        name: "phase",
        title: "Delivery phase",
        type: "string",
        description: "The delivery phase reported with the status, if any.",
        constraints: { enum: DELIVERY_PHASES },
      },
      {
        name: "effective_date",
        title: "Effective date",
        type: "date",
        description: "The date the status took effect.",
        constraints: { required: true },
      },
      {
        name: "note",
        title: "Note",
        type: "string",
        description: "What the authority said about the update.",
      },
      {
        name: "evidence_urls",
        title: "Evidence links",
        type: "string",
        description: `Links to evidence for the update, separated by "${LIST_SEPARATOR}".`,
      },
      recordedAt,
    ],
  },
  {
    name: "target_date_history",
    title: "Target-date history",
    description:
      "The slippage ledger: every target date each commitment has had, the original first, each re-baseline with its reason.",
    primaryKey: ["commitment_id", "sequence"],
    foreignKeys: [toCommitments],
    fields: [
      {
        name: "commitment_id",
        title: "Commitment id",
        type: "string",
        description: "The commitment the target date is for.",
        constraints: { required: true },
      },
      {
        name: "sequence",
        title: "Sequence",
        type: "integer",
        description:
          "The target date's place in the commitment's history in this package: 1 is the original, each later one a re-baseline.",
        constraints: { required: true, minimum: 1 },
      },
      {
        name: "target_date",
        title: "Target date",
        type: "date",
        description: "The target date set.",
        constraints: { required: true },
      },
      {
        name: "reason",
        title: "Reason",
        type: "string",
        description: "Why the target date was moved; empty for the original target date.",
      },
      {
        name: "effective_date",
        title: "Effective date",
        type: "date",
        description: "The date this target date was set.",
        constraints: { required: true },
      },
      {
        name: "days_moved",
        title: "Days moved",
        type: "integer",
        description:
          "Days from the previous target date to this one (negative when brought forward); empty for the original.",
      },
      recordedAt,
    ],
  },
  {
    name: "partnerships",
    title: "Partnerships",
    description:
      "Partnerships the authorities report with suppliers, universities, non-profits, public bodies and other councils, active or ended.",
    primaryKey: ["id"],
    foreignKeys: [toAuthorities],
    fields: [
      {
        name: "id",
        title: "Partnership id",
        type: "string",
        description: "The partnership's identifier; it never changes.",
        constraints: { required: true, unique: true },
      },
      authorityKey("The authority that reported the partnership."),
      {
        name: "authority_name",
        title: "Authority",
        type: "string",
        description: "The authority's name (repeated for convenience).",
        constraints: { required: true },
      },
      {
        name: "partner_organisation_id",
        title: "Partner organisation id",
        type: "string",
        description:
          "The partner organisation's identifier in this dataset: the same partner has the same id in every row.",
        constraints: { required: true },
      },
      {
        name: "partner_name",
        title: "Partner",
        type: "string",
        description: "The partner organisation's name.",
        constraints: { required: true },
      },
      {
        name: "partner_type",
        title: "Partner type",
        type: "string",
        description: "What kind of organisation the partner is.",
        constraints: { required: true, enum: PARTNER_TYPES },
      },
      {
        name: "partner_id_scheme",
        title: "Partner identifier scheme",
        type: "string",
        description:
          "The register the partner's identifier comes from (Companies House, UKPRN, charity number or GSS code), where known.",
        constraints: { enum: CANONICAL_ID_SCHEMES },
      },
      {
        name: "partner_id",
        title: "Partner identifier",
        type: "string",
        description: "The partner's identifier in that register.",
      },
      {
        name: "start_date",
        title: "Start date",
        type: "date",
        description: "The date the partnership started.",
        constraints: { required: true },
      },
      {
        name: "end_date",
        title: "End date",
        type: "date",
        description: "The date the partnership ended or ends; empty if open-ended.",
      },
      {
        name: "active",
        title: "Active",
        type: "boolean",
        description: "Whether the partnership had started and not ended on the package's date.",
        constraints: { required: true },
      },
      {
        name: "purpose",
        title: "Purpose",
        type: "string",
        description: "What the partnership is for.",
      },
      {
        name: "commitment_ids",
        title: "Commitment ids",
        type: "string",
        description: `The commitments the partnership supports (ids in the commitments table), separated by "${LIST_SEPARATOR}".`,
      },
    ],
  },
] as const satisfies readonly DataTable[];

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
