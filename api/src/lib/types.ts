import type { OpenAPIHono, RouteConfig, RouteHandler } from "@hono/zod-openapi";
import type { DatabaseHandle } from "../db/client.ts";
import type { PublicSnapshot } from "../public-data/snapshot.ts";

export interface AppBindings {
  Variables: {
    database: DatabaseHandle;
    snapshot: PublicSnapshot;
  };
}

export type AppOpenAPI = OpenAPIHono<AppBindings>;
export type AppRouteHandler<R extends RouteConfig> = RouteHandler<R, AppBindings>;
