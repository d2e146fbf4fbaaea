import { createRoute } from "@hono/zod-openapi";
import { MatrixQuerySchema, MatrixSchema } from "@ldd/shared/leadership";
import { PartnerListQuerySchema, PartnerListSchema } from "@ldd/shared/partnerships";
import { csvResponse, errorResponses, jsonResponse } from "../../lib/openapi-responses.ts";

const tags = ["Portfolio"];

export const getMatrix = createRoute({
  method: "get",
  path: "/api/matrix",
  tags,
  summary: "Authority × principle: each authority's commitments serving each principle, by status",
  request: { query: MatrixQuerySchema },
  responses: {
    200: jsonResponse(MatrixSchema, "One row per authority, one cell per principle"),
    ...errorResponses(),
  },
});

export const getMatrixCsv = createRoute({
  method: "get",
  path: "/api/matrix.csv",
  tags,
  summary: "The same matrix as CSV: one row per authority and principle",
  request: { query: MatrixQuerySchema },
  responses: { 200: csvResponse("One row per authority and principle"), ...errorResponses() },
});

export const listPartners = createRoute({
  method: "get",
  path: "/api/partners",
  tags,
  summary: "Partner organisations and the authorities working with them, the most connected first",
  request: { query: PartnerListQuerySchema },
  responses: { 200: jsonResponse(PartnerListSchema, "The partnership ecosystem"), ...errorResponses() },
});

export const listPartnersCsv = createRoute({
  method: "get",
  path: "/api/partners.csv",
  tags,
  summary: "The same partners as CSV",
  request: { query: PartnerListQuerySchema },
  responses: { 200: csvResponse("One row per partner organisation"), ...errorResponses() },
});
