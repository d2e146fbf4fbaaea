import type { SignInRequest } from "@ldd/shared/accounts";
import { ApiError, sendJson } from "@/lib/api-client.ts";

const loadSessionSchema = () => import("@ldd/shared/accounts").then((module) => module.SessionSchema);

export async function signIn(request: SignInRequest) {
  const session = await sendJson("POST", "/api/session", request, loadSessionSchema);
  if (!session) throw new ApiError(0, "unexpected_response", "The sign-in service did not answer.");
  return session;
}
