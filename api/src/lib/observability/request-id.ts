import { randomUUID } from "node:crypto";
import { isTrustedPeer, type TrustedProxies } from "../client-address.ts";

/*
 * Every response carries the id of its request, and so does the request's log line and any error
 * body, so a reader's report ("it said … with this id") leads to the line
 * (docs/decisions/015-logs-request-ids-and-metrics.md). A reverse proxy that already gave the
 * request an id may pass it on, but only a proxy named in TRUSTED_PROXIES: anyone else could fill
 * the logs with ids of their choosing, or another request's.
 */

export const REQUEST_ID_HEADER = "x-request-id";
/** Short, and nothing a log line or a header could be made to misread. */
const SANE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** The id a trusted proxy sent, if it is sane; otherwise a new one. */
export function acceptRequestId(
  sent: string | null | undefined,
  peer: string | undefined,
  trusted: TrustedProxies | null,
): string {
  if (sent && SANE_REQUEST_ID.test(sent) && isTrustedPeer(peer, trusted)) return sent;
  return randomUUID();
}

/** What @hono/node-server hands the app as its environment: Node's own request. */
interface NodeBindings {
  incoming?: {
    headers?: Record<string, string | string[] | undefined>;
    socket?: { remoteAddress?: string };
  };
}

/**
 * The request's id, from the request and the environment the server handed the app (no Hono
 * context: the snapshot's fast path asks too). Without trusted proxies nothing is read at all.
 */
export function requestIdOf(request: Request, env: unknown, trusted: TrustedProxies | null): string {
  if (!trusted) return randomUUID();
  const incoming = (env as NodeBindings | undefined)?.incoming;
  const header = incoming?.headers
    ? incoming.headers[REQUEST_ID_HEADER]
    : (request.headers.get(REQUEST_ID_HEADER) ?? undefined);
  // A header sent twice is two ids: neither is believed.
  const sent = typeof header === "string" ? header : undefined;
  return acceptRequestId(sent, incoming?.socket?.remoteAddress, trusted);
}
