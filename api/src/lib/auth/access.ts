import type { Role } from "@ldd/shared/accounts";
import type { MiddlewareHandler } from "hono";
import type { AppBindings } from "../types.ts";
import { requireAccount, requireAuthorityAccess, requireRole } from "./middleware.ts";

/*
 * Who may call a route, declared on the route itself (`createRoute({ middleware: [...] })`).
 * @hono/zod-openapi runs route middleware before its validators, so a signed-out or wrong-role
 * caller gets 401/403 before the body is read or validated (docs/quality.md, R11): a refusal
 * never reveals which fields a route expects.
 */

/** Any signed-in account. */
export const signedInOnly: MiddlewareHandler<AppBindings> = async (c, next) => {
  requireAccount(c);
  await next();
};

/** Accounts with one of these roles. */
export function rolesOnly(...roles: Role[]): MiddlewareHandler<AppBindings> {
  return async (c, next) => {
    requireRole(c, ...roles);
    await next();
  };
}

/**
 * The authority named by the path's `{gss}`: its own editors, and (to read) LOTI's reviewers and
 * administrators. The code is checked against the account before the path itself is validated:
 * a malformed code cannot be an editor's own.
 */
export function authorityAccess(mode: "read" | "write"): MiddlewareHandler<AppBindings> {
  return async (c, next) => {
    requireAuthorityAccess(c, c.req.param("gss") ?? "", mode);
    await next();
  };
}
