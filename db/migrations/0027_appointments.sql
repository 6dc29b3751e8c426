CREATE TYPE "public"."appointment_channel" AS ENUM('public', 'phone', 'counter');--> statement-breakpoint
CREATE TYPE "public"."appointment_late_policy" AS ENUM('walk_in', 'refuse');--> statement-breakpoint
CREATE TYPE "public"."appointment_status" AS ENUM('booked', 'checked_in', 'cancelled', 'no_show', 'late');--> statement-breakpoint
CREATE TYPE "public"."notification_channel" AS ENUM('sms', 'email');--> statement-breakpoint
CREATE TYPE "public"."notification_kind" AS ENUM('confirmation', 'reminder', 'turn_near', 'passport_ready', 'cancelled');--> statement-breakpoint
CREATE TABLE "appointment_blocks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"service_id" uuid,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"reason" text NOT NULL,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointment_blocks_period_check" CHECK ("appointment_blocks"."ends_at" > "appointment_blocks"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "appointment_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"slot_minutes" integer NOT NULL,
	"capacity" integer NOT NULL,
	"acute_seats" integer DEFAULT 0 NOT NULL,
	"cutoff_minutes" integer DEFAULT 60 NOT NULL,
	"horizon_days" integer DEFAULT 30 NOT NULL,
	"grace_minutes" integer DEFAULT 10 NOT NULL,
	"late_policy" "appointment_late_policy" DEFAULT 'walk_in' NOT NULL,
	"bring_text_da" text DEFAULT '' NOT NULL,
	"bring_text_en" text DEFAULT '' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointment_rules_capacity_check" CHECK ("appointment_rules"."capacity" between 1 and 50 and "appointment_rules"."acute_seats" between 0 and "appointment_rules"."capacity"),
	CONSTRAINT "appointment_rules_slot_check" CHECK ("appointment_rules"."slot_minutes" between 5 and 240)
);
--> statement-breakpoint
CREATE TABLE "appointment_settings" (
	"municipality_id" uuid PRIMARY KEY NOT NULL,
	"head_start_minutes" integer DEFAULT 15 NOT NULL,
	"notifications_enabled" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "appointments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"seat" integer NOT NULL,
	"status" "appointment_status" DEFAULT 'booked' NOT NULL,
	"channel" "appointment_channel" NOT NULL,
	"code_hash" text NOT NULL,
	"name" text NOT NULL,
	"phone" text,
	"email" text,
	"birth_date" date,
	"language" text DEFAULT 'da' NOT NULL,
	"person_id" uuid,
	"ticket_id" uuid,
	"checked_in_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"no_show_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"booked_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notification_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"channel" "notification_channel" NOT NULL,
	"kind" "notification_kind" NOT NULL,
	"recipient" text NOT NULL,
	"subject" text,
	"body" text NOT NULL,
	"appointment_id" uuid,
	"ticket_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_status_links" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"ticket_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "appointment_blocks" ADD CONSTRAINT "appointment_blocks_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_blocks" ADD CONSTRAINT "appointment_blocks_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_blocks" ADD CONSTRAINT "appointment_blocks_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_blocks" ADD CONSTRAINT "appointment_blocks_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_rules" ADD CONSTRAINT "appointment_rules_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_rules" ADD CONSTRAINT "appointment_rules_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_rules" ADD CONSTRAINT "appointment_rules_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointment_settings" ADD CONSTRAINT "appointment_settings_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appointments" ADD CONSTRAINT "appointments_booked_by_user_id_users_id_fk" FOREIGN KEY ("booked_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD CONSTRAINT "notification_outbox_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD CONSTRAINT "notification_outbox_appointment_id_appointments_id_fk" FOREIGN KEY ("appointment_id") REFERENCES "public"."appointments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_outbox" ADD CONSTRAINT "notification_outbox_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_status_links" ADD CONSTRAINT "ticket_status_links_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_status_links" ADD CONSTRAINT "ticket_status_links_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_status_links" ADD CONSTRAINT "ticket_status_links_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointment_blocks_location_idx" ON "appointment_blocks" USING btree ("location_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "appointment_rules_location_service_key" ON "appointment_rules" USING btree ("location_id","service_id");--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_seat_key" ON "appointments" USING btree ("location_id","service_id","starts_at","seat") WHERE "appointments"."status" in ('booked', 'checked_in');--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_code_key" ON "appointments" USING btree ("code_hash");--> statement-breakpoint
CREATE INDEX "appointments_location_day_idx" ON "appointments" USING btree ("location_id","starts_at");--> statement-breakpoint
CREATE INDEX "appointments_open_idx" ON "appointments" USING btree ("starts_at") WHERE "appointments"."status" = 'booked';--> statement-breakpoint
CREATE INDEX "notification_outbox_municipality_idx" ON "notification_outbox" USING btree ("municipality_id","created_at");--> statement-breakpoint
CREATE INDEX "ticket_status_links_ticket_idx" ON "ticket_status_links" USING btree ("ticket_id");--> statement-breakpoint
CREATE INDEX "ticket_status_links_expiry_idx" ON "ticket_status_links" USING btree ("expires_at");