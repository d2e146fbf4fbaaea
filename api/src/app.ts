import { OpenAPIHono } from "@hono/zod-openapi";
import { getLondonToday } from "@ldd/shared/dates";
import { matchPage } from "@ldd/shared/pages";
import { COMPARISON_MEASURES, SERIES_NAMES } from "@ldd/shared/series";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import type { DatabaseHandle } from "./db/client.ts";
import { databaseErrorMessage, isDatabaseUnavailable } from "./db/unavailable.ts";
import { csrfProtection, sessionMiddleware } from "./lib/auth/middleware.ts";
import { trustedProxies } from "./lib/client-address.ts";
import { ApiError, errorResponse } from "./lib/errors.ts";
import { type Logger, RequestLog, silentLogger } from "./lib/observability/logger.ts";
import { createMetrics } from "./lib/observability/metrics.ts";
import { cachedReadObserver, observeRequests } from "./lib/observability/request-log.ts";
import { openDataCors } from "./lib/open-data-cors.ts";
import { readDeadline } from "./lib/request-deadline.ts";
import { computeSecurityHeaders, isEmbeddablePath } from "./lib/security-headers.ts";
import { loadStaticSite, serveStaticSite } from "./lib/static-in-memory.ts";
import type { AppBindings } from "./lib/types.ts";
import { closeIfBodyUnread } from "./lib/unread-body.ts";
import { createPublicData } from "./public-data/public-data.ts";
import { serveFromSnapshot } from "./public-data/public-response.ts";
import { countPublishedRows, loadPublishedHistory } from "./public-data/published-data.repository.ts";
import { loadPageRenderer, serveRenderedPages } from "./public-data/server-rendered-pages.ts";
import { PublicSnapshot } from "./public-data/snapshot.ts";
import { accountsRouter } from "./routes/accounts/accounts.index.ts";
import { authoritiesRouter } from "./routes/authorities/authorities.index.ts";
import { changesRouter } from "./routes/changes/changes.index.ts";
import { commitmentsRouter } from "./routes/commitments/commitments.index.ts";
import { registerDocs } from "./routes/docs/docs.index.ts";
import { feedsRouter } from "./routes/feeds/feeds.index.ts";
import { healthRouter } from "./routes/health/health.index.ts";
import { historyRouter } from "./routes/history/history.index.ts";
import { leadershipRouter } from "./routes/leadership/leadership.index.ts";
import { membershipRouter } from "./routes/membership/membership.index.ts";
import { metricsRouter } from "./routes/metrics/metrics.index.ts";
import { openDataRouter } from "./routes/open-data/open-data.index.ts";
import { partnershipAnswersRouter } from "./routes/partnership-answers/partnership-answers.index.ts";
import { partnershipsRouter } from "./routes/partnerships/partnerships.index.ts";
import { portfolioRouter } from "./routes/portfolio/portfolio.index.ts";
import { reviewRouter } from "./routes/review/review.index.ts";
import { seriesRouter } from "./routes/series/series.index.ts";
import { sessionRouter } from "./routes/session/session.index.ts";
import { summaryRouter } from "./routes/summary/summary.index.ts";
import { workspaceRouter } from "./routes/workspace/workspace.index.ts";

const DATABASE_UNAVAILABLE = new ApiError(
  503,
  "unavailable",
  "The database is unavailable just now. Try again in a moment.",
);
const MUTATING_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);
const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** Under R10's 5 s, leaving time to write the answer. */
const READ_DEADLINE_MS = 4_500;
const PRIVATE_PREFIXES = [
  "/api/session",
  "/api/accounts",
  "/api/workspace",
  "/api/review",
  "/api/history",
  "/api/leadership",
  "/api/membership",
];
const isPrivatePath = (path: string) =>
  PRIVATE_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));
const isSeriesName = (name: string) => (SERIES_NAMES as readonly string[]).includes(name);
const isComparisonMeasure = (name: string) => (COMPARISON_MEASURES as readonly string[]).includes(name);
/**
 * Open data: the public API reads, their CSVs and documents, and the open data package under
 * /data/ (not the signed-in routes, not pages).
 */
const isOpenDataPath = (path: string) =>
  path.startsWith("/data/") ||
  (path.startsWith("/api/") && !isPrivatePath(path) && path !== "/api/demo-accounts");

export interface AppOptions {
  database: DatabaseHandle;
  /** Folder of the built web app; omitted in API-only tests. */
  webDist?: string;
  /** Production turns on HSTS. */
  production?: boolean;
  /** Fixed "today" for tests; defaults to the date in London. */
  today?: () => string;
  /** Where readers report problems (CONTACT_EMAIL), shown on the accessibility statement. */
  contactEmail?: string | null;
  /** Proxies whose X-Forwarded-For names the client (TRUSTED_PROXIES); none by default. */
  trustedProxies?: readonly string[];
  /** Where the app logs (LOG_LEVEL, LOG_FORMAT); nowhere by default (tests). */
  logger?: Logger;
  /** LOG_CACHED_READ_EVERY: one log line in this many public reads answered from memory. */
  logCachedReadEvery?: number;
  /** METRICS_ALLOW: addresses and ranges that may read GET /metrics; loopback by default. */
  metricsAllow?: readonly string[];
  /** METRICS_TOKEN: a bearer token that opens GET /metrics from anywhere. */
  metricsToken?: string | null;
}

const DEFAULT_LOG_CACHED_READ_EVERY = 100;
const DEFAULT_METRICS_ALLOW = ["127.0.0.1", "::1"];

export function createApp(options: AppOptions) {
  const { database } = options;
  const today = options.today ?? (() => getLondonToday());
  const logger = options.logger ?? silentLogger();
  // When the public data now served was loaded: GET /metrics tells its age.
  let builtAt: number | undefined;
  const loadPublicData = async () => {
    const started = performance.now();
    try {
      const history = await loadPublishedHistory(database.db);
      const data = createPublicData(history, today());
      const ms = performance.now() - started;
      builtAt = Date.now();
      metrics.snapshotRebuilt("ok", ms / 1000);
      logger.info({ rows: countPublishedRows(history), ms: Math.round(ms) }, "public data rebuilt");
      return data;
    } catch (error) {
      const ms = performance.now() - started;
      metrics.snapshotRebuilt("failed", ms / 1000);
      logger.error(
        { reason: databaseErrorMessage(error), ms: Math.round(ms) },
        "could not load the published data: serving the last public data, marked stale",
      );
      throw DATABASE_UNAVAILABLE;
    }
  };
  const snapshot = new PublicSnapshot(loadPublicData, today, database.mayMissChanges);
  database.onDataChanged(() => snapshot.invalidate());
  const metrics = createMetrics({
    database,
    snapshotAgeSeconds: () => (builtAt === undefined ? null : (Date.now() - builtAt) / 1000),
    snapshotStale: () => snapshot.stale,
  });

  const app = new OpenAPIHono<AppBindings>({ strict: false });

  // The built web app, read into memory once: serving it never waits on the thread pool (R12).
  const site = options.webDist ? loadStaticSite(options.webDist) : null;
  // Public pages rendered on the server, their data asked of this app in-process.
  const pages =
    options.webDist && site
      ? loadPageRenderer(options.webDist, async (request) => app.fetch(request), logger)
      : null;

  // Every response, errors and static files included, carries the security headers (R8).
  // The snapshot fast path writes them itself; everything else gets them here.
  const { standard: securityHeaders, embeddable: embeddableHeaders } = computeSecurityHeaders({
    production: options.production ?? false,
    inlineStyleSource: pages?.inlineStyleSource,
  });
  const securityHeaderEntries = Object.entries(securityHeaders);
  const embeddableHeaderEntries = Object.entries(embeddableHeaders);
  const proxies = options.trustedProxies?.length ? trustedProxies(options.trustedProxies) : null;
  // First: every response, errors and the snapshot's included, carries the request's id (ADR 015).
  const observation = {
    logger,
    metrics,
    trustedProxies: proxies,
    cachedReadEvery: options.logCachedReadEvery ?? DEFAULT_LOG_CACHED_READ_EVERY,
  };
  app.use(observeRequests(observation));
  app.use(async (c, next) => {
    c.set("database", database);
    c.set("today", today);
    c.set("snapshot", snapshot);
    c.set("contactEmail", options.contactEmail ?? null);
    c.set("securityHeaders", securityHeaders);
    c.set("production", options.production ?? false);
    c.set("trustedProxies", proxies);
    c.set("metrics", metrics);
    await next();
    if (c.var.securityHeadersIncluded) return;
    const entries = isEmbeddablePath(c.req.path) ? embeddableHeaderEntries : securityHeaderEntries;
    for (const [name, value] of entries) c.res.headers.set(name, value);
  });

  app.use(openDataCors(isOpenDataPath));
  app.use(closeIfBodyUnread);
  app.use(readDeadline(READ_DEADLINE_MS));

  // Mutations: JSON only, from our own origin, of a bounded size (R1, R7).
  app.use("/api/*", csrfProtection);
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError(413, "payload_too_large", `Send at most ${MAX_BODY_BYTES / 1024 / 1024} MB.`);
      },
    }),
  );
  // Sessions are looked up only where they matter, so public reads stay query-free (P2).
  app.use("/api/*", (c, next) =>
    MUTATING_METHODS.has(c.req.method) || isPrivatePath(c.req.path) ? sessionMiddleware(c, next) : next(),
  );

  for (const router of [
    healthRouter,
    summaryRouter,
    seriesRouter,
    authoritiesRouter,
    commitmentsRouter,
    partnershipsRouter,
    portfolioRouter,
    changesRouter,
    feedsRouter,
    openDataRouter,
    sessionRouter,
    accountsRouter,
    workspaceRouter,
    historyRouter,
    reviewRouter,
    leadershipRouter,
    membershipRouter,
    partnershipAnswersRouter,
    metricsRouter({
      registry: metrics.registry,
      allow: options.metricsAllow ?? DEFAULT_METRICS_ALLOW,
      token: options.metricsToken ?? null,
    }),
  ]) {
    app.route("/", router);
  }
  registerDocs(app);

  app.all("/api/*", (c) =>
    errorResponse(c, new ApiError(404, "not_found", `No API route matches ${c.req.path}`)),
  );
  // The open data package's addresses are files, never the web app's page.
  app.all("/data/*", (c) =>
    errorResponse(c, new ApiError(404, "not_found", `No open data file is at ${c.req.path}`)),
  );

  if (site) {
    // Unknown addresses, and profiles of authorities that do not exist, answer 404.
    const isPage = async (path: string) => {
      const page = matchPage(path);
      if (!page) return false;
      if (page.pattern === "/embed/series/:name") return isSeriesName(page.params.name ?? "");
      if (page.pattern === "/embed/compare/:measure") return isComparisonMeasure(page.params.measure ?? "");
      if (page.pattern !== "/authorities/:gss") return true;
      return (await snapshot.getData()).current.profiles.has(page.params.gss ?? "");
    };
    if (pages)
      app.get(
        "*",
        serveRenderedPages(pages, (path) => site.files.has(path), isPage),
      );
    app.get("*", serveStaticSite(site, isPage));
  }

  app.notFound((c) => errorResponse(c, new ApiError(404, "not_found", `Nothing is at ${c.req.path}`)));
  app.onError((error, c) => {
    if (error instanceof ApiError) return errorResponse(c, error);
    if (error instanceof HTTPException) {
      // Hono's own refusals (a body that is not JSON, say) in our one error shape.
      const status = error.status;
      const code =
        status >= 500 ? "internal_error" : status === 413 ? "payload_too_large" : "malformed_request";
      return errorResponse(
        c,
        new ApiError(status, code, error.message || "The request could not be handled"),
      );
    }
    const log = c.var.log ?? new RequestLog(logger, c.var.requestId ?? "");
    if (isDatabaseUnavailable(error)) {
      // An outage, not a bug: one line, and a 503 the client may retry (docs/quality.md, R10).
      log.warn({ reason: databaseErrorMessage(error) }, "database unavailable");
      return errorResponse(c, DATABASE_UNAVAILABLE);
    }
    log.error({ err: error }, "unexpected error");
    return errorResponse(c, new ApiError(500, "internal_error", "Something went wrong on our side."));
  });

  // Repeated public reads are answered before Hono sees them, synchronously, so
  // @hono/node-server writes them on its fastest path (docs/quality.md, P1, docs/decisions/005).
  const routeRequest = app.fetch;
  const cachedReads = cachedReadObserver(observation);
  app.fetch = (request, env, executionContext) =>
    serveFromSnapshot(snapshot, securityHeaders, cachedReads, request, env) ??
    routeRequest(request, env, executionContext);

  return app;
}

export type App = ReturnType<typeof createApp>;
