import type { MiddlewareHandler } from "hono";
import { ApiError, errorResponse } from "./errors.ts";
import type { AppBindings } from "./types.ts";

/**
 * No read hangs longer than 5 s (docs/quality.md, R10), whatever it waits for: on PostgreSQL the
 * database timeouts (db/client.ts) already bound each statement, and this also covers a queue
 * behind PGlite's single connection or several slow statements in a row. The client gets 503 at
 * once; the abandoned read finishes or fails by itself.
 *
 * Only reads: abandoning a write would answer 503 for a change that may still commit, and
 * writes slowed by work rather than by an outage (password hashing under a burst of sign-ins)
 * should finish rather than be retried on top of themselves. On PostgreSQL a write is bounded
 * by the database timeouts.
 */
export function readDeadline(ms: number): MiddlewareHandler<AppBindings> {
  return async (c, next) => {
    if (c.req.method !== "GET" && c.req.method !== "HEAD") return next();
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<"expired">((resolve) => {
      timer = setTimeout(resolve, ms, "expired");
    });
    const handled = next();
    try {
      if ((await Promise.race([handled, expired])) !== "expired") return;
    } finally {
      clearTimeout(timer);
    }
    handled.catch(() => undefined);
    return errorResponse(
      c,
      new ApiError(503, "timeout", "The server took too long to answer. Try again in a moment."),
    );
  };
}
