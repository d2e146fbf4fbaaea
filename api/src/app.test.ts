import { ErrorBodySchema } from "@ldd/shared/errors";
import { MetaSchema, SummarySchema } from "@ldd/shared/series";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.ts";
import { createSeededApp, TEST_TODAY } from "./testing/test-database.ts";
import { createWebDistFixture, FIXTURE_SCRIPT_PATH } from "./testing/web-dist-fixture.ts";

let seeded: Awaited<ReturnType<typeof createSeededApp>>;
beforeAll(async () => {
  seeded = await createSeededApp({ demoData: false });
});
afterAll(() => seeded.database.close());

describe("the app", () => {
  it("answers /healthz with the database it uses", async () => {
    const response = await seeded.app.request("/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", snapshotBuilt: true });
  });

  it("answers /livez while the process runs, whatever the database does", async () => {
    const response = await seeded.app.request("/livez");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("serves public reads with an ETag and answers a matching If-None-Match with 304", async () => {
    const first = await seeded.app.request("/api/authorities");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get("cache-control")).toContain("public");
    const second = await seeded.app.request("/api/authorities", { headers: { "If-None-Match": etag ?? "" } });
    expect(second.status).toBe(304);
    expect(await second.text()).toBe("");
  });

  it("compresses large public reads when the client accepts gzip", async () => {
    const response = await seeded.app.request("/api/authorities", {
      headers: { "Accept-Encoding": "gzip, br" },
    });
    expect(response.headers.get("content-encoding")).toBe("gzip");
  });

  it("puts security headers on every response, errors included", async () => {
    for (const path of ["/api/authorities", "/api/nothing-here", "/api/docs"]) {
      const response = await seeded.app.request(path);
      expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("referrer-policy")).toBeTruthy();
    }
  });

  it("serves the web app with the security headers, and still answers unknown API paths and missing assets with 404", async () => {
    const web = createWebDistFixture();
    try {
      const withWeb = createApp({
        database: seeded.database.handle,
        webDist: web.dir,
        today: () => TEST_TODAY,
      });
      for (const path of ["/", "/authorities/E09000012", FIXTURE_SCRIPT_PATH]) {
        const response = await withWeb.request(path, { headers: { "Accept-Encoding": "br" } });
        expect(response.status).toBe(200);
        expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
        expect(response.headers.get("x-content-type-options")).toBe("nosniff");
        expect(response.headers.get("referrer-policy")).toBeTruthy();
        expect(response.headers.get("content-encoding")).toBe("br");
      }
      for (const path of ["/api/nothing-here", "/assets/index-Gone0000.js"]) {
        const response = await withWeb.request(path);
        expect(response.status).toBe(404);
        expect(ErrorBodySchema.parse(await response.json()).error.code).toBe("not_found");
        expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
      }
      // An address no page has, or the profile of an authority that does not exist: the app's
      // page (which shows "Page not found") with status 404, never a 200.
      for (const path of [
        "/no-such-page",
        "/authorities/E09999999",
        "/authorities/E09000012/extra",
        "/wp-login.php",
      ]) {
        const response = await withWeb.request(path);
        expect(response.status, path).toBe(404);
        expect(response.headers.get("content-type"), path).toMatch(/^text\/html/);
      }
    } finally {
      web.remove();
    }
  });

  it("lets other sites frame only the embeddable chart pages, and refuses frames everywhere else", async () => {
    const web = createWebDistFixture();
    try {
      const withWeb = createApp({
        database: seeded.database.handle,
        webDist: web.dir,
        today: () => TEST_TODAY,
      });
      for (const path of ["/embed/series/adoption", "/embed/series/commitments-by-status?asOf=2024-03-31"]) {
        const response = await withWeb.request(path);
        expect(response.status, path).toBe(200);
        const policy = response.headers.get("content-security-policy") ?? "";
        expect(policy, path).toContain("default-src 'self'");
        expect(policy, path).not.toContain("frame-ancestors");
        expect(response.headers.get("x-frame-options"), path).toBeNull();
        expect(response.headers.get("x-content-type-options"), path).toBe("nosniff");
      }
      // A series that does not exist is a real 404 (still a page that may be framed, to say so).
      expect((await withWeb.request("/embed/series/no-such-series")).status).toBe(404);
      for (const path of [
        "/",
        "/about",
        "/methodology",
        "/authorities/E09000012",
        FIXTURE_SCRIPT_PATH,
        "/api/summary",
        "/api/nothing-here",
        "/embedded",
        "/no-such-page",
      ]) {
        const response = await withWeb.request(path);
        expect(response.headers.get("content-security-policy"), path).toContain("frame-ancestors 'none'");
        expect(response.headers.get("x-frame-options"), path).toBe("DENY");
      }
    } finally {
      web.remove();
    }
  });

  it("tells readers the contact mailbox the installation set (CONTACT_EMAIL)", async () => {
    const app = createApp({
      database: seeded.database.handle,
      today: () => TEST_TODAY,
      contactEmail: "digital@loti.example",
    });
    const meta = MetaSchema.parse(await (await app.request("/api/meta")).json());
    expect(meta.contactEmail).toBe("digital@loti.example");
  });

  it("answers an unknown API path with 404 and the standard error body", async () => {
    const response = await seeded.app.request("/api/nothing-here");
    expect(response.status).toBe(404);
    expect(ErrorBodySchema.parse(await response.json()).error.code).toBe("not_found");
  });

  it("starts empty when demo data is disabled: 33 authorities and nothing else", async () => {
    const meta = MetaSchema.parse(await (await seeded.app.request("/api/meta")).json());
    expect(meta.demoData).toBe(false);
    const summary = SummarySchema.parse(await (await seeded.app.request("/api/summary")).json());
    expect(summary.current).toMatchObject({ authorities: 33, authoritiesSigned: 0, commitments: 0 });
  });

  it("documents every API route in an OpenAPI 3.1 document and a readable reference page", async () => {
    const document = (await (await seeded.app.request("/api/openapi.json")).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        "/api/authorities",
        "/api/authorities/{gss}",
        "/api/commitments",
        "/api/partnerships",
        "/api/series/{name}",
        "/api/summary",
      ]),
    );
    expect(document.components.schemas).toHaveProperty("AuthorityProfile");
    const page = await (await seeded.app.request("/api/docs")).text();
    expect(page).toContain("<h1>API reference</h1>");
    expect(page).toContain("GET /api/authorities/{gss}");
  });
});
