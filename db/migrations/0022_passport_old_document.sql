-- Placeholder: filled in by the work on issue 9 (0022_passport_old_document). Hand-written; the drizzle snapshot follows later.
SELECT 1;
