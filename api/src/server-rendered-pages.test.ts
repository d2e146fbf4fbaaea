import { createHash } from "node:crypto";
import { CommitmentListSchema } from "@ldd/shared/commitments";
import { SERVER_STATE_ID } from "@ldd/shared/server-render";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "./app.ts";
import { composePage } from "./public-data/server-rendered-pages.ts";
import { reportStatus } from "./testing/reporting.ts";
import { createSeededApp, TEST_TODAY } from "./testing/test-database.ts";
import { createWebDistFixture, FIXTURE_INDEX_HTML, FIXTURE_STYLESHEET } from "./testing/web-dist-fixture.ts";

/*
 * Public pages rendered on the server, through the app as it runs: the web app's server build is
 * stood in for by a small renderer that, like the real one, asks the app for published data.
 * What the real build renders is checked in the browser (test/server-rendered-pages.test.ts).
 */

const SERVER_ENTRY = `
export const renderer = {
  async render(url, send, { notFound }) {
    if (url.startsWith("/commitments")) return null;
    const response = await send(new Request("http://localhost/api/summary"));
    const summary = await response.json();
    const heading = notFound ? "Page not found" : "Rendered " + url;
    return {
      markup: "<main><h1>" + heading + "</h1><p>Done: " + summary.current.commitmentsByStatus.done + "</p>" +
        "<p>" + "Published data. ".repeat(100) + "</p></main>",
      title: heading + " – Dashboard",
      state: { queries: { mutations: [], queries: [] }, notFoundPath: notFound ? url : null, text: "</script><b>" },
    };
  },
};
`;

let seeded: Awaited<ReturnType<typeof createSeededApp>>;
let web: ReturnType<typeof createWebDistFixture>;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  seeded = await createSeededApp();
  web = createWebDistFixture({ serverEntry: SERVER_ENTRY });
  app = createApp({ database: seeded.database.handle, webDist: web.dir, today: () => TEST_TODAY });
});
afterAll(async () => {
  web?.remove();
  await seeded?.database.close();
});

const doneIn = (html: string) => Number(/Done: (\d+)/.exec(html)?.[1]);

describe("server-rendered public pages", () => {
  it("puts the rendered page, its title and its data into index.html, with the stylesheet inline", async () => {
    const response = await app.request("/");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html).toContain('<div id="root"><main><h1>Rendered /</h1>');
    expect(html).toContain("<title>Rendered / – Dashboard</title>");
    // The data cannot end its script element early.
    expect(html).toContain(`<script type="application/json" id="${SERVER_STATE_ID}">`);
    expect(html).toContain("\\u003c/script>\\u003cb>");
    expect(html).not.toContain("</script><b>");
    // The stylesheet is inline, and the policy allows exactly it.
    expect(html).toContain(`<style>${FIXTURE_STYLESHEET}</style>`);
    expect(html).not.toContain('rel="stylesheet"');
    const hash = createHash("sha256").update(FIXTURE_STYLESHEET).digest("base64");
    expect(response.headers.get("content-security-policy")).toContain(`style-src 'self' 'sha256-${hash}'`);
    // A page of the site, not open data: no CORS.
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("keeps a page with the snapshot: the same bytes and ETag, and 304 when the browser has them", async () => {
    const first = await app.request("/authorities?sort=name");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    const again = await app.request("/authorities?sort=name");
    expect(again.headers.get("etag")).toBe(etag);
    expect(await again.text()).toBe(await first.text());
    const revalidated = await app.request("/authorities?sort=name", {
      headers: { "If-None-Match": etag ?? "" },
    });
    expect(revalidated.status).toBe(304);
    expect(await revalidated.text()).toBe("");
    const gzipped = await app.request("/authorities?sort=name", { headers: { "Accept-Encoding": "gzip" } });
    expect(gzipped.headers.get("content-encoding")).toBe("gzip");
  });

  it("renders the page again once a publish changes the published data, and not before", async () => {
    const before = await (await app.request("/")).text();
    const listed = CommitmentListSchema.parse(
      await (await app.request("/api/commitments?status=in_progress")).json(),
    );
    const commitment = listed.commitments[0];
    if (!commitment) throw new Error("the demo data should have a commitment in progress");
    const report = {
      gss: commitment.authorityGss,
      commitmentId: commitment.id,
      status: "done" as const,
      phase: "live" as const,
      effectiveDate: TEST_TODAY,
      note: "Launched",
    };
    // A draft is not public: the page stays as it was.
    await reportStatus(seeded, report, { publish: false, via: app });
    expect(await (await app.request("/")).text()).toBe(before);
    await reportStatus(seeded, report, { publish: true, via: app });
    const after = await (await app.request("/")).text();
    expect(doneIn(after)).toBe(doneIn(before) + 1);
  });

  it("answers an address with nothing, or an authority that does not exist, with the rendered 404 page", async () => {
    for (const path of ["/no-such-page", "/authorities/E09999999", "/authorities/E09000012/extra"]) {
      const response = await app.request(path);
      expect(response.status, path).toBe(404);
      const html = await response.text();
      expect(html, path).toContain("<h1>Page not found</h1>");
      expect(html, path).toContain(`"notFoundPath":"${path}"`);
    }
  });

  it("leaves signed-in pages, files and pages it cannot render to the browser", async () => {
    for (const path of ["/sign-in", "/manage/E09000012", "/commitments", "/index.html"]) {
      const response = await app.request(path);
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toBe(FIXTURE_INDEX_HTML);
    }
  });
});

describe("composePage", () => {
  it("escapes the title and refuses a template without the app's root", () => {
    const page = { markup: "<p>x</p>", title: "A & <B>", state: null };
    expect(composePage('<title>x</title><div id="root"></div>', page)).toBe(
      '<title>A &amp; &lt;B&gt;</title><div id="root"><p>x</p></div>' +
        `<script type="application/json" id="${SERVER_STATE_ID}">null</script>`,
    );
    expect(() => composePage("<body></body>", page)).toThrow(/index\.html has no/);
  });
});
