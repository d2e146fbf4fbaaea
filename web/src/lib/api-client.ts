import type { ErrorBody } from "@ldd/shared/errors";
import type * as z from "zod";

/** Any failure to get a valid answer from our API: an error body, a network failure or an unexpected shape. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: NonNullable<ErrorBody["error"]["issues"]>;
  /** On 409 Conflict: the record as it now stands. */
  readonly current: unknown;

  constructor(
    status: number,
    code: string,
    message: string,
    issues: ErrorBody["error"]["issues"] = [],
    current: unknown = undefined,
  ) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.current = current;
  }
}

export type QueryParams = Record<string, string | number | boolean | undefined | null>;

/** Builds a same-origin API path with only the parameters that have a value. */
export function buildApiPath(path: string, params: QueryParams = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  const query = search.toString();
  return query ? `${path}?${query}` : path;
}

function toAbsolute(path: string): string {
  // Relative in the browser; jsdom and Node's fetch need an absolute URL.
  return typeof window === "undefined"
    ? new URL(path, "http://localhost").toString()
    : new URL(path, window.location.origin).toString();
}

/**
 * Loads a contract schema. The schemas (and zod, ~25 kB gzip) are imported on demand, in parallel
 * with the request, so they stay out of the first-load bundle (QUALITY P5).
 */
export type SchemaLoader<Schema extends z.ZodType> = () => Promise<Schema>;

const loadErrorBodySchema = () => import("@ldd/shared/errors").then((module) => module.ErrorBodySchema);

async function toApiError(
  status: number,
  body: unknown,
  errorSchemaPromise: ReturnType<typeof loadErrorBodySchema>,
): Promise<ApiError> {
  const parsedError = (await errorSchemaPromise).safeParse(body);
  if (parsedError.success) {
    const { status: bodyStatus, code, message, issues, current } = parsedError.data.error;
    return new ApiError(bodyStatus, code, message, issues, current);
  }
  return new ApiError(status, "http_error", `The data service answered with status ${status}.`);
}

/** GETs JSON from our API and parses it with the shared contract schema; throws ApiError otherwise. */
export async function getJson<Schema extends z.ZodType>(
  path: string,
  loadSchema: SchemaLoader<Schema>,
  options: { signal?: AbortSignal } = {},
): Promise<z.output<Schema>> {
  const schemaPromise = loadSchema();
  const errorSchemaPromise = loadErrorBodySchema();
  // Avoid unhandled rejections while the request is still running; both are awaited below.
  schemaPromise.catch(() => undefined);
  errorSchemaPromise.catch(() => undefined);

  let response: Response;
  try {
    response = await fetch(toAbsolute(path), {
      headers: { accept: "application/json" },
      credentials: "same-origin",
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError(0, "network_error", "The dashboard could not reach its data service.");
  }

  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw await toApiError(response.status, body, errorSchemaPromise);

  const parsed = (await schemaPromise).safeParse(body);
  if (!parsed.success) {
    throw new ApiError(
      response.status,
      "unexpected_response",
      "The data service sent data in a shape this page does not understand.",
    );
  }
  return parsed.data;
}

/**
 * Sends a change to our API (same-origin cookie session, JSON body) and parses the answer with
 * the shared schema, or returns null for a 204 or when no schema is given. Throws ApiError otherwise.
 */
export async function sendJson<Schema extends z.ZodType>(
  method: "POST" | "PUT" | "PATCH" | "DELETE",
  path: string,
  body: unknown,
  loadSchema?: SchemaLoader<Schema>,
): Promise<z.output<Schema> | null> {
  const schemaPromise = loadSchema?.();
  const errorSchemaPromise = loadErrorBodySchema();
  schemaPromise?.catch(() => undefined);
  errorSchemaPromise.catch(() => undefined);

  let response: Response;
  try {
    response = await fetch(toAbsolute(path), {
      method,
      headers:
        body === undefined
          ? { accept: "application/json" }
          : { accept: "application/json", "content-type": "application/json" },
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, "network_error", "The dashboard could not reach its data service.");
  }

  const answer: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok) throw await toApiError(response.status, answer, errorSchemaPromise);
  if (!schemaPromise) return null;

  const parsed = (await schemaPromise).safeParse(answer);
  if (!parsed.success) {
    throw new ApiError(
      response.status,
      "unexpected_response",
      "The data service sent data in a shape this page does not understand.",
    );
  }
  return parsed.data;
}
