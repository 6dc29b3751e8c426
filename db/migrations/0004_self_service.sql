CREATE TYPE "public"."appeal_period_unit" AS ENUM('weeks', 'months');--> statement-breakpoint
CREATE TYPE "public"."appeal_status" AS ENUM('pending', 'upheld', 'overturned');--> statement-breakpoint
CREATE TYPE "public"."self_service_outcome" AS ENUM('grant', 'refuse');--> statement-breakpoint
CREATE TYPE "public"."self_service_scope" AS ENUM('single_application', 'general');--> statement-breakpoint
CREATE TABLE "law_areas" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_da" text NOT NULL,
	"name_en" text NOT NULL,
	"udbetaling_danmark" boolean DEFAULT false NOT NULL,
	"appeal_body" text,
	"legal_reference" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "law_areas_code_format" CHECK ("law_areas"."code" ~ '^[a-z][a-z_]{0,39}$')
);
--> statement-breakpoint
CREATE TABLE "self_service_decision_areas" (
	"decision_id" uuid NOT NULL,
	"law_area_id" uuid NOT NULL,
	CONSTRAINT "self_service_decision_areas_decision_id_law_area_id_pk" PRIMARY KEY("decision_id","law_area_id")
);
--> statement-breakpoint
CREATE TABLE "self_service_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"scope" "self_service_scope" NOT NULL,
	"application_description" text,
	"grounds" text[] NOT NULL,
	"outcome" "self_service_outcome" NOT NULL,
	"legal_basis" text,
	"considerations" text,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid NOT NULL,
	"appeal_deadline" date,
	"appeal_status" "appeal_status",
	"appeal_received_on" date,
	"appeal_note" text,
	"appeal_resolved_at" timestamp with time zone,
	"udk_notification_required" boolean DEFAULT false NOT NULL,
	"udk_notified_at" timestamp with time zone,
	CONSTRAINT "self_service_decisions_refusal_reasoned" CHECK ("self_service_decisions"."outcome" = 'grant' or ("self_service_decisions"."legal_basis" is not null and "self_service_decisions"."considerations" is not null and "self_service_decisions"."appeal_deadline" is not null)),
	CONSTRAINT "self_service_decisions_appeal_on_refusal" CHECK ("self_service_decisions"."appeal_status" is null or "self_service_decisions"."outcome" = 'refuse')
);
--> statement-breakpoint
CREATE TABLE "self_service_settings" (
	"municipality_id" uuid PRIMARY KEY NOT NULL,
	"appeal_period_count" integer DEFAULT 4 NOT NULL,
	"appeal_period_unit" "appeal_period_unit" DEFAULT 'weeks' NOT NULL,
	CONSTRAINT "self_service_settings_period_positive" CHECK ("self_service_settings"."appeal_period_count" > 0)
);
--> statement-breakpoint
CREATE TABLE "udk_notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"decision_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"law_area_codes" text[] NOT NULL,
	"notified_at" timestamp with time zone DEFAULT now() NOT NULL,
	"notified_by" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "law_areas" ADD CONSTRAINT "law_areas_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_service_decision_areas" ADD CONSTRAINT "self_service_decision_areas_decision_id_self_service_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."self_service_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_service_decision_areas" ADD CONSTRAINT "self_service_decision_areas_law_area_id_law_areas_id_fk" FOREIGN KEY ("law_area_id") REFERENCES "public"."law_areas"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_service_decisions" ADD CONSTRAINT "self_service_decisions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_service_decisions" ADD CONSTRAINT "self_service_decisions_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_service_decisions" ADD CONSTRAINT "self_service_decisions_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_service_decisions" ADD CONSTRAINT "self_service_decisions_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "self_service_settings" ADD CONSTRAINT "self_service_settings_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "udk_notifications" ADD CONSTRAINT "udk_notifications_decision_id_self_service_decisions_id_fk" FOREIGN KEY ("decision_id") REFERENCES "public"."self_service_decisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "udk_notifications" ADD CONSTRAINT "udk_notifications_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "udk_notifications" ADD CONSTRAINT "udk_notifications_notified_by_users_id_fk" FOREIGN KEY ("notified_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "law_areas_municipality_code_key" ON "law_areas" USING btree ("municipality_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "self_service_decisions_case_key" ON "self_service_decisions" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "self_service_decisions_person_idx" ON "self_service_decisions" USING btree ("person_id","municipality_id");