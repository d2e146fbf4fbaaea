import type { CommitmentImportRequest } from "@ldd/shared/commitment-spreadsheet";
import { sendJson } from "@/lib/api-client.ts";
import { useDraftMutation } from "./draft-writes.ts";
import { workspacePath } from "./get-workspace.ts";

/** The same format the import reads: the commitments as a spreadsheet, drafts included. */
export function commitmentsCsvPath(gss: string): string {
  return `${workspacePath(gss)}/commitments.csv`;
}

/** The input the form checks before sending: the contract's own schema, loaded on demand. */
export const loadCommitmentImportRequestSchema = () =>
  import("@ldd/shared/commitment-spreadsheet").then((module) => module.CommitmentImportRequestSchema);
const loadCommitmentImportResultSchema = () =>
  import("@ldd/shared/commitment-spreadsheet").then((module) => module.CommitmentImportResultSchema);

/** Imports the commitments spreadsheet, all rows or none (422 names each row and column). */
export function importCommitments({ gss, input }: { gss: string; input: CommitmentImportRequest }) {
  return sendJson(
    "POST",
    `${workspacePath(gss)}/commitments/import`,
    input,
    loadCommitmentImportResultSchema,
  );
}

export function useImportCommitments({ gss }: { gss: string }) {
  return useDraftMutation(gss, (input: CommitmentImportRequest) => importCommitments({ gss, input }));
}
