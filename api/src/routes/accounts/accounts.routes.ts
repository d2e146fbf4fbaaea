import { createRoute } from "@hono/zod-openapi";
import {
  AccountListSchema,
  AccountSchema,
  CreateAccountRequestSchema,
  UpdateAccountRequestSchema,
} from "@ldd/shared/accounts";
import { ErrorBodySchema } from "@ldd/shared/errors";
import * as z from "zod";
import { rolesOnly } from "../../lib/auth/access.ts";
import { jsonBody, jsonResponse, mutationErrorResponses } from "../../lib/openapi-responses.ts";

const tags = ["Accounts"];
const signedOut = {
  401: jsonResponse(ErrorBodySchema, "Signed out"),
  403: jsonResponse(ErrorBodySchema, "Not an administrator"),
};

export const listAccounts = createRoute({
  middleware: [rolesOnly("admin")] as const,
  method: "get",
  path: "/api/accounts",
  tags,
  summary: "Every account (administrators)",
  responses: { 200: jsonResponse(AccountListSchema, "The accounts"), ...signedOut },
});

export const createAccount = createRoute({
  middleware: [rolesOnly("admin")] as const,
  method: "post",
  path: "/api/accounts",
  tags,
  summary: "Create an account (administrators)",
  request: { body: jsonBody(CreateAccountRequestSchema) },
  responses: {
    201: jsonResponse(AccountSchema, "Created"),
    409: jsonResponse(ErrorBodySchema, "An account with this email address exists"),
    ...mutationErrorResponses(),
    ...signedOut,
  },
});

export const updateAccount = createRoute({
  middleware: [rolesOnly("admin")] as const,
  method: "patch",
  path: "/api/accounts/{id}",
  tags,
  summary: "Disable or re-enable an account (administrators); disabling signs it out everywhere",
  request: {
    params: z.object({ id: z.uuid("Not an account id") }),
    body: jsonBody(UpdateAccountRequestSchema),
  },
  responses: {
    200: jsonResponse(AccountSchema, "Updated"),
    404: jsonResponse(ErrorBodySchema, "No such account"),
    409: jsonResponse(ErrorBodySchema, "An administrator cannot disable their own account"),
    ...mutationErrorResponses(),
    ...signedOut,
  },
});
