import { DemoAccountListSchema, SessionCheckSchema, SessionSchema } from "@ldd/shared/accounts";
import { ErrorBodySchema } from "@ldd/shared/errors";
import { inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, createApp } from "../../app.ts";
import { signInFailures } from "../../db/schema.ts";
import { DEMO_ACCOUNTS } from "../../seed/demo-accounts.ts";
import { fromAddress, jsonRequest, SAME_ORIGIN, signIn } from "../../testing/sign-in.ts";
import { createSeededApp, TEST_TODAY } from "../../testing/test-database.ts";

let seeded: Awaited<ReturnType<typeof createSeededApp>>;
beforeAll(async () => {
  seeded = await createSeededApp();
});
afterAll(() => seeded.database.close());

/** An error body without its `requestId`, which is every request's own. */
function withoutRequestId(body: unknown) {
  const { error } = ErrorBodySchema.parse(body);
  expect(error.requestId).toMatch(/^[0-9a-f-]{36}$/);
  const { requestId: _requestId, ...rest } = error;
  return { error: rest };
}

const editor = DEMO_ACCOUNTS.find((a) => a.role === "editor" && a.authorityGss === "E09000012");
if (!editor) throw new Error("demo editor missing");

describe("signing in", () => {
  it("sets an HttpOnly, SameSite=Lax session cookie with an opaque id of at least 128 bits", async () => {
    const response = await seeded.app.request(
      "/api/session",
      jsonRequest("POST", { email: editor.email.toUpperCase(), password: editor.password }),
    );
    expect(response.status).toBe(200);
    const session = SessionSchema.parse(await response.json());
    expect(session.account).toMatchObject({ role: "editor", authorityGss: "E09000012" });
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^ldd_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toContain("HttpOnly");
    expect(cookie).toContain("SameSite=Lax");
    expect(cookie).not.toContain("Secure");
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("marks the cookie Secure outside local development", async () => {
    const production = createApp({ database: seeded.database.handle, production: true });
    const response = await production.request(
      "/api/session",
      jsonRequest("POST", { email: editor.email, password: editor.password }),
    );
    expect(response.headers.get("set-cookie")).toContain("Secure");
    expect(response.headers.get("strict-transport-security")).toContain("max-age=31536000");
  });

  it("gives the same answer for an unknown account and a wrong password", async () => {
    const unknown = await seeded.app.request(
      "/api/session",
      jsonRequest("POST", { email: "nobody@example.org", password: "whatever-password" }),
      fromAddress("192.0.2.1"),
    );
    const wrong = await seeded.app.request(
      "/api/session",
      jsonRequest("POST", { email: editor.email, password: "not-the-password" }),
      fromAddress("192.0.2.1"),
    );
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    // Alike but for the request's own id.
    expect(withoutRequestId(await unknown.json())).toEqual(withoutRequestId(await wrong.json()));
  });

  it("refuses an account after 10 failures in 5 minutes, even with the right password", async () => {
    const email = "reviewer@example.org";
    for (let attempt = 0; attempt < 10; attempt++) {
      const response = await seeded.app.request(
        "/api/session",
        jsonRequest("POST", { email, password: "wrong-password!" }),
        fromAddress("192.0.2.2"),
      );
      expect(response.status).toBe(401);
    }
    const blocked = await seeded.app.request(
      "/api/session",
      jsonRequest("POST", { email, password: "demo-reviewer-loti" }),
      fromAddress("192.0.2.3"),
    );
    expect(blocked.status).toBe(429);
    expect(ErrorBodySchema.parse(await blocked.json()).error.code).toBe("too_many_attempts");
  });

  it("checks at most 10 of 30 concurrent wrong passwords for one account, whichever process they reach", async () => {
    const other = createApp({ database: await seeded.database.openAnother(), today: () => TEST_TODAY });
    const camden = DEMO_ACCOUNTS.find((a) => a.email === "editor.camden@example.org");
    if (!camden) throw new Error("demo editor missing");
    const attempts = (email: string) =>
      Array.from({ length: 30 }, (_, index) =>
        (index % 2 === 0 ? seeded.app : other).request(
          "/api/session",
          jsonRequest("POST", { email, password: `wrong-password-${index}` }),
          fromAddress(`198.51.100.${index}`),
        ),
      );
    // A known account and an unknown one at the same time: they must look alike.
    const [known, unknown] = await Promise.all([
      Promise.all(attempts(camden.email)),
      Promise.all(attempts("nobody-at-all@example.org")),
    ]);
    for (const responses of [known, unknown]) {
      const statuses = responses.map((response) => response.status);
      expect(statuses.filter((status) => status === 401)).toHaveLength(10);
      expect(statuses.filter((status) => status === 429)).toHaveLength(20);
      for (const response of responses.filter((r) => r.status === 429)) {
        expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
        expect(Number(response.headers.get("retry-after"))).toBeLessThanOrEqual(300);
      }
    }
    const bodyOf = async (responses: Response[], status: number) =>
      withoutRequestId(await (responses.find((response) => response.status === status) as Response).json());
    expect(await bodyOf(known, 401)).toEqual(await bodyOf(unknown, 401));
    expect(await bodyOf(known, 429)).toEqual(await bodyOf(unknown, 429));

    const right = await other.request(
      "/api/session",
      jsonRequest("POST", { email: camden.email, password: camden.password }),
      fromAddress("198.51.100.200"),
    );
    expect(right.status).toBe(429);
    expect(ErrorBodySchema.parse(await right.json()).error.code).toBe("too_many_attempts");
  });

  it("limits failed sign-ins from one client address to 30 in 5 minutes, whatever emails they name", async () => {
    const attempt = (app: App, index: number, address: string, headers: Record<string, string> = {}) =>
      app.request(
        "/api/session",
        {
          method: "POST",
          headers: { "Content-Type": "application/json", Origin: SAME_ORIGIN, ...headers },
          body: JSON.stringify({ email: `guess-${index}@example.org`, password: "a-guessed-password" }),
        },
        fromAddress(address),
      );
    const flood = await Promise.all(
      Array.from({ length: 35 }, (_, index) => attempt(seeded.app, index, "203.0.113.9")),
    );
    const statuses = flood.map((response) => response.status);
    expect(statuses.filter((status) => status === 401)).toHaveLength(30);
    expect(statuses.filter((status) => status === 429)).toHaveLength(5);
    const refused = flood.find((response) => response.status === 429) as Response;
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(ErrorBodySchema.parse(await refused.json()).error.code).toBe("too_many_attempts");

    // Another client is not held back, and X-Forwarded-For does not get round the limit…
    expect((await attempt(seeded.app, 100, "203.0.113.10")).status).toBe(401);
    const spoofed = await attempt(seeded.app, 101, "203.0.113.9", { "X-Forwarded-For": "198.51.100.77" });
    expect(spoofed.status).toBe(429);
    // …unless it comes from a proxy named as trusted, which says who its client was.
    const behindProxy = createApp({
      database: seeded.database.handle,
      today: () => TEST_TODAY,
      trustedProxies: ["10.0.0.0/8"],
    });
    const throughProxy = (forwardedFor: string) =>
      attempt(behindProxy, 102, "10.1.2.3", { "X-Forwarded-For": forwardedFor });
    expect((await throughProxy("203.0.113.9")).status).toBe(429);
    expect((await throughProxy("203.0.113.9, 198.51.100.78")).status).toBe(401);
  });

  it("answers 503 with Retry-After at once, without counting the attempt, when too many password checks are waiting", async () => {
    // Many clients at once, each within its own limits: the bound on hashing is what answers.
    const emails = Array.from({ length: 60 }, (_, index) => `crowd-${index}@example.org`);
    const responses = await Promise.all(
      emails.map((email, index) =>
        seeded.app.request(
          "/api/session",
          jsonRequest("POST", { email, password: "a-guessed-password" }),
          fromAddress(`100.64.0.${index}`),
        ),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.every((status) => status === 401 || status === 503)).toBe(true);
    const busy = responses.filter((response) => response.status === 503);
    expect(busy.length).toBeGreaterThan(0);
    for (const response of busy) {
      expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
      expect(ErrorBodySchema.parse(await response.json()).error.code).toBe("busy");
    }
    const [counted] = await seeded.database.handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(signInFailures)
      .where(inArray(signInFailures.email, emails));
    expect(counted?.n).toBe(statuses.filter((status) => status === 401).length);
  });

  it("never makes the public data look changed, so a flood of sign-ins cannot keep public reads rebuilding", async () => {
    let changes = 0;
    seeded.database.handle.onDataChanged(() => {
      changes += 1;
    });
    const wrong = await seeded.app.request(
      "/api/session",
      jsonRequest("POST", { email: editor.email, password: "not-the-password" }),
      fromAddress("192.0.2.40"),
    );
    expect(wrong.status).toBe(401);
    const cookie = await signIn(seeded.app, editor.email, editor.password);
    const out = await seeded.app.request("/api/session", {
      method: "DELETE",
      headers: { Cookie: cookie, Origin: SAME_ORIGIN },
    });
    expect(out.status).toBe(204);
    expect(changes).toBe(0);
  });

  it("rotates the session at sign-in and revokes it at sign-out", async () => {
    const first = await signIn(seeded.app, editor.email, editor.password);
    const second = await seeded.app.request("/api/session", {
      ...jsonRequest("POST", { email: editor.email, password: editor.password }, first),
    });
    const rotated = second.headers.get("set-cookie")?.split(";")[0] ?? "";
    expect(rotated).not.toBe(first);
    expect(await accountOf(first)).toBeNull();
    expect((await accountOf(rotated))?.email).toBe(editor.email);

    const out = await seeded.app.request("/api/session", {
      method: "DELETE",
      headers: { Cookie: rotated, Origin: SAME_ORIGIN },
    });
    expect(out.status).toBe(204);
    expect(await accountOf(rotated)).toBeNull();
  });

  it("signs out a session left idle for over an hour", async () => {
    const cookie = await signIn(seeded.app, editor.email, editor.password);
    await seeded.database.handle.db.execute(
      sql`update sessions set last_seen_at = now() - interval '2 hours'`,
    );
    expect(await accountOf(cookie)).toBeNull();
  });

  it("answers a signed-out check with 200 and no account, so public pages log no error", async () => {
    const response = await seeded.app.request("/api/session");
    expect(response.status).toBe(200);
    expect(SessionCheckSchema.parse(await response.json())).toEqual({ account: null, expiresAt: null });
  });
});

/** The account a session cookie stands for now, or null (GET /api/session). */
async function accountOf(cookie: string) {
  const response = await seeded.app.request("/api/session", { headers: { Cookie: cookie } });
  expect(response.status).toBe(200);
  return SessionCheckSchema.parse(await response.json()).account;
}

describe("mutating routes", () => {
  it("accept only JSON (415 otherwise)", async () => {
    const response = await seeded.app.request("/api/session", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: SAME_ORIGIN },
      body: "email=a&password=b",
    });
    expect(response.status).toBe(415);
  });

  it("refuse a request from another site's origin (403)", async () => {
    const response = await seeded.app.request("/api/session", {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: "https://evil.example" },
      body: JSON.stringify({ email: editor.email, password: editor.password }),
    });
    expect(response.status).toBe(403);
  });

  it("answer malformed JSON and oversized bodies with 4xx and the standard error body", async () => {
    const malformed = await seeded.app.request("/api/session", {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: SAME_ORIGIN },
      body: "{not json",
    });
    expect(malformed.status).toBe(400);
    ErrorBodySchema.parse(await malformed.json());
    const huge = await seeded.app.request("/api/session", {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: SAME_ORIGIN },
      body: JSON.stringify({ email: "x".repeat(3 * 1024 * 1024), password: "y" }),
    });
    expect(huge.status).toBe(413);
    ErrorBodySchema.parse(await huge.json());
  });
});

describe("demo accounts", () => {
  it("are listed, one for each role, while demo data is loaded", async () => {
    const body = DemoAccountListSchema.parse(await (await seeded.app.request("/api/demo-accounts")).json());
    expect(new Set(body.accounts.map((a) => a.role))).toEqual(new Set(["editor", "reviewer", "admin"]));
  });

  it("are never listed in production, even on a database that holds them", async () => {
    const production = createApp({ database: seeded.database.handle, production: true });
    const body = DemoAccountListSchema.parse(await (await production.request("/api/demo-accounts")).json());
    expect(body.accounts).toEqual([]);
  });
});
