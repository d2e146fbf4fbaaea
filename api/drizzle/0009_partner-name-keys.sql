ALTER TABLE "organisations" ADD COLUMN "name_key" text;--> statement-breakpoint
-- Each partner's name as compared for duplicates: the same steps as partnerNameKey in
-- shared/src/partner-identifiers.ts (lower case, "&" as "and", no apostrophes, other punctuation
-- as spaces, no leading "the", no trailing company suffix).
UPDATE "organisations" SET "name_key" = btrim(regexp_replace(regexp_replace(btrim(regexp_replace(regexp_replace(replace(lower("name"), '&', ' and '), '[''’]', '', 'g'), '[^a-z0-9]+', ' ', 'g')), '^the ', ''), ' (ltd|limited|plc|llp|cic)$', '')) WHERE "kind" = 'partner';--> statement-breakpoint
-- Partners entered twice under one name become one: partnerships move to the first entered.
UPDATE "partnership_versions" AS pv SET "partner_id" = keeper."id" FROM "organisations" AS duplicate, LATERAL (SELECT o."id" FROM "organisations" AS o WHERE o."kind" = 'partner' AND o."name_key" = duplicate."name_key" ORDER BY o."created_at", o."id" LIMIT 1) AS keeper WHERE pv."partner_id" = duplicate."id" AND duplicate."kind" = 'partner' AND keeper."id" <> duplicate."id";--> statement-breakpoint
DELETE FROM "organisations" AS duplicate WHERE duplicate."kind" = 'partner' AND EXISTS (SELECT 1 FROM "organisations" AS o WHERE o."kind" = 'partner' AND o."name_key" = duplicate."name_key" AND (o."created_at", o."id") < (duplicate."created_at", duplicate."id"));--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_partner_name_key_unique" ON "organisations" USING btree ("name_key") WHERE "organisations"."kind" = 'partner';
