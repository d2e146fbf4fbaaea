import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runWrite } from "../db/client.ts";
import { auditEntries } from "../db/schema.ts";
import { createTestDatabase, type TestDatabase } from "../testing/test-database.ts";
import { writeAudit } from "./audit.ts";

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await runWrite(database.handle, { changesPublicData: false }, (tx) =>
    writeAudit(tx, { actor: null, action: "create", recordType: "test", recordId: "1", after: { a: 1 } }),
  );
});
afterAll(() => database.close());

describe("the audit trail", () => {
  it("cannot be updated, deleted or truncated, even by a query the application did not mean to run", async () => {
    const db = database.handle.db;
    // Drizzle wraps the database's error; the trigger's message is in its cause.
    const refusedAsAppendOnly = (error: unknown) =>
      /append-only/.test(String((error as { cause?: Error }).cause?.message ?? error));
    await expect(db.execute(sql`update audit_entries set action = 'forged'`)).rejects.toSatisfy(
      refusedAsAppendOnly,
    );
    await expect(db.delete(auditEntries)).rejects.toSatisfy(refusedAsAppendOnly);
    await expect(db.execute(sql`truncate audit_entries`)).rejects.toSatisfy(refusedAsAppendOnly);
    const rows = await db.select().from(auditEntries);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: "create", recordType: "test", after: { a: 1 } });
  });
});
