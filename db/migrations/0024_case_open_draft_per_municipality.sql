-- Issue 10: one open draft per citizen and workflow per municipality (was: across all municipalities, so one
-- municipality's draft blocked another's case with a 409 it could neither see nor resume).
DROP INDEX IF EXISTS "cases_open_draft_key";
--> statement-breakpoint
CREATE UNIQUE INDEX "cases_open_draft_key" ON "cases" USING btree ("municipality_id","person_id","type") WHERE "cases"."status" = 'draft';
