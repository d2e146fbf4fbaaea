import { createRoute } from "@hono/zod-openapi";
import { GssCodeSchema } from "@ldd/shared/common";
import { ErrorBodySchema } from "@ldd/shared/errors";
import {
  PublishSubmissionInputSchema,
  ReturnSubmissionInputSchema,
  ReviewOutcomeSchema,
  ReviewQueueSchema,
} from "@ldd/shared/workspace";
import * as z from "zod";
import { rolesOnly } from "../../lib/auth/access.ts";
import { jsonBody, jsonResponse, mutationErrorResponses } from "../../lib/openapi-responses.ts";

const tags = ["Review"];
const notReviewer = {
  401: jsonResponse(ErrorBodySchema, "Signed out"),
  403: jsonResponse(ErrorBodySchema, "Not a reviewer (editors and administrators cannot review)"),
};
const decisionErrors = {
  ...mutationErrorResponses(),
  ...notReviewer,
  400: jsonResponse(ErrorBodySchema, "The body is not valid: `issues` names each field and problem"),
  404: jsonResponse(ErrorBodySchema, "No authority has this code"),
  409: jsonResponse(
    ErrorBodySchema,
    "A named change is no longer waiting for review (decided on meanwhile, or not this authority's): nothing was changed, and `error.current` holds the submission as it now stands",
  ),
};
const authorityParams = z.object({ gss: GssCodeSchema });

export const getReviewQueue = createRoute({
  middleware: [rolesOnly("reviewer")] as const,
  method: "get",
  path: "/api/review",
  tags,
  summary: "Submissions waiting for review: one per authority, each change in plain words",
  description: "Reviewers.",
  responses: { 200: jsonResponse(ReviewQueueSchema, "The queue, oldest submission first"), ...notReviewer },
});

export const publishSubmission = createRoute({
  middleware: [rolesOnly("reviewer")] as const,
  method: "post",
  path: "/api/review/{gss}/publish",
  tags,
  summary: "Publish the named submitted changes of an authority",
  description:
    "Reviewers. `changeIds` are the ids of the changes the review queue showed; changes submitted since stay in the queue. The public sees the changes in the very next read.",
  request: { params: authorityParams, body: jsonBody(PublishSubmissionInputSchema) },
  responses: { 200: jsonResponse(ReviewOutcomeSchema, "How many changes were published"), ...decisionErrors },
});

export const returnSubmission = createRoute({
  middleware: [rolesOnly("reviewer")] as const,
  method: "post",
  path: "/api/review/{gss}/return",
  tags,
  summary: "Return the named submitted changes of an authority to its editors, with a comment",
  description:
    "Reviewers. `changeIds` are the ids of the changes the review queue showed. The editors see the comment in their workspace.",
  request: { params: authorityParams, body: jsonBody(ReturnSubmissionInputSchema) },
  responses: { 200: jsonResponse(ReviewOutcomeSchema, "How many changes were returned"), ...decisionErrors },
});
