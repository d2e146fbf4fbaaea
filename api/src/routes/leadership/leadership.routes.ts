import { createRoute } from "@hono/zod-openapi";
import { ErrorBodySchema } from "@ldd/shared/errors";
import {
  ActivityQuerySchema,
  ActivitySchema,
  AttentionCsvQuerySchema,
  AttentionSchema,
} from "@ldd/shared/leadership";
import { rolesOnly } from "../../lib/auth/access.ts";
import { csvResponse, errorResponses, jsonResponse } from "../../lib/openapi-responses.ts";

const tags = ["Leadership"];
const lotiOnly = {
  401: jsonResponse(ErrorBodySchema, "Signed out"),
  403: jsonResponse(ErrorBodySchema, "Not LOTI (reviewers and administrators only)"),
};

export const getAttention = createRoute({
  method: "get",
  path: "/api/leadership/attention",
  tags,
  summary: "What awaits LOTI: submissions waiting for review, and returned changes not yet answered",
  description:
    "Stale, overdue and slipped commitments are public: `GET /api/commitments?stale_days=180`, `?overdue=true`, `?slipped=true`.",
  middleware: [rolesOnly("reviewer", "admin")] as const,
  responses: { 200: jsonResponse(AttentionSchema, "What needs attention"), ...lotiOnly, ...errorResponses() },
});

export const getAttentionCsv = createRoute({
  method: "get",
  path: "/api/leadership/attention.csv",
  tags,
  summary: "What awaits LOTI as CSV: submissions waiting for review and returned changes not yet answered",
  description:
    "One row per submission waiting (`list` awaiting_review) and per returned change (`list` returned); " +
    "`list=awaiting_review` or `list=returned` gives one of the two.",
  middleware: [rolesOnly("reviewer", "admin")] as const,
  request: { query: AttentionCsvQuerySchema },
  responses: {
    200: csvResponse("One row per submission or returned change"),
    ...lotiOnly,
    ...errorResponses(),
  },
});

export const getLeadershipActivity = createRoute({
  method: "get",
  path: "/api/leadership/activity",
  tags,
  summary: "The activity feed with drafts, submissions and returned changes as well as published ones",
  middleware: [rolesOnly("reviewer", "admin")] as const,
  request: { query: ActivityQuerySchema },
  responses: {
    200: jsonResponse(ActivitySchema, "The latest matching changes"),
    ...lotiOnly,
    ...errorResponses(),
  },
});

export const getLeadershipActivityCsv = createRoute({
  method: "get",
  path: "/api/leadership/activity.csv",
  tags,
  summary: "The same feed as CSV (every match, no limit)",
  middleware: [rolesOnly("reviewer", "admin")] as const,
  request: { query: ActivityQuerySchema },
  responses: { 200: csvResponse("One row per change"), ...lotiOnly, ...errorResponses() },
});
