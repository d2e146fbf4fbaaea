import * as z from "zod";

/* The commitments spreadsheet: the one format the workspace exports and imports (docs/decisions/009). */

/** Columns of the commitments CSV, in order: the export and the import use the same format. */
export const COMMITMENT_CSV_COLUMNS = [
  "id",
  "version",
  "title",
  "partners",
  "mission",
  "impact",
  "principles",
  "loti_area",
  "committed_on",
  "target_date",
  "status",
  "phase",
  "status_date",
  "note",
  "evidence_url",
] as const;

/**
 * Rows of commitments one import may hold (docs/quality.md, R12). A council has tens of commitments; a
 * bounded file is a bounded amount of work, so one editor's import cannot hold up the server.
 */
export const MAX_IMPORT_ROWS = 500;

export const CommitmentImportRequestSchema = z.object({
  csv: z.string().min(1, "Choose a CSV file to import").max(1_000_000, "The file must be 1 MB or smaller"),
});
export type CommitmentImportRequest = z.infer<typeof CommitmentImportRequestSchema>;

export const CommitmentImportResultSchema = z
  .object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() })
  .meta({ id: "CommitmentImportResult" });
export type CommitmentImportResult = z.infer<typeof CommitmentImportResultSchema>;
