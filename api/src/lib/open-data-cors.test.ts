import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signIn } from "../testing/sign-in.ts";
import { createSeededApp } from "../testing/test-database.ts";

let seeded: Awaited<ReturnType<typeof createSeededApp>>;
let reviewer: string;
beforeAll(async () => {
  seeded = await createSeededApp();
  reviewer = await signIn(seeded.app, "reviewer@example.org", "demo-reviewer-loti");
});
afterAll(() => seeded.database.close());

const fromElsewhere = { Origin: "https://notebook.example" };

describe("open data across sites (CORS)", () => {
  it("lets any site read public JSON and CSV, on the first read and from the snapshot's fast path", async () => {
    for (const path of [
      "/api/summary?asOf=2024-03-31",
      "/api/commitments.csv?overdue=true",
      "/api/openapi.json",
    ]) {
      for (const attempt of [1, 2]) {
        const response = await seeded.app.request(path, { headers: fromElsewhere });
        expect(response.status, `${path} #${attempt}`).toBe(200);
        expect(response.headers.get("access-control-allow-origin"), `${path} #${attempt}`).toBe("*");
        expect(response.headers.get("access-control-allow-credentials")).toBeNull();
      }
    }
  });

  it("lets another site read why a public read was refused", async () => {
    const response = await seeded.app.request("/api/commitments?overdue=maybe", { headers: fromElsewhere });
    expect(response.status).toBe(400);
    expect(response.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("answers the preflight of a public read, and not of a signed-in route", async () => {
    const preflight = (path: string) =>
      seeded.app.request(path, {
        method: "OPTIONS",
        headers: {
          ...fromElsewhere,
          "Access-Control-Request-Method": "GET",
          "Access-Control-Request-Headers": "if-none-match",
        },
      });
    const open = await preflight("/api/summary");
    expect(open.status).toBe(204);
    expect(open.headers.get("access-control-allow-headers")).toMatch(/If-None-Match/i);
    const closed = await preflight("/api/workspace/E09000012");
    expect(closed.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("never puts CORS headers on signed-in routes", async () => {
    for (const path of [
      "/api/session",
      "/api/review",
      "/api/leadership/attention",
      "/api/workspace/E09000012",
      "/api/demo-accounts",
    ]) {
      const response = await seeded.app.request(path, { headers: { ...fromElsewhere, Cookie: reviewer } });
      expect(response.headers.get("access-control-allow-origin"), path).toBeNull();
    }
  });

  it("states the licence and a contact in the OpenAPI document", async () => {
    const document = (await (await seeded.app.request("/api/openapi.json")).json()) as {
      info: { license?: { name: string; url: string }; contact?: { url: string } };
    };
    expect(document.info.license?.name).toBe("Open Government Licence v3.0");
    expect(document.info.license?.url).toMatch(/^https:\/\/www\.nationalarchives\.gov\.uk\//);
    expect(document.info.contact?.url).toMatch(/^https:\/\//);
  });
});
