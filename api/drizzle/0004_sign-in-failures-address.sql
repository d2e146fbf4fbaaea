ALTER TABLE "sign_in_failures" ADD COLUMN "address" text;--> statement-breakpoint
CREATE INDEX "sign_in_failures_address_at" ON "sign_in_failures" USING btree ("address","at");