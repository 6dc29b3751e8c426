-- Placeholder: filled in by the work on issue 9 (0023_counter_presence). Hand-written; the drizzle snapshot follows later.
SELECT 1;
