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

export function jsonBody<T extends z.ZodType>(schema: T) {
  return { content: { "application/json": { schema } }, required: true };
}

/** The errors any mutating route may answer with (CSRF, size, validation). */
export function mutationErrorResponses() {
  return {
    400: jsonResponse(ErrorBodySchema, "The body is not valid: `issues` names each field and problem"),
    403: jsonResponse(ErrorBodySchema, "Not allowed, or sent from another site"),
    413: jsonResponse(ErrorBodySchema, "The body is too large"),
    415: jsonResponse(ErrorBodySchema, "The body is not JSON"),
  };
}
