-- 0034: the doctor register, each citizen's health insurance (group, doctor, card), health card orders and changes of doctor.
-- ADD VALUE runs inside the migration transaction (PostgreSQL 12+); nothing in this migration uses the new value.
ALTER TYPE "public"."fee_product" ADD VALUE IF NOT EXISTS 'health_card';--> statement-breakpoint
CREATE TABLE "doctors" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider_number" text NOT NULL,
	"clinic_name" text NOT NULL,
	"doctor_names" text NOT NULL,
	"street" text NOT NULL,
	"postcode" text NOT NULL,
	"city" text NOT NULL,
	"municipality_code" text NOT NULL,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"phone" text,
	"open_for_new_patients" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "doctors_location_check" CHECK ("doctors"."latitude" between -90 and 90 and "doctors"."longitude" between -180 and 180)
);
--> statement-breakpoint
CREATE TABLE "health_insurance" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"insurance_group" smallint DEFAULT 1 NOT NULL,
	"doctor_id" uuid,
	"doctor_since" date,
	"group_changed_on" date,
	"card_issued_on" date,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "health_insurance_group_check" CHECK ("health_insurance"."insurance_group" in (1, 2))
);
--> statement-breakpoint
CREATE TABLE "health_card_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reason" text NOT NULL,
	"fee_ore" integer NOT NULL,
	"fee_year" integer NOT NULL,
	"free_because" text,
	"temporary_valid_until" date,
	"ordered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ordered_by" uuid NOT NULL,
	CONSTRAINT "health_card_orders_fee_nonnegative" CHECK ("health_card_orders"."fee_ore" >= 0),
	CONSTRAINT "health_card_orders_kind_check" CHECK ("health_card_orders"."kind" in ('new_card', 'replacement', 'temporary'))
);
--> statement-breakpoint
CREATE TABLE "doctor_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"from_doctor_id" uuid,
	"to_doctor_id" uuid,
	"group_from" smallint NOT NULL,
	"group_to" smallint NOT NULL,
	"distance_m" integer,
	"fee_ore" integer NOT NULL,
	"fee_year" integer NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"changed_by" uuid NOT NULL,
	CONSTRAINT "doctor_changes_fee_nonnegative" CHECK ("doctor_changes"."fee_ore" >= 0),
	CONSTRAINT "doctor_changes_group_check" CHECK ("doctor_changes"."group_to" in (1, 2) and "doctor_changes"."group_from" in (1, 2)),
	CONSTRAINT "doctor_changes_doctor_for_group_1" CHECK (("doctor_changes"."group_to" = 1) = ("doctor_changes"."to_doctor_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "health_insurance" ADD CONSTRAINT "health_insurance_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_insurance" ADD CONSTRAINT "health_insurance_doctor_id_doctors_id_fk" FOREIGN KEY ("doctor_id") REFERENCES "public"."doctors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_card_orders" ADD CONSTRAINT "health_card_orders_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_card_orders" ADD CONSTRAINT "health_card_orders_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_card_orders" ADD CONSTRAINT "health_card_orders_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "health_card_orders" ADD CONSTRAINT "health_card_orders_ordered_by_users_id_fk" FOREIGN KEY ("ordered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doctor_changes" ADD CONSTRAINT "doctor_changes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doctor_changes" ADD CONSTRAINT "doctor_changes_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doctor_changes" ADD CONSTRAINT "doctor_changes_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doctor_changes" ADD CONSTRAINT "doctor_changes_from_doctor_id_doctors_id_fk" FOREIGN KEY ("from_doctor_id") REFERENCES "public"."doctors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doctor_changes" ADD CONSTRAINT "doctor_changes_to_doctor_id_doctors_id_fk" FOREIGN KEY ("to_doctor_id") REFERENCES "public"."doctors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "doctor_changes" ADD CONSTRAINT "doctor_changes_changed_by_users_id_fk" FOREIGN KEY ("changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "doctors_provider_number_key" ON "doctors" USING btree ("provider_number");--> statement-breakpoint
CREATE INDEX "doctors_postcode_idx" ON "doctors" USING btree ("postcode");--> statement-breakpoint
CREATE INDEX "health_insurance_doctor_idx" ON "health_insurance" USING btree ("doctor_id");--> statement-breakpoint
CREATE UNIQUE INDEX "health_card_orders_case_key" ON "health_card_orders" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "health_card_orders_person_idx" ON "health_card_orders" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "doctor_changes_case_key" ON "doctor_changes" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "doctor_changes_person_idx" ON "doctor_changes" USING btree ("person_id");
