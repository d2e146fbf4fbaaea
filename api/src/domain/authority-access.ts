import type { Context } from "hono";
import { requireAuthorityAccess } from "../lib/auth/middleware.ts";
import type { SessionAccount } from "../lib/auth/sessions.ts";
import { ApiError } from "../lib/errors.ts";
import type { AppBindings } from "../lib/types.ts";
import { type Authority, findAuthority } from "./authorities.ts";

/**
 * Who is asking and for which authority, for the routes under `/api/workspace/{gss}`: 401/403 for
 * the wrong person (already refused by the route's access middleware before the body was read),
 * 404 for a code that names no authority.
 */
export async function authorityFor(
  c: Context<AppBindings>,
  gss: string,
  mode: "read" | "write",
): Promise<{ account: SessionAccount; authority: Authority }> {
  const account = requireAuthorityAccess(c, gss, mode);
  const authority = await findAuthority(c.var.database.db, gss);
  if (!authority) throw new ApiError(404, "not_found", `No authority has the code ${gss}`);
  return { account, authority };
}
