import { ROLES } from "@ldd/shared/accounts";
import {
  CANONICAL_ID_SCHEMES,
  COMMITMENT_STATUSES,
  DELIVERY_PHASES,
  INNER_OUTER,
  MEMBERSHIP_EVENT_KINDS,
  ORGANISATION_KINDS,
  PARTNER_TYPES,
  PARTNERSHIP_ANSWERS,
  PUBLICATION_STATES,
} from "@ldd/shared/vocabulary";
import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

/*
 * Two kinds of time on every fact (docs/decisions/003-bitemporal-records.md):
 * - effective time (`effective_date`, `signed_on`, `start_date`…): when it happened;
 * - recorded time (`recorded_at`, `published_at`): when we were told, and when the public was.
 * Facts are append-only. A correction is a new version (or an event that supersedes another),
 * never an UPDATE of what was said; the state "as of D" is computable from the rows.
 * Every fact carries a publication state so drafts can be reviewed before they are public.
 */

const timestamps = {
  recordedAt: timestamp("recorded_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  /** The account that recorded it; null for reference and demo data loaded by the system. */
  recordedBy: uuid("recorded_by"),
  publicationState: text("publication_state", {
    enum: PUBLICATION_STATES,
  })
    .notNull()
    .default("published"),
  publishedAt: timestamp("published_at", { withTimezone: true, mode: "string" }),
  reviewComment: text("review_comment"),
};

/**
 * Drafts, submissions and returned changes are a handful among many published rows: the review
 * queue and LOTI's attention list find them through this small partial index instead of reading
 * every row (at national scale, 200,000 status updates).
 */
const unpublishedIndex = (name: string, table: { publicationState: AnyPgColumn }) =>
  index(name).on(table.publicationState).where(sql`${table.publicationState} <> 'published'`);

/** The 33 authorities, partner organisations and the programme (LOTI) itself. */
export const organisations = pgTable(
  "organisations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: text("kind", { enum: ORGANISATION_KINDS }).notNull(),
    /** ONS GSS code for authorities (and councils outside the group acting as partners). */
    gss: text("gss").unique(),
    name: text("name").notNull(),
    innerOuter1963: text("inner_outer_1963", { enum: INNER_OUTER }),
    innerOuterOns: text("inner_outer_ons", { enum: INNER_OUTER }),
    partnerType: text("partner_type", {
      enum: PARTNER_TYPES,
    }),
    canonicalIdScheme: text("canonical_id_scheme", {
      enum: CANONICAL_ID_SCHEMES,
    }),
    canonicalId: text("canonical_id"),
    /** A partner's name as compared for duplicates (partnerNameKey): unique among partners. */
    nameKey: text("name_key"),
    /**
     * The authority whose editor proposed this partner in a partnership; null for reference data.
     * Other authorities see a proposed partner only once a partnership naming it is published.
     */
    proposedByAuthorityId: uuid("proposed_by_authority_id").references((): AnyPgColumn => organisations.id),
    /** An authority's place on the tile map (reference data): column and row from 1. */
    tileColumn: integer("tile_column"),
    tileRow: integer("tile_row"),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (table) => [
    uniqueIndex("organisations_canonical_id_unique").on(table.canonicalIdScheme, table.canonicalId),
    uniqueIndex("organisations_partner_name_key_unique")
      .on(table.nameKey)
      .where(sql`${table.kind} = 'partner'`),
    check("organisations_authority_has_gss", sql`${table.kind} <> 'authority' OR ${table.gss} IS NOT NULL`),
  ],
);

/** Programme membership as dated join/leave events, never a flag. */
export const membershipEvents = pgTable(
  "membership_events",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    programmeId: uuid("programme_id")
      .notNull()
      .references(() => organisations.id),
    kind: text("kind", { enum: MEMBERSHIP_EVENT_KINDS }).notNull(),
    effectiveDate: date("effective_date", { mode: "string" }).notNull(),
    /** Why, or where the record comes from (on a withdrawal: why it was withdrawn). */
    reason: text("reason"),
    /** A later event that corrects or withdraws this one names it here. */
    supersedesId: uuid("supersedes_id"),
    withdrawn: boolean("withdrawn").notNull().default(false),
    ...timestamps,
  },
  (table) => [index("membership_events_organisation").on(table.organisationId)],
);

/**
 * Head rows: one per record, holding its identity, owner and the version counter used for
 * conflict detection (a save based on a stale version is refused). Content lives in *_versions.
 */
export const signatures = pgTable("signatures", {
  id: uuid("id").primaryKey().defaultRandom(),
  authorityId: uuid("authority_id")
    .notNull()
    .unique()
    .references(() => organisations.id),
  version: integer("version").notNull().default(1),
  createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
});

export const signatureVersions = pgTable(
  "signature_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    signatureId: uuid("signature_id")
      .notNull()
      .references(() => signatures.id),
    version: integer("version").notNull(),
    signedOn: date("signed_on", { mode: "string" }).notNull(),
    approverName: text("approver_name"),
    approverRole: text("approver_role"),
    commitmentUrl: text("commitment_url"),
    withdrawn: boolean("withdrawn").notNull().default(false),
    ...timestamps,
  },
  (table) => [
    uniqueIndex("signature_versions_version").on(table.signatureId, table.version),
    unpublishedIndex("signature_versions_unpublished", table),
  ],
);

export const commitments = pgTable(
  "commitments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    authorityId: uuid("authority_id")
      .notNull()
      .references(() => organisations.id),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (table) => [index("commitments_authority").on(table.authorityId)],
);

export const commitmentVersions = pgTable(
  "commitment_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    commitmentId: uuid("commitment_id")
      .notNull()
      .references(() => commitments.id),
    version: integer("version").notNull(),
    title: text("title").notNull(),
    partners: text("partners").notNull().default(""),
    mission: text("mission").notNull().default(""),
    impact: text("impact").notNull().default(""),
    principles: integer("principles").array().notNull(),
    lotiArea: text("loti_area"),
    committedOn: date("committed_on", { mode: "string" }).notNull(),
    withdrawn: boolean("withdrawn").notNull().default(false),
    ...timestamps,
  },
  (table) => [
    uniqueIndex("commitment_versions_version").on(table.commitmentId, table.version),
    unpublishedIndex("commitment_versions_unpublished", table),
  ],
);

/** Dated status updates: one step to report a status with its evidence. */
export const statusUpdates = pgTable(
  "status_updates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    commitmentId: uuid("commitment_id")
      .notNull()
      .references(() => commitments.id),
    status: text("status", {
      enum: COMMITMENT_STATUSES,
    }).notNull(),
    phase: text("phase", { enum: DELIVERY_PHASES }),
    effectiveDate: date("effective_date", { mode: "string" }).notNull(),
    note: text("note"),
    evidenceUrls: text("evidence_urls").array().notNull().default(sql`'{}'::text[]`),
    /**
     * When a reviewer ticked "evidence checked" as they published it, and who: the claim is then
     * "verified" rather than only "evidenced" (docs/decisions/017).
     */
    evidenceCheckedAt: timestamp("evidence_checked_at", { withTimezone: true, mode: "string" }),
    evidenceCheckedBy: uuid("evidence_checked_by"),
    supersedesId: uuid("supersedes_id"),
    withdrawn: boolean("withdrawn").notNull().default(false),
    ...timestamps,
  },
  (table) => [
    index("status_updates_commitment").on(table.commitmentId, table.effectiveDate),
    unpublishedIndex("status_updates_unpublished", table),
  ],
);

/** The original target date (reason null) and every re-baseline with its reason. */
export const targetDateChanges = pgTable(
  "target_date_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    commitmentId: uuid("commitment_id")
      .notNull()
      .references(() => commitments.id),
    targetDate: date("target_date", { mode: "string" }).notNull(),
    reason: text("reason"),
    effectiveDate: date("effective_date", { mode: "string" }).notNull(),
    supersedesId: uuid("supersedes_id"),
    withdrawn: boolean("withdrawn").notNull().default(false),
    ...timestamps,
  },
  (table) => [
    index("target_date_changes_commitment").on(table.commitmentId, table.effectiveDate),
    unpublishedIndex("target_date_changes_unpublished", table),
  ],
);

export const partnerships = pgTable(
  "partnerships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    authorityId: uuid("authority_id")
      .notNull()
      .references(() => organisations.id),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (table) => [index("partnerships_authority").on(table.authorityId)],
);

export const partnershipVersions = pgTable(
  "partnership_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    version: integer("version").notNull(),
    /** The partner: an organisation of kind "partner" or another authority. */
    partnerId: uuid("partner_id")
      .notNull()
      .references(() => organisations.id),
    startDate: date("start_date", { mode: "string" }).notNull(),
    endDate: date("end_date", { mode: "string" }),
    purpose: text("purpose").notNull().default(""),
    commitmentIds: uuid("commitment_ids").array().notNull().default(sql`'{}'::uuid[]`),
    withdrawn: boolean("withdrawn").notNull().default(false),
    ...timestamps,
  },
  (table) => [
    uniqueIndex("partnership_versions_version").on(table.partnershipId, table.version),
    unpublishedIndex("partnership_versions_unpublished", table),
    check(
      "partnership_versions_dates",
      sql`${table.endDate} IS NULL OR ${table.endDate} >= ${table.startDate}`,
    ),
  ],
);

/** Partner authorities' answers to partnerships reported with them, each about one published
 * version (`partnership_version`): append-only, the latest stands, public once given (ADR 018). */
export const partnershipAnswers = pgTable(
  "partnership_answers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    partnershipId: uuid("partnership_id")
      .notNull()
      .references(() => partnerships.id),
    authorityId: uuid("authority_id")
      .notNull()
      .references(() => organisations.id),
    partnershipVersion: integer("partnership_version").notNull(),
    answer: text("answer", { enum: PARTNERSHIP_ANSWERS }).notNull(),
    comment: text("comment"),
    ...timestamps,
  },
  (table) => [index("partnership_answers_partnership").on(table.partnershipId, table.recordedAt)],
);

// The audit trail and the installation's settings: tables that refer to no other.
export { auditEntries, SETTING_KEYS, settings } from "./schema-audit-and-settings.ts";

/** People who sign in. The public is signed out and has no account. */
export const accounts = pgTable(
  "accounts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull().unique(),
    displayName: text("display_name").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    /** A borough editor's one authority; null for reviewers and administrators. */
    authorityId: uuid("authority_id").references(() => organisations.id),
    /** scrypt, in the self-describing format of api/src/lib/auth/passwords.ts. */
    passwordHash: text("password_hash").notNull(),
    disabledAt: timestamp("disabled_at", { withTimezone: true, mode: "string" }),
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (table) => [
    check(
      "accounts_editor_has_authority",
      sql`(${table.role} = 'editor') = (${table.authorityId} IS NOT NULL)`,
    ),
  ],
);

/**
 * Sessions live in the database so any number of API processes can serve one user. The cookie
 * holds a random token; only its SHA-256 is stored, so a leaked table cannot be replayed.
 */
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    accountId: uuid("account_id")
      .notNull()
      .references(() => accounts.id),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "string" }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "string" }),
  },
  (table) => [index("sessions_account").on(table.accountId)],
);

/**
 * Failed sign-ins (and attempts being checked), per email and per client address, for throttling
 * shared by every process (docs/quality.md, R6, R12; lib/auth/sign-in-throttle.ts).
 */
export const signInFailures = pgTable(
  "sign_in_failures",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    email: text("email").notNull(),
    /** The client's address (an IPv6 client's /64), or "unknown"; null for rows from before it. */
    address: text("address"),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
  },
  (table) => [
    index("sign_in_failures_email_at").on(table.email, table.at),
    index("sign_in_failures_address_at").on(table.address, table.at),
  ],
);
