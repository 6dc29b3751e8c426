CREATE TYPE "public"."fee_product" AS ENUM('passport', 'driving_licence');--> statement-breakpoint
CREATE TYPE "public"."old_passport_outcome" AS ENUM('handed_in', 'lost', 'missing', 'damaged', 'none');--> statement-breakpoint
CREATE TYPE "public"."passport_order_status" AS ENUM('ordered', 'ready_for_pickup', 'handed_out');--> statement-breakpoint
CREATE TYPE "public"."payment_method" AS ENUM('card', 'cash', 'mobilepay');--> statement-breakpoint
CREATE TABLE "fee_rates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fee_table_id" uuid NOT NULL,
	"code" text NOT NULL,
	"label_da" text NOT NULL,
	"label_en" text NOT NULL,
	"from_age" integer,
	"from_pension_age" boolean DEFAULT false NOT NULL,
	"to_age" integer,
	"to_pension_age" boolean DEFAULT false NOT NULL,
	"amount_ore" integer NOT NULL,
	CONSTRAINT "fee_rates_table_code_key" UNIQUE("fee_table_id","code"),
	CONSTRAINT "fee_rates_code_format" CHECK ("fee_rates"."code" ~ '^[a-z][a-z0-9_]{0,39}$'),
	CONSTRAINT "fee_rates_amount_non_negative" CHECK ("fee_rates"."amount_ore" >= 0),
	CONSTRAINT "fee_rates_from_bound" CHECK (("fee_rates"."from_age" is null) = "fee_rates"."from_pension_age"),
	CONSTRAINT "fee_rates_to_bound" CHECK (not ("fee_rates"."to_age" is not null and "fee_rates"."to_pension_age")),
	CONSTRAINT "fee_rates_ages" CHECK (("fee_rates"."from_age" is null or "fee_rates"."from_age" >= 0) and ("fee_rates"."to_age" is null or "fee_rates"."from_age" is null or "fee_rates"."to_age" > "fee_rates"."from_age"))
);
--> statement-breakpoint
CREATE TABLE "fee_tables" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product" "fee_product" NOT NULL,
	"year" integer NOT NULL,
	"municipality_id" uuid,
	"approximate" boolean DEFAULT false NOT NULL,
	"source" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid,
	CONSTRAINT "fee_tables_product_year_municipality_key" UNIQUE NULLS NOT DISTINCT("product","year","municipality_id"),
	CONSTRAINT "fee_tables_year_range" CHECK ("fee_tables"."year" between 2000 and 2100)
);
--> statement-breakpoint
CREATE TABLE "passport_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"status" "passport_order_status" DEFAULT 'ordered' NOT NULL,
	"old_passport" "old_passport_outcome" NOT NULL,
	"fee_year" integer NOT NULL,
	"fee_rate_code" text NOT NULL,
	"base_amount_ore" integer NOT NULL,
	"amount_ore" integer NOT NULL,
	"doubled" boolean NOT NULL,
	"fee_approximate" boolean NOT NULL,
	"validity_years" integer NOT NULL,
	"payment_method" "payment_method" NOT NULL,
	"paid_at" timestamp with time zone NOT NULL,
	"paid_by" uuid NOT NULL,
	"ordered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ordered_by" uuid NOT NULL,
	"passport_number" text,
	"issued_on" date,
	"expires_on" date,
	"ready_at" timestamp with time zone,
	"ready_by" uuid,
	"handed_out_at" timestamp with time zone,
	"handed_out_by" uuid,
	"identity_document_id" uuid,
	CONSTRAINT "passport_orders_amounts" CHECK ("passport_orders"."amount_ore" = case when "passport_orders"."doubled" then 2 * "passport_orders"."base_amount_ore" else "passport_orders"."base_amount_ore" end),
	CONSTRAINT "passport_orders_ready_complete" CHECK (("passport_orders"."status" = 'ordered') = ("passport_orders"."ready_at" is null) and ("passport_orders"."ready_at" is null) = ("passport_orders"."passport_number" is null)),
	CONSTRAINT "passport_orders_handed_out_complete" CHECK (("passport_orders"."status" = 'handed_out') = ("passport_orders"."handed_out_at" is not null and "passport_orders"."handed_out_by" is not null))
);
--> statement-breakpoint
ALTER TABLE "fee_rates" ADD CONSTRAINT "fee_rates_fee_table_id_fee_tables_id_fk" FOREIGN KEY ("fee_table_id") REFERENCES "public"."fee_tables"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fee_tables" ADD CONSTRAINT "fee_tables_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fee_tables" ADD CONSTRAINT "fee_tables_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "passport_orders" ADD CONSTRAINT "passport_orders_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "passport_orders" ADD CONSTRAINT "passport_orders_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "passport_orders" ADD CONSTRAINT "passport_orders_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "passport_orders" ADD CONSTRAINT "passport_orders_paid_by_users_id_fk" FOREIGN KEY ("paid_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "passport_orders" ADD CONSTRAINT "passport_orders_ordered_by_users_id_fk" FOREIGN KEY ("ordered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "passport_orders" ADD CONSTRAINT "passport_orders_ready_by_users_id_fk" FOREIGN KEY ("ready_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "passport_orders" ADD CONSTRAINT "passport_orders_handed_out_by_users_id_fk" FOREIGN KEY ("handed_out_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "passport_orders" ADD CONSTRAINT "passport_orders_identity_document_id_identity_documents_id_fk" FOREIGN KEY ("identity_document_id") REFERENCES "public"."identity_documents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fee_rates_table_idx" ON "fee_rates" USING btree ("fee_table_id");--> statement-breakpoint
CREATE UNIQUE INDEX "passport_orders_case_key" ON "passport_orders" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "passport_orders_municipality_idx" ON "passport_orders" USING btree ("municipality_id","status");