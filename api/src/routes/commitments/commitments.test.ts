import { CommitmentListSchema } from "@ldd/shared/commitments";
import { ErrorBodySchema } from "@ldd/shared/errors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededApp } from "../../testing/test-database.ts";

let seeded: Awaited<ReturnType<typeof createSeededApp>>;
beforeAll(async () => {
  seeded = await createSeededApp();
});
afterAll(() => seeded.database.close());

async function list(query: string) {
  const response = await seeded.app.request(`/api/commitments${query}`);
  expect(response.status).toBe(200);
  return CommitmentListSchema.parse(await response.json()).commitments;
}

describe("GET /api/commitments", () => {
  it("filters by authority, principle and status, each narrowing the full list", async () => {
    const all = await list("");
    expect(all.length).toBeGreaterThan(50);

    const hackney = await list("?authority=E09000012");
    expect(hackney.length).toBeGreaterThan(0);
    expect(hackney.every((c) => c.authorityGss === "E09000012")).toBe(true);

    const principle3 = await list("?principle=3");
    expect(principle3.length).toBe(all.filter((c) => c.principles.includes(3)).length);

    const done = await list("?status=done");
    expect(done.length).toBe(all.filter((c) => c.status === "done").length);
    expect(done.length).toBeGreaterThan(0);

    const combined = await list("?authority=E09000012&status=done&principle=1");
    expect(combined).toEqual(
      all.filter((c) => c.authorityGss === "E09000012" && c.status === "done" && c.principles.includes(1)),
    );
  });

  it("rejects a bad filter with 400 and an issue per field", async () => {
    const response = await seeded.app.request("/api/commitments?principle=6&status=finished&authority=x");
    expect(response.status).toBe(400);
    const body = ErrorBodySchema.parse(await response.json());
    expect(body.error.issues?.map((issue) => issue.path).sort()).toEqual([
      "query.authority",
      "query.principle",
      "query.status",
    ]);
  });

  it("downloads the filtered set as CSV, one row per commitment", async () => {
    const rows = await list("?status=in_progress");
    const response = await seeded.app.request("/api/commitments.csv?status=in_progress");
    expect(response.headers.get("content-disposition")).toContain("commitments.csv");
    const text = await response.text();
    expect(text.startsWith("id,authority_gss_code,authority_name,title,")).toBe(true);
    for (const row of rows) expect(text).toContain(row.id);
  });
});
