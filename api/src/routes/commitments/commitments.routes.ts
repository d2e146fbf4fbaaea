import { createRoute } from "@hono/zod-openapi";
import { CommitmentListQuerySchema, CommitmentListSchema } from "@ldd/shared/commitments";
import { csvResponse, errorResponses, jsonResponse } from "../../lib/openapi-responses.ts";

const tags = ["Commitments"];

export const listCommitments = createRoute({
  method: "get",
  path: "/api/commitments",
  tags,
  summary: "Published commitments, filtered by authority, principle and current status",
  request: { query: CommitmentListQuerySchema },
  responses: { 200: jsonResponse(CommitmentListSchema, "The matching commitments"), ...errorResponses() },
});

export const listCommitmentsCsv = createRoute({
  method: "get",
  path: "/api/commitments.csv",
  tags,
  summary: "The same commitments as CSV",
  request: { query: CommitmentListQuerySchema },
  responses: { 200: csvResponse("One row per commitment"), ...errorResponses() },
});
