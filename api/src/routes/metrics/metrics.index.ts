import type { Registry } from "prom-client";
import { createRouter } from "../../lib/create-router.ts";
import { ApiError } from "../../lib/errors.ts";
import { mayReadMetrics, metricsAccess } from "../../lib/observability/metrics-access.ts";

/*
 * GET /metrics: Prometheus's text format, for the operator's scraper only (METRICS_ALLOW or
 * METRICS_TOKEN). Not an API route: not in the OpenAPI document, no CORS, never cached
 * (docs/decisions/015-logs-request-ids-and-metrics.md).
 */

export interface MetricsRouteOptions {
  registry: Registry;
  /** METRICS_ALLOW: addresses and ranges that may read the metrics. */
  allow: readonly string[];
  /** METRICS_TOKEN: a bearer token that may read them from anywhere; null when unset. */
  token: string | null;
}

export function metricsRouter({ registry, allow, token }: MetricsRouteOptions) {
  const access = metricsAccess(allow, token);
  return createRouter().get("/metrics", async (c) => {
    c.header("Cache-Control", "no-store");
    if (!mayReadMetrics(c, access, c.var.trustedProxies)) {
      throw new ApiError(
        403,
        "forbidden",
        "The metrics are for the addresses in METRICS_ALLOW, or for a request with METRICS_TOKEN as its bearer token.",
      );
    }
    return c.body(await registry.metrics(), 200, { "Content-Type": registry.contentType });
  });
}
