CREATE TYPE "public"."identity_document_kind" AS ENUM('passport', 'driving_licence');--> statement-breakpoint
CREATE TYPE "public"."identity_document_status" AS ENUM('valid', 'handed_in', 'lost', 'expired', 'revoked');--> statement-breakpoint
CREATE TABLE "identity_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" "identity_document_kind" NOT NULL,
	"document_number" text NOT NULL,
	"issued_on" date NOT NULL,
	"expires_on" date NOT NULL,
	"status" "identity_document_status" DEFAULT 'valid' NOT NULL,
	"health_limited" boolean DEFAULT false NOT NULL,
	"categories" text[],
	"case_id" uuid,
	"status_changed_at" timestamp with time zone,
	"status_changed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "identity_documents_dates" CHECK ("identity_documents"."expires_on" > "identity_documents"."issued_on"),
	CONSTRAINT "identity_documents_health_limited_licence" CHECK (not "identity_documents"."health_limited" or "identity_documents"."kind" = 'driving_licence'),
	CONSTRAINT "identity_documents_categories_licence" CHECK (("identity_documents"."kind" = 'driving_licence') = ("identity_documents"."categories" is not null and cardinality("identity_documents"."categories") > 0))
);
--> statement-breakpoint
CREATE TABLE "citizen_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"municipality_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"ticket_id" uuid NOT NULL,
	"started_by" uuid NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "identity_documents" ADD CONSTRAINT "identity_documents_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_documents" ADD CONSTRAINT "identity_documents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "identity_documents" ADD CONSTRAINT "identity_documents_status_changed_by_users_id_fk" FOREIGN KEY ("status_changed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_visits" ADD CONSTRAINT "citizen_visits_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_visits" ADD CONSTRAINT "citizen_visits_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_visits" ADD CONSTRAINT "citizen_visits_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "citizen_visits" ADD CONSTRAINT "citizen_visits_started_by_users_id_fk" FOREIGN KEY ("started_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "identity_documents_person_idx" ON "identity_documents" USING btree ("person_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "identity_documents_number_key" ON "identity_documents" USING btree ("kind","document_number");--> statement-breakpoint
CREATE UNIQUE INDEX "citizen_visits_ticket_person_key" ON "citizen_visits" USING btree ("ticket_id","person_id");--> statement-breakpoint
CREATE INDEX "citizen_visits_person_idx" ON "citizen_visits" USING btree ("person_id","started_at");