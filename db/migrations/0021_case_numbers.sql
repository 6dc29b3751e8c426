-- Issue 9 (hand-written; the drizzle snapshot follows later).
-- 1. Human case numbers (sagsnummer) per municipality and Copenhagen year, e.g. 2026-000123, taken from a counter row
--    by the transaction that creates the case. Existing cases are numbered in the order they were created.
-- 2. A self-service refusal keeps the appeal period it was decided with, and each decided law area what the letter
--    printed about it (name, UDK flag, appeal body), so a reprinted letter does not follow later configuration.
CREATE TABLE "case_number_counters" (
	"municipality_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"last_serial" integer NOT NULL,
	CONSTRAINT "case_number_counters_municipality_id_year_pk" PRIMARY KEY("municipality_id","year"),
	CONSTRAINT "case_number_counters_serial_positive" CHECK ("case_number_counters"."last_serial" > 0)
);
--> statement-breakpoint
ALTER TABLE "case_number_counters" ADD CONSTRAINT "case_number_counters_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "number" text;
--> statement-breakpoint
WITH numbered AS (
	SELECT "id",
		extract(year FROM "created_at" AT TIME ZONE 'Europe/Copenhagen')::integer AS "year",
		row_number() OVER (
			PARTITION BY "municipality_id", extract(year FROM "created_at" AT TIME ZONE 'Europe/Copenhagen')
			ORDER BY "created_at", "id"
		) AS "serial"
	FROM "cases"
)
UPDATE "cases" SET "number" = numbered."year"::text || '-' || lpad(numbered."serial"::text, 6, '0')
FROM numbered WHERE numbered."id" = "cases"."id";
--> statement-breakpoint
INSERT INTO "case_number_counters" ("municipality_id", "year", "last_serial")
SELECT "municipality_id", extract(year FROM "created_at" AT TIME ZONE 'Europe/Copenhagen')::integer, count(*)
FROM "cases"
GROUP BY 1, 2;
--> statement-breakpoint
ALTER TABLE "cases" ALTER COLUMN "number" SET NOT NULL;
--> statement-breakpoint
CREATE UNIQUE INDEX "cases_municipality_number_key" ON "cases" USING btree ("municipality_id","number");
--> statement-breakpoint
ALTER TABLE "self_service_decisions" ADD COLUMN "appeal_period_count" integer;
--> statement-breakpoint
ALTER TABLE "self_service_decisions" ADD COLUMN "appeal_period_unit" "appeal_period_unit";
--> statement-breakpoint
UPDATE "self_service_decisions" d
SET "appeal_period_count" = coalesce(s."appeal_period_count", 4), "appeal_period_unit" = coalesce(s."appeal_period_unit", 'weeks')
FROM "self_service_decisions" d2
LEFT JOIN "self_service_settings" s ON s."municipality_id" = d2."municipality_id"
WHERE d2."id" = d."id" AND d."outcome" = 'refuse';
--> statement-breakpoint
ALTER TABLE "self_service_decision_areas" ADD COLUMN "name_da" text;
--> statement-breakpoint
ALTER TABLE "self_service_decision_areas" ADD COLUMN "udbetaling_danmark" boolean;
--> statement-breakpoint
ALTER TABLE "self_service_decision_areas" ADD COLUMN "appeal_body" text;
--> statement-breakpoint
UPDATE "self_service_decision_areas" da
SET "name_da" = a."name_da", "udbetaling_danmark" = a."udbetaling_danmark", "appeal_body" = a."appeal_body"
FROM "law_areas" a
WHERE a."id" = da."law_area_id";
