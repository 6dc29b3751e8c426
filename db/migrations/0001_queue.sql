CREATE TYPE "public"."counter_session_state" AS ENUM('open', 'paused', 'closed');--> statement-breakpoint
CREATE TYPE "public"."ticket_source" AS ENUM('kiosk', 'counter', 'appointment');--> statement-breakpoint
CREATE TYPE "public"."ticket_state" AS ENUM('waiting', 'called', 'serving', 'parked', 'done', 'no_show', 'cancelled');--> statement-breakpoint
CREATE TABLE "counter_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"counter_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"service_ids" uuid[] NOT NULL,
	"state" "counter_session_state" DEFAULT 'open' NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "counters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "location_events" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "opening_hours" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"weekday" integer NOT NULL,
	"opens" text NOT NULL,
	"closes" text NOT NULL,
	"place" text
);
--> statement-breakpoint
CREATE TABLE "priority_classes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name_da" text NOT NULL,
	"name_en" text NOT NULL,
	"head_start_minutes" integer NOT NULL,
	"requires_reason" boolean DEFAULT true NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "queue_settings" (
	"municipality_id" uuid PRIMARY KEY NOT NULL,
	"fairness_bound_minutes" integer DEFAULT 15 NOT NULL,
	"recall_limit" integer DEFAULT 3 NOT NULL,
	"handling_sample_size" integer DEFAULT 20 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"code" text NOT NULL,
	"prefix" text NOT NULL,
	"name_da" text NOT NULL,
	"name_en" text NOT NULL,
	"expected_minutes" integer NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"kiosk_order" integer DEFAULT 100 NOT NULL,
	"yellow_minutes" integer DEFAULT 15 NOT NULL,
	"red_minutes" integer DEFAULT 30 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"ticket_id" uuid NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"action" text NOT NULL,
	"from_state" "ticket_state",
	"to_state" "ticket_state" NOT NULL,
	"user_id" uuid,
	"device_id" uuid,
	"counter_id" uuid,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ticket_sequences" (
	"location_id" uuid NOT NULL,
	"prefix" text NOT NULL,
	"service_day" date NOT NULL,
	"last_number" integer NOT NULL,
	CONSTRAINT "ticket_sequences_location_id_prefix_service_day_pk" PRIMARY KEY("location_id","prefix","service_day")
);
--> statement-breakpoint
CREATE TABLE "tickets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"prefix" text NOT NULL,
	"number" integer NOT NULL,
	"display_number" text NOT NULL,
	"service_day" date NOT NULL,
	"priority_class_id" uuid,
	"priority_reason" text,
	"source" "ticket_source" NOT NULL,
	"state" "ticket_state" DEFAULT 'waiting' NOT NULL,
	"arrived_at" timestamp with time zone DEFAULT now() NOT NULL,
	"call_key" timestamp with time zone NOT NULL,
	"called_at" timestamp with time zone,
	"serving_started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"counter_id" uuid,
	"target_counter_id" uuid,
	"staff_user_id" uuid,
	"recall_count" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"outcome" text,
	"delivered_service_ids" uuid[],
	"cancel_reason" text,
	"idempotency_key" text,
	"issued_by_user_id" uuid,
	"issued_by_device_id" uuid
);
--> statement-breakpoint
ALTER TABLE "counter_sessions" ADD CONSTRAINT "counter_sessions_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counter_sessions" ADD CONSTRAINT "counter_sessions_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counter_sessions" ADD CONSTRAINT "counter_sessions_counter_id_counters_id_fk" FOREIGN KEY ("counter_id") REFERENCES "public"."counters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counter_sessions" ADD CONSTRAINT "counter_sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counters" ADD CONSTRAINT "counters_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counters" ADD CONSTRAINT "counters_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "location_events" ADD CONSTRAINT "location_events_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "location_events" ADD CONSTRAINT "location_events_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opening_hours" ADD CONSTRAINT "opening_hours_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opening_hours" ADD CONSTRAINT "opening_hours_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "priority_classes" ADD CONSTRAINT "priority_classes_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "queue_settings" ADD CONSTRAINT "queue_settings_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_events" ADD CONSTRAINT "ticket_events_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_events" ADD CONSTRAINT "ticket_events_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_events" ADD CONSTRAINT "ticket_events_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_events" ADD CONSTRAINT "ticket_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_events" ADD CONSTRAINT "ticket_events_device_id_devices_id_fk" FOREIGN KEY ("device_id") REFERENCES "public"."devices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_events" ADD CONSTRAINT "ticket_events_counter_id_counters_id_fk" FOREIGN KEY ("counter_id") REFERENCES "public"."counters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_sequences" ADD CONSTRAINT "ticket_sequences_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_priority_class_id_priority_classes_id_fk" FOREIGN KEY ("priority_class_id") REFERENCES "public"."priority_classes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_counter_id_counters_id_fk" FOREIGN KEY ("counter_id") REFERENCES "public"."counters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_target_counter_id_counters_id_fk" FOREIGN KEY ("target_counter_id") REFERENCES "public"."counters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_staff_user_id_users_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_issued_by_user_id_users_id_fk" FOREIGN KEY ("issued_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tickets" ADD CONSTRAINT "tickets_issued_by_device_id_devices_id_fk" FOREIGN KEY ("issued_by_device_id") REFERENCES "public"."devices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "counter_sessions_counter_live_key" ON "counter_sessions" USING btree ("counter_id") WHERE "counter_sessions"."state" <> 'closed';--> statement-breakpoint
CREATE UNIQUE INDEX "counter_sessions_user_live_key" ON "counter_sessions" USING btree ("user_id") WHERE "counter_sessions"."state" <> 'closed';--> statement-breakpoint
CREATE INDEX "counter_sessions_location_idx" ON "counter_sessions" USING btree ("location_id","state");--> statement-breakpoint
CREATE UNIQUE INDEX "counters_location_name_key" ON "counters" USING btree ("location_id","name");--> statement-breakpoint
CREATE INDEX "location_events_location_seq_idx" ON "location_events" USING btree ("location_id","seq");--> statement-breakpoint
CREATE INDEX "opening_hours_location_idx" ON "opening_hours" USING btree ("location_id");--> statement-breakpoint
CREATE UNIQUE INDEX "priority_classes_municipality_code_key" ON "priority_classes" USING btree ("municipality_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "services_municipality_code_key" ON "services" USING btree ("municipality_id","code");--> statement-breakpoint
CREATE INDEX "ticket_events_ticket_idx" ON "ticket_events" USING btree ("ticket_id");--> statement-breakpoint
CREATE INDEX "ticket_events_location_at_idx" ON "ticket_events" USING btree ("location_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "tickets_number_key" ON "tickets" USING btree ("location_id","prefix","service_day","number");--> statement-breakpoint
CREATE UNIQUE INDEX "tickets_idempotency_key" ON "tickets" USING btree ("location_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "tickets_waiting_idx" ON "tickets" USING btree ("location_id","service_id","call_key") WHERE "tickets"."state" = 'waiting';--> statement-breakpoint
CREATE INDEX "tickets_open_idx" ON "tickets" USING btree ("location_id","state") WHERE "tickets"."state" in ('waiting', 'called', 'serving', 'parked');--> statement-breakpoint
CREATE INDEX "tickets_finished_idx" ON "tickets" USING btree ("service_id","finished_at");