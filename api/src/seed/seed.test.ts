import { afterEach, describe, expect, it } from "vitest";
import { createSeededApp } from "../testing/test-database.ts";
import { refuseDemoDataInProduction } from "./seed.ts";

let seeded: Awaited<ReturnType<typeof createSeededApp>> | undefined;
afterEach(async () => {
  await seeded?.database.close();
  seeded = undefined;
});

describe("starting in production", () => {
  it("is refused on a database with demo data, naming the demo accounts", async () => {
    seeded = await createSeededApp({ demoData: true });
    await expect(refuseDemoDataInProduction(seeded.database.handle.db)).rejects.toThrow(
      /APP_ENV=production: this database holds illustrative demo data and demo accounts with public passwords \(.*admin@example\.org/,
    );
  });

  it("is allowed on a database with reference data only", async () => {
    seeded = await createSeededApp({ demoData: false });
    await expect(refuseDemoDataInProduction(seeded.database.handle.db)).resolves.toBeUndefined();
  });
});
