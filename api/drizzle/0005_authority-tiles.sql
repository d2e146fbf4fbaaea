ALTER TABLE "organisations" ADD COLUMN "tile_column" integer;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "tile_row" integer;