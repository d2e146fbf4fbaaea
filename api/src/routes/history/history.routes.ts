import { createRoute } from "@hono/zod-openapi";
import { GssCodeSchema } from "@ldd/shared/common";
import { ErrorBodySchema } from "@ldd/shared/errors";
import { HistorySchema } from "@ldd/shared/history";
import { RecordTypeSchema } from "@ldd/shared/workspace";
import * as z from "zod";
import { authorityAccess } from "../../lib/auth/access.ts";
import { jsonResponse } from "../../lib/openapi-responses.ts";

export const getRecordHistory = createRoute({
  middleware: [authorityAccess("read")] as const,
  method: "get",
  path: "/api/workspace/{gss}/history/{recordType}/{id}",
  tags: ["Workspace"],
  summary:
    "Every version of a record with who, when, why and the values before → after; and its audit trail; newest first",
  description:
    "Editors of the authority, reviewers and administrators. A commitment's history includes its status updates, target-date changes, and the submissions, reviews and imports that moved it.",
  request: {
    params: z.object({ gss: GssCodeSchema, recordType: RecordTypeSchema, id: z.uuid("Not a record id") }),
  },
  responses: {
    200: jsonResponse(HistorySchema, "The record's audit entries"),
    400: jsonResponse(ErrorBodySchema, "The address is not valid: `issues` names each part"),
    401: jsonResponse(ErrorBodySchema, "Signed out"),
    403: jsonResponse(ErrorBodySchema, "An editor of another authority"),
    404: jsonResponse(ErrorBodySchema, "This authority has no such record"),
  },
});
