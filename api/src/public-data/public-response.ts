import type { AsOfQuery, View } from "@ldd/shared/as-of";
import type { Context, TypedResponse } from "hono";
import { ApiError } from "../lib/errors.ts";
import type { RequestCounters } from "../lib/observability/metrics.ts";
import { REQUEST_ID_HEADER } from "../lib/observability/request-id.ts";
import { type CachedReadObserver, routeOf } from "../lib/observability/request-log.ts";
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
  /** The pattern of the route that rendered the entry, for the fast path's counts and log lines. */
  route: string;
  /** The counters of the fast path's answers (200, 304), looked up on its first answer of each. */
  counters: Map<number, RequestCounters>;
}

/**
 * Plain header objects, built once per snapshot entry: @hono/node-server writes a Response with
 * plain headers without building a Headers instance (docs/quality.md, P1). Each has a place for the
 * request's id, filled in a copy per response: copying an object of the same shape is cheap, adding
 * a property to a copy is not.
 */
const preparedHeaders = new WeakMap<SnapshotEntry, PreparedHeaders>();
function headersOf(
  entry: SnapshotEntry,
  securityHeaders: Readonly<Record<string, string>>,
  route: string,
): PreparedHeaders {
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
      [REQUEST_ID_HEADER]: "",
    };
    const identity = { ...common, "content-type": entry.contentType };
    prepared = {
      notModified: common,
      identity,
      gzip: entry.gzip ? { ...identity, "content-encoding": "gzip" } : null,
      route,
      counters: new Map(),
    };
    preparedHeaders.set(entry, prepared);
  }
  return prepared;
}

interface Answer {
  response: Response;
  status: 200 | 304 | 404;
  bytes: number;
}

function withRequestId(headers: Record<string, string>, requestId: string): Record<string, string> {
  const copy = { ...headers };
  copy[REQUEST_ID_HEADER] = requestId;
  return copy;
}

function respondWith(
  entry: SnapshotEntry,
  headers: PreparedHeaders,
  requestId: string,
  ifNoneMatch: string | undefined,
  acceptEncoding: string | undefined,
): Answer {
  if (
    entry.status === 200 &&
    ifNoneMatch?.split(",").some((tag) => tag.trim().replace(/^W\//, "") === entry.etag)
  ) {
    const response = new Response(null, {
      status: 304,
      headers: withRequestId(headers.notModified, requestId),
    });
    return { response, status: 304, bytes: 0 };
  }
  if (headers.gzip && entry.gzip && acceptEncoding?.includes("gzip")) {
    const response = new Response(entry.gzip, {
      status: entry.status,
      headers: withRequestId(headers.gzip, requestId),
    });
    return { response, status: entry.status, bytes: entry.gzip.byteLength };
  }
  const response = new Response(entry.body, {
    status: entry.status,
    headers: withRequestId(headers.identity, requestId),
  });
  return { response, status: entry.status, bytes: entry.body.byteLength };
}

export function sendSnapshotEntry(c: Context<AppBindings>, entry: SnapshotEntry): Response {
  c.set("securityHeadersIncluded", true);
  const answer = respondWith(
    entry,
    headersOf(entry, c.var.securityHeaders, routeOf(c)),
    c.var.requestId,
    requestHeader(c.req.raw, c.env, "if-none-match"),
    requestHeader(c.req.raw, c.env, "accept-encoding"),
  );
  c.set("responseBytes", answer.bytes);
  return answer.response;
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
  observer: CachedReadObserver,
  request: Request,
  env: unknown,
): Response | undefined {
  if (request.method !== "GET") return undefined;
  const started = performance.now();
  const entry = snapshot.lookupRequestUrl(requestUrl(request, env));
  if (!entry) return undefined;
  // Remembered entries were answered through the routes first, which prepared their headers.
  const headers = headersOf(entry, securityHeaders, "*");
  const requestId = observer.requestId(request, env);
  const answer = respondWith(
    entry,
    headers,
    requestId,
    requestHeader(request, env, "if-none-match"),
    requestHeader(request, env, "accept-encoding"),
  );
  let counters = headers.counters.get(answer.status);
  if (!counters) {
    counters = observer.counters(headers.route, answer.status);
    headers.counters.set(answer.status, counters);
  }
  observer.answered(counters, {
    route: headers.route,
    status: answer.status,
    bytes: answer.bytes,
    requestId,
    started,
  });
  return answer.response;
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
