import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendForNoContent } from "@/lib/api-client.ts";
import { sessionKeys, signedInKeys } from "@/lib/query-keys.ts";

export function signOut() {
  return sendForNoContent("DELETE", "/api/session");
}

/** Signs out and forgets everything read while signed in. */
export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSuccess: () => {
      queryClient.setQueryData(sessionKeys.current(), null);
      queryClient.removeQueries({ queryKey: signedInKeys.all });
    },
  });
}
