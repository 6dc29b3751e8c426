CREATE TYPE "public"."address_move_kind" AS ENUM('domestic', 'emigration', 'return');--> statement-breakpoint
CREATE TABLE "address_moves" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"moved_with_id" uuid,
	"kind" "address_move_kind" NOT NULL,
	"moving_date" date NOT NULL,
	"reported_on" date NOT NULL,
	"late" boolean NOT NULL,
	"street" text,
	"postcode" text,
	"city" text,
	"country" text,
	"care_of" text,
	"host_name" text,
	"host_declaration_seen" boolean DEFAULT false NOT NULL,
	"doctor_choice" text,
	"doctor_id" uuid,
	"digital_post_effect" text DEFAULT 'none' NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"registered_by" uuid NOT NULL,
	CONSTRAINT "address_moves_care_of_host" CHECK ("address_moves"."care_of" is null or ("address_moves"."host_name" is not null and "address_moves"."host_declaration_seen"))
);
--> statement-breakpoint
CREATE TABLE "address_protections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"renewal_of" uuid,
	"fee_ore" integer DEFAULT 0 NOT NULL,
	"ended_on" date,
	"ended_by" uuid,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"registered_by" uuid NOT NULL,
	CONSTRAINT "address_protections_period" CHECK ("address_protections"."ends_on" >= "address_protections"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "robinson_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"registered_on" date NOT NULL,
	"effective_by" date NOT NULL,
	"revoked_on" date,
	"revoked_by" uuid,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"registered_by" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "address_moves" ADD CONSTRAINT "address_moves_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "address_moves" ADD CONSTRAINT "address_moves_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "address_moves" ADD CONSTRAINT "address_moves_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "address_moves" ADD CONSTRAINT "address_moves_moved_with_id_persons_id_fk" FOREIGN KEY ("moved_with_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "address_moves" ADD CONSTRAINT "address_moves_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "address_protections" ADD CONSTRAINT "address_protections_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "address_protections" ADD CONSTRAINT "address_protections_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "address_protections" ADD CONSTRAINT "address_protections_ended_by_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "address_protections" ADD CONSTRAINT "address_protections_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "robinson_registrations" ADD CONSTRAINT "robinson_registrations_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "robinson_registrations" ADD CONSTRAINT "robinson_registrations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "robinson_registrations" ADD CONSTRAINT "robinson_registrations_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "robinson_registrations" ADD CONSTRAINT "robinson_registrations_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "address_moves_case_person_key" ON "address_moves" USING btree ("case_id","person_id");--> statement-breakpoint
CREATE INDEX "address_moves_person_date_idx" ON "address_moves" USING btree ("person_id","moving_date");--> statement-breakpoint
CREATE INDEX "address_protections_person_idx" ON "address_protections" USING btree ("person_id","ends_on");--> statement-breakpoint
CREATE INDEX "address_protections_municipality_ends_idx" ON "address_protections" USING btree ("municipality_id","ends_on");--> statement-breakpoint
CREATE UNIQUE INDEX "robinson_registrations_current_key" ON "robinson_registrations" USING btree ("person_id") WHERE "robinson_registrations"."revoked_on" is null;
