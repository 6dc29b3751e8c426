-- Issue 9 (the old passport): hand-written; the drizzle snapshot follows later.
-- A passport replaced by a new one without being handed in is `cancelled` (annulleret), not `revoked` (withdrawn).
-- ADD VALUE runs inside the migration transaction (PostgreSQL 12+); nothing in this migration uses the new value.
ALTER TYPE "public"."identity_document_status" ADD VALUE IF NOT EXISTS 'cancelled';--> statement-breakpoint
ALTER TABLE "passport_orders" ADD COLUMN "old_document_id" uuid;--> statement-breakpoint
ALTER TABLE "passport_orders" ADD CONSTRAINT "passport_orders_old_document_id_identity_documents_id_fk" FOREIGN KEY ("old_document_id") REFERENCES "public"."identity_documents"("id") ON DELETE no action ON UPDATE no action;
