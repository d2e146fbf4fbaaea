import { createRoute } from "@hono/zod-openapi";
import {
  DemoAccountListSchema,
  SessionCheckSchema,
  SessionSchema,
  SignInRequestSchema,
} from "@ldd/shared/accounts";
import { ErrorBodySchema } from "@ldd/shared/errors";
import { jsonBody, jsonResponse, mutationErrorResponses } from "../../lib/openapi-responses.ts";

const tags = ["Session"];

export const signIn = createRoute({
  method: "post",
  path: "/api/session",
  tags,
  summary: "Sign in: sets an HttpOnly session cookie",
  request: { body: jsonBody(SignInRequestSchema) },
  responses: {
    200: jsonResponse(SessionSchema, "Signed in"),
    401: jsonResponse(
      ErrorBodySchema,
      "The email address or password is not right (the same answer for both)",
    ),
    429: jsonResponse(
      ErrorBodySchema,
      "Too many failed attempts in 5 minutes for this account (10) or from this client (30); Retry-After says when to try again",
    ),
    503: jsonResponse(
      ErrorBodySchema,
      "Too many password checks are waiting on this server; Retry-After says when to try again (the attempt does not count)",
    ),
    ...mutationErrorResponses(),
  },
});

export const getSession = createRoute({
  method: "get",
  path: "/api/session",
  tags,
  summary: "Who is signed in: the account and when the session ends, or account null when signed out",
  responses: {
    200: jsonResponse(SessionCheckSchema, "The session, or `{ account: null, expiresAt: null }`"),
  },
});

export const signOut = createRoute({
  method: "delete",
  path: "/api/session",
  tags,
  summary: "Sign out: revokes the session",
  responses: { 204: { description: "Signed out" }, ...mutationErrorResponses() },
});

export const listDemoAccounts = createRoute({
  method: "get",
  path: "/api/demo-accounts",
  tags,
  summary: "Demo accounts for each role, listed only while illustrative demo data is loaded",
  responses: { 200: jsonResponse(DemoAccountListSchema, "Demo accounts (empty without demo data)") },
});
