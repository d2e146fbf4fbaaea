import { ApiError, sendJson } from "@/lib/api-client.ts";
import { workspacePath } from "./get-workspace.ts";

const loadResultSchema = () =>
  import("@ldd/shared/workspace").then((module) => module.CommitmentImportResultSchema);

export function commitmentsCsvPath(gss: string): string {
  return `${workspacePath(gss)}/commitments.csv`;
}

export async function importCommitments(gss: string, input: { csv: string }) {
  const result = await sendJson("POST", `${workspacePath(gss)}/commitments/import`, input, loadResultSchema);
  if (!result) throw new ApiError(0, "unexpected_response", "The import did not answer.");
  return result;
}
