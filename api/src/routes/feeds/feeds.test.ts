import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reportStatus } from "../../testing/reporting.ts";
import { createSeededApp } from "../../testing/test-database.ts";

let seeded: Awaited<ReturnType<typeof createSeededApp>>;
beforeAll(async () => {
  seeded = await createSeededApp();
});
afterAll(() => seeded.database.close());

const HACKNEY = "E09000012";

interface AtomEntry {
  id: string;
  title: string | { "#text": string };
  link: { "@_href": string };
  updated: string;
}
async function atom(query = "") {
  const response = await seeded.app.request(`/feeds/changes.atom${query}`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const parsed = new XMLParser({ ignoreAttributes: false }).parse(xml) as {
    feed: { id: string; updated: string; entry?: AtomEntry | AtomEntry[] };
  };
  const entries = (parsed.feed.entry === undefined ? [] : [parsed.feed.entry].flat()).map((entry) => ({
    ...entry,
    title: typeof entry.title === "string" ? entry.title : entry.title["#text"],
  }));
  return { response, feed: parsed.feed, entries };
}

describe("the feeds of published changes", () => {
  it("lists a change just published first, in Atom and JSON Feed, with stable ids linking to the record", async () => {
    const { response: before } = await atom();
    const etagBefore = before.headers.get("etag");
    const profile = (await (await seeded.app.request(`/api/authorities/${HACKNEY}`)).json()) as {
      commitments: { id: string; status: string; title: string }[];
    };
    const open = profile.commitments.find((c) => c.status !== "done");
    if (!open) throw new Error("Hackney should have an open commitment");
    await reportStatus(
      seeded,
      { gss: HACKNEY, commitmentId: open.id, status: "done", phase: "live", effectiveDate: "2026-11-27" },
      { publish: true },
    );

    const { response, entries } = await atom();
    expect(response.headers.get("etag")).not.toBe(etagBefore);
    expect(Date.parse(response.headers.get("last-modified") ?? "")).not.toBeNaN();
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
    const first = entries[0];
    expect(first?.title).toContain(open.title);
    expect(first?.link["@_href"]).toMatch(new RegExp(`/authorities/${HACKNEY}#commitment-${open.id}$`));
    expect(entries.length).toBeLessThanOrEqual(100);
    // Stable: the same entry has the same id on the next read.
    expect((await atom()).entries[0]?.id).toBe(first?.id);

    const json = await seeded.app.request("/feeds/changes.json");
    expect(json.headers.get("content-type")).toMatch(/^application\/feed\+json/);
    const feed = (await json.json()) as {
      version: string;
      items: { id: string; url: string; title: string }[];
    };
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(feed.items[0]?.id).toBe(first?.id);
    expect(feed.items[0]?.url).toBe(first?.link["@_href"]);
  });

  it("makes polling cheap: 304 for the ETag it already has", async () => {
    const { response } = await atom();
    const again = await seeded.app.request("/feeds/changes.atom", {
      headers: { "If-None-Match": response.headers.get("etag") ?? "" },
    });
    expect(again.status).toBe(304);
  });

  it("takes the pages' filters, and refuses unknown ones", async () => {
    const { entries } = await atom(`?authority=${HACKNEY}&kind=status`);
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((entry) => entry.link["@_href"].includes(`/authorities/${HACKNEY}`))).toBe(true);
    expect(entries.every((entry) => entry.title.includes("Status of"))).toBe(true);
    expect((await seeded.app.request("/feeds/changes.atom?kind=gossip")).status).toBe(400);
    expect((await seeded.app.request("/feeds/changes.json?colour=red")).status).toBe(400);
  });
});
