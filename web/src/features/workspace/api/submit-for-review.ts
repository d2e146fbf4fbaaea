import { useMutation } from "@tanstack/react-query";
import { sendJson } from "@/lib/api-client.ts";
import { useRefreshAfterSave, workspacePath } from "./get-workspace.ts";

const loadOutcomeSchema = () => import("@ldd/shared/workspace").then((module) => module.ReviewOutcomeSchema);

export async function submitForReview(gss: string) {
  const outcome = await sendJson("POST", `${workspacePath(gss)}/submit`, {}, loadOutcomeSchema);
  return outcome?.count ?? 0;
}

export function useSubmitForReview(gss: string) {
  const refresh = useRefreshAfterSave(gss);
  return useMutation({ mutationFn: () => submitForReview(gss), onSuccess: refresh });
}
