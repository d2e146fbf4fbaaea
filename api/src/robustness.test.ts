import { ErrorBodySchema } from "@ldd/shared/errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_ACCOUNTS } from "./seed/demo-accounts.ts";
import { SAME_ORIGIN, signIn } from "./testing/sign-in.ts";
import { createSeededApp } from "./testing/test-database.ts";

/*
 * docs/quality.md, R1: over ten thousand generated requests across every registered route — valid and
 * invalid, malformed JSON, wrong content types, oversized bodies, odd path parameters, huge and
 * exotic unicode — and not one answer of 500 or above. Every rejection is a 4xx carrying the
 * standard error body and no stack trace.
 */

let seeded: Awaited<ReturnType<typeof createSeededApp>>;
const cookies: (string | undefined)[] = [undefined];

beforeAll(async () => {
  seeded = await createSeededApp();
  for (const role of ["editor", "reviewer", "admin"] as const) {
    const account = DEMO_ACCOUNTS.find((a) => a.role === role);
    if (account) cookies.push(await signIn(seeded.app, account.email, account.password));
  }
});
afterAll(() => seeded.database.close());

const EXOTIC_TEXT = "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇ 💩𝕏\u202e\u0000";
/** With a lone surrogate: fine inside JSON, impossible in a URL. */
const EXOTIC = `${EXOTIC_TEXT}\ud83d`;
const PATH_VALUES = [
  "E09000012",
  "E09000099",
  "not-a-code",
  "00000000-0000-4000-8000-000000000000",
  encodeURIComponent(EXOTIC_TEXT),
  "%ED%A0%80%C0%AF",
  "a".repeat(3000),
  "..%2F..%2Fetc%2Fpasswd",
  "%00",
];
const QUERIES = [
  "",
  "?authority=E09000012&principle=3&status=done&active=true&since=2020-01-01",
  "?principle=-1&status=%F0%9F%92%A9&active=maybe&since=2021-02-30",
  `?authority=${encodeURIComponent(EXOTIC_TEXT.repeat(50))}&since=%ED%A0%80`,
  "?a=1&a=2&a[]=3&__proto__=x&constructor=y",
];
function nested(depth: number): unknown {
  let value: unknown = "bottom";
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}
const BODIES: { contentType: string; body: string }[] = [
  { contentType: "application/json", body: "{}" },
  { contentType: "application/json", body: "[]" },
  { contentType: "application/json", body: "null" },
  { contentType: "application/json", body: '"a string"' },
  { contentType: "application/json", body: "{" },
  { contentType: "application/json", body: JSON.stringify(nested(2000)) },
  {
    contentType: "application/json",
    body: JSON.stringify({
      email: EXOTIC,
      password: EXOTIC.repeat(100),
      title: EXOTIC.repeat(1000),
      status: "done",
      principles: [1, 9, "x", null],
      expectedVersion: -1,
      evidenceUrls: ["javascript:alert(1)"],
      commitmentUrl: "data:text/html,<script>alert(1)</script>",
      signedOn: "2021-02-30",
      csv: 'id,version\n\u0000,"unterminated',
      partner: { kind: "new", name: EXOTIC, type: "alien" },
      __proto__: { polluted: true },
    }),
  },
  { contentType: "text/plain", body: '{"email":"a@b.c","password":"x"}' },
  { contentType: "multipart/form-data; boundary=x", body: "--x\r\n\r\nhello\r\n--x--" },
  { contentType: "application/x-www-form-urlencoded", body: "email=a&password=b" },
];
const HUGE = { contentType: "application/json", body: JSON.stringify({ csv: "x".repeat(3 * 1024 * 1024) }) };

interface RouteEntry {
  method: string;
  path: string;
}

function registeredRoutes(): RouteEntry[] {
  const seen = new Set<string>();
  const routes: RouteEntry[] = [];
  for (const route of seeded.app.routes) {
    if (route.method === "ALL" || route.path.includes("*")) continue;
    const key = `${route.method} ${route.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    routes.push({ method: route.method, path: route.path });
  }
  return routes;
}

function fill(path: string, value: string): string {
  return path.replace(/:[A-Za-z]+(\{[^}]*\})?/g, value);
}

describe("robustness (docs/quality.md, R1)", () => {
  it("answers over 10,000 generated requests across every route without a single 5xx", async () => {
    const routes = registeredRoutes();
    expect(routes.length).toBeGreaterThan(10);
    let sent = 0;
    const failures: string[] = [];
    const check = async (method: string, url: string, init: RequestInit) => {
      const response = await seeded.app.request(url, { method, ...init });
      sent += 1;
      const text = await response.text();
      if (response.status >= 500)
        failures.push(`${response.status} ${method} ${url.slice(0, 120)}: ${text.slice(0, 200)}`);
      else if (response.status >= 400) {
        const parsed = ErrorBodySchema.safeParse(JSON.parse(text));
        if (!parsed.success) failures.push(`non-standard error body for ${method} ${url.slice(0, 120)}`);
        if (/\bat .+:\d+:\d+/.test(text)) failures.push(`stack trace in ${method} ${url.slice(0, 120)}`);
      }
    };
    for (const route of routes) {
      const hasParams = route.path.includes(":");
      const paths = hasParams ? PATH_VALUES.map((value) => fill(route.path, value)) : [route.path];
      for (const cookie of cookies) {
        const common = { Origin: SAME_ORIGIN, ...(cookie ? { Cookie: cookie } : {}) };
        for (const path of paths) {
          if (route.method === "GET") {
            for (const query of QUERIES) await check("GET", `${path}${query}`, { headers: common });
          } else {
            for (const { contentType, body } of BODIES) {
              await check(route.method, path, { headers: { ...common, "Content-Type": contentType }, body });
              // Once more from another site: must be refused whatever the body.
              await check(route.method, path, {
                headers: { ...common, Origin: "https://elsewhere.example", "Content-Type": contentType },
                body,
              });
            }
          }
        }
        if (route.method !== "GET") {
          await check(route.method, paths[0] ?? route.path, {
            headers: { ...common, "Content-Type": HUGE.contentType },
            body: HUGE.body,
          });
        }
      }
    }
    // Odd methods and paths on top.
    for (const method of ["OPTIONS", "PROPFIND", "HEAD", "PATCH", "DELETE"]) {
      await check(method, "/api/authorities", { headers: {} });
    }
    const routeRequests = sent;
    console.info(`robustness: ${routes.length} routes, ${routeRequests} route requests`);
    while (sent < 10_000) {
      await check("GET", `/api/${encodeURIComponent(EXOTIC_TEXT)}/${sent}`, { headers: {} });
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(10_000);
    // Most of them aimed at real routes, not padding.
    expect(routeRequests).toBeGreaterThan(5_000);
  }, 600_000);
});
