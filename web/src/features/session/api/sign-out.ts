import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendJson } from "@/lib/api-client.ts";
import { SESSION_QUERY_KEY } from "./get-session.ts";

export function signOut() {
  return sendJson("DELETE", "/api/session", undefined);
}

/** Signs out and forgets everything fetched while signed in. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      queryClient.setQueryData(SESSION_QUERY_KEY, null);
      for (const key of ["workspace", "review", "accounts", "history"]) {
        queryClient.removeQueries({ queryKey: [key] });
      }
    },
  });
}
