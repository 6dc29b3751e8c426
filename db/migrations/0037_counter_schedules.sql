CREATE TABLE "counter_schedules" (
	"location_id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"bands" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "counter_schedule_days" (
	"location_id" uuid NOT NULL,
	"date" date NOT NULL,
	"municipality_id" uuid NOT NULL,
	"bands" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"updated_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "counter_schedule_days_location_id_date_pk" PRIMARY KEY("location_id","date")
);
--> statement-breakpoint
ALTER TABLE "appointments" ADD COLUMN "counter_seat" integer;--> statement-breakpoint
ALTER TABLE "counter_schedules" ADD CONSTRAINT "counter_schedules_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counter_schedules" ADD CONSTRAINT "counter_schedules_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counter_schedule_days" ADD CONSTRAINT "counter_schedule_days_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counter_schedule_days" ADD CONSTRAINT "counter_schedule_days_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counter_schedule_days" ADD CONSTRAINT "counter_schedule_days_updated_by_user_id_users_id_fk" FOREIGN KEY ("updated_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "appointments_counter_seat_key" ON "appointments" USING btree ("location_id","starts_at","counter_seat") WHERE "appointments"."status" in ('booked', 'checked_in');
