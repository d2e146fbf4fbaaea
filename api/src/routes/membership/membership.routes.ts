import { createRoute } from "@hono/zod-openapi";
import { ErrorBodySchema } from "@ldd/shared/errors";
import {
  AuthorityMembershipSchema,
  MembershipEventInputSchema,
  MembershipEventParamsSchema,
  MembershipParamsSchema,
  MembershipWithdrawalInputSchema,
} from "@ldd/shared/membership";
import { rolesOnly } from "../../lib/auth/access.ts";
import { jsonBody, jsonResponse, mutationErrorResponses } from "../../lib/openapi-responses.ts";

const tags = ["Membership"];
const notLoti = {
  401: jsonResponse(ErrorBodySchema, "Signed out"),
  403: jsonResponse(ErrorBodySchema, "Not allowed for this role"),
};
const changeErrors = {
  ...mutationErrorResponses(),
  ...notLoti,
  400: jsonResponse(
    ErrorBodySchema,
    "The body is not valid, or the event contradicts the membership history: `issues` names each field and problem",
  ),
  404: jsonResponse(ErrorBodySchema, "No authority has this code, or no such event"),
  409: jsonResponse(
    ErrorBodySchema,
    "The membership changed since `expectedVersion`: `error.current` holds it as it now stands",
  ),
};

export const getMembership = createRoute({
  middleware: [rolesOnly("admin", "reviewer")] as const,
  method: "get",
  path: "/api/membership/{gss}",
  tags,
  summary: "An authority's LOTI membership events, with who recorded each and why",
  description: "LOTI reviewers and administrators.",
  request: { params: MembershipParamsSchema },
  responses: {
    200: jsonResponse(AuthorityMembershipSchema, "The membership, oldest event first"),
    404: jsonResponse(ErrorBodySchema, "No authority has this code"),
    ...notLoti,
  },
});

export const recordMembershipEvent = createRoute({
  middleware: [rolesOnly("admin")] as const,
  method: "post",
  path: "/api/membership/{gss}/events",
  tags,
  summary: "Record that an authority joined (at launch, or later) or left LOTI",
  description:
    "Administrators. Published at once, with one audit entry. Joins and leaves must alternate; a founding join is dated at LOTI's launch and comes first.",
  request: { params: MembershipParamsSchema, body: jsonBody(MembershipEventInputSchema) },
  responses: {
    201: jsonResponse(AuthorityMembershipSchema, "The membership with the new event"),
    ...changeErrors,
  },
});

export const withdrawMembershipEvent = createRoute({
  middleware: [rolesOnly("admin")] as const,
  method: "post",
  path: "/api/membership/{gss}/events/{id}/withdraw",
  tags,
  summary: "Withdraw a membership event recorded in error, with a reason",
  description:
    "Administrators. The event stays in the history, marked withdrawn by a new row; the public no longer sees it.",
  request: { params: MembershipEventParamsSchema, body: jsonBody(MembershipWithdrawalInputSchema) },
  responses: {
    200: jsonResponse(AuthorityMembershipSchema, "The membership without the event"),
    ...changeErrors,
  },
});
