import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createWebDistFixture,
  FIXTURE_IMAGE,
  FIXTURE_INDEX_HTML,
  FIXTURE_SCRIPT,
  FIXTURE_SCRIPT_PATH,
} from "../testing/web-dist-fixture.ts";
import { loadStaticSite, serveStaticSite } from "./static-in-memory.ts";

let fixture: ReturnType<typeof createWebDistFixture>;
let app: Hono;
beforeAll(() => {
  fixture = createWebDistFixture();
  const site = loadStaticSite(fixture.dir);
  if (!site) throw new Error("fixture not loaded");
  app = new Hono();
  app.get("*", serveStaticSite(site));
});
afterAll(() => fixture.remove());

const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe("the web app served from memory", () => {
  it("serves a hashed asset as immutable, brotli or gzip as the client accepts, varying on Accept-Encoding", async () => {
    const brotli = await get(FIXTURE_SCRIPT_PATH, { "Accept-Encoding": "gzip, deflate, br" });
    expect(brotli.status).toBe(200);
    expect(brotli.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    expect(brotli.headers.get("content-encoding")).toBe("br");
    expect(brotli.headers.get("vary")).toBe("Accept-Encoding");
    expect(brotli.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    const brotliBody = await bytes(brotli);
    expect(brotli.headers.get("content-length")).toBe(String(brotliBody.length));
    expect(brotliDecompressSync(brotliBody).toString()).toBe(FIXTURE_SCRIPT);

    const gzip = await get(FIXTURE_SCRIPT_PATH, { "Accept-Encoding": "gzip, br;q=0" });
    expect(gzip.headers.get("content-encoding")).toBe("gzip");
    expect(gunzipSync(await bytes(gzip)).toString()).toBe(FIXTURE_SCRIPT);

    const plain = await get(FIXTURE_SCRIPT_PATH);
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(plain.headers.get("vary")).toBe("Accept-Encoding");
    expect((await bytes(plain)).toString()).toBe(FIXTURE_SCRIPT);

    // One entity tag per representation, so a cache never mixes them up.
    const tags = new Set([brotli, gzip, plain].map((response) => response.headers.get("etag")));
    expect(tags.size).toBe(3);
    for (const tag of tags) expect(tag).toMatch(/^"[\w-]+"$/);
  });

  it("answers a matching If-None-Match with 304 and no body", async () => {
    const first = await get(FIXTURE_SCRIPT_PATH, { "Accept-Encoding": "br" });
    const etag = first.headers.get("etag") ?? "";
    const again = await get(FIXTURE_SCRIPT_PATH, {
      "Accept-Encoding": "br",
      "If-None-Match": `"x", ${etag}`,
    });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    expect(again.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    // The brotli tag does not match the gzip representation.
    expect(
      (await get(FIXTURE_SCRIPT_PATH, { "Accept-Encoding": "gzip", "If-None-Match": etag })).status,
    ).toBe(200);
  });

  it("serves index.html for / and for client-side routes, to be revalidated every time", async () => {
    for (const path of ["/", "/index.html", "/authorities/E09000012", "/manage/E09000012/commitments"]) {
      const response = await get(path, { "Accept-Encoding": "gzip" });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
      expect(response.headers.get("cache-control")).toBe("no-cache");
      expect(gunzipSync(await bytes(response)).toString()).toBe(FIXTURE_INDEX_HTML);
    }
  });

  it("serves other files with their content types, uncompressed when there is no compressed copy", async () => {
    const image = await get("/assets/logo-Ij90Kl12.png", { "Accept-Encoding": "br, gzip" });
    expect(image.headers.get("content-type")).toBe("image/png");
    expect(image.headers.get("content-encoding")).toBeNull();
    expect(await bytes(image)).toEqual(FIXTURE_IMAGE);
    const icon = await get("/favicon.svg");
    expect(icon.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    expect(icon.headers.get("cache-control")).toBe("no-cache");
  });

  it("answers HEAD with the headers of GET and no body", async () => {
    const response = await app.request(FIXTURE_SCRIPT_PATH, { method: "HEAD" });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(FIXTURE_SCRIPT)));
    expect(await response.text()).toBe("");
  });

  it("answers a missing asset with 404 rather than the page, and never serves dotfiles", async () => {
    const missing = await get("/assets/index-Gone0000.js");
    expect(missing.status).toBe(404);
    expect(await missing.text()).not.toContain("<html");
    const manifest = await get("/.vite/manifest.json");
    expect(await manifest.text()).not.toContain("not for the public");
  });

  it("reads the files once, at start-up, and never from disk again", async () => {
    writeFileSync(join(fixture.dir, FIXTURE_SCRIPT_PATH), "changed on disk");
    expect((await bytes(await get(FIXTURE_SCRIPT_PATH))).toString()).toBe(FIXTURE_SCRIPT);
  });

  it("is not loaded from a folder without index.html", () => {
    expect(loadStaticSite(join(fixture.dir, "assets"))).toBeNull();
  });
});
