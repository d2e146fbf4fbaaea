import { ErrorBodySchema } from "@ldd/shared/errors";
import { MetaSchema, SummarySchema } from "@ldd/shared/series";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededApp, TEST_TODAY } from "../../testing/test-database.ts";

let seeded: Awaited<ReturnType<typeof createSeededApp>>;
beforeAll(async () => {
  seeded = await createSeededApp();
});
afterAll(() => seeded.database.close());

describe("GET /api/summary", () => {
  it("gives today's headline figures and, with since, the figures on that date", async () => {
    const response = await seeded.app.request("/api/summary?since=2019-12-31");
    expect(response.status).toBe(200);
    const summary = SummarySchema.parse(await response.json());
    expect(summary.asOf).toBe(TEST_TODAY);
    expect(summary.current.authorities).toBe(33);
    expect(summary.since?.date).toBe("2019-12-31");
    expect(summary.since?.figures.authoritiesSigned).toBeLessThanOrEqual(summary.current.authoritiesSigned);
    expect(summary.since?.figures.commitments).toBeLessThan(summary.current.commitments);
  });

  it("refuses a since date that is not in the calendar", async () => {
    const response = await seeded.app.request("/api/summary?since=2021-02-30");
    expect(response.status).toBe(400);
    const body = ErrorBodySchema.parse(await response.json());
    expect(body.error.issues?.[0]?.path).toBe("query.since");
  });
});

describe("GET /api/meta", () => {
  it("says the data is illustrative demo data while it is loaded", async () => {
    const meta = MetaSchema.parse(await (await seeded.app.request("/api/meta")).json());
    expect(meta.demoData).toBe(true);
    expect(meta.licence).toBe("Open Government Licence v3.0");
    // No CONTACT_EMAIL set: the pages point to LOTI's website instead.
    expect(meta.contactEmail).toBeNull();
  });
});
