-- Issue 10: `pnpm maintenance` deletes queue events older than the retention period by their time; without an index
-- on it, every run would read the whole (largest) event table.
CREATE INDEX IF NOT EXISTS "location_events_at_idx" ON "location_events" USING btree ("at");
