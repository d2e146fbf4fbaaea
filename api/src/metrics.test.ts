import { ErrorBodySchema } from "@ldd/shared/errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, type AppOptions, createApp } from "./app.ts";
import { DEMO_ACCOUNTS } from "./seed/demo-accounts.ts";
import { listen } from "./testing/http-server.ts";
import { fromAddress, jsonRequest, signIn } from "./testing/sign-in.ts";
import { createSeededApp, TEST_TODAY, testDatabaseKind } from "./testing/test-database.ts";

/*
 * GET /metrics (docs/decisions/015-logs-request-ids-and-metrics.md): what it counts, and who may
 * read it. In-process requests (app.request) have no address unless a test gives one.
 */

let seeded: Awaited<ReturnType<typeof createSeededApp>>;
let app: App;
beforeAll(async () => {
  seeded = await createSeededApp();
  app = appWith({});
});
afterAll(() => seeded?.database.close());

const appWith = (options: Partial<AppOptions>) =>
  createApp({ database: seeded.database.handle, today: () => TEST_TODAY, ...options });
const scrape = (target: App, address: string, headers: Record<string, string> = {}) =>
  target.request("/metrics", { headers }, fromAddress(address));
const TOKEN = "a-metrics-token-of-some-length";

/** The value of one series in the text format, e.g. `http_requests_total{route="/x",…}`. */
function seriesValue(text: string, series: string): number {
  const line = text.split("\n").find((candidate) => candidate.startsWith(`${series} `));
  if (!line) throw new Error(`no series ${series} in:\n${text.slice(0, 2000)}`);
  return Number(line.slice(series.length + 1));
}

async function expectRefused(response: Response) {
  expect(response.status).toBe(403);
  expect(response.headers.get("cache-control")).toBe("no-store");
  const { error } = ErrorBodySchema.parse(await response.json());
  expect(error).toMatchObject({ status: 403, code: "forbidden" });
  expect(error.message).toContain("METRICS_ALLOW");
}

describe("GET /metrics", () => {
  it("answers a loopback client in Prometheus's text format, counting reads answered from memory", async () => {
    for (let i = 0; i < 3; i++) expect((await app.request("/api/matrix")).status).toBe(200);
    const response = await scrape(app, "127.0.0.1", { Origin: "https://elsewhere.example" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
    const text = await response.text();
    // One through the routes, two from memory: all three counted; only the routed one timed (an
    // answer from memory takes microseconds, and timing it cost P1's throughput).
    const labels = '{route="/api/matrix",method="GET",status="200"}';
    expect(seriesValue(text, `http_requests_total${labels}`)).toBe(3);
    expect(seriesValue(text, `http_request_duration_seconds_count${labels}`)).toBe(1);
    expect(text).toContain("# TYPE http_request_duration_seconds histogram");
  });

  it("tells the public data's age and rebuilds, the database's connections, and the process's health", async () => {
    const text = await (await scrape(app, "::1")).text();
    expect(seriesValue(text, 'ldd_snapshot_rebuilds_total{outcome="ok"}')).toBeGreaterThanOrEqual(1);
    expect(seriesValue(text, "ldd_snapshot_rebuild_duration_seconds_count")).toBeGreaterThanOrEqual(1);
    expect(seriesValue(text, "ldd_snapshot_age_seconds")).toBeGreaterThanOrEqual(0);
    expect(seriesValue(text, "ldd_snapshot_stale")).toBe(0);
    expect(
      seriesValue(text, `ldd_database_connections_in_use{database="${testDatabaseKind}"}`),
    ).toBeGreaterThanOrEqual(0);
    expect(seriesValue(text, `ldd_database_waiting{database="${testDatabaseKind}"}`)).toBe(0);
    expect(seriesValue(text, "process_resident_memory_bytes")).toBeGreaterThan(0);
    expect(text).toContain("nodejs_eventloop_lag_seconds");
    expect(seriesValue(text, 'ldd_imports_total{outcome="imported"}')).toBe(0);
  });

  it("refuses, in the standard error shape, an address outside METRICS_ALLOW", async () => {
    const allowing = appWith({ metricsAllow: ["192.0.2.1", "10.0.0.0/8"] });
    await expectRefused(await scrape(allowing, "127.0.0.1"));
    await expectRefused(await scrape(allowing, "192.0.2.2"));
    expect((await scrape(allowing, "192.0.2.1")).status).toBe(200);
    expect((await scrape(allowing, "::ffff:10.9.8.7")).status).toBe(200);
    // No address at all (a request made in-process): refused.
    await expectRefused(await allowing.request("/metrics"));
  });

  it("opens to METRICS_TOKEN as a bearer token from anywhere, and not to a wrong one", async () => {
    const tokenOnly = appWith({ metricsAllow: [], metricsToken: TOKEN });
    const from = "203.0.113.5";
    expect((await scrape(tokenOnly, from, { Authorization: `Bearer ${TOKEN}` })).status).toBe(200);
    expect((await scrape(tokenOnly, from, { Authorization: `bearer ${TOKEN}` })).status).toBe(200);
    await expectRefused(await scrape(tokenOnly, from, { Authorization: `Bearer ${TOKEN}x` }));
    await expectRefused(await scrape(tokenOnly, from, { Authorization: `Bearer ${TOKEN.slice(0, -1)}` }));
    await expectRefused(await scrape(tokenOnly, from, { Authorization: `Basic ${TOKEN}` }));
    await expectRefused(await scrape(tokenOnly, from));
    await expectRefused(await scrape(tokenOnly, "127.0.0.1"));
    // Without METRICS_TOKEN no token opens it.
    await expectRefused(await scrape(app, from, { Authorization: `Bearer ${TOKEN}` }));
  });

  it("judges a request through a proxy by the client it names, and only if the proxy is trusted", async () => {
    // A proxy on the same machine must not make every client look like loopback.
    await expectRefused(await scrape(app, "127.0.0.1", { "X-Forwarded-For": "203.0.113.9" }));
    await expectRefused(await scrape(app, "127.0.0.1", { "X-Forwarded-For": "127.0.0.1" }));
    await expectRefused(await scrape(app, "127.0.0.1", { Forwarded: "for=203.0.113.9" }));
    const behindProxy = appWith({ trustedProxies: ["10.0.0.1"], metricsAllow: ["192.0.2.0/24"] });
    expect((await scrape(behindProxy, "10.0.0.1", { "X-Forwarded-For": "192.0.2.7" })).status).toBe(200);
    await expectRefused(await scrape(behindProxy, "10.0.0.1", { "X-Forwarded-For": "203.0.113.9" }));
  });

  it("is not in the OpenAPI document", async () => {
    const document = (await (await app.request("/api/openapi.json")).json()) as { paths: object };
    expect(Object.keys(document.paths)).not.toContain("/metrics");
    expect(Object.keys(document.paths)).toContain("/healthz");
  });

  it("counts sign-ins refused before the password was checked, and imports, by why", async () => {
    const counted = appWith({});
    const guess = (index: number) =>
      counted.request(
        "/api/session",
        jsonRequest("POST", { email: "guessed@example.org", password: `a-wrong-guess-${index}` }),
        fromAddress("198.51.100.40"),
      );
    for (let i = 0; i < 10; i++) expect((await guess(i)).status).toBe(401);
    expect((await guess(10)).status).toBe(429);
    const editor = DEMO_ACCOUNTS.find((account) => account.email === "editor.hackney@example.org");
    if (!editor) throw new Error("demo editor missing");
    const cookie = await signIn(counted, editor.email, editor.password);
    const refused = await counted.request(
      "/api/workspace/E09000012/commitments/import",
      jsonRequest("POST", { csv: "not,the,right,columns\n1,2,3,4\n" }, cookie),
    );
    expect(refused.status).toBe(422);

    const text = await (await scrape(counted, "127.0.0.1")).text();
    expect(seriesValue(text, 'ldd_sign_in_throttled_total{reason="account"}')).toBe(1);
    expect(seriesValue(text, 'ldd_sign_in_throttled_total{reason="client"}')).toBe(0);
    expect(seriesValue(text, 'ldd_sign_in_throttled_total{reason="busy"}')).toBe(0);
    expect(seriesValue(text, 'ldd_imports_total{outcome="refused"}')).toBe(1);
    expect(seriesValue(text, 'http_requests_total{route="/api/session",method="POST",status="401"}')).toBe(
      10,
    );
  });

  it("answers a scraper on the same machine over HTTP, by the connection's own address", async () => {
    const server = await listen(app);
    try {
      const response = await fetch(`${server.origin}/metrics`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("http_requests_total");
    } finally {
      await server.close();
    }
    const elsewhere = await listen(appWith({ metricsAllow: ["192.0.2.1"] }));
    try {
      expect((await fetch(`${elsewhere.origin}/metrics`)).status).toBe(403);
    } finally {
      await elsewhere.close();
    }
  });
});
