-- Placeholder: filled in by the work on issue 9 (0021_case_numbers). Hand-written; the drizzle snapshot follows later.
SELECT 1;
