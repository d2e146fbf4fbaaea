import { createRoute } from "@hono/zod-openapi";
import { GssCodeSchema } from "@ldd/shared/common";
import { ErrorBodySchema } from "@ldd/shared/errors";
import {
  IncomingPartnershipListSchema,
  IncomingPartnershipSchema,
  PartnershipAnswerInputSchema,
} from "@ldd/shared/partnership-answers";
import * as z from "zod";
import { authorityAccess } from "../../lib/auth/access.ts";
import { jsonBody, jsonResponse, mutationErrorResponses } from "../../lib/openapi-responses.ts";

const tags = ["Workspace"];
const authorityParams = z.object({ gss: GssCodeSchema });
const readErrors = {
  400: jsonResponse(ErrorBodySchema, "The address is not valid: `issues` names each part"),
  401: jsonResponse(ErrorBodySchema, "Signed out"),
  403: jsonResponse(ErrorBodySchema, "An editor of another authority"),
  404: jsonResponse(ErrorBodySchema, "No such authority, or no partnership naming it"),
};

export const listIncomingPartnerships = createRoute({
  middleware: [authorityAccess("read")] as const,
  method: "get",
  path: "/api/workspace/{gss}/partnership-answers",
  tags,
  summary: "Partnerships other authorities report with this one, and this authority's answers",
  description: "Editors of the authority, reviewers and administrators.",
  request: { params: authorityParams },
  responses: { 200: jsonResponse(IncomingPartnershipListSchema, "Awaiting an answer first"), ...readErrors },
});

export const answerPartnership = createRoute({
  middleware: [authorityAccess("write")] as const,
  method: "post",
  path: "/api/workspace/{gss}/partnership-answers/{id}",
  tags,
  summary: "Confirm or dispute a partnership another authority reported with this one",
  description:
    "Editors of the partner authority. Public at once, with one audit entry: the profiles of both authorities show the answer. `partnershipVersion` is the published version the editor read.",
  request: {
    params: authorityParams.extend({ id: z.uuid("Not a partnership id") }),
    body: jsonBody(PartnershipAnswerInputSchema),
  },
  responses: {
    200: jsonResponse(IncomingPartnershipSchema, "The partnership with its answer"),
    ...readErrors,
    ...mutationErrorResponses(),
    403: jsonResponse(ErrorBodySchema, "Not an editor of this authority, or sent from another site"),
    409: jsonResponse(
      ErrorBodySchema,
      "The partnership changed since `partnershipVersion`: `error.current` holds it as it now stands",
    ),
  },
});
