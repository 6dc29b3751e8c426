ALTER TABLE "address_moves" ADD COLUMN "applied_at" timestamp with time zone;--> statement-breakpoint
UPDATE "address_moves" SET "applied_at" = "registered_at";--> statement-breakpoint
ALTER TABLE "digital_post_exemptions" ADD COLUMN "lapsed_on" date;--> statement-breakpoint
ALTER TABLE "digital_post_exemptions" ADD COLUMN "lapse_reason" text;--> statement-breakpoint
CREATE INDEX "address_moves_due_idx" ON "address_moves" USING btree ("moving_date") WHERE "address_moves"."applied_at" is null;
