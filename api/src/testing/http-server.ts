import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { App } from "../app.ts";

/** Serves `app` on a free local port over real HTTP, as index.ts does: for tests that need sockets. */
export function listen(app: App): Promise<{ origin: string; close(): Promise<void> }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => {
      resolve({
        origin: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            // Keep-alive sockets would otherwise hold close() open.
            if ("closeAllConnections" in server) server.closeAllConnections();
          }),
      });
    });
  });
}
