CREATE TABLE "ticket_day_rollups" (
	"municipality_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"service_day" date NOT NULL,
	"tickets" integer DEFAULT 0 NOT NULL,
	"served" integer DEFAULT 0 NOT NULL,
	"no_shows" integer DEFAULT 0 NOT NULL,
	"cancelled" integer DEFAULT 0 NOT NULL,
	"called" integer DEFAULT 0 NOT NULL,
	"wait_seconds" double precision DEFAULT 0 NOT NULL,
	"handled" integer DEFAULT 0 NOT NULL,
	"handling_seconds" double precision DEFAULT 0 NOT NULL,
	"w0" integer DEFAULT 0 NOT NULL,
	"w1" integer DEFAULT 0 NOT NULL,
	"w2" integer DEFAULT 0 NOT NULL,
	"w3" integer DEFAULT 0 NOT NULL,
	"w4" integer DEFAULT 0 NOT NULL,
	"w5" integer DEFAULT 0 NOT NULL,
	"w6" integer DEFAULT 0 NOT NULL,
	"w7" integer DEFAULT 0 NOT NULL,
	"w8" integer DEFAULT 0 NOT NULL,
	"w9" integer DEFAULT 0 NOT NULL,
	"w10" integer DEFAULT 0 NOT NULL,
	"w11" integer DEFAULT 0 NOT NULL,
	"w12" integer DEFAULT 0 NOT NULL,
	"w13" integer DEFAULT 0 NOT NULL,
	"w14" integer DEFAULT 0 NOT NULL,
	"w15" integer DEFAULT 0 NOT NULL,
	"w16" integer DEFAULT 0 NOT NULL,
	"w17" integer DEFAULT 0 NOT NULL,
	"w18" integer DEFAULT 0 NOT NULL,
	"w19" integer DEFAULT 0 NOT NULL,
	"w20" integer DEFAULT 0 NOT NULL,
	"w21" integer DEFAULT 0 NOT NULL,
	"w22" integer DEFAULT 0 NOT NULL,
	"w23" integer DEFAULT 0 NOT NULL,
	"w24" integer DEFAULT 0 NOT NULL,
	"w25" integer DEFAULT 0 NOT NULL,
	"w26" integer DEFAULT 0 NOT NULL,
	"w27" integer DEFAULT 0 NOT NULL,
	"w28" integer DEFAULT 0 NOT NULL,
	"w29" integer DEFAULT 0 NOT NULL,
	"w30" integer DEFAULT 0 NOT NULL,
	"w31" integer DEFAULT 0 NOT NULL,
	"w32" integer DEFAULT 0 NOT NULL,
	"w33" integer DEFAULT 0 NOT NULL,
	"w34" integer DEFAULT 0 NOT NULL,
	"w35" integer DEFAULT 0 NOT NULL,
	"w36" integer DEFAULT 0 NOT NULL,
	"w37" integer DEFAULT 0 NOT NULL,
	"w38" integer DEFAULT 0 NOT NULL,
	"w39" integer DEFAULT 0 NOT NULL,
	"w40" integer DEFAULT 0 NOT NULL,
	"w41" integer DEFAULT 0 NOT NULL,
	"w42" integer DEFAULT 0 NOT NULL,
	"w43" integer DEFAULT 0 NOT NULL,
	"w44" integer DEFAULT 0 NOT NULL,
	"w45" integer DEFAULT 0 NOT NULL,
	"w46" integer DEFAULT 0 NOT NULL,
	"w47" integer DEFAULT 0 NOT NULL,
	"w48" integer DEFAULT 0 NOT NULL,
	"w49" integer DEFAULT 0 NOT NULL,
	"w50" integer DEFAULT 0 NOT NULL,
	"w51" integer DEFAULT 0 NOT NULL,
	"w52" integer DEFAULT 0 NOT NULL,
	"w53" integer DEFAULT 0 NOT NULL,
	"w54" integer DEFAULT 0 NOT NULL,
	"w55" integer DEFAULT 0 NOT NULL,
	"w56" integer DEFAULT 0 NOT NULL,
	"w57" integer DEFAULT 0 NOT NULL,
	"w58" integer DEFAULT 0 NOT NULL,
	"w59" integer DEFAULT 0 NOT NULL,
	"w60" integer DEFAULT 0 NOT NULL,
	"w61" integer DEFAULT 0 NOT NULL,
	"w62" integer DEFAULT 0 NOT NULL,
	"w63" integer DEFAULT 0 NOT NULL,
	"w64" integer DEFAULT 0 NOT NULL,
	"w65" integer DEFAULT 0 NOT NULL,
	"w66" integer DEFAULT 0 NOT NULL,
	"w67" integer DEFAULT 0 NOT NULL,
	"w68" integer DEFAULT 0 NOT NULL,
	"w69" integer DEFAULT 0 NOT NULL,
	"w70" integer DEFAULT 0 NOT NULL,
	"w71" integer DEFAULT 0 NOT NULL,
	"w72" integer DEFAULT 0 NOT NULL,
	"w73" integer DEFAULT 0 NOT NULL,
	"w74" integer DEFAULT 0 NOT NULL,
	"w75" integer DEFAULT 0 NOT NULL,
	"w76" integer DEFAULT 0 NOT NULL,
	"w77" integer DEFAULT 0 NOT NULL,
	"w78" integer DEFAULT 0 NOT NULL,
	"w79" integer DEFAULT 0 NOT NULL,
	"w80" integer DEFAULT 0 NOT NULL,
	"w81" integer DEFAULT 0 NOT NULL,
	"w82" integer DEFAULT 0 NOT NULL,
	"w83" integer DEFAULT 0 NOT NULL,
	"w84" integer DEFAULT 0 NOT NULL,
	"w85" integer DEFAULT 0 NOT NULL,
	"w86" integer DEFAULT 0 NOT NULL,
	"w87" integer DEFAULT 0 NOT NULL,
	"w88" integer DEFAULT 0 NOT NULL,
	"w89" integer DEFAULT 0 NOT NULL,
	"w90" integer DEFAULT 0 NOT NULL,
	"w91" integer DEFAULT 0 NOT NULL,
	"w92" integer DEFAULT 0 NOT NULL,
	"w93" integer DEFAULT 0 NOT NULL,
	"w94" integer DEFAULT 0 NOT NULL,
	"w95" integer DEFAULT 0 NOT NULL,
	"w96" integer DEFAULT 0 NOT NULL,
	"w97" integer DEFAULT 0 NOT NULL,
	"w98" integer DEFAULT 0 NOT NULL,
	"w99" integer DEFAULT 0 NOT NULL,
	"w100" integer DEFAULT 0 NOT NULL,
	"w101" integer DEFAULT 0 NOT NULL,
	"w102" integer DEFAULT 0 NOT NULL,
	"w103" integer DEFAULT 0 NOT NULL,
	"w104" integer DEFAULT 0 NOT NULL,
	"w105" integer DEFAULT 0 NOT NULL,
	"w106" integer DEFAULT 0 NOT NULL,
	"w107" integer DEFAULT 0 NOT NULL,
	"w108" integer DEFAULT 0 NOT NULL,
	"w109" integer DEFAULT 0 NOT NULL,
	"w110" integer DEFAULT 0 NOT NULL,
	"w111" integer DEFAULT 0 NOT NULL,
	"w112" integer DEFAULT 0 NOT NULL,
	"w113" integer DEFAULT 0 NOT NULL,
	"w114" integer DEFAULT 0 NOT NULL,
	"w115" integer DEFAULT 0 NOT NULL,
	"w116" integer DEFAULT 0 NOT NULL,
	"w117" integer DEFAULT 0 NOT NULL,
	"w118" integer DEFAULT 0 NOT NULL,
	"w119" integer DEFAULT 0 NOT NULL,
	"w120" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "ticket_day_rollups_location_id_service_day_pk" PRIMARY KEY("location_id","service_day")
);
--> statement-breakpoint
ALTER TABLE "ticket_day_rollups" ADD CONSTRAINT "ticket_day_rollups_municipality_id_municipalities_id_fk" FOREIGN KEY ("municipality_id") REFERENCES "public"."municipalities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ticket_day_rollups" ADD CONSTRAINT "ticket_day_rollups_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ticket_day_rollups_municipality_day_idx" ON "ticket_day_rollups" USING btree ("municipality_id","service_day");--> statement-breakpoint
-- ticket_rollups_apply: the per-day row of ticket_day_rollups is written in the same statement as the four grains
-- (a data-modifying WITH), so a ticket change still costs one dynamic statement plus the staff row.
CREATE OR REPLACE FUNCTION ticket_rollups_apply(t tickets, s integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  c record;
  col text;
BEGIN
  SELECT * INTO c FROM ticket_stats_contribution(t);
  col := CASE WHEN c.wait_minute >= 0 THEN format('w%s', least(c.wait_minute, 120)) END;
  -- One row per grain, in grain order (the same lock order in every transaction), then the day row.
  EXECUTE format(
    'WITH grains AS (
       INSERT INTO ticket_rollups AS x (grain, municipality_id, location_id, period_start, weekday, hour, service_id,
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
         handled = x.handled + excluded.handled, handling_seconds = x.handling_seconds + excluded.handling_seconds%3$s
       RETURNING 1)
     INSERT INTO ticket_day_rollups AS x (municipality_id, location_id, service_day,
       tickets, served, no_shows, cancelled, called, wait_seconds, handled, handling_seconds%1$s)
     VALUES ($1, $2, $12, $4, $5, $6, $7, $8, $9, $10, $11%2$s)
     ON CONFLICT (location_id, service_day) DO UPDATE SET
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
-- ticket_rollups_rebuild: also recomputes ticket_day_rollups (summed from grain 1).
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
  DELETE FROM ticket_day_rollups WHERE service_day BETWEEN first_day AND last_day;
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
  EXECUTE format('INSERT INTO ticket_day_rollups (municipality_id, location_id, service_day, %1$s)
    SELECT municipality_id, location_id, period_start, %2$s FROM ticket_rollups
    WHERE grain = 1 AND period_start BETWEEN $1 AND $2 GROUP BY municipality_id, location_id, period_start', measures, sums)
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
--> statement-breakpoint
-- The days so far, from grain 1.
INSERT INTO ticket_day_rollups (municipality_id, location_id, service_day, tickets, served, no_shows, cancelled, called,
                                wait_seconds, handled, handling_seconds, w0, w1, w2, w3, w4, w5, w6, w7, w8, w9, w10, w11, w12, w13, w14, w15, w16, w17, w18, w19, w20, w21, w22, w23, w24, w25, w26, w27, w28, w29, w30, w31, w32, w33, w34, w35, w36, w37, w38, w39, w40, w41, w42, w43, w44, w45, w46, w47, w48, w49, w50, w51, w52, w53, w54, w55, w56, w57, w58, w59, w60, w61, w62, w63, w64, w65, w66, w67, w68, w69, w70, w71, w72, w73, w74, w75, w76, w77, w78, w79, w80, w81, w82, w83, w84, w85, w86, w87, w88, w89, w90, w91, w92, w93, w94, w95, w96, w97, w98, w99, w100, w101, w102, w103, w104, w105, w106, w107, w108, w109, w110, w111, w112, w113, w114, w115, w116, w117, w118, w119, w120)
SELECT municipality_id, location_id, period_start, sum(tickets), sum(served), sum(no_shows), sum(cancelled), sum(called),
       sum(wait_seconds), sum(handled), sum(handling_seconds), sum(w0), sum(w1), sum(w2), sum(w3), sum(w4), sum(w5), sum(w6), sum(w7), sum(w8), sum(w9), sum(w10), sum(w11), sum(w12), sum(w13), sum(w14), sum(w15), sum(w16), sum(w17), sum(w18), sum(w19), sum(w20), sum(w21), sum(w22), sum(w23), sum(w24), sum(w25), sum(w26), sum(w27), sum(w28), sum(w29), sum(w30), sum(w31), sum(w32), sum(w33), sum(w34), sum(w35), sum(w36), sum(w37), sum(w38), sum(w39), sum(w40), sum(w41), sum(w42), sum(w43), sum(w44), sum(w45), sum(w46), sum(w47), sum(w48), sum(w49), sum(w50), sum(w51), sum(w52), sum(w53), sum(w54), sum(w55), sum(w56), sum(w57), sum(w58), sum(w59), sum(w60), sum(w61), sum(w62), sum(w63), sum(w64), sum(w65), sum(w66), sum(w67), sum(w68), sum(w69), sum(w70), sum(w71), sum(w72), sum(w73), sum(w74), sum(w75), sum(w76), sum(w77), sum(w78), sum(w79), sum(w80), sum(w81), sum(w82), sum(w83), sum(w84), sum(w85), sum(w86), sum(w87), sum(w88), sum(w89), sum(w90), sum(w91), sum(w92), sum(w93), sum(w94), sum(w95), sum(w96), sum(w97), sum(w98), sum(w99), sum(w100), sum(w101), sum(w102), sum(w103), sum(w104), sum(w105), sum(w106), sum(w107), sum(w108), sum(w109), sum(w110), sum(w111), sum(w112), sum(w113), sum(w114), sum(w115), sum(w116), sum(w117), sum(w118), sum(w119), sum(w120)
FROM ticket_rollups WHERE grain = 1 GROUP BY municipality_id, location_id, period_start;
