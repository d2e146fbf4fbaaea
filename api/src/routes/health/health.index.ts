import { createRoute } from "@hono/zod-openapi";
import * as z from "zod";
import { createRouter } from "../../lib/create-router.ts";
import { jsonResponse } from "../../lib/openapi-responses.ts";

const HealthSchema = z.object({
  status: z.enum(["ok", "unavailable"]),
  database: z.enum(["pglite", "postgres"]),
  /** The public data has been built at least once: public reads can be answered. */
  snapshotBuilt: z.boolean(),
});

/*
 * Two questions, two addresses. /livez: is the process running at all (a supervisor restarts it
 * when not)? /healthz: should a load balancer send it traffic (database reachable, public data
 * built)? A process that cannot reach its database is alive but not healthy: restarting it would
 * not help, and it still serves its last public data.
 */

const FIRST_BUILD_WAIT_MS = 3_000;
const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

export const getLiveness = createRoute({
  method: "get",
  path: "/livez",
  tags: ["Health"],
  summary: "Whether the process is running (for a supervisor): always 200 while it answers",
  responses: { 200: jsonResponse(z.object({ status: z.literal("ok") }), "Running") },
});

export const getHealth = createRoute({
  method: "get",
  path: "/healthz",
  tags: ["Health"],
  summary:
    "Whether this process should get traffic (for a load balancer): database reachable, public data built",
  responses: {
    200: jsonResponse(HealthSchema, "Healthy"),
    503: jsonResponse(HealthSchema, "The database cannot be reached, or the public data is not built yet"),
  },
});

export const healthRouter = createRouter()
  .openapi(getLiveness, (c) => {
    c.header("Cache-Control", "no-store");
    return c.json({ status: "ok" as const }, 200);
  })
  .openapi(getHealth, async (c) => {
    const database = c.var.database;
    c.header("Cache-Control", "no-store");
    // The first check after start-up builds the public data if no read has yet; a second
    // later gets the answer as it then stands.
    const built = c.var.snapshot.getData().then(
      () => true,
      () => false,
    );
    const snapshotBuilt =
      c.var.snapshot.isBuilt || (await Promise.race([built, delay(FIRST_BUILD_WAIT_MS).then(() => false)]));
    try {
      await database.ping();
      if (!snapshotBuilt)
        return c.json({ status: "unavailable" as const, database: database.kind, snapshotBuilt }, 503);
      return c.json({ status: "ok" as const, database: database.kind, snapshotBuilt }, 200);
    } catch {
      return c.json({ status: "unavailable" as const, database: database.kind, snapshotBuilt }, 503);
    }
  });
