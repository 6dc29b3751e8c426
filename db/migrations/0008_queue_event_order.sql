DROP INDEX "location_events_location_seq_idx";--> statement-breakpoint
ALTER TABLE "location_events" ADD COLUMN "xid" bigint DEFAULT (pg_current_xact_id()::text::bigint) NOT NULL;--> statement-breakpoint
CREATE INDEX "location_events_location_xid_seq_idx" ON "location_events" USING btree ("location_id","xid","seq");--> statement-breakpoint
CREATE INDEX "tickets_done_idx" ON "tickets" USING btree ("location_id","service_id","finished_at") WHERE "tickets"."state" = 'done';