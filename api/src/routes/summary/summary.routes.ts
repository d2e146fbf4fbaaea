import { createRoute } from "@hono/zod-openapi";
import { MetaQuerySchema, MetaSchema, SummaryQuerySchema, SummarySchema } from "@ldd/shared/series";
import { errorResponses, jsonResponse } from "../../lib/openapi-responses.ts";

export const getSummary = createRoute({
  method: "get",
  path: "/api/summary",
  tags: ["Summary"],
  summary: "Headline figures today, and on an earlier date to show the change since",
  request: { query: SummaryQuerySchema },
  responses: { 200: jsonResponse(SummarySchema, "Headline figures"), ...errorResponses() },
});

export const getMeta = createRoute({
  method: "get",
  path: "/api/meta",
  tags: ["Summary"],
  summary:
    "About this data: whether it is illustrative demo data, its version and licence, today's date, and what a past view leaves out",
  request: { query: MetaQuerySchema },
  responses: { 200: jsonResponse(MetaSchema, "About the data"), ...errorResponses() },
});
