import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { Server as NetServer, type Socket } from "node:net";

export interface GracefulCloseOptions {
  /** How long requests in flight may take before their connections are cut. */
  graceMs: number;
  /**
   * Idle connections are closed once the server has had no request in flight for this long.
   * Not at once, nor while it is busy: a request the client has already sent on an idle
   * connection may not have been read yet (a busy server reads late), and closing the connection
   * would reset it.
   */
  quietMs: number;
}

export interface GracefulServer {
  /** Requests being answered now. */
  readonly inFlight: number;
  /**
   * Stop accepting connections, answer every request in flight and any that arrives on an open
   * connection (each answer closing its connection), close connections left idle, and resolve
   * once none is left. After `graceMs` the remaining connections are cut.
   */
  close(): Promise<void>;
  /** Stop waiting: cut every connection now. */
  cutOff(): void;
}

/** Tracks a node:http server's connections so it can stop without dropping a request. */
export function trackConnections(server: Server, options: GracefulCloseOptions): GracefulServer {
  const connections = new Map<Socket, { active: number }>();
  const responses = new Set<ServerResponse>();
  let stopping = false;
  let lastActivity = Date.now();

  server.on("connection", (socket: Socket) => {
    connections.set(socket, { active: 0 });
    socket.once("close", () => connections.delete(socket));
  });
  // Before @hono/node-server's own listener, which may write its answer at once.
  server.prependListener("request", (request: IncomingMessage, response: ServerResponse) => {
    if (stopping) response.shouldKeepAlive = false;
    lastActivity = Date.now();
    const connection = connections.get(request.socket);
    if (connection) connection.active += 1;
    responses.add(response);
    response.once("close", () => {
      responses.delete(response);
      lastActivity = Date.now();
      if (connection) connection.active -= 1;
    });
  });

  const cutOff = () => {
    for (const socket of connections.keys()) socket.destroy();
  };

  return {
    get inFlight() {
      return responses.size;
    },
    cutOff,
    async close() {
      stopping = true;
      for (const response of responses) if (!response.headersSent) response.shouldKeepAlive = false;
      // net.Server's close, not http.Server's: that one also closes every idle connection at once,
      // resetting requests sent on them that the server has not read yet.
      const closed = new Promise<void>((resolve) => NetServer.prototype.close.call(server, () => resolve()));
      const sweep = setInterval(() => {
        if (responses.size > 0 || Date.now() - lastActivity < options.quietMs) return;
        for (const [socket, connection] of connections) if (connection.active === 0) socket.destroy();
      }, 100);
      const deadline = setTimeout(cutOff, options.graceMs);
      await closed;
      clearInterval(sweep);
      clearTimeout(deadline);
    },
  };
}
