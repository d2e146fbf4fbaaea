import type { SignInRequest } from "@ldd/shared/accounts";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { sendJson } from "@/lib/api-client.ts";
import { sessionKeys, signedInKeys } from "@/lib/query-keys.ts";

/** The input the form checks before sending: the contract's own schema, loaded on demand. */
export const loadSignInRequestSchema = () =>
  import("@ldd/shared/accounts").then((module) => module.SignInRequestSchema);
const loadSessionSchema = () => import("@ldd/shared/accounts").then((module) => module.SessionSchema);

/** Signs in; 401 with one message for an unknown address or a wrong password, 429 when throttled. */
export function signIn({ input }: { input: SignInRequest }) {
  return sendJson("POST", "/api/session", input, loadSessionSchema);
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInRequest) => signIn({ input }),
    // A new session: nothing read for whoever was signed in before may show.
    onSuccess: (session) => {
      queryClient.removeQueries({ queryKey: signedInKeys.all });
      queryClient.setQueryData(sessionKeys.current(), session);
    },
  });
}
