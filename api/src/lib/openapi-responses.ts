import { ErrorBodySchema } from "@ldd/shared/errors";
import * as z from "zod";

export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { content: { "application/json": { schema } }, description };
}

export function csvResponse(description: string) {
  return { content: { "text/csv": { schema: z.string() } }, description };
}

/** The errors any public read may answer with. */
export function errorResponses() {
  return {
    400: jsonResponse(ErrorBodySchema, "The query is not valid: `issues` names each field and problem"),
    503: jsonResponse(ErrorBodySchema, "The database is unavailable; try again shortly"),
  };
}
