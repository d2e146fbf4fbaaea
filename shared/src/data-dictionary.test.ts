import { describe, expect, it } from "vitest";
import { DATA_TABLES, type DataTable } from "./data-dictionary.ts";

describe("the open data package's tables", () => {
  const tables: readonly DataTable[] = DATA_TABLES;
  const byName = new Map(tables.map((table) => [table.name, table]));

  it("have unique names, and unique field names within each table", () => {
    expect(byName.size).toBe(tables.length);
    for (const table of tables) {
      expect(new Set(table.fields.map((field) => field.name)).size, table.name).toBe(table.fields.length);
      for (const field of table.fields) expect(field.name, table.name).toMatch(/^[a-z][a-z0-9_]*$/);
    }
  });

  it("name primary keys among their own required fields", () => {
    for (const table of tables) {
      for (const key of table.primaryKey) {
        const field = table.fields.find((candidate) => candidate.name === key);
        expect(field?.constraints?.required, `${table.name}.${key}`).toBe(true);
      }
    }
  });

  it("point foreign keys at another table's primary key", () => {
    for (const table of tables) {
      for (const key of table.foreignKeys) {
        for (const name of key.fields) expect(table.fields.some((field) => field.name === name)).toBe(true);
        const target = byName.get(key.reference.resource);
        expect(target?.primaryKey, `${table.name} → ${key.reference.resource}`).toEqual(key.reference.fields);
      }
    }
  });
});
