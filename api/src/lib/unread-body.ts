import type { IncomingMessage } from "node:http";
import type { MiddlewareHandler } from "hono";
import type { AppBindings } from "./types.ts";

/**
 * docs/quality.md R13: a request answered before its body has fully arrived (413 from the body limit,
 * 401/403 before the body is read, 404, a signed-out sign-out) is answered `Connection: close`.
 * Otherwise the client is told it may reuse the connection while the server, which will not
 * wait for a large unread body (@hono/node-server drains it for 500 ms, then closes the socket),
 * drops it under the client's next request (UND_ERR_SOCKET). Bodies that have fully arrived are
 * drained at once, so those connections stay open.
 */
export const closeIfBodyUnread: MiddlewareHandler<AppBindings> = async (c, next) => {
  await next();
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming && !incoming.complete) c.res.headers.set("Connection", "close");
};
