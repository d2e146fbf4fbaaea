import type { MiddlewareHandler } from "hono";
import type { AppBindings } from "./types.ts";

/*
 * Public reads are open data: a page on another site, or a notebook in a browser, may fetch them.
 * They answer `Access-Control-Allow-Origin: *` (never with credentials, so no cookie is ever sent
 * or read across sites). Signed-in routes never carry CORS headers: the browser then refuses to let
 * another site read them, on top of the same-origin check on every change.
 */

/** Headers on every public read, the snapshot's fast path included. */
export const OPEN_DATA_CORS_HEADERS: Readonly<Record<string, string>> = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "ETag, Last-Modified, X-Data-Stale, Content-Disposition",
};

const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  ...OPEN_DATA_CORS_HEADERS,
  "access-control-allow-methods": "GET, HEAD",
  "access-control-allow-headers": "If-None-Match, If-Modified-Since",
  "access-control-max-age": "86400",
};

/**
 * For the public paths (`isPublic`): answers the preflight of a cross-site GET, and adds the CORS
 * headers to GET and HEAD answers the snapshot did not already write (errors included, so a
 * notebook can read why its request was refused).
 */
export function openDataCors(isPublic: (path: string) => boolean): MiddlewareHandler<AppBindings> {
  return async (c, next) => {
    if (!isPublic(c.req.path)) return next();
    if (c.req.method === "OPTIONS" && c.req.header("Access-Control-Request-Method")) {
      return c.body(null, 204, PREFLIGHT_HEADERS);
    }
    await next();
    if (c.req.method === "GET" || c.req.method === "HEAD") {
      for (const [name, value] of Object.entries(OPEN_DATA_CORS_HEADERS)) c.res.headers.set(name, value);
    }
  };
}
