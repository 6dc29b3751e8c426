CREATE TYPE "public"."representation_document" AS ENUM('vaergebeskikkelse', 'fuldmagt_paper', 'fuldmagt_digital', 'fremtidsfuldmagt_vaerges_attest', 'birth_certificate');--> statement-breakpoint
CREATE TYPE "public"."representation_kind" AS ENUM('digital_fuldmagt', 'vaerge', 'fremtidsfuldmagt', 'laeseadgang', 'foraeldremyndighed');--> statement-breakpoint
CREATE TABLE "representations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"citizen_id" uuid NOT NULL,
	"representative_id" uuid NOT NULL,
	"kind" "representation_kind" NOT NULL,
	"scope" text[] DEFAULT '{}'::text[] NOT NULL,
	"valid_from" date NOT NULL,
	"valid_to" date,
	"document_seen" "representation_document" NOT NULL,
	"document_reference" text,
	"recorded_by" uuid NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ended_at" timestamp with time zone,
	"ended_by" uuid,
	"ended_reason" text,
	CONSTRAINT "representations_not_self" CHECK ("representations"."citizen_id" <> "representations"."representative_id"),
	CONSTRAINT "representations_dates_ordered" CHECK ("representations"."valid_to" is null or "representations"."valid_to" >= "representations"."valid_from"),
	CONSTRAINT "representations_ended_complete" CHECK (("representations"."ended_at" is null) = ("representations"."ended_by" is null) and ("representations"."ended_at" is null) = ("representations"."ended_reason" is null))
);
--> statement-breakpoint
ALTER TABLE "representations" ADD CONSTRAINT "representations_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "representations" ADD CONSTRAINT "representations_citizen_id_persons_id_fk" FOREIGN KEY ("citizen_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "representations" ADD CONSTRAINT "representations_representative_id_persons_id_fk" FOREIGN KEY ("representative_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "representations" ADD CONSTRAINT "representations_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "representations" ADD CONSTRAINT "representations_ended_by_users_id_fk" FOREIGN KEY ("ended_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "representations_citizen_idx" ON "representations" USING btree ("citizen_id");--> statement-breakpoint
CREATE INDEX "representations_representative_idx" ON "representations" USING btree ("representative_id");
