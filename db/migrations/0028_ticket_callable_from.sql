-- Issue 12: a checked-in appointment waits for its time. Call-next skips a ticket whose callable_from lies ahead.
ALTER TABLE "tickets" ADD COLUMN "callable_from" timestamp with time zone;
