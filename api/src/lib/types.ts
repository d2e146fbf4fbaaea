import type { OpenAPIHono, RouteConfig, RouteHandler } from "@hono/zod-openapi";
import type { DatabaseHandle } from "../db/client.ts";
import type { PublicSnapshot } from "../public-data/snapshot.ts";
import type { SessionAccount } from "./auth/sessions.ts";
import type { TrustedProxies } from "./client-address.ts";
import type { RequestLog } from "./observability/logger.ts";
import type { AppMetrics } from "./observability/metrics.ts";

export interface AppBindings {
  Variables: {
    database: DatabaseHandle;
    /** Today in London (fixed in tests): the latest date a view may show. */
    today: () => string;
    snapshot: PublicSnapshot;
    /** CONTACT_EMAIL: where readers report problems; null when the installation set none. */
    contactEmail: string | null;
    /** The security headers every response carries (R8), as a plain object. */
    securityHeaders: Readonly<Record<string, string>>;
    /** Set by a handler that wrote the security headers itself (the snapshot fast path). */
    securityHeadersIncluded: boolean;
    /** The signed-in account on authenticated routes; null when signed out. */
    account: SessionAccount | null;
    session: { token: string; expiresAt: string };
    production: boolean;
    /** Proxies whose X-Forwarded-For is believed (TRUSTED_PROXIES); null when none is. */
    trustedProxies: TrustedProxies | null;
    /** This request's id (X-Request-Id), in its log lines and any error body. */
    requestId: string;
    /** The app's logger, naming this request. */
    log: RequestLog;
    metrics: AppMetrics;
    /** The body's size, set by a handler that answers with headers of its own (the snapshot). */
    responseBytes: number;
  };
}

export type AppOpenAPI = OpenAPIHono<AppBindings>;
export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppBindings>;
