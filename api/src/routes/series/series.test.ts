import { SummarySchema, TimeSeriesSchema } from "@ldd/shared/series";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededApp } from "../../testing/test-database.ts";

let seeded: Awaited<ReturnType<typeof createSeededApp>>;
beforeAll(async () => {
  seeded = await createSeededApp();
});
afterAll(() => seeded.database.close());

async function series(name: string) {
  const response = await seeded.app.request(`/api/series/${name}`);
  expect(response.status).toBe(200);
  return TimeSeriesSchema.parse(await response.json());
}

describe("GET /api/series/{name}", () => {
  it("has one point per month from July 2018 to the current month", async () => {
    const adoption = await series("adoption");
    expect(adoption.points[0]?.month).toBe("2018-07");
    expect(adoption.points.at(-1)?.month).toBe("2026-11");
    expect(adoption.points).toHaveLength(12 * 8 + 5);
  });

  it("counts signed authorities cumulatively, never falling and never above 33", async () => {
    const { points } = await series("adoption");
    const signed = points.map((p) => p.values.signed ?? -1);
    signed.forEach((value, index) => {
      expect(value).toBeGreaterThanOrEqual(index === 0 ? 0 : (signed[index - 1] ?? 0));
      expect(value).toBeLessThanOrEqual(33);
    });
    const summary = SummarySchema.parse(await (await seeded.app.request("/api/summary")).json());
    expect(signed.at(-1)).toBe(summary.current.authoritiesSigned);
  });

  it("splits every existing commitment into exactly one status each month", async () => {
    const byStatus = await series("commitments-by-status");
    const summary = SummarySchema.parse(await (await seeded.app.request("/api/summary")).json());
    const last = byStatus.points.at(-1);
    const total = Object.values(last?.values ?? {}).reduce((sum, value) => sum + value, 0);
    expect(total).toBe(summary.current.commitments);
    expect(last?.values).toEqual(summary.current.commitmentsByStatus);
  });

  it("agrees, month by month, with the headline figures computed for each month's last day", async () => {
    const [adoption, byStatus, byPartnerType] = await Promise.all(
      ["adoption", "commitments-by-status", "partnerships-by-type"].map(series),
    );
    for (const [index, point] of (adoption?.points ?? []).entries()) {
      const [year, month] = point.month.split("-").map(Number);
      const lastDay = new Date(Date.UTC(year ?? 0, month ?? 0, 0)).toISOString().slice(0, 10);
      const date = lastDay > "2026-11-28" ? "2026-11-28" : lastDay;
      const summary = SummarySchema.parse(
        await (await seeded.app.request(`/api/summary?since=${date}`)).json(),
      );
      const figures = summary.since?.figures;
      expect(point.values.signed, point.month).toBe(figures?.authoritiesSigned);
      expect(point.values.lotiMembers, point.month).toBe(figures?.lotiMembers);
      expect(byStatus?.points[index]?.values, point.month).toEqual(figures?.commitmentsByStatus);
      const active = Object.values(byPartnerType?.points[index]?.values ?? {}).reduce((a, b) => a + b, 0);
      expect(active, point.month).toBe(figures?.activePartnerships);
    }
  });

  it("offers each series as CSV with a month column and one column per key", async () => {
    const adoption = await series("partnerships-by-type");
    const response = await seeded.app.request("/api/series/partnerships-by-type.csv");
    expect(response.status).toBe(200);
    const lines = (await response.text()).trim().split("\n");
    expect(lines[0]).toBe(["month", ...adoption.keys.map((k) => k.label)].join(","));
    expect(lines).toHaveLength(adoption.points.length + 1);
  });

  it("answers 400 for a series that does not exist", async () => {
    expect((await seeded.app.request("/api/series/adoption.xlsx")).status).toBe(400);
    expect((await seeded.app.request("/api/series/everything")).status).toBe(400);
  });
});
