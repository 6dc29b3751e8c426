-- 0033_representations: filled in by the issue-13 work (placeholder so the journal stays in order).
SELECT 1;
