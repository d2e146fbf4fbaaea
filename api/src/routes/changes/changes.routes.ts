import { createRoute } from "@hono/zod-openapi";
import {
  ActivityQuerySchema,
  ActivitySchema,
  ChangesQuerySchema,
  ChangesSchema,
} from "@ldd/shared/leadership";
import { csvResponse, errorResponses, jsonResponse } from "../../lib/openapi-responses.ts";

const tags = ["Changes"];

export const getChanges = createRoute({
  method: "get",
  path: "/api/changes",
  tags,
  summary: "What changed between two dates: each published change, what it changed from and to, and why",
  description:
    "Changes whose effective date is after `from` and on or before `to`, newest first, with counts by kind. " +
    "As known (default), a correction recorded later counts on the day it took effect; with " +
    "`asPublished=true`, only changes the public could see by the end of `to` count.",
  request: { query: ChangesQuerySchema },
  responses: { 200: jsonResponse(ChangesSchema, "The changes between the two dates"), ...errorResponses() },
});

export const getChangesCsv = createRoute({
  method: "get",
  path: "/api/changes.csv",
  tags,
  summary: "The same changes as CSV",
  request: { query: ChangesQuerySchema },
  responses: { 200: csvResponse("One row per change"), ...errorResponses() },
});

export const getActivity = createRoute({
  method: "get",
  path: "/api/activity",
  tags,
  summary: "The activity feed: published changes as they were recorded, newest first",
  description:
    "Filter by authority, kind, and the London dates they were recorded between (`from`, `to`, inclusive). " +
    "`total` counts every match; `limit` (default 100) caps the list.",
  request: { query: ActivityQuerySchema },
  responses: { 200: jsonResponse(ActivitySchema, "The latest matching changes"), ...errorResponses() },
});

export const getActivityCsv = createRoute({
  method: "get",
  path: "/api/activity.csv",
  tags,
  summary: "The same feed as CSV (every match, no limit)",
  request: { query: ActivityQuerySchema },
  responses: { 200: csvResponse("One row per change"), ...errorResponses() },
});
