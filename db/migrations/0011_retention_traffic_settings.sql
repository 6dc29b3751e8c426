CREATE TABLE "retention_settings" (
	"municipality_id" uuid PRIMARY KEY NOT NULL,
	"decisions_years" integer DEFAULT 5 NOT NULL,
	"lookups_months" integer DEFAULT 6 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "retention_settings_decisions_years_range" CHECK ("retention_settings"."decisions_years" between 1 and 50),
	CONSTRAINT "retention_settings_lookups_months_range" CHECK ("retention_settings"."lookups_months" between 6 and 600)
);
--> statement-breakpoint
CREATE TABLE "traffic_light_defaults" (
	"municipality_id" uuid PRIMARY KEY NOT NULL,
	"yellow_minutes" integer DEFAULT 15 NOT NULL,
	"red_minutes" integer DEFAULT 30 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "traffic_light_defaults_order" CHECK ("traffic_light_defaults"."yellow_minutes" > 0 and "traffic_light_defaults"."red_minutes" > "traffic_light_defaults"."yellow_minutes")
);
--> statement-breakpoint
ALTER TABLE "retention_settings" ADD CONSTRAINT "retention_settings_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_settings" ADD CONSTRAINT "retention_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "traffic_light_defaults" ADD CONSTRAINT "traffic_light_defaults_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "traffic_light_defaults" ADD CONSTRAINT "traffic_light_defaults_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;