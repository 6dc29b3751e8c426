-- The rollups move from ticket_stats (one row per waited minute, about as many rows as tickets) to ticket_rollups
-- (four grains, a histogram in columns w0 … w120). Same rules: only settled tickets count; a change to a settled
-- ticket, however late, takes its old contribution out and puts the new one in, in the same transaction.
DROP TRIGGER IF EXISTS tickets_stats_insert ON tickets;
--> statement-breakpoint
DROP TRIGGER IF EXISTS tickets_stats_update ON tickets;
--> statement-breakpoint
DROP TRIGGER IF EXISTS tickets_stats_delete ON tickets;
--> statement-breakpoint
DROP FUNCTION IF EXISTS ticket_stats_on_change();
--> statement-breakpoint
DROP FUNCTION IF EXISTS ticket_stats_apply(tickets, integer);
--> statement-breakpoint
DROP FUNCTION IF EXISTS ticket_stats_rebuild(date, date);
--> statement-breakpoint
-- ticket_stats_contribution(t) (migration 0010) stays: one ticket's hour, whole minutes waited and measures.
CREATE FUNCTION ticket_rollups_apply(t tickets, s integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  c record;
  col text;
BEGIN
  SELECT * INTO c FROM ticket_stats_contribution(t);
  col := CASE WHEN c.wait_minute >= 0 THEN format('w%s', least(c.wait_minute, 120)) END;
  -- One row per grain, in grain order (the same lock order in every transaction).
  EXECUTE format(
    'INSERT INTO ticket_rollups AS x (grain, municipality_id, location_id, period_start, weekday, hour, service_id,
       tickets, served, no_shows, cancelled, called, wait_seconds, handled, handling_seconds%1$s)
     SELECT g.grain, $1, $2, g.period_start, g.weekday, g.hour, $3, $4, $5, $6, $7, $8, $9, $10, $11%2$s
     FROM (VALUES (1::smallint, $12::date, 0::smallint, (-1)::smallint), (2::smallint, $12::date, 0::smallint, $14::smallint),
                  (3::smallint, $13::date, $15::smallint, (-1)::smallint), (4::smallint, $13::date, 0::smallint, $14::smallint))
          AS g(grain, period_start, weekday, hour)
     ORDER BY g.grain
     ON CONFLICT (grain, location_id, period_start, weekday, hour, service_id) DO UPDATE SET
       tickets = x.tickets + excluded.tickets, served = x.served + excluded.served,
       no_shows = x.no_shows + excluded.no_shows, cancelled = x.cancelled + excluded.cancelled,
       called = x.called + excluded.called, wait_seconds = x.wait_seconds + excluded.wait_seconds,
       handled = x.handled + excluded.handled, handling_seconds = x.handling_seconds + excluded.handling_seconds%3$s',
    CASE WHEN col IS NULL THEN '' ELSE ', ' || col END,
    CASE WHEN col IS NULL THEN '' ELSE ', $8' END,
    CASE WHEN col IS NULL THEN '' ELSE format(', %1$s = x.%1$s + excluded.%1$s', col) END)
  USING t.municipality_id, t.location_id, t.service_id, s, s * c.served, s * c.no_shows, s * c.cancelled,
        s * (c.wait_minute >= 0)::integer, s * c.wait_seconds, s * c.handled, s * c.handling_seconds, t.service_day,
        date_trunc('month', t.service_day)::date, c.hour, extract(isodow FROM t.service_day)::smallint;
  IF t.counter_id IS NOT NULL AND t.staff_user_id IS NOT NULL THEN
    INSERT INTO ticket_staff_stats AS y (municipality_id, location_id, service_day, counter_id, staff_user_id, tickets,
                                         served, no_shows, cancelled, called, wait_seconds, handled, handling_seconds)
    VALUES (t.municipality_id, t.location_id, t.service_day, t.counter_id, t.staff_user_id, s, s * c.served,
            s * c.no_shows, s * c.cancelled, s * (c.wait_minute >= 0)::integer, s * c.wait_seconds, s * c.handled,
            s * c.handling_seconds)
    ON CONFLICT (location_id, service_day, counter_id, staff_user_id) DO UPDATE SET
      tickets = y.tickets + excluded.tickets, served = y.served + excluded.served,
      no_shows = y.no_shows + excluded.no_shows, cancelled = y.cancelled + excluded.cancelled,
      called = y.called + excluded.called, wait_seconds = y.wait_seconds + excluded.wait_seconds,
      handled = y.handled + excluded.handled, handling_seconds = y.handling_seconds + excluded.handling_seconds;
  END IF;
END $$;
--> statement-breakpoint
CREATE FUNCTION ticket_rollups_on_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' AND OLD.state IN ('done', 'no_show', 'cancelled') THEN
    PERFORM ticket_rollups_apply(OLD, -1);
  END IF;
  IF TG_OP <> 'DELETE' AND NEW.state IN ('done', 'no_show', 'cancelled') THEN
    PERFORM ticket_rollups_apply(NEW, 1);
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER tickets_rollups_insert AFTER INSERT ON tickets FOR EACH ROW
  WHEN (NEW.state IN ('done', 'no_show', 'cancelled')) EXECUTE FUNCTION ticket_rollups_on_change();
--> statement-breakpoint
CREATE TRIGGER tickets_rollups_update AFTER UPDATE ON tickets FOR EACH ROW
  WHEN ((OLD.state IN ('done', 'no_show', 'cancelled') OR NEW.state IN ('done', 'no_show', 'cancelled')) AND OLD.* IS DISTINCT FROM NEW.*)
  EXECUTE FUNCTION ticket_rollups_on_change();
--> statement-breakpoint
CREATE TRIGGER tickets_rollups_delete AFTER DELETE ON tickets FOR EACH ROW
  WHEN (OLD.state IN ('done', 'no_show', 'cancelled')) EXECUTE FUNCTION ticket_rollups_on_change();
--> statement-breakpoint
-- Recomputes the rollups of the whole months around [from_day, to_day] from the tickets (after a bulk load with
-- the insert trigger off): grain 2 from the tickets, grains 1, 3 and 4 summed from it.
CREATE FUNCTION ticket_rollups_rebuild(from_day date, to_day date) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  first_day date := date_trunc('month', from_day)::date;
  last_day date := (date_trunc('month', to_day) + interval '1 month - 1 day')::date;
  zeros jsonb := (SELECT jsonb_object_agg('w' || i, 0) FROM generate_series(0, 120) i);
  measures text := 'tickets, served, no_shows, cancelled, called, wait_seconds, handled, handling_seconds, '
                   || (SELECT string_agg('w' || i, ', ' ORDER BY i) FROM generate_series(0, 120) i);
  sums text := (SELECT string_agg(format('sum(%1$s)', m), ', ')
                FROM unnest(string_to_array('tickets, served, no_shows, cancelled, called, wait_seconds, handled, handling_seconds', ', ')
                             || ARRAY(SELECT 'w' || i FROM generate_series(0, 120) i)) AS m);
BEGIN
  DELETE FROM ticket_rollups WHERE period_start BETWEEN first_day AND last_day;
  DELETE FROM ticket_staff_stats WHERE service_day BETWEEN first_day AND last_day;
  INSERT INTO ticket_rollups
  SELECT (jsonb_populate_record(NULL::ticket_rollups, zeros || jsonb_build_object(
            'grain', 2, 'municipality_id', m, 'location_id', l, 'period_start', d, 'weekday', 0, 'hour', h, 'service_id', sv,
            'tickets', sum(n), 'served', sum(served), 'no_shows', sum(no_shows), 'cancelled', sum(cancelled),
            'called', sum(n) FILTER (WHERE b >= 0), 'wait_seconds', sum(wait_seconds), 'handled', sum(handled),
            'handling_seconds', sum(handling_seconds))
          || coalesce(jsonb_object_agg('w' || b, n) FILTER (WHERE b >= 0), '{}'))).*
  FROM (
    SELECT t.municipality_id AS m, t.location_id AS l, t.service_day AS d, c.hour AS h, t.service_id AS sv,
           least(c.wait_minute, 120) AS b, count(*) AS n, sum(c.served) AS served, sum(c.no_shows) AS no_shows,
           sum(c.cancelled) AS cancelled, sum(c.wait_seconds) AS wait_seconds, sum(c.handled) AS handled,
           sum(c.handling_seconds) AS handling_seconds
    FROM tickets t CROSS JOIN LATERAL ticket_stats_contribution(t) c
    WHERE t.service_day BETWEEN first_day AND last_day AND t.state IN ('done', 'no_show', 'cancelled')
    GROUP BY 1, 2, 3, 4, 5, 6
  ) cells
  GROUP BY m, l, d, h, sv;
  EXECUTE format('INSERT INTO ticket_rollups (grain, municipality_id, location_id, period_start, weekday, hour, service_id, %1$s)
    SELECT 1, municipality_id, location_id, period_start, 0, -1, service_id, %2$s FROM ticket_rollups
    WHERE grain = 2 AND period_start BETWEEN $1 AND $2 GROUP BY municipality_id, location_id, period_start, service_id', measures, sums)
    USING first_day, last_day;
  EXECUTE format('INSERT INTO ticket_rollups (grain, municipality_id, location_id, period_start, weekday, hour, service_id, %1$s)
    SELECT 3, municipality_id, location_id, date_trunc(''month'', period_start)::date, extract(isodow FROM period_start), -1, service_id, %2$s
    FROM ticket_rollups WHERE grain = 1 AND period_start BETWEEN $1 AND $2
    GROUP BY municipality_id, location_id, 4, 5, service_id', measures, sums)
    USING first_day, last_day;
  EXECUTE format('INSERT INTO ticket_rollups (grain, municipality_id, location_id, period_start, weekday, hour, service_id, %1$s)
    SELECT 4, municipality_id, location_id, date_trunc(''month'', period_start)::date, 0, hour, service_id, %2$s
    FROM ticket_rollups WHERE grain = 2 AND period_start BETWEEN $1 AND $2
    GROUP BY municipality_id, location_id, 4, hour, service_id', measures, sums)
    USING first_day, last_day;
  INSERT INTO ticket_staff_stats (municipality_id, location_id, service_day, counter_id, staff_user_id, tickets, served,
                                  no_shows, cancelled, called, wait_seconds, handled, handling_seconds)
  SELECT t.municipality_id, t.location_id, t.service_day, t.counter_id, t.staff_user_id, count(*), sum(c.served),
         sum(c.no_shows), sum(c.cancelled), count(*) FILTER (WHERE c.wait_minute >= 0), sum(c.wait_seconds),
         sum(c.handled), sum(c.handling_seconds)
  FROM tickets t CROSS JOIN LATERAL ticket_stats_contribution(t) c
  WHERE t.service_day BETWEEN first_day AND last_day AND t.state IN ('done', 'no_show', 'cancelled')
    AND t.counter_id IS NOT NULL AND t.staff_user_id IS NOT NULL
  GROUP BY t.municipality_id, t.location_id, t.service_day, t.counter_id, t.staff_user_id;
END $$;
