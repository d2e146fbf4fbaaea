import { readdirSync, readFileSync } from "node:fs";
import { partnerNameKey } from "@ldd/shared/partner-identifiers";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../testing/test-database.ts";

/*
 * The migration that added organisations.name_key computed it in SQL for the partners already
 * stored; the application computes it with partnerNameKey. Both must agree, or a partner entered
 * before the migration could be entered again after it.
 */
const NAMES = [
  "The Example Trust Ltd",
  "example trust limited",
  "London & Partners",
  "Demo Tenants’ Voice Network",
  "O'Brien Digital PLC",
  "  Sample   City University  ",
  "Theatre Digital",
  "Example Code for Community CIC",
];

function migrationExpression(): string {
  const folder = new URL("../../drizzle/", import.meta.url);
  const file = readdirSync(folder).find(
    (name) =>
      name.endsWith(".sql") && readFileSync(new URL(name, folder), "utf8").includes('SET "name_key" ='),
  );
  if (!file) throw new Error("the migration adding name_key is missing");
  const text = readFileSync(new URL(file, folder), "utf8");
  const match = /SET "name_key" = (.+?) WHERE "kind" = 'partner'/.exec(text);
  if (!match?.[1]) throw new Error("the migration no longer sets name_key as expected");
  return match[1];
}

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ data: "schema" });
});
afterAll(() => database.close());

describe("a partner's name key", () => {
  it("is the same in the migration's SQL as in the application", async () => {
    const expression = migrationExpression().replaceAll('"name"', "candidate.name");
    for (const name of NAMES) {
      const [row] = await database.handle.db
        .select({ key: sql<string>`${sql.raw(expression)}` })
        .from(sql`(select ${name}::text as name) as candidate`);
      expect(row?.key, name).toBe(partnerNameKey(name));
    }
  });
});
