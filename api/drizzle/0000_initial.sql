CREATE TABLE "audit_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" uuid,
	"actor_role" text,
	"authority_id" uuid,
	"action" text NOT NULL,
	"record_type" text NOT NULL,
	"record_id" text,
	"before" jsonb,
	"after" jsonb,
	"reason" text
);
--> statement-breakpoint
CREATE TABLE "commitment_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commitment_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"title" text NOT NULL,
	"partners" text DEFAULT '' NOT NULL,
	"mission" text DEFAULT '' NOT NULL,
	"impact" text DEFAULT '' NOT NULL,
	"principles" integer[] NOT NULL,
	"loti_area" text,
	"committed_on" date NOT NULL,
	"withdrawn" boolean DEFAULT false NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid,
	"publication_state" text DEFAULT 'published' NOT NULL,
	"published_at" timestamp with time zone,
	"review_comment" text
);
--> statement-breakpoint
CREATE TABLE "commitments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "membership_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"programme_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"effective_date" date NOT NULL,
	"supersedes_id" uuid,
	"withdrawn" boolean DEFAULT false NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid,
	"publication_state" text DEFAULT 'published' NOT NULL,
	"published_at" timestamp with time zone,
	"review_comment" text
);
--> statement-breakpoint
CREATE TABLE "organisations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"gss" text,
	"name" text NOT NULL,
	"inner_outer_1963" text,
	"inner_outer_ons" text,
	"partner_type" text,
	"canonical_id_scheme" text,
	"canonical_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "organisations_gss_unique" UNIQUE("gss"),
	CONSTRAINT "organisations_authority_has_gss" CHECK ("organisations"."kind" <> 'authority' OR "organisations"."gss" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "partnership_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"partner_id" uuid NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"purpose" text DEFAULT '' NOT NULL,
	"commitment_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"withdrawn" boolean DEFAULT false NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid,
	"publication_state" text DEFAULT 'published' NOT NULL,
	"published_at" timestamp with time zone,
	"review_comment" text,
	CONSTRAINT "partnership_versions_dates" CHECK ("partnership_versions"."end_date" IS NULL OR "partnership_versions"."end_date" >= "partnership_versions"."start_date")
);
--> statement-breakpoint
CREATE TABLE "partnerships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "signature_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"signature_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"signed_on" date NOT NULL,
	"approver_name" text,
	"approver_role" text,
	"commitment_url" text,
	"withdrawn" boolean DEFAULT false NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid,
	"publication_state" text DEFAULT 'published' NOT NULL,
	"published_at" timestamp with time zone,
	"review_comment" text
);
--> statement-breakpoint
CREATE TABLE "signatures" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "signatures_authority_id_unique" UNIQUE("authority_id")
);
--> statement-breakpoint
CREATE TABLE "status_updates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commitment_id" uuid NOT NULL,
	"status" text NOT NULL,
	"phase" text,
	"effective_date" date NOT NULL,
	"note" text,
	"evidence_urls" text[] DEFAULT '{}'::text[] NOT NULL,
	"supersedes_id" uuid,
	"withdrawn" boolean DEFAULT false NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid,
	"publication_state" text DEFAULT 'published' NOT NULL,
	"published_at" timestamp with time zone,
	"review_comment" text
);
--> statement-breakpoint
CREATE TABLE "target_date_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"commitment_id" uuid NOT NULL,
	"target_date" date NOT NULL,
	"reason" text,
	"effective_date" date NOT NULL,
	"supersedes_id" uuid,
	"withdrawn" boolean DEFAULT false NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid,
	"publication_state" text DEFAULT 'published' NOT NULL,
	"published_at" timestamp with time zone,
	"review_comment" text
);
--> statement-breakpoint
ALTER TABLE "commitment_versions" ADD CONSTRAINT "commitment_versions_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitments" ADD CONSTRAINT "commitments_authority_id_organisations_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_events" ADD CONSTRAINT "membership_events_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "membership_events" ADD CONSTRAINT "membership_events_programme_id_organisations_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_versions" ADD CONSTRAINT "partnership_versions_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_versions" ADD CONSTRAINT "partnership_versions_partner_id_organisations_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnerships" ADD CONSTRAINT "partnerships_authority_id_organisations_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signature_versions" ADD CONSTRAINT "signature_versions_signature_id_signatures_id_fk" FOREIGN KEY ("signature_id") REFERENCES "public"."signatures"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "signatures" ADD CONSTRAINT "signatures_authority_id_organisations_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "status_updates" ADD CONSTRAINT "status_updates_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "target_date_changes" ADD CONSTRAINT "target_date_changes_commitment_id_commitments_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."commitments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_entries_record" ON "audit_entries" USING btree ("record_type","record_id");--> statement-breakpoint
CREATE UNIQUE INDEX "commitment_versions_version" ON "commitment_versions" USING btree ("commitment_id","version");--> statement-breakpoint
CREATE INDEX "commitments_authority" ON "commitments" USING btree ("authority_id");--> statement-breakpoint
CREATE INDEX "membership_events_organisation" ON "membership_events" USING btree ("organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_canonical_id_unique" ON "organisations" USING btree ("canonical_id_scheme","canonical_id");--> statement-breakpoint
CREATE UNIQUE INDEX "partnership_versions_version" ON "partnership_versions" USING btree ("partnership_id","version");--> statement-breakpoint
CREATE INDEX "partnerships_authority" ON "partnerships" USING btree ("authority_id");--> statement-breakpoint
CREATE UNIQUE INDEX "signature_versions_version" ON "signature_versions" USING btree ("signature_id","version");--> statement-breakpoint
CREATE INDEX "status_updates_commitment" ON "status_updates" USING btree ("commitment_id","effective_date");--> statement-breakpoint
CREATE INDEX "target_date_changes_commitment" ON "target_date_changes" USING btree ("commitment_id","effective_date");