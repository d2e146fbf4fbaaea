import type { Session } from "@ldd/shared/accounts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { ApiError, getJson } from "@/lib/api-client.ts";
import { sessionKeys } from "@/lib/query-keys.ts";

const loadSessionSchema = () => import("@ldd/shared/accounts").then((module) => module.SessionSchema);

/** The signed-in person's session, or null when signed out (the API answers 401). */
export async function getSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    return await getJson("/api/session", loadSessionSchema, { signal });
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function getSessionQueryOptions() {
  return queryOptions({
    queryKey: sessionKeys.current(),
    queryFn: ({ signal }) => getSession(signal),
    staleTime: 60_000,
  });
}

export function useSession() {
  return useQuery(getSessionQueryOptions());
}

/** Where a person's work starts: their authority, the review queue or the accounts page. */
export function homePathFor(account: Session["account"]): string {
  if (account.role === "editor" && account.authorityGss) return `/manage/${account.authorityGss}`;
  if (account.role === "admin") return "/admin/accounts";
  return "/review";
}
