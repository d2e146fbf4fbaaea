import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { PoolStats } from "../../db/client.ts";

/*
 * What GET /metrics exposes, in Prometheus's text format (prom-client), per app instance: tests make
 * many apps in one process, and each worker process of a server has its own. The process's own
 * figures (memory, CPU, event-loop lag, garbage collection) are collected once per process and
 * shown by every app in it (docs/decisions/015-logs-request-ids-and-metrics.md).
 */

export type SignInThrottleReason = "account" | "client" | "busy";
const SIGN_IN_THROTTLE_REASONS: readonly SignInThrottleReason[] = ["account", "client", "busy"];
export type ImportOutcome = "imported" | "refused" | "stale" | "failed";
const IMPORT_OUTCOMES: readonly ImportOutcome[] = ["imported", "refused", "stale", "failed"];

/** What the gauges read when Prometheus asks: nothing is computed per request. */
export interface MetricsSources {
  database: { kind: string; poolStats(): PoolStats };
  /** Seconds since the public data was last built from the database; null before the first build. */
  snapshotAgeSeconds(): number | null;
  /** The public data may be out of date (the database is unreachable, a rebuild failed). */
  snapshotStale(): boolean;
}

/** The counters of one route, method and status, looked up once and kept by the caller. */
export interface RequestCounters {
  inc(): void;
  observe(seconds: number): void;
}

let processRegistry: Registry | undefined;
/** Memory, CPU, handles, event-loop lag, GC: once per process, however many apps it has. */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

const REQUEST_LABELS = ["route", "method", "status"] as const;
type RequestLabel = (typeof REQUEST_LABELS)[number];

/** Most requests take a few milliseconds; a rebuild or an import takes up to seconds. */
const REQUEST_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];
const REBUILD_BUCKETS = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function createMetrics(sources: MetricsSources) {
  const registry = new Registry();
  const registers = [registry];

  /**
   * Requests are counted in plain numbers and added to the counter when Prometheus asks: the fast
   * path answers in a few microseconds, and prom-client's increment alone costs a quarter of one.
   */
  const counters = new Map<
    string,
    RequestCounters & { labels: Record<RequestLabel, string>; uncounted: number }
  >();
  const requests = new Counter({
    name: "http_requests_total",
    help: "Requests answered, by route pattern, method and status (public reads answered from memory included)",
    labelNames: REQUEST_LABELS,
    registers,
    collect() {
      for (const counted of counters.values()) {
        if (counted.uncounted === 0) continue;
        this.inc(counted.labels, counted.uncounted);
        counted.uncounted = 0;
      }
    },
  });
  const requestDuration = new Histogram({
    name: "http_request_duration_seconds",
    help: "Time from a request's arrival to its response being ready, by route pattern, method and status",
    labelNames: REQUEST_LABELS,
    buckets: REQUEST_BUCKETS,
    registers,
  });
  const rebuilds = new Counter({
    name: "ldd_snapshot_rebuilds_total",
    help: "Loads of the published data into the public snapshot, by outcome",
    labelNames: ["outcome"] as const,
    registers,
  });
  const rebuildDuration = new Histogram({
    name: "ldd_snapshot_rebuild_duration_seconds",
    help: "Time to load the published data and build the public model",
    buckets: REBUILD_BUCKETS,
    registers,
  });
  new Gauge({
    name: "ldd_snapshot_age_seconds",
    help: "Seconds since the public data served now was loaded from the database",
    registers,
    collect() {
      const age = sources.snapshotAgeSeconds();
      if (age === null) this.reset();
      else this.set(age);
    },
  });
  new Gauge({
    name: "ldd_snapshot_stale",
    help: "1 while the public data may be out of date (database unreachable, or the last rebuild failed)",
    registers,
    collect() {
      this.set(sources.snapshotStale() ? 1 : 0);
    },
  });
  const database = sources.database;
  new Gauge({
    name: "ldd_database_connections_in_use",
    help: "Database connections running a statement (PGlite has one)",
    labelNames: ["database"] as const,
    registers,
    collect() {
      this.set({ database: database.kind }, database.poolStats().inUse);
    },
  });
  new Gauge({
    name: "ldd_database_waiting",
    help: "Statements or transactions waiting for a database connection",
    labelNames: ["database"] as const,
    registers,
    collect() {
      this.set({ database: database.kind }, database.poolStats().waiting);
    },
  });
  const signInThrottles = new Counter({
    name: "ldd_sign_in_throttled_total",
    help: "Sign-ins refused before the password was checked: too many failures for the account or the client, or too many checks at once",
    labelNames: ["reason"] as const,
    registers,
  });
  const imports = new Counter({
    name: "ldd_imports_total",
    help: "Spreadsheet imports of commitments, by outcome",
    labelNames: ["outcome"] as const,
    registers,
  });
  // Every reason and outcome is shown from the start, at 0, so a rate has a series to start from.
  for (const reason of SIGN_IN_THROTTLE_REASONS) signInThrottles.inc({ reason }, 0);
  for (const outcome of IMPORT_OUTCOMES) imports.inc({ outcome }, 0);

  const merged = Registry.merge([processMetrics(), registry]);

  return {
    /** Every metric of this app and of the process, for GET /metrics. */
    registry: merged,
    /** The counters of one route pattern, method and status (kept: the fast path asks for them once). */
    requestCounters(route: string, method: string, status: number): RequestCounters {
      const key = `${method} ${status} ${route}`;
      let found = counters.get(key);
      if (!found) {
        const labels = { route, method, status: String(status) };
        const duration = requestDuration.labels(labels);
        const counted = {
          labels,
          uncounted: 0,
          inc() {
            counted.uncounted += 1;
          },
          observe: (seconds: number) => duration.observe(seconds),
        };
        requests.inc(labels, 0);
        counters.set(key, counted);
        found = counted;
      }
      return found;
    },
    snapshotRebuilt(outcome: "ok" | "failed", seconds: number): void {
      rebuilds.inc({ outcome });
      rebuildDuration.observe(seconds);
    },
    signInThrottled(reason: SignInThrottleReason): void {
      signInThrottles.inc({ reason });
    },
    imported(outcome: ImportOutcome): void {
      imports.inc({ outcome });
    },
  };
}

export type AppMetrics = ReturnType<typeof createMetrics>;
