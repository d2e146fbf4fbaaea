import { ErrorBodySchema } from "@ldd/shared/errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, type RunningServer, type ServerWorld, startServer } from "./support/server.ts";

/*
 * The server as an operator runs it (docs/decisions/015-logs-request-ids-and-metrics.md): JSON log
 * lines on its standard output, the request's id in the response, its error body and its line, and
 * GET /metrics for a scraper on the same machine only.
 */

let world: ServerWorld;
let server: RunningServer;
beforeAll(async () => {
  world = await freshDatabase();
  server = await startServer(world);
});
afterAll(async () => {
  await server?.stop();
  await world?.cleanUp();
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
type Line = Record<string, unknown>;
/** Every line the server wrote, each of which must be JSON. */
const lines = (): Line[] =>
  server
    .output()
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as Line);

describe("logs and metrics of the running server", () => {
  it("writes only JSON lines: start-up, and one per request with the id the response carries", async () => {
    const reads = [await fetch(`${server.url}/api/summary`), await fetch(`${server.url}/api/summary`)];
    const ids = reads.map((response) => response.headers.get("x-request-id"));
    for (const id of ids) expect(id).toMatch(UUID);
    expect(ids[0]).not.toBe(ids[1]);

    const missing = await fetch(`${server.url}/api/nothing-here`);
    const { error } = ErrorBodySchema.parse(await missing.json());
    expect(error.requestId).toBe(missing.headers.get("x-request-id"));

    await expect
      .poll(() => lines().find((line) => line.reqId === error.requestId), { timeout: 5_000 })
      .toMatchObject({ level: "info", method: "GET", route: "/api/*", status: 404 });
    expect(lines().find((line) => line.reqId === ids[0])).toMatchObject({
      route: "/api/summary",
      status: 200,
    });
    expect(lines()[0]).toMatchObject({
      level: "info",
      port: Number(new URL(server.url).port),
      database: expect.stringMatching(/^(pglite|postgres)$/),
      readyMs: expect.any(Number),
    });
  });

  it("answers GET /metrics to a scraper on the same machine, not to one behind an unknown proxy", async () => {
    const response = await fetch(`${server.url}/metrics`);
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(text).toMatch(/^http_requests_total\{route="\/api\/summary",method="GET",status="200"\} \d+$/m);
    expect(text).toMatch(/^ldd_snapshot_age_seconds \d/m);
    const proxied = await fetch(`${server.url}/metrics`, { headers: { "X-Forwarded-For": "203.0.113.9" } });
    expect(proxied.status).toBe(403);
  });
});
