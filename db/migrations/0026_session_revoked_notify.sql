-- Issue 10: a revoked session (sign-out, a disabled user, a revoked device, a replayed refresh token) ends its open
-- live streams at once in every API process: the revocation announces itself on commit.
CREATE OR REPLACE FUNCTION "sessions_announce_revoked"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	PERFORM pg_notify('skranke_session_revoked', NEW."id"::text);
	RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "sessions_announce_revoked" AFTER UPDATE OF "revoked_at" ON "sessions"
	FOR EACH ROW WHEN (OLD."revoked_at" IS NULL AND NEW."revoked_at" IS NOT NULL)
	EXECUTE FUNCTION "sessions_announce_revoked"();
