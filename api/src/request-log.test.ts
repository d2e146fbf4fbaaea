import { ErrorBodySchema } from "@ldd/shared/errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "./app.ts";
import { DEMO_ACCOUNTS } from "./seed/demo-accounts.ts";
import { listen } from "./testing/http-server.ts";
import { captureLogs } from "./testing/log-capture.ts";
import { fromAddress, jsonRequest } from "./testing/sign-in.ts";
import { createSeededApp, TEST_TODAY } from "./testing/test-database.ts";
import { createWebDistFixture, FIXTURE_SCRIPT_PATH } from "./testing/web-dist-fixture.ts";

/*
 * Request ids and request log lines (docs/decisions/015-logs-request-ids-and-metrics.md), through
 * the app as it runs: routed requests, public reads answered from memory, errors, pages and files.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const SERVER_ENTRY = `
export const renderer = {
  async render(url) {
    return { markup: "<main><h1>Rendered " + url + "</h1></main>", title: "Rendered", state: {} };
  },
};
`;

let seeded: Awaited<ReturnType<typeof createSeededApp>>;
let logs: ReturnType<typeof captureLogs>;
let app: App;
let web: ReturnType<typeof createWebDistFixture>;
beforeAll(async () => {
  logs = captureLogs();
  seeded = await createSeededApp();
  web = createWebDistFixture({ serverEntry: SERVER_ENTRY });
  app = createApp({
    database: seeded.database.handle,
    today: () => TEST_TODAY,
    logger: logs.logger,
    logCachedReadEvery: 3,
    webDist: web.dir,
  });
});
afterAll(async () => {
  web?.remove();
  await seeded?.database.close();
});

const idOf = (response: Response) => response.headers.get("x-request-id") ?? "";
const lineOf = (requestId: string) => {
  const lines = logs.lines().filter((line) => line.reqId === requestId && line.route !== undefined);
  expect(lines).toHaveLength(1);
  return lines[0];
};

describe("request ids and request log lines", () => {
  it("logs one line a request: its id (also in X-Request-Id), method, route pattern, status, time and size", async () => {
    const response = await app.request("/api/authorities/E09000012?asOf=2026-01-31");
    expect(response.status).toBe(200);
    const body = await response.arrayBuffer();
    const requestId = idOf(response);
    expect(requestId).toMatch(UUID);
    const line = lineOf(requestId);
    expect(line).toMatchObject({
      level: "info",
      method: "GET",
      route: "/api/authorities/:gss",
      status: 200,
      bytes: body.byteLength,
      msg: "GET /api/authorities/:gss 200",
    });
    expect(line?.ms).toBeGreaterThanOrEqual(0);
    // The pattern, never the address with its ids and query.
    expect(JSON.stringify(line)).not.toMatch(/E09000012|asOf/);
    // The first read built the public data, and said how long it took and how much it read.
    expect(logs.lines()).toContainEqual(
      expect.objectContaining({
        msg: "public data rebuilt",
        rows: expect.any(Number),
        ms: expect.any(Number),
      }),
    );
  });

  it("gives reads answered from memory ids of their own, and logs one in LOG_CACHED_READ_EVERY", async () => {
    const first = await app.request("/api/summary?since=2026-01-01");
    const etag = first.headers.get("etag") ?? "";
    const repeats = [];
    for (let i = 0; i < 5; i++) repeats.push(await app.request("/api/summary?since=2026-01-01"));
    repeats.push(await app.request("/api/summary?since=2026-01-01", { headers: { "If-None-Match": etag } }));
    expect(repeats.at(-1)?.status).toBe(304);
    const ids = [first, ...repeats].map(idOf);
    expect(new Set(ids).size).toBe(7);
    for (const id of ids) expect(id).toMatch(UUID);
    lineOf(ids[0] ?? "");
    // Six answers from memory, one line in three: two lines, each saying what it stands for.
    const cached = logs.lines().filter((line) => line.cached === true && ids.includes(String(line.reqId)));
    expect(cached).toHaveLength(2);
    expect(cached[0]).toMatchObject({ route: "/api/summary", method: "GET", sampledOneIn: 3 });
    expect(cached.map((line) => line.status)).toEqual([200, 304]);
  });

  it("puts the id in every error body, the same as in the header and the log line", async () => {
    for (const path of ["/api/nothing-here", "/api/summary?since=yesterday", "/data/latest/nothing.csv"]) {
      const response = await app.request(path);
      expect(response.status).toBeGreaterThanOrEqual(400);
      const { error } = ErrorBodySchema.parse(await response.json());
      expect(error.requestId).toMatch(UUID);
      expect(idOf(response)).toBe(error.requestId);
      expect(lineOf(error.requestId ?? "")).toMatchObject({ status: response.status });
    }
  });

  it("keeps the X-Request-Id of a trusted proxy, on the fast path too, and replaces anyone else's", async () => {
    const behindProxy = createApp({
      database: seeded.database.handle,
      today: () => TEST_TODAY,
      logger: logs.logger,
      trustedProxies: ["10.0.0.0/8"],
    });
    const ask = (address: string, requestId: string) =>
      behindProxy.request("/api/meta", { headers: { "X-Request-Id": requestId } }, fromAddress(address));
    const routed = await ask("10.1.2.3", "edge-1.routed");
    expect(idOf(routed)).toBe("edge-1.routed");
    expect(lineOf("edge-1.routed")).toMatchObject({ route: "/api/meta" });
    expect(idOf(await ask("10.1.2.3", "edge-2.cached"))).toBe("edge-2.cached");
    const untrusted = await ask("203.0.113.5", "chosen-by-the-client");
    expect(idOf(untrusted)).toMatch(UUID);
    expect(idOf(await ask("10.1.2.3", "not sane"))).toMatch(UUID);
    // Without a trusted proxy, nobody's id is kept.
    expect(idOf(await app.request("/api/meta", { headers: { "X-Request-Id": "mine" } }))).toMatch(UUID);
  });

  it("never logs the password or the session cookie, and names the signed-in account", async () => {
    const editor = DEMO_ACCOUNTS.find((account) => account.email === "editor.hackney@example.org");
    if (!editor) throw new Error("demo editor missing");
    const wrong = await app.request(
      "/api/session",
      jsonRequest("POST", { email: editor.email, password: "a-wrong-password-123" }),
    );
    expect(wrong.status).toBe(401);
    const signedIn = await app.request(
      "/api/session",
      jsonRequest("POST", { email: editor.email, password: editor.password }),
    );
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers.get("set-cookie")?.split(";")[0] ?? "";
    const token = cookie.slice(cookie.indexOf("=") + 1);
    expect(token.length).toBeGreaterThan(40);
    const workspace = await app.request("/api/workspace/E09000012", { headers: { Cookie: cookie } });
    expect(workspace.status).toBe(200);

    const text = logs.text();
    for (const secret of [editor.password, "a-wrong-password-123", token, editor.email]) {
      expect(text).not.toContain(secret);
    }
    const { account } = (await (
      await app.request("/api/session", { headers: { Cookie: cookie } })
    ).json()) as {
      account: { id: string };
    };
    expect(lineOf(idOf(signedIn))).toMatchObject({
      route: "/api/session",
      status: 200,
      accountId: account.id,
    });
    expect(lineOf(idOf(workspace))).toMatchObject({ route: "/api/workspace/:gss", accountId: account.id });
    expect(lineOf(idOf(wrong))).not.toHaveProperty("accountId");
  });

  it("gives pages, their repeats from memory, and files an id, and logs pages by their pattern", async () => {
    const page = await app.request("/authorities/E09000007");
    expect(page.status).toBe(200);
    expect(lineOf(idOf(page))).toMatchObject({ route: "/authorities/:gss", status: 200 });
    const again = await app.request("/authorities/E09000007");
    expect(idOf(again)).toMatch(UUID);
    expect(idOf(again)).not.toBe(idOf(page));
    const file = await app.request(FIXTURE_SCRIPT_PATH);
    expect(file.status).toBe(200);
    expect(lineOf(idOf(file))).toMatchObject({ route: "/*", status: 200 });
  });

  it("sends the id over HTTP from the server's fast path, as @hono/node-server writes it", async () => {
    const server = await listen(app);
    try {
      const answers = [];
      for (let i = 0; i < 3; i++) answers.push(await fetch(`${server.origin}/api/partners`));
      const ids = answers.map(idOf);
      for (const id of ids) expect(id).toMatch(UUID);
      expect(new Set(ids).size).toBe(3);
    } finally {
      await server.close();
    }
  });
});
