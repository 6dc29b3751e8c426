CREATE TABLE "service_level_targets" (
	"service_id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"target_minutes" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "service_level_targets_positive" CHECK ("service_level_targets"."target_minutes" between 1 and 600)
);
--> statement-breakpoint
CREATE TABLE "ticket_staff_stats" (
	"municipality_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"service_day" date NOT NULL,
	"counter_id" uuid NOT NULL,
	"staff_user_id" uuid NOT NULL,
	"tickets" integer DEFAULT 0 NOT NULL,
	"served" integer DEFAULT 0 NOT NULL,
	"no_shows" integer DEFAULT 0 NOT NULL,
	"cancelled" integer DEFAULT 0 NOT NULL,
	"called" integer DEFAULT 0 NOT NULL,
	"wait_seconds" double precision DEFAULT 0 NOT NULL,
	"handled" integer DEFAULT 0 NOT NULL,
	"handling_seconds" double precision DEFAULT 0 NOT NULL,
	CONSTRAINT "ticket_staff_stats_location_id_service_day_counter_id_staff_user_id_pk" PRIMARY KEY("location_id","service_day","counter_id","staff_user_id")
);
--> statement-breakpoint
CREATE TABLE "ticket_stats" (
	"municipality_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"service_day" date NOT NULL,
	"hour" smallint NOT NULL,
	"service_id" uuid NOT NULL,
	"wait_minute" smallint NOT NULL,
	"tickets" integer DEFAULT 0 NOT NULL,
	"served" integer DEFAULT 0 NOT NULL,
	"no_shows" integer DEFAULT 0 NOT NULL,
	"cancelled" integer DEFAULT 0 NOT NULL,
	"wait_seconds" double precision DEFAULT 0 NOT NULL,
	"handled" integer DEFAULT 0 NOT NULL,
	"handling_seconds" double precision DEFAULT 0 NOT NULL,
	CONSTRAINT "ticket_stats_location_id_service_day_hour_service_id_wait_minute_pk" PRIMARY KEY("location_id","service_day","hour","service_id","wait_minute")
);
--> statement-breakpoint
ALTER TABLE "service_level_targets" ADD CONSTRAINT "service_level_targets_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_level_targets" ADD CONSTRAINT "service_level_targets_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_level_targets" ADD CONSTRAINT "service_level_targets_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_staff_stats" ADD CONSTRAINT "ticket_staff_stats_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_staff_stats" ADD CONSTRAINT "ticket_staff_stats_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_staff_stats" ADD CONSTRAINT "ticket_staff_stats_counter_id_counters_id_fk" FOREIGN KEY ("counter_id") REFERENCES "public"."counters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_staff_stats" ADD CONSTRAINT "ticket_staff_stats_staff_user_id_users_id_fk" FOREIGN KEY ("staff_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_stats" ADD CONSTRAINT "ticket_stats_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_stats" ADD CONSTRAINT "ticket_stats_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_stats" ADD CONSTRAINT "ticket_stats_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ticket_staff_stats_municipality_day_idx" ON "ticket_staff_stats" USING btree ("municipality_id","service_day");--> statement-breakpoint
CREATE INDEX "ticket_stats_municipality_day_idx" ON "ticket_stats" USING btree ("municipality_id","service_day");