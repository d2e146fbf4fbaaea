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
ALTER TABLE "partnership_answers" ADD CONSTRAINT "partnership_answers_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partnership_answers" ADD CONSTRAINT "partnership_answers_authority_id_organisations_id_fk" FOREIGN KEY ("authority_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "partnership_answers_partnership" ON "partnership_answers" USING btree ("partnership_id","recorded_at");