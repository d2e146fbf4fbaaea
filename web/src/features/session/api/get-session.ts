import type { Session } from "@ldd/shared/accounts";
import { queryOptions, useQuery } from "@tanstack/react-query";
import { ApiError, getJson } from "@/lib/api-client.ts";
import { sessionKeys } from "@/lib/query-keys.ts";

const loadSessionCheckSchema = () =>
  import("@ldd/shared/accounts").then((module) => module.SessionCheckSchema);

/** The signed-in person's session, or null when signed out (`account: null`; a 401 means the same). */
export async function getSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    const check = await getJson("/api/session", loadSessionCheckSchema, { signal });
    return check.account === null ? null : check;
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
