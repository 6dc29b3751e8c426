CREATE TYPE "public"."mitid_authenticator" AS ENUM('app', 'kodeviser', 'kodeoplaeser', 'chip');--> statement-breakpoint
CREATE TYPE "public"."driving_licence_order_kind" AS ENUM('renewal', 'duplicate');--> statement-breakpoint
CREATE TABLE "mitid_identities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"authenticator" "mitid_authenticator" NOT NULL,
	"issued_on" date NOT NULL,
	"holder_since" date NOT NULL,
	"case_id" uuid,
	"issued_by" uuid,
	"replaced_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mitid_identities_holder_since" CHECK ("mitid_identities"."holder_since" <= "mitid_identities"."issued_on")
);
--> statement-breakpoint
CREATE TABLE "mitid_refusals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"reasons" text[] NOT NULL,
	"note" text,
	"appeal_body" text NOT NULL,
	"appeal_deadline" date NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid NOT NULL,
	CONSTRAINT "mitid_refusals_has_reason" CHECK (cardinality("mitid_refusals"."reasons") > 0)
);
--> statement-breakpoint
CREATE TABLE "mitid_settings" (
	"municipality_id" uuid PRIMARY KEY NOT NULL,
	"witness_min_mitid_days" integer DEFAULT 30 NOT NULL,
	"witness_max_acts" integer DEFAULT 3 NOT NULL,
	"witness_window_days" integer DEFAULT 120 NOT NULL,
	"appeal_body" text DEFAULT 'Digitaliseringsstyrelsen' NOT NULL,
	"appeal_period_weeks" integer DEFAULT 4 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "mitid_settings_witness_min_mitid_days_nonnegative" CHECK ("mitid_settings"."witness_min_mitid_days" >= 0),
	CONSTRAINT "mitid_settings_witness_max_acts_positive" CHECK ("mitid_settings"."witness_max_acts" > 0),
	CONSTRAINT "mitid_settings_witness_window_days_positive" CHECK ("mitid_settings"."witness_window_days" > 0),
	CONSTRAINT "mitid_settings_appeal_period_weeks_positive" CHECK ("mitid_settings"."appeal_period_weeks" > 0)
);
--> statement-breakpoint
CREATE TABLE "mitid_witness_acts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"witness_person_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"acted_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "driving_licence_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" "driving_licence_order_kind" NOT NULL,
	"duplicate_reason" text,
	"current_licence_id" uuid NOT NULL,
	"current_expires_on" date NOT NULL,
	"health_limited" boolean NOT NULL,
	"fee_ore" integer NOT NULL,
	"fee_year" integer NOT NULL,
	"fee_waiver" text,
	"ordered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ordered_by" uuid NOT NULL,
	CONSTRAINT "driving_licence_orders_fee_nonnegative" CHECK ("driving_licence_orders"."fee_ore" >= 0),
	CONSTRAINT "driving_licence_orders_duplicate_reason" CHECK (("driving_licence_orders"."kind" = 'duplicate') = ("driving_licence_orders"."duplicate_reason" is not null))
);
--> statement-breakpoint
ALTER TABLE "mitid_identities" ADD CONSTRAINT "mitid_identities_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mitid_identities" ADD CONSTRAINT "mitid_identities_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mitid_identities" ADD CONSTRAINT "mitid_identities_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mitid_identities" ADD CONSTRAINT "mitid_identities_issued_by_users_id_fk" FOREIGN KEY ("issued_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mitid_refusals" ADD CONSTRAINT "mitid_refusals_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mitid_refusals" ADD CONSTRAINT "mitid_refusals_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mitid_refusals" ADD CONSTRAINT "mitid_refusals_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mitid_refusals" ADD CONSTRAINT "mitid_refusals_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mitid_settings" ADD CONSTRAINT "mitid_settings_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mitid_settings" ADD CONSTRAINT "mitid_settings_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mitid_witness_acts" ADD CONSTRAINT "mitid_witness_acts_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mitid_witness_acts" ADD CONSTRAINT "mitid_witness_acts_witness_person_id_persons_id_fk" FOREIGN KEY ("witness_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "mitid_witness_acts" ADD CONSTRAINT "mitid_witness_acts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "driving_licence_orders" ADD CONSTRAINT "driving_licence_orders_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "driving_licence_orders" ADD CONSTRAINT "driving_licence_orders_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "driving_licence_orders" ADD CONSTRAINT "driving_licence_orders_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "driving_licence_orders" ADD CONSTRAINT "driving_licence_orders_current_licence_id_identity_documents_id_fk" FOREIGN KEY ("current_licence_id") REFERENCES "public"."identity_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "driving_licence_orders" ADD CONSTRAINT "driving_licence_orders_ordered_by_users_id_fk" FOREIGN KEY ("ordered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "mitid_identities_current_key" ON "mitid_identities" USING btree ("person_id") WHERE "mitid_identities"."replaced_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "mitid_identities_case_key" ON "mitid_identities" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mitid_refusals_case_key" ON "mitid_refusals" USING btree ("case_id");--> statement-breakpoint
CREATE UNIQUE INDEX "mitid_witness_acts_case_key" ON "mitid_witness_acts" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "mitid_witness_acts_witness_idx" ON "mitid_witness_acts" USING btree ("witness_person_id","municipality_id","acted_on");--> statement-breakpoint
CREATE UNIQUE INDEX "driving_licence_orders_case_key" ON "driving_licence_orders" USING btree ("case_id");