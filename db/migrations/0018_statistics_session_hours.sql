CREATE TABLE "counter_session_hours" (
	"session_id" uuid NOT NULL,
	"municipality_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"start_day" date NOT NULL,
	"hour" smallint NOT NULL,
	"minutes" double precision NOT NULL,
	"service_ids" uuid[] NOT NULL,
	CONSTRAINT "counter_session_hours_session_id_hour_pk" PRIMARY KEY("session_id","hour")
);
--> statement-breakpoint
ALTER TABLE "counter_session_hours" ADD CONSTRAINT "counter_session_hours_session_id_counter_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."counter_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counter_session_hours" ADD CONSTRAINT "counter_session_hours_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "counter_session_hours" ADD CONSTRAINT "counter_session_hours_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "counter_session_hours_municipality_day_idx" ON "counter_session_hours" USING btree ("municipality_id","start_day");--> statement-breakpoint
-- One ended session's staffed minutes per hour of the day (Copenhagen), as "arrivals vs staffed counters" counted
-- them before: the hours from the hour it started to its end, each cut to the session.
CREATE FUNCTION counter_session_hours_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    DELETE FROM counter_session_hours WHERE session_id = OLD.id;
  END IF;
  IF NEW.ended_at IS NOT NULL THEN
    INSERT INTO counter_session_hours (session_id, municipality_id, location_id, start_day, hour, minutes, service_ids)
    SELECT NEW.id, NEW.municipality_id, NEW.location_id, (NEW.started_at AT TIME ZONE 'Europe/Copenhagen')::date,
           extract(hour FROM h AT TIME ZONE 'Europe/Copenhagen')::smallint,
           sum(extract(epoch FROM least(NEW.ended_at, h + interval '1 hour') - greatest(NEW.started_at, h)) / 60),
           NEW.service_ids
    FROM generate_series(date_trunc('hour', NEW.started_at), NEW.ended_at, interval '1 hour') h
    WHERE h < NEW.ended_at
    GROUP BY 5;
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER counter_sessions_hours_insert AFTER INSERT ON counter_sessions FOR EACH ROW
  WHEN (NEW.ended_at IS NOT NULL) EXECUTE FUNCTION counter_session_hours_on_change();
--> statement-breakpoint
CREATE TRIGGER counter_sessions_hours_update AFTER UPDATE ON counter_sessions FOR EACH ROW
  WHEN ((OLD.started_at, OLD.ended_at, OLD.municipality_id, OLD.location_id, OLD.service_ids)
        IS DISTINCT FROM (NEW.started_at, NEW.ended_at, NEW.municipality_id, NEW.location_id, NEW.service_ids))
  EXECUTE FUNCTION counter_session_hours_on_change();
--> statement-breakpoint
-- Sessions that ended before this migration.
INSERT INTO counter_session_hours (session_id, municipality_id, location_id, start_day, hour, minutes, service_ids)
SELECT c.id, c.municipality_id, c.location_id, (c.started_at AT TIME ZONE 'Europe/Copenhagen')::date,
       extract(hour FROM h AT TIME ZONE 'Europe/Copenhagen')::smallint,
       sum(extract(epoch FROM least(c.ended_at, h + interval '1 hour') - greatest(c.started_at, h)) / 60), c.service_ids
FROM counter_sessions c
CROSS JOIN LATERAL generate_series(date_trunc('hour', c.started_at), c.ended_at, interval '1 hour') h
WHERE c.ended_at IS NOT NULL AND h < c.ended_at
GROUP BY c.id, 5;
