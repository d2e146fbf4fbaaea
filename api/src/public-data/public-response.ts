import type { Context, TypedResponse } from "hono";
import type { AppBindings } from "../lib/types.ts";
import type { PublicModel } from "./build-public-model.ts";
import type { SnapshotEntry } from "./snapshot.ts";

/** Browsers revalidate every time (a cheap 304); a CDN may serve for 30 s while it does. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=30, stale-while-revalidate=60";

/** Path and query of the request exactly as sent: the fast path's cache key. */
function requestUrl(c: Context<AppBindings>): string {
  const url = c.req.url;
  return url.slice(url.indexOf("/", url.indexOf("//") + 2));
}

export function sendSnapshotEntry(c: Context<AppBindings>, entry: SnapshotEntry): Response {
  // A plain header object lets @hono/node-server write the response without building a
  // Headers instance: this is the hot path of the public dashboard (QUALITY P1).
  const headers: Record<string, string> = {
    ...c.var.securityHeaders,
    "cache-control": PUBLIC_CACHE_CONTROL,
    etag: entry.etag,
    vary: "Accept-Encoding",
    ...entry.headers,
  };
  c.set("securityHeadersIncluded", true);
  const ifNoneMatch = c.req.header("If-None-Match");
  if (ifNoneMatch?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === entry.etag)) {
    return new Response(null, { status: 304, headers });
  }
  headers["content-type"] = entry.contentType;
  if (entry.gzip && /\bgzip\b/.test(c.req.header("Accept-Encoding") ?? "")) {
    headers["content-encoding"] = "gzip";
    return new Response(entry.gzip, { status: 200, headers });
  }
  return new Response(entry.body, { status: 200, headers });
}

/** The cache key of a public read: its path and its validated query, in a fixed order. */
export function snapshotKey(path: string, query: Record<string, unknown> = {}): string {
  const parts = Object.entries(query)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${key}=${String(value)}`);
  return parts.length > 0 ? `${path}?${parts.join("&")}` : path;
}

/**
 * A JSON read served from the snapshot. `value` is typed by the route's response schema;
 * the cast only tells Hono that the bytes we send are that value serialised.
 */
export async function sendSnapshotJson<T>(
  c: Context<AppBindings>,
  key: string,
  value: (model: PublicModel) => T,
): Promise<TypedResponse<T, 200, "json">> {
  const entry = await c.var.snapshot.respond(key, (model) => ({
    body: JSON.stringify(value(model)),
    contentType: "application/json; charset=utf-8",
  }));
  c.var.snapshot.rememberRequestUrl(requestUrl(c), entry);
  return sendSnapshotEntry(c, entry) as unknown as TypedResponse<T, 200, "json">;
}

/** A CSV download served from the snapshot (open data: a stable address per table). */
export async function sendSnapshotCsv(
  c: Context<AppBindings>,
  key: string,
  filename: string,
  csv: (model: PublicModel) => string,
): Promise<Response> {
  const entry = await c.var.snapshot.respond(key, (model) => ({
    body: csv(model),
    contentType: "text/csv; charset=utf-8",
    headers: { "content-disposition": `attachment; filename="${filename}"` },
  }));
  c.var.snapshot.rememberRequestUrl(requestUrl(c), entry);
  return sendSnapshotEntry(c, entry);
}

/**
 * Before routing: a GET for a URL the snapshot has already answered is served at once
 * (the URL was validated when the entry was rendered). Misses fall through to the routes.
 */
export function snapshotFastPath(c: Context<AppBindings>): Response | undefined {
  if (c.req.method !== "GET") return undefined;
  const entry = c.var.snapshot.lookupRequestUrl(requestUrl(c));
  return entry ? sendSnapshotEntry(c, entry) : undefined;
}
