CREATE TYPE "public"."person_status" AS ENUM('active', 'emigrated', 'no_fixed_address');--> statement-breakpoint
CREATE TABLE "custody" (
	"child_id" uuid NOT NULL,
	"holder_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "custody_child_id_holder_id_pk" PRIMARY KEY("child_id","holder_id"),
	CONSTRAINT "custody_not_self" CHECK ("custody"."child_id" <> "custody"."holder_id")
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cpr" text NOT NULL,
	"given_names" text NOT NULL,
	"surname" text NOT NULL,
	"municipality_id" uuid NOT NULL,
	"status" "person_status" DEFAULT 'active' NOT NULL,
	"street" text,
	"postcode" text,
	"city" text,
	"address_protected" boolean DEFAULT false NOT NULL,
	"emigrated_on" date,
	"emigrated_to" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "persons_cpr_digits" CHECK ("persons"."cpr" ~ '^[0-9]{10}$'),
	CONSTRAINT "persons_address_matches_status" CHECK (("persons"."status" = 'active') = ("persons"."street" is not null and "persons"."postcode" is not null and "persons"."city" is not null)),
	CONSTRAINT "persons_emigration_matches_status" CHECK (("persons"."status" = 'emigrated') = ("persons"."emigrated_on" is not null and "persons"."emigrated_to" is not null))
);
--> statement-breakpoint
ALTER TABLE "custody" ADD CONSTRAINT "custody_child_id_persons_id_fk" FOREIGN KEY ("child_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "custody" ADD CONSTRAINT "custody_holder_id_persons_id_fk" FOREIGN KEY ("holder_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "custody_holder_idx" ON "custody" USING btree ("holder_id");--> statement-breakpoint
CREATE UNIQUE INDEX "persons_cpr_key" ON "persons" USING btree ("cpr");--> statement-breakpoint
CREATE INDEX "persons_municipality_idx" ON "persons" USING btree ("municipality_id");