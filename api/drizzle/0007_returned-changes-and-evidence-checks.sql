ALTER TABLE "status_updates" ADD COLUMN "evidence_checked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "status_updates" ADD COLUMN "evidence_checked_by" uuid;