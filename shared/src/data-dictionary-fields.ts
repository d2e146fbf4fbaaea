/** The vocabulary of the open data dictionary: field and table shapes, and fields several tables share. */

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

export const GSS_PATTERN = "^[EWSN][0-9]{8}$";

export const authorityKey = (description: string) =>
  ({
    name: "authority_gss_code",
    title: "Authority GSS code",
    type: "string",
    description,
    constraints: { required: true, pattern: GSS_PATTERN },
  }) as const satisfies DataField;

export const toAuthorities: DataForeignKey = {
  fields: ["authority_gss_code"],
  reference: { resource: "authorities", fields: ["gss_code"] },
};
export const toCommitments: DataForeignKey = {
  fields: ["commitment_id"],
  reference: { resource: "commitments", fields: ["id"] },
};

export const recordedAt = {
  name: "recorded_at",
  title: "Recorded at",
  type: "datetime",
  description: "When this fact was recorded (UTC). It may be long after its effective date.",
  constraints: { required: true },
} as const satisfies DataField;

/** What a separator in a list cell is (principles, evidence links, commitment ids). */
export const LIST_SEPARATOR = "; ";
