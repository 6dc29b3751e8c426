CREATE TABLE "ticket_turn_near" (
	"ticket_id" uuid PRIMARY KEY NOT NULL,
	"municipality_id" uuid NOT NULL,
	"phone" text NOT NULL,
	"language" text DEFAULT 'da' NOT NULL,
	"sent_at" timestamp with time zone,
	"expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ticket_turn_near" ADD CONSTRAINT "ticket_turn_near_ticket_id_tickets_id_fk" FOREIGN KEY ("ticket_id") REFERENCES "public"."tickets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_turn_near" ADD CONSTRAINT "ticket_turn_near_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ticket_turn_near_expiry_idx" ON "ticket_turn_near" USING btree ("expires_at");