import type { ErrorBody, ErrorCode } from "@ldd/shared/errors";
import type * as z from "zod";

/**
 * The API's error codes, and the two the client itself uses when there is no valid answer at all
 * (status 0): the network failed, or the answer did not have the expected shape.
 */
export type ClientErrorCode = ErrorCode | "network_error" | "unexpected_response";

/** Any failure to get a valid answer from our API: an error body, a network failure or an unexpected shape. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ClientErrorCode;
  readonly issues: NonNullable<ErrorBody["error"]["issues"]>;
  /** On 409 Conflict: the record as it now stands. */
  readonly current: unknown;
  /** The request's id (X-Request-Id), which the server logged: a reader quotes it to report a fault. */
  readonly requestId: string | undefined;

  constructor(
    status: number,
    code: ClientErrorCode,
    message: string,
    issues: ErrorBody["error"]["issues"] = [],
    current: unknown = undefined,
    requestId: string | undefined = undefined,
  ) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.current = current;
    this.requestId = requestId;
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

/**
 * How requests leave the app: the browser's fetch, or, when pages are rendered on the server, a
 * function that hands each request to the API in the same process (web/src/entry-server.tsx).
 */
let send: typeof fetch = (input, init) => fetch(input, init);

/** Server rendering only: answer the app's requests without a network round trip. */
export function setRequestSender(sender: typeof fetch): void {
  send = sender;
}

function toAbsolute(path: string): string {
  // Relative in the browser; jsdom and Node's fetch need an absolute URL.
  return typeof window === "undefined"
    ? new URL(path, "http://localhost").toString()
    : new URL(path, window.location.origin).toString();
}

/**
 * Loads a contract schema. The schemas (and zod, ~25 kB gzip) are imported on demand, in parallel
 * with the request, so they stay out of the first-load bundle (docs/quality.md, P5).
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
    const { status: bodyStatus, code, message, issues, current, requestId } = parsedError.data.error;
    return new ApiError(bodyStatus, code, message, issues, current, requestId);
  }
  return new ApiError(status, "unexpected_response", `The data service answered with status ${status}.`);
}

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

/**
 * One request to our API (same-origin cookie session, JSON both ways): the status and the JSON
 * answer of a success, or an ApiError for a failure, an error body or no connection.
 */
async function fetchAnswer(
  method: Method,
  path: string,
  { body, signal }: { body?: unknown; signal?: AbortSignal },
): Promise<{ status: number; answer: unknown }> {
  const errorSchemaPromise = loadErrorBodySchema();
  // Avoid an unhandled rejection while the request is still running; it is awaited on failure.
  errorSchemaPromise.catch(() => undefined);

  let response: Response;
  try {
    response = await send(toAbsolute(path), {
      method,
      headers:
        body === undefined
          ? { accept: "application/json" }
          : { accept: "application/json", "content-type": "application/json" },
      credentials: "same-origin",
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError(0, "network_error", "The dashboard could not reach its data service.");
  }

  const answer: unknown = response.status === 204 ? undefined : await response.json().catch(() => undefined);
  if (!response.ok) throw await toApiError(response.status, answer, errorSchemaPromise);
  return { status: response.status, answer };
}

function unexpectedResponse(status: number): ApiError {
  return new ApiError(
    status,
    "unexpected_response",
    "The data service sent data in a shape this page does not understand.",
  );
}

/** A request whose answer is parsed with the shared contract schema, loaded while the request runs. */
async function requestJson<Schema extends z.ZodType>(
  method: Method,
  path: string,
  loadSchema: SchemaLoader<Schema>,
  options: { body?: unknown; signal?: AbortSignal },
): Promise<z.output<Schema>> {
  const schemaPromise = loadSchema();
  schemaPromise.catch(() => undefined);
  const { status, answer } = await fetchAnswer(method, path, options);
  const parsed = (await schemaPromise).safeParse(answer);
  if (!parsed.success) throw unexpectedResponse(status);
  return parsed.data;
}

/** GETs JSON from our API and parses it with the shared contract schema; throws ApiError otherwise. */
export function getJson<Schema extends z.ZodType>(
  path: string,
  loadSchema: SchemaLoader<Schema>,
  options: { signal?: AbortSignal } = {},
): Promise<z.output<Schema>> {
  return requestJson("GET", path, loadSchema, options);
}

/** Sends a change to our API and parses the answer with the shared contract schema; throws ApiError otherwise. */
export function sendJson<Schema extends z.ZodType>(
  method: Exclude<Method, "GET">,
  path: string,
  body: unknown,
  loadSchema: SchemaLoader<Schema>,
): Promise<z.output<Schema>> {
  return requestJson(method, path, loadSchema, { body });
}

/** Sends a request whose success has no body (204 No Content), e.g. signing out. */
export async function sendForNoContent(method: Exclude<Method, "GET">, path: string): Promise<void> {
  const { status } = await fetchAnswer(method, path, {});
  if (status !== 204) throw unexpectedResponse(status);
}
