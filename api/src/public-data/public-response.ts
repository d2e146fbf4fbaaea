import type { AsOfQuery, View } from "@ldd/shared/as-of";
import type { Context, TypedResponse } from "hono";
import { ApiError } from "../lib/errors.ts";
import { OPEN_DATA_CORS_HEADERS } from "../lib/open-data-cors.ts";
import type { AppBindings } from "../lib/types.ts";
import type { PublicData } from "./public-data.ts";
import type { PublicSnapshot, SnapshotEntry, SnapshotStatus } from "./snapshot.ts";

/**
 * Browsers revalidate every time (a cheap 304); a shared cache (CDN) may serve for 30 s.
 * No stale-while-revalidate: browsers honour it too, and their background revalidations kept
 * pages from ever settling.
 */
export const PUBLIC_CACHE_CONTROL = "public, max-age=0, must-revalidate, s-maxage=30";

interface NodeIncoming {
  url?: string;
  headers: Record<string, string | string[] | undefined>;
}

/** What @hono/node-server passes as the environment: Node's own parsed request. */
function nodeIncoming(env: unknown): NodeIncoming | undefined {
  const incoming = (env as { incoming?: NodeIncoming } | undefined)?.incoming;
  return incoming?.url ? incoming : undefined;
}

/** Path and query of the request exactly as sent: the fast path's cache key. */
function requestUrl(request: Request, env: unknown): string {
  const incoming = nodeIncoming(env);
  if (incoming?.url) return incoming.url;
  const url = request.url;
  return url.slice(url.indexOf("/", url.indexOf("//") + 2));
}

function requestHeader(
  request: Request,
  env: unknown,
  name: "if-none-match" | "accept-encoding",
): string | undefined {
  const incoming = nodeIncoming(env);
  if (incoming) {
    const value = incoming.headers[name];
    return Array.isArray(value) ? value.join(",") : value;
  }
  return request.headers.get(name) ?? undefined;
}

interface PreparedHeaders {
  notModified: Record<string, string>;
  identity: Record<string, string>;
  gzip: Record<string, string> | null;
}

/**
 * Plain header objects, built once per snapshot entry: @hono/node-server writes a Response with
 * plain headers without building a Headers instance (docs/quality.md, P1).
 */
const preparedHeaders = new WeakMap<SnapshotEntry, PreparedHeaders>();
function headersOf(entry: SnapshotEntry, securityHeaders: Readonly<Record<string, string>>): PreparedHeaders {
  let prepared = preparedHeaders.get(entry);
  if (!prepared) {
    const common = {
      ...securityHeaders,
      ...(entry.crossOrigin ? OPEN_DATA_CORS_HEADERS : {}),
      "cache-control": PUBLIC_CACHE_CONTROL,
      etag: entry.etag,
      vary: "Accept-Encoding",
      ...(entry.stale ? { "x-data-stale": "true" } : {}),
      ...entry.headers,
    };
    const identity = { ...common, "content-type": entry.contentType };
    prepared = {
      notModified: common,
      identity,
      gzip: entry.gzip ? { ...identity, "content-encoding": "gzip" } : null,
    };
    preparedHeaders.set(entry, prepared);
  }
  return prepared;
}

function respondWith(
  entry: SnapshotEntry,
  securityHeaders: Readonly<Record<string, string>>,
  ifNoneMatch: string | undefined,
  acceptEncoding: string | undefined,
): Response {
  const headers = headersOf(entry, securityHeaders);
  if (
    entry.status === 200 &&
    ifNoneMatch?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === entry.etag)
  ) {
    return new Response(null, { status: 304, headers: headers.notModified });
  }
  if (headers.gzip && entry.gzip && acceptEncoding?.includes("gzip")) {
    return new Response(entry.gzip, { status: entry.status, headers: headers.gzip });
  }
  return new Response(entry.body, { status: entry.status, headers: headers.identity });
}

export function sendSnapshotEntry(c: Context<AppBindings>, entry: SnapshotEntry): Response {
  c.set("securityHeadersIncluded", true);
  return respondWith(
    entry,
    c.var.securityHeaders,
    requestHeader(c.req.raw, c.env, "if-none-match"),
    requestHeader(c.req.raw, c.env, "accept-encoding"),
  );
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
  value: (data: PublicData, status: SnapshotStatus) => T,
): Promise<TypedResponse<T, 200, "json">> {
  const entry = await c.var.snapshot.respond(key, (data, status) => ({
    body: JSON.stringify(value(data, status)),
    contentType: "application/json; charset=utf-8",
  }));
  return sendRemembered(c, entry) as unknown as TypedResponse<T, 200, "json">;
}

/** An entry of the snapshot as the answer, remembered for the fast path under the request's URL. */
export function sendRemembered(c: Context<AppBindings>, entry: SnapshotEntry): Response {
  c.var.snapshot.rememberRequestUrl(requestUrl(c.req.raw, c.env), entry);
  return sendSnapshotEntry(c, entry);
}

/** A CSV download served from the snapshot (open data: a stable address per table). */
export function sendSnapshotCsv(
  c: Context<AppBindings>,
  key: string,
  filename: string,
  csv: (data: PublicData) => string,
): Promise<Response> {
  return sendSnapshotDocument(c, key, {
    contentType: "text/csv; charset=utf-8",
    render: csv,
    headers: () => ({ "content-disposition": `attachment; filename="${filename}"` }),
  });
}

/** Any text document served from the snapshot: a feed, a data package, a CSV. */
export async function sendSnapshotDocument(
  c: Context<AppBindings>,
  key: string,
  document: {
    contentType: string;
    render: (data: PublicData) => string | Uint8Array;
    headers?: (data: PublicData) => Record<string, string>;
  },
): Promise<Response> {
  const entry = await c.var.snapshot.respond(key, (data) => ({
    body: document.render(data),
    contentType: document.contentType,
    headers: document.headers?.(data),
  }));
  return sendRemembered(c, entry);
}

/**
 * In front of the router: a GET for a URL the snapshot has already answered in this generation is
 * answered at once, synchronously (the URL was validated when the entry was first rendered).
 * Misses return undefined and go through the routes.
 */
export function serveFromSnapshot(
  snapshot: PublicSnapshot,
  securityHeaders: Readonly<Record<string, string>>,
  request: Request,
  env: unknown,
): Response | undefined {
  if (request.method !== "GET") return undefined;
  const entry = snapshot.lookupRequestUrl(requestUrl(request, env));
  if (!entry) return undefined;
  return respondWith(
    entry,
    securityHeaders,
    requestHeader(request, env, "if-none-match"),
    requestHeader(request, env, "accept-encoding"),
  );
}

/**
 * The view a public read asks for: `asOf` (today when omitted) and `asPublished`. A date after
 * today is refused (400): the future has no state yet. A date before any data is a valid, empty
 * state (docs/decisions/012-time-machine.md).
 */
export function viewOf(c: Context<AppBindings>, query: AsOfQuery): View {
  const today = c.var.today();
  const asOf = query.asOf ?? today;
  if (asOf > today) {
    throw new ApiError(400, "invalid_request", "Check query.asOf", {
      issues: [{ path: "query.asOf", message: `Choose a date on or before today (${today})` }],
    });
  }
  return { asOf, asPublished: query.asPublished ?? false };
}
