import { Agent, request } from "node:http";
import { join } from "node:path";
import { afterEach } from "vitest";
import { freshDatabase, type RunningServer, type ServerWorld } from "./server.ts";

/*
 * What the graceful-shutdown suites share (graceful-shutdown.test.ts on either database,
 * graceful-shutdown-embedded.test.ts on the embedded database's data folder).
 */

/** Clean-ups run after each test, last registered first. */
export function cleanUpAfterEach() {
  const cleanUps: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
  });
  const later = (cleanUp: () => Promise<void>) => void cleanUps.push(cleanUp);
  return {
    later,
    async world(options: { embeddedOnly?: boolean } = {}): Promise<ServerWorld> {
      const created = await freshDatabase(options);
      later(() => created.cleanUp());
      return created;
    },
    stopLater(server: RunningServer) {
      later(async () => void (await server.stop("SIGKILL")));
    },
  };
}

export const lockFile = (dataDir: string) => join(dataDir, "ldd.lock");

/** A sign-in (it hashes a password and writes twice, so it takes a while) on `agent`. */
function signIn(url: string, agent: Agent, index: number): Promise<number | string> {
  const body = JSON.stringify(
    index % 2 === 0
      ? { email: "editor.hackney@example.org", password: "demo-editor-hackney" }
      : { email: `nobody-${index}@example.org`, password: "not anybody's password" },
  );
  return new Promise((resolve) => {
    const outgoing = request(
      `${url}/api/session`,
      { method: "POST", agent, headers: { "Content-Type": "application/json" } },
      (response) => {
        response.resume();
        response.once("end", () => resolve(response.statusCode ?? 0));
      },
    );
    outgoing.once("error", (error) => resolve(`${error.message}`));
    outgoing.end(body);
  });
}

/**
 * About 20 requests that each take a while, sent on 20 keep-alive connections the server has
 * already accepted (as from a load balancer that keeps them open). Connections still waiting to
 * be accepted when a server stops listening are reset by the operating system, whatever the
 * server does, so they would not test the server. Resolves to each answer's status, or the error.
 */
export async function slowRequests(
  url: string,
  later: (cleanUp: () => Promise<void>) => void,
  count = 20,
): Promise<Promise<number | string>[]> {
  const agent = new Agent({ keepAlive: true, maxSockets: count });
  later(async () => agent.destroy());
  // Sent together, so each opens a connection of its own.
  await Promise.all(Array.from({ length: count }, (_, index) => signIn(url, agent, count + index)));
  return Array.from({ length: count }, (_, index) => signIn(url, agent, index));
}
