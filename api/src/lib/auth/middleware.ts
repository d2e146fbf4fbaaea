import type { Context, MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import { ApiError } from "../errors.ts";
import type { AppBindings } from "../types.ts";
import { findSession, SESSION_COOKIE, type SessionAccount } from "./sessions.ts";

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * CSRF defence for every mutating API route (docs/quality.md, R7): JSON bodies only (a cross-site HTML form
 * cannot send them without a CORS preflight we never grant), and an Origin, when the browser sends
 * one, that is our own.
 */
export const csrfProtection: MiddlewareHandler<AppBindings> = async (c, next) => {
  if (!MUTATING.has(c.req.method)) return next();
  const origin = c.req.header("Origin");
  if (origin !== undefined) {
    const own = new URL(c.req.url);
    const forwardedHost = c.req.header("Host");
    const ownOrigins = new Set([own.origin, ...(forwardedHost ? [`${own.protocol}//${forwardedHost}`] : [])]);
    if (!ownOrigins.has(origin)) {
      throw new ApiError(403, "cross_origin", "This request came from another site and was refused.");
    }
  } else if (c.req.header("Sec-Fetch-Site") === "cross-site") {
    throw new ApiError(403, "cross_origin", "This request came from another site and was refused.");
  }
  const hasBody = c.req.method !== "DELETE" || c.req.header("Content-Length") !== undefined;
  const contentType = c.req.header("Content-Type") ?? "";
  if (hasBody && !/^application\/json\s*(;|$)/i.test(contentType)) {
    throw new ApiError(
      415,
      "unsupported_media_type",
      "Send the request body as JSON (Content-Type: application/json).",
    );
  }
  return next();
};

/** Reads the session cookie, if any, into c.var.account. Authenticated answers are never cached. */
export const sessionMiddleware: MiddlewareHandler<AppBindings> = async (c, next) => {
  const token = getCookie(c, SESSION_COOKIE);
  c.set("account", null);
  if (token && token.length <= 128) {
    const session = await findSession(c.var.database.db, token);
    if (session) {
      c.set("account", session.account);
      c.set("session", { token, expiresAt: session.expiresAt });
    }
  }
  await next();
  c.res.headers.set("Cache-Control", "no-store");
};

export function requireAccount(c: Context<AppBindings>): SessionAccount {
  const account = c.var.account;
  if (!account) throw new ApiError(401, "signed_out", "Sign in to do this.");
  return account;
}

export function requireRole(c: Context<AppBindings>, ...roles: SessionAccount["role"][]): SessionAccount {
  const account = requireAccount(c);
  if (!roles.includes(account.role)) {
    throw new ApiError(403, "forbidden", "Your account is not allowed to do this.");
  }
  return account;
}

/** An editor may act only for their own authority; reviewers and administrators see every one. */
export function requireAuthorityAccess(
  c: Context<AppBindings>,
  authorityGss: string,
  mode: "read" | "write",
): SessionAccount {
  const account = requireAccount(c);
  if (account.role === "editor") {
    if (account.authorityGss !== authorityGss) {
      throw new ApiError(403, "forbidden", "You can only see and change your own authority's records.");
    }
    return account;
  }
  if (mode === "write")
    throw new ApiError(403, "forbidden", "Only the authority's own editors change its records.");
  return account;
}
