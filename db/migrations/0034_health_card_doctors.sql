-- 0034_health_card_doctors: filled in by the issue-13 work (placeholder so the journal stays in order).
SELECT 1;
