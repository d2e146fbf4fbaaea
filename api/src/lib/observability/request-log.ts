import { matchPage } from "@ldd/shared/pages";
import type { Context, MiddlewareHandler } from "hono";
import { routePath } from "hono/route";
import type { TrustedProxies } from "../client-address.ts";
import type { AppBindings } from "../types.ts";
import { type Logger, RequestLog } from "./logger.ts";
import type { AppMetrics, RequestCounters } from "./metrics.ts";
import { REQUEST_ID_HEADER, requestIdOf } from "./request-id.ts";

/*
 * One log line and one count per request (docs/decisions/015-logs-request-ids-and-metrics.md):
 * its id, method, route pattern (never the address with its ids and query), status, time, size
 * when known and the signed-in account's id, and nothing else of the request: no headers, no
 * cookies, no body. Public reads answered from memory before routing (docs/decisions/005) are
 * counted every time but logged one in `cachedReadEvery`: a line each would cost more than the
 * answer itself.
 */

export interface RequestObservation {
  logger: Logger;
  metrics: AppMetrics;
  /** Proxies whose X-Request-Id is kept (TRUSTED_PROXIES). */
  trustedProxies: TrustedProxies | null;
  /** LOG_CACHED_READ_EVERY: one line in this many for public reads answered from memory; 0 none. */
  cachedReadEvery: number;
}

/**
 * The pattern of the route that answered: "/api/authorities/:gss", the page's pattern for pages
 * served by the catch-all, else the catch-all itself ("*", "/api/*"): never anything the client
 * chose, so the metrics' labels stay few.
 */
export function routeOf(c: Context): string {
  const route = routePath(c);
  if (route !== "*" && route !== "/*") return route;
  try {
    return matchPage(c.req.path)?.pattern ?? route;
  } catch {
    // A malformed escape in the address: no page.
    return route;
  }
}

const roundMs = (ms: number) => Math.round(ms * 100) / 100;

function contentLength(c: Context<AppBindings>): number | undefined {
  // A response from the snapshot says its size; reading its headers would build them (P1).
  if (c.var.securityHeadersIncluded) return c.var.responseBytes;
  const length = c.res.headers.get("content-length");
  return length === null ? undefined : Number(length);
}

/**
 * First in the chain: gives the request its id and a logger that names it, and once answered
 * returns the id in X-Request-Id, counts the request and logs its line.
 */
export function observeRequests(observation: RequestObservation): MiddlewareHandler<AppBindings> {
  const { logger, metrics, trustedProxies } = observation;
  return async (c, next) => {
    const started = performance.now();
    const requestId = requestIdOf(c.req.raw, c.env, trustedProxies);
    c.set("requestId", requestId);
    c.set("log", new RequestLog(logger, requestId));
    await next();
    // A response from the snapshot carries it already (its headers are a plain object).
    if (!c.var.securityHeadersIncluded) c.res.headers.set(REQUEST_ID_HEADER, requestId);
    const ms = performance.now() - started;
    const route = routeOf(c);
    const { method } = c.req;
    const { status } = c.res;
    const counters = metrics.requestCounters(route, method, status);
    counters.inc();
    counters.observe(ms / 1000);
    const bytes = contentLength(c);
    const accountId = c.var.account?.id;
    logger[status >= 500 ? "error" : "info"](
      {
        reqId: requestId,
        method,
        route,
        status,
        ms: roundMs(ms),
        ...(bytes !== undefined ? { bytes } : {}),
        ...(accountId ? { accountId } : {}),
      },
      `${method} ${route} ${status}`,
    );
  };
}

/** Counts and samples public reads answered from memory, before routing (the fast path). */
export interface CachedReadObserver {
  requestId(request: Request, env: unknown): string;
  counters(route: string, status: number): RequestCounters;
  answered(
    counters: RequestCounters,
    answer: { route: string; status: number; bytes: number; requestId: string; started: number },
  ): void;
}

export function cachedReadObserver(observation: RequestObservation): CachedReadObserver {
  const { logger, metrics, trustedProxies, cachedReadEvery } = observation;
  let sinceLastLine = 0;
  return {
    requestId: (request, env) => requestIdOf(request, env, trustedProxies),
    counters: (route, status) => metrics.requestCounters(route, "GET", status),
    answered(counters, { route, status, bytes, requestId, started }) {
      const ms = performance.now() - started;
      counters.inc();
      // Counted, not timed: an answer from memory takes microseconds, and observing the duration
      // histogram cost the smallest of them about a tenth of their throughput (docs/benchmarks.md).
      if (cachedReadEvery === 0 || ++sinceLastLine < cachedReadEvery) return;
      sinceLastLine = 0;
      logger.info(
        {
          reqId: requestId,
          method: "GET",
          route,
          status,
          ms: roundMs(ms),
          bytes,
          cached: true,
          // This line stands for this many answers (LOG_CACHED_READ_EVERY).
          sampledOneIn: cachedReadEvery,
        },
        `GET ${route} ${status}`,
      );
    },
  };
}
