CREATE TABLE "partnership_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"authority_id" uuid NOT NULL,
	"partnership_version" integer NOT NULL,
	"answer" text NOT NULL,
	"comment" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"recorded_by" uuid,
	"publication_state" text DEFAULT 'published' NOT NULL,
	"published_at" timestamp with time zone,
	"review_comment" text
);
--> statement-breakpoint
ALTER TABLE "membership_events" ADD COLUMN "reason" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "name_key" text;--> statement-breakpoint
ALTER TABLE "partnership_answers" ADD CONSTRAINT "partnership_answers_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_answers" ADD CONSTRAINT "partnership_answers_authority_id_organisations_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "partnership_answers_partnership" ON "partnership_answers" USING btree ("partnership_id","recorded_at");--> statement-breakpoint
-- Each partner's name as compared for duplicates: the same steps as partnerNameKey in
-- shared/src/partner-identifiers.ts (lower case, "&" as "and", no apostrophes, other punctuation
-- as spaces, no leading "the", no trailing company suffix).
UPDATE "organisations" SET "name_key" = btrim(regexp_replace(regexp_replace(btrim(regexp_replace(regexp_replace(replace(lower("name"), '&', ' and '), '[''’]', '', 'g'), '[^a-z0-9]+', ' ', 'g')), '^the ', ''), ' (ltd|limited|plc|llp|cic)$', '')) WHERE "kind" = 'partner';--> statement-breakpoint
-- Partners entered twice under one name become one: partnerships move to the first entered.
UPDATE "partnership_versions" AS pv SET "partner_id" = keeper."id" FROM "organisations" AS duplicate, LATERAL (SELECT o."id" FROM "organisations" AS o WHERE o."kind" = 'partner' AND o."name_key" = duplicate."name_key" ORDER BY o."created_at", o."id" LIMIT 1) AS keeper WHERE pv."partner_id" = duplicate."id" AND duplicate."kind" = 'partner' AND keeper."id" <> duplicate."id";--> statement-breakpoint
DELETE FROM "organisations" AS duplicate WHERE duplicate."kind" = 'partner' AND EXISTS (SELECT 1 FROM "organisations" AS o WHERE o."kind" = 'partner' AND o."name_key" = duplicate."name_key" AND (o."created_at", o."id") < (duplicate."created_at", duplicate."id"));--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_partner_name_key_unique" ON "organisations" USING btree ("name_key") WHERE "organisations"."kind" = 'partner';