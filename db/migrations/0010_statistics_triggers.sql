-- Statistics rollups kept in step with tickets by triggers, in the same transaction as the ticket change.
-- Only settled tickets (done, no_show, cancelled) count; a change to a settled ticket, however late, takes its old
-- contribution out of the rollup and puts the new one in. Open tickets cost the queue's hot path nothing: the
-- triggers' WHEN clauses skip them before any function is called.

-- One ticket's contribution; the triggers and ticket_stats_rebuild share it, so they cannot disagree.
CREATE FUNCTION ticket_stats_contribution(t tickets)
RETURNS TABLE (hour smallint, wait_minute smallint, served integer, no_shows integer, cancelled integer,
               wait_seconds double precision, handled integer, handling_seconds double precision)
LANGUAGE sql STABLE AS $$
  SELECT
    extract(hour FROM t.arrived_at AT TIME ZONE 'Europe/Copenhagen')::smallint,
    CASE WHEN t.called_at IS NULL THEN -1
         ELSE least(greatest(floor(extract(epoch FROM t.called_at - t.arrived_at) / 60), 0), 32767) END::smallint,
    (t.state = 'done')::integer,
    (t.state = 'no_show')::integer,
    (t.state = 'cancelled')::integer,
    CASE WHEN t.called_at IS NULL THEN 0 ELSE greatest(extract(epoch FROM t.called_at - t.arrived_at), 0) END::double precision,
    (t.state = 'done' AND t.finished_at IS NOT NULL AND coalesce(t.serving_started_at, t.called_at) IS NOT NULL)::integer,
    CASE WHEN t.state = 'done' AND t.finished_at IS NOT NULL AND coalesce(t.serving_started_at, t.called_at) IS NOT NULL
         THEN greatest(extract(epoch FROM t.finished_at - coalesce(t.serving_started_at, t.called_at)), 0) ELSE 0 END::double precision
$$;
--> statement-breakpoint
CREATE FUNCTION ticket_stats_apply(t tickets, s integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  c record;
BEGIN
  SELECT * INTO c FROM ticket_stats_contribution(t);
  INSERT INTO ticket_stats AS x (municipality_id, location_id, service_day, hour, service_id, wait_minute, tickets, served,
                                 no_shows, cancelled, wait_seconds, handled, handling_seconds)
  VALUES (t.municipality_id, t.location_id, t.service_day, c.hour, t.service_id, c.wait_minute, s, s * c.served,
          s * c.no_shows, s * c.cancelled, s * c.wait_seconds, s * c.handled, s * c.handling_seconds)
  ON CONFLICT (location_id, service_day, hour, service_id, wait_minute) DO UPDATE SET
    tickets = x.tickets + excluded.tickets,
    served = x.served + excluded.served,
    no_shows = x.no_shows + excluded.no_shows,
    cancelled = x.cancelled + excluded.cancelled,
    wait_seconds = x.wait_seconds + excluded.wait_seconds,
    handled = x.handled + excluded.handled,
    handling_seconds = x.handling_seconds + excluded.handling_seconds;
  IF t.counter_id IS NOT NULL AND t.staff_user_id IS NOT NULL THEN
    INSERT INTO ticket_staff_stats AS y (municipality_id, location_id, service_day, counter_id, staff_user_id, tickets,
                                         served, no_shows, cancelled, called, wait_seconds, handled, handling_seconds)
    VALUES (t.municipality_id, t.location_id, t.service_day, t.counter_id, t.staff_user_id, s, s * c.served,
            s * c.no_shows, s * c.cancelled, s * (c.wait_minute >= 0)::integer, s * c.wait_seconds, s * c.handled,
            s * c.handling_seconds)
    ON CONFLICT (location_id, service_day, counter_id, staff_user_id) DO UPDATE SET
      tickets = y.tickets + excluded.tickets,
      served = y.served + excluded.served,
      no_shows = y.no_shows + excluded.no_shows,
      cancelled = y.cancelled + excluded.cancelled,
      called = y.called + excluded.called,
      wait_seconds = y.wait_seconds + excluded.wait_seconds,
      handled = y.handled + excluded.handled,
      handling_seconds = y.handling_seconds + excluded.handling_seconds;
  END IF;
END $$;
--> statement-breakpoint
CREATE FUNCTION ticket_stats_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.state IN ('done', 'no_show', 'cancelled') THEN
    PERFORM ticket_stats_apply(OLD, -1);
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.state IN ('done', 'no_show', 'cancelled') THEN
    PERFORM ticket_stats_apply(NEW, 1);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER tickets_stats_insert AFTER INSERT ON tickets FOR EACH ROW
  WHEN (NEW.state IN ('done', 'no_show', 'cancelled')) EXECUTE FUNCTION ticket_stats_on_change();
--> statement-breakpoint
CREATE TRIGGER tickets_stats_update AFTER UPDATE ON tickets FOR EACH ROW
  WHEN ((OLD.state IN ('done', 'no_show', 'cancelled') OR NEW.state IN ('done', 'no_show', 'cancelled')) AND OLD.* IS DISTINCT FROM NEW.*)
  EXECUTE FUNCTION ticket_stats_on_change();
--> statement-breakpoint
CREATE TRIGGER tickets_stats_delete AFTER DELETE ON tickets FOR EACH ROW
  WHEN (OLD.state IN ('done', 'no_show', 'cancelled')) EXECUTE FUNCTION ticket_stats_on_change();
--> statement-breakpoint
-- Recomputes the rollups of the given service days from the tickets (after a bulk load with the triggers off).
CREATE FUNCTION ticket_stats_rebuild(from_day date, to_day date) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM ticket_stats WHERE service_day BETWEEN from_day AND to_day;
  DELETE FROM ticket_staff_stats WHERE service_day BETWEEN from_day AND to_day;
  INSERT INTO ticket_stats (municipality_id, location_id, service_day, hour, service_id, wait_minute, tickets, served,
                            no_shows, cancelled, wait_seconds, handled, handling_seconds)
  SELECT t.municipality_id, t.location_id, t.service_day, c.hour, t.service_id, c.wait_minute, count(*), sum(c.served),
         sum(c.no_shows), sum(c.cancelled), sum(c.wait_seconds), sum(c.handled), sum(c.handling_seconds)
  FROM tickets t CROSS JOIN LATERAL ticket_stats_contribution(t) c
  WHERE t.service_day BETWEEN from_day AND to_day AND t.state IN ('done', 'no_show', 'cancelled')
  GROUP BY t.municipality_id, t.location_id, t.service_day, c.hour, t.service_id, c.wait_minute;
  INSERT INTO ticket_staff_stats (municipality_id, location_id, service_day, counter_id, staff_user_id, tickets, served,
                                  no_shows, cancelled, called, wait_seconds, handled, handling_seconds)
  SELECT t.municipality_id, t.location_id, t.service_day, t.counter_id, t.staff_user_id, count(*), sum(c.served),
         sum(c.no_shows), sum(c.cancelled), count(*) FILTER (WHERE c.wait_minute >= 0), sum(c.wait_seconds),
         sum(c.handled), sum(c.handling_seconds)
  FROM tickets t CROSS JOIN LATERAL ticket_stats_contribution(t) c
  WHERE t.service_day BETWEEN from_day AND to_day AND t.state IN ('done', 'no_show', 'cancelled')
    AND t.counter_id IS NOT NULL AND t.staff_user_id IS NOT NULL
  GROUP BY t.municipality_id, t.location_id, t.service_day, t.counter_id, t.staff_user_id;
END $$;
--> statement-breakpoint
-- "Today so far" and the same weekdays before it read the tickets of a few days directly.
CREATE INDEX tickets_municipality_day_idx ON tickets (municipality_id, service_day);
