import { createRoute } from "@hono/zod-openapi";
import {
  AuthorityListSchema,
  AuthorityParamsSchema,
  AuthorityProfileSchema,
  AuthorityQuerySchema,
} from "@ldd/shared/authorities";
import { ErrorBodySchema } from "@ldd/shared/errors";
import { csvResponse, errorResponses, jsonResponse } from "../../lib/openapi-responses.ts";

const tags = ["Authorities"];

export const listAuthorities = createRoute({
  method: "get",
  path: "/api/authorities",
  tags,
  summary: "The group's authorities with their signature, membership, commitments and freshness",
  request: { query: AuthorityQuerySchema },
  responses: { 200: jsonResponse(AuthorityListSchema, "The authorities, by name"), ...errorResponses() },
});

export const listAuthoritiesCsv = createRoute({
  method: "get",
  path: "/api/authorities.csv",
  tags,
  summary: "The authorities as CSV",
  request: { query: AuthorityQuerySchema },
  responses: { 200: csvResponse("The authorities, one row each"), ...errorResponses() },
});

export const getAuthority = createRoute({
  method: "get",
  path: "/api/authorities/{gss}",
  tags,
  summary: "One authority's profile: signature, membership, commitments with their history, partnerships",
  request: { params: AuthorityParamsSchema, query: AuthorityQuerySchema },
  responses: {
    200: jsonResponse(AuthorityProfileSchema, "The authority's published profile"),
    404: jsonResponse(ErrorBodySchema, "No authority has this GSS code"),
    ...errorResponses(),
  },
});
