import type { Context, TypedResponse } from "hono";
import type { AppBindings } from "../lib/types.ts";
import type { PublicModel } from "./build-public-model.ts";
import type { SnapshotEntry } from "./snapshot.ts";

/** Browsers revalidate every time (a cheap 304); a CDN may serve for 30 s while it does. */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=30, stale-while-revalidate=60";

function send(c: Context<AppBindings>, entry: SnapshotEntry): Response {
  c.header("Cache-Control", PUBLIC_CACHE_CONTROL);
  c.header("ETag", entry.etag);
  c.header("Vary", "Accept-Encoding");
  const ifNoneMatch = c.req.header("If-None-Match");
  if (ifNoneMatch?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === entry.etag)) {
    return c.body(null, 304);
  }
  c.header("Content-Type", entry.contentType);
  if (entry.gzip && /\bgzip\b/.test(c.req.header("Accept-Encoding") ?? "")) {
    c.header("Content-Encoding", "gzip");
    return c.body(new Uint8Array(entry.gzip), 200);
  }
  return c.body(new Uint8Array(entry.body), 200);
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
  return send(c, entry) as unknown as TypedResponse<T, 200, "json">;
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
  }));
  c.header("Content-Disposition", `attachment; filename="${filename}"`);
  return send(c, entry);
}
