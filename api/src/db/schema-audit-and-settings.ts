import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/*
 * Part of the schema (api/src/db/schema.ts re-exports it): the audit trail and the settings of the
 * installation, which refer to no other table.
 */

/**
 * Append-only audit trail (docs/quality.md, R5). A trigger in the migrations refuses UPDATE and DELETE,
 * so not even a bug in the application can rewrite it.
 */
export const auditEntries = pgTable(
  "audit_entries",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    actorId: uuid("actor_id"),
    actorRole: text("actor_role"),
    authorityId: uuid("authority_id"),
    action: text("action").notNull(),
    recordType: text("record_type").notNull(),
    recordId: text("record_id"),
    before: jsonb("before"),
    after: jsonb("after"),
    reason: text("reason"),
  },
  (table) => [index("audit_entries_record").on(table.recordType, table.recordId)],
);

/** Keys of the `settings` rows the application writes. */
export const SETTING_KEYS = {
  /** When the reference data (authorities, programme, launch partners) was loaded. */
  referenceDataLoadedAt: "reference_data_loaded_at",
  /** When illustrative demo data was loaded; absent when the data is real. */
  demoDataLoadedAt: "demo_data_loaded_at",
} as const;

/** Small facts about this installation, such as whether demo data is loaded. */
export const settings = pgTable("settings", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
});
