import { PartnershipListSchema } from "@ldd/shared/partnerships";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededApp, TEST_TODAY } from "../../testing/test-database.ts";

let seeded: Awaited<ReturnType<typeof createSeededApp>>;
beforeAll(async () => {
  seeded = await createSeededApp();
});
afterAll(() => seeded.database.close());

async function list(query: string) {
  const response = await seeded.app.request(`/api/partnerships${query}`);
  expect(response.status).toBe(200);
  return PartnershipListSchema.parse(await response.json()).partnerships;
}

describe("GET /api/partnerships", () => {
  it("marks a partnership active when it has started and not ended", async () => {
    const all = await list("");
    expect(all.length).toBeGreaterThan(20);
    for (const p of all) {
      expect(p.active).toBe(p.startDate <= TEST_TODAY && (p.endDate === null || p.endDate >= TEST_TODAY));
    }
    const active = await list("?active=true");
    const ended = await list("?active=false");
    expect(active.length + ended.length).toBe(all.length);
    expect(ended.length).toBeGreaterThan(0);
  });

  it("treats a partnership between two authorities as one with another council", async () => {
    const kingston = await list("?authority=E09000021&partnerType=other_council");
    expect(
      kingston.some((p) => p.partner.canonicalId === "E09000029" && p.partner.canonicalIdScheme === "gss"),
    ).toBe(true);
  });

  it("refuses an active filter that is not true or false", async () => {
    const response = await seeded.app.request("/api/partnerships?active=yes");
    expect(response.status).toBe(400);
  });
});
