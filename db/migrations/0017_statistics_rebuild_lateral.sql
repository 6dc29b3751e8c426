-- ticket_rollups_rebuild: `(jsonb_populate_record(...)).*` ran the function once per column (137 times per cell);
-- in a LATERAL join it runs once.
-- Recomputes the rollups of the whole months around [from_day, to_day] from the tickets (after a bulk load with
-- the insert trigger off): grain 2 from the tickets, grains 1, 3 and 4 summed from it.
CREATE OR REPLACE FUNCTION ticket_rollups_rebuild(from_day date, to_day date) RETURNS void LANGUAGE plpgsql AS $$
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
  SELECT r.*
  FROM (
  SELECT (zeros || jsonb_build_object(
            'grain', 2, 'municipality_id', m, 'location_id', l, 'period_start', d, 'weekday', 0, 'hour', h, 'service_id', sv,
            'tickets', sum(n), 'served', sum(served), 'no_shows', sum(no_shows), 'cancelled', sum(cancelled),
            'called', coalesce(sum(n) FILTER (WHERE b >= 0), 0), 'wait_seconds', sum(wait_seconds), 'handled', sum(handled),
            'handling_seconds', sum(handling_seconds))
          || coalesce(jsonb_object_agg('w' || b, n) FILTER (WHERE b >= 0), '{}')) AS cell
  FROM (
    SELECT t.municipality_id AS m, t.location_id AS l, t.service_day AS d, c.hour AS h, t.service_id AS sv,
           least(c.wait_minute, 120) AS b, count(*) AS n, sum(c.served) AS served, sum(c.no_shows) AS no_shows,
           sum(c.cancelled) AS cancelled, sum(c.wait_seconds) AS wait_seconds, sum(c.handled) AS handled,
           sum(c.handling_seconds) AS handling_seconds
    FROM tickets t CROSS JOIN LATERAL ticket_stats_contribution(t) c
    WHERE t.service_day BETWEEN first_day AND last_day AND t.state IN ('done', 'no_show', 'cancelled')
    GROUP BY 1, 2, 3, 4, 5, 6
  ) cells
  GROUP BY m, l, d, h, sv
  ) per_cell CROSS JOIN LATERAL jsonb_populate_record(NULL::ticket_rollups, per_cell.cell) AS r;
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
