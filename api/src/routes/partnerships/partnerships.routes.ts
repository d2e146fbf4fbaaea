import { createRoute } from "@hono/zod-openapi";
import { PartnershipListQuerySchema, PartnershipListSchema } from "@ldd/shared/partnerships";
import { csvResponse, errorResponses, jsonResponse } from "../../lib/openapi-responses.ts";

const tags = ["Partnerships"];

export const listPartnerships = createRoute({
  method: "get",
  path: "/api/partnerships",
  tags,
  summary:
    "Published partnerships, filtered by authority, partner type and whether active on the view's date",
  request: { query: PartnershipListQuerySchema },
  responses: { 200: jsonResponse(PartnershipListSchema, "The matching partnerships"), ...errorResponses() },
});

export const listPartnershipsCsv = createRoute({
  method: "get",
  path: "/api/partnerships.csv",
  tags,
  summary: "The same partnerships as CSV",
  request: { query: PartnershipListQuerySchema },
  responses: { 200: csvResponse("One row per partnership"), ...errorResponses() },
});
