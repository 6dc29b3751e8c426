-- Issue 9: counter presence (last sign of life, "all services" profiles), transfer notes, and how long the call
-- display keeps recent calls. Hand-written; the drizzle snapshot follows later.
ALTER TABLE "counter_sessions" ADD COLUMN "last_seen_at" timestamp with time zone DEFAULT now() NOT NULL;
--> statement-breakpoint
ALTER TABLE "counter_sessions" ADD COLUMN "all_services" boolean DEFAULT false NOT NULL;
--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "transfer_note" text;
--> statement-breakpoint
ALTER TABLE "queue_settings" ADD COLUMN "counter_stale_seconds" integer DEFAULT 120 NOT NULL;
--> statement-breakpoint
ALTER TABLE "queue_settings" ADD COLUMN "display_recent_call_minutes" integer DEFAULT 5 NOT NULL;
--> statement-breakpoint
CREATE INDEX "tickets_called_idx" ON "tickets" USING btree ("location_id","called_at") WHERE "tickets"."called_at" is not null;
