import { OpenAPIHono } from "@hono/zod-openapi";
import { ApiError, errorResponse, issuesFrom } from "./errors.ts";
import type { AppBindings } from "./types.ts";

/** A router whose validation failures all answer 400 with the field-level issues. */
export function createRouter(): OpenAPIHono<AppBindings> {
  return new OpenAPIHono<AppBindings>({
    strict: false,
    defaultHook: (result, c) => {
      if (!result.success) {
        const issues = issuesFrom(result.target, result.error);
        const fields = [...new Set(issues.map((issue) => issue.path))].join(", ");
        return errorResponse(c, new ApiError(400, "invalid_request", `Check ${fields}`, { issues }));
      }
    },
  });
}
