import { createRoute } from "@hono/zod-openapi";
import * as z from "zod";
import { createRouter } from "../../lib/create-router.ts";
import { jsonResponse } from "../../lib/openapi-responses.ts";

const HealthSchema = z.object({
  status: z.enum(["ok", "unavailable"]),
  database: z.enum(["pglite", "postgres"]),
});

export const getHealth = createRoute({
  method: "get",
  path: "/healthz",
  tags: ["Health"],
  summary: "Whether this process can reach its database",
  responses: {
    200: jsonResponse(HealthSchema, "Healthy"),
    503: jsonResponse(HealthSchema, "The database cannot be reached"),
  },
});

export const healthRouter = createRouter().openapi(getHealth, async (c) => {
  const database = c.var.database;
  c.header("Cache-Control", "no-store");
  try {
    await database.ping();
    return c.json({ status: "ok" as const, database: database.kind }, 200);
  } catch {
    return c.json({ status: "unavailable" as const, database: database.kind }, 503);
  }
});
