/**
 * Reads for statistics. Ticket figures come from the rollups `ticket_rollups` and `ticket_staff_stats` (kept by
 * triggers, see db/src/schema/statistics.ts), never from the 1.5 million tickets; "today so far" reads the tickets of
 * a few days through `tickets_municipality_day_idx`.
 */
import type { DbOrTx } from '@skranke/db';
import { WAIT_BUCKETS } from '@skranke/db/schema';
import { DEFAULT_SERVICE_LEVEL_MINUTES, splitPeriod } from '@skranke/domain';
import type { TicketGrouping } from '@skranke/contracts';
import { sql, type SQL } from 'drizzle-orm';

export interface Scope {
  municipalityId: string;
  from: string;
  to: string;
  locationId?: string;
  serviceId?: string;
}

/** One group of the rollup: its sums, called tickets within their service's target, and the minute histogram. */
export interface GroupRow {
  key: string;
  tickets: number;
  served: number;
  noShows: number;
  cancelled: number;
  called: number;
  waitSeconds: number;
  handled: number;
  handlingSeconds: number;
  within: number;
  minutes: number[];
  counts: number[];
}

type RollupGrouping = Exclude<TicketGrouping, 'counter' | 'staff'>;

/** Which rollup grain serves a grouping: whole months, and the days left over at the ends of the period. */
const GRAINS: Record<RollupGrouping, { month: number | null; day: number }> = {
  location: { month: 3, day: 1 },
  service: { month: 3, day: 1 },
  weekday: { month: 3, day: 1 },
  day: { month: null, day: 1 },
  hour: { month: 4, day: 2 },
};

const KEY: Record<RollupGrouping, SQL> = {
  location: sql`r.location_id::text`,
  service: sql`r.service_id::text`,
  day: sql`r.period_start::text`,
  weekday: sql`(case when r.grain = 3 then r.weekday else extract(isodow from r.period_start)::int end)::text`,
  hour: sql`r.hour::text`,
};

const BUCKETS = Array.from({ length: WAIT_BUCKETS }, (_, i) => `w${i}`);
/** The summed histogram as one int[] column: one field to parse per row instead of 121. */
const HISTOGRAM_SUMS = sql.raw(`array[${BUCKETS.map((w) => `sum(r.${w})::int`).join(', ')}] as histogram`);
/** w0 + … + w(n-1): the called tickets that waited less than n minutes (n ≤ 120). */
const waitedLessThan = (minutes: number) =>
  BUCKETS.slice(0, Math.min(minutes, WAIT_BUCKETS - 1))
    .map((w) => `r.${w}`)
    .join(' + ') || '0';

const filters = (scope: Scope) => sql`r.municipality_id = ${scope.municipalityId}
  ${scope.locationId ? sql`and r.location_id = ${scope.locationId}` : sql``}
  ${scope.serviceId ? sql`and r.service_id = ${scope.serviceId}` : sql``}`;

/** Rollup rows covering the period: grain `month` for its whole months, grain `day` for the rest. */
function periodRows(scope: Scope, grains: { month: number | null; day: number }): SQL {
  const split = grains.month === null ? { months: null, days: [{ from: scope.from, to: scope.to }] } : splitPeriod(scope.from, scope.to);
  const parts: SQL[] = [];
  if (split.months && grains.month !== null) {
    parts.push(sql`(r.grain = ${grains.month} and r.period_start between ${split.months.from}::date and ${split.months.to}::date)`);
  }
  for (const d of split.days) parts.push(sql`(r.grain = ${grains.day} and r.period_start between ${d.from}::date and ${d.to}::date)`);
  return sql`(${sql.join(parts, sql` or `)})`;
}

const num = (v: unknown) => Number(v ?? 0);

export function createStatisticsRepository(db: DbOrTx) {
  return {
    /** Per group (location, service, day, weekday or hour): sums, called within target, the minute histogram. */
    async ticketGroups(scope: Scope, groupBy: RollupGrouping): Promise<GroupRow[]> {
      const targets = await db.execute(
        sql`select service_id::text as id, target_minutes from service_level_targets where municipality_id = ${scope.municipalityId}`,
      );
      const within = sql.raw(
        `case when false then 0 ${targets.rows.map((t) => `when r.service_id = '${String(t.id).replace(/[^0-9a-f-]/g, '')}' then ${waitedLessThan(num(t.target_minutes))}`).join(' ')} ` +
          `else ${waitedLessThan(DEFAULT_SERVICE_LEVEL_MINUTES)} end`,
      );
      const sums = sql`sum(r.tickets)::int as tickets, sum(r.served)::int as served,
               sum(r.no_shows)::int as no_shows, sum(r.cancelled)::int as cancelled, sum(r.called)::int as called,
               sum(r.wait_seconds)::float8 as wait_seconds, sum(r.handled)::int as handled,
               sum(r.handling_seconds)::float8 as handling_seconds`;
      // Day by day over all services: sums and histograms from the per-day rows (one per location and day); only the
      // called-within-target count needs each service's own target, from grain 1 (the leading buckets only).
      const result =
        groupBy === 'day' && !scope.serviceId
          ? await db.execute(sql`
        with d as (
          select r.service_day as day, ${sums}, ${HISTOGRAM_SUMS}
          from ticket_day_rollups r
          where ${filters(scope)} and r.service_day between ${scope.from}::date and ${scope.to}::date
          group by 1 having sum(r.tickets) > 0
        ), w as (
          select r.period_start as day, sum(${within})::int as within
          from ticket_rollups r
          where ${filters(scope)} and r.grain = 1 and r.period_start between ${scope.from}::date and ${scope.to}::date
          group by 1
        )
        select d.day::text as key, d.*, coalesce(w.within, 0) as within from d left join w on w.day = d.day order by d.day`)
          : await db.execute(sql`
        select ${KEY[groupBy]} as key, ${sums}, sum(${within})::int as within, ${HISTOGRAM_SUMS}
        from ticket_rollups r
        where ${filters(scope)} and ${periodRows(scope, GRAINS[groupBy])}
        group by 1 having sum(r.tickets) > 0 order by length(${KEY[groupBy]}), 1`);
      return result.rows.map((r) => {
        const minutes: number[] = [];
        const counts: number[] = [];
        (r.histogram as number[]).forEach((count, i) => {
          const n = num(count);
          if (n > 0) {
            minutes.push(i);
            counts.push(n);
          }
        });
        return {
          key: String(r.key),
          tickets: num(r.tickets),
          served: num(r.served),
          noShows: num(r.no_shows),
          cancelled: num(r.cancelled),
          called: num(r.called),
          waitSeconds: num(r.wait_seconds),
          handled: num(r.handled),
          handlingSeconds: num(r.handling_seconds),
          within: num(r.within),
          minutes,
          counts,
        };
      });
    },

    /** Per counter or staff member who last called the tickets: sums only (no histogram is kept per person). */
    async staffGroups(scope: Omit<Scope, 'serviceId'>, groupBy: 'counter' | 'staff'): Promise<GroupRow[]> {
      const key = groupBy === 'counter' ? sql`s.counter_id::text` : sql`s.staff_user_id::text`;
      const result = await db.execute(sql`
        select ${key} as key, sum(s.tickets)::int as tickets, sum(s.served)::int as served,
               sum(s.no_shows)::int as no_shows, sum(s.cancelled)::int as cancelled, sum(s.called)::int as called,
               sum(s.wait_seconds)::float8 as wait_seconds, sum(s.handled)::int as handled,
               sum(s.handling_seconds)::float8 as handling_seconds
        from ticket_staff_stats s
        where s.municipality_id = ${scope.municipalityId}
          and s.service_day between ${scope.from}::date and ${scope.to}::date
          ${scope.locationId ? sql`and s.location_id = ${scope.locationId}` : sql``}
        group by 1 having sum(s.tickets) > 0 order by 1`);
      return result.rows.map((r) => ({
        key: String(r.key),
        tickets: num(r.tickets),
        served: num(r.served),
        noShows: num(r.no_shows),
        cancelled: num(r.cancelled),
        called: num(r.called),
        waitSeconds: num(r.wait_seconds),
        handled: num(r.handled),
        handlingSeconds: num(r.handling_seconds),
        within: 0,
        minutes: [],
        counts: [],
      }));
    },

    /**
     * Counter-minutes staffed per hour of the day (Copenhagen) by sessions that began on a day of the period: ended
     * sessions from `counter_session_hours` (kept by a trigger), the few still open split into hours here.
     */
    async staffedMinutesByHour(scope: Scope): Promise<Map<number, number>> {
      const result = await db.execute(sql`
        select hour, sum(minutes)::float8 as minutes from (
          select s.hour::int as hour, s.minutes
          from counter_session_hours s
          where s.municipality_id = ${scope.municipalityId} and s.start_day between ${scope.from}::date and ${scope.to}::date
            ${scope.locationId ? sql`and s.location_id = ${scope.locationId}` : sql``}
            ${scope.serviceId ? sql`and ${scope.serviceId}::uuid = any(s.service_ids)` : sql``}
          union all
          select extract(hour from h at time zone 'Europe/Copenhagen')::int,
                 extract(epoch from least(now(), h + interval '1 hour') - greatest(c.started_at, h)) / 60
          from counter_sessions c
          cross join lateral generate_series(date_trunc('hour', c.started_at), now(), interval '1 hour') h
          where c.ended_at is null and c.municipality_id = ${scope.municipalityId}
            and c.started_at >= (${scope.from}::date::timestamp at time zone 'Europe/Copenhagen')
            and c.started_at < ((${scope.to}::date + 1)::timestamp at time zone 'Europe/Copenhagen')
            ${scope.locationId ? sql`and c.location_id = ${scope.locationId}` : sql``}
            ${scope.serviceId ? sql`and ${scope.serviceId}::uuid = any(c.service_ids)` : sql``}
            and h < now()
        ) m
        group by 1`);
      return new Map(result.rows.map((r) => [num(r.hour), num(r.minutes)]));
    },

    /** Days of the period with settled tickets (the days an average per day is over). */
    async openDays(scope: Scope): Promise<number> {
      const result = scope.serviceId
        ? await db.execute(sql`
        select count(distinct r.period_start)::int as n from ticket_rollups r
        where ${filters(scope)} and r.grain = 1 and r.period_start between ${scope.from}::date and ${scope.to}::date and r.tickets > 0`)
        : await db.execute(sql`
        select count(distinct r.service_day)::int as n from ticket_day_rollups r
        where ${filters(scope)} and r.service_day between ${scope.from}::date and ${scope.to}::date and r.tickets > 0`);
      return num(result.rows[0]?.n);
    },

    /**
     * Per day, what had happened by the same time of day (`asOf`, HH:MM Copenhagen): arrivals, settled by then, still
     * waiting then, the whole-minute waits of the tickets called by then (as minute → count pairs), and all-day
     * arrivals (a day without any is not an open day).
     */
    async daysSoFar(municipalityId: string, days: string[], asOf: string, locationId?: string) {
      const result = await db.execute(sql`
        with t as (
          select t.*, ((t.service_day + ${asOf}::time)::timestamp at time zone 'Europe/Copenhagen') as cutoff
          from tickets t
          where t.municipality_id = ${municipalityId} and t.service_day = any(${`{${days.join(',')}}`}::date[])
            ${locationId ? sql`and t.location_id = ${locationId}` : sql``}
        )
        select service_day::text as day, count(*)::int as all_day,
               count(*) filter (where arrived_at <= cutoff)::int as tickets,
               count(*) filter (where state = 'done' and finished_at <= cutoff)::int as served,
               count(*) filter (where state = 'no_show' and finished_at <= cutoff)::int as no_shows,
               count(*) filter (where state = 'cancelled' and finished_at <= cutoff)::int as cancelled,
               count(*) filter (where arrived_at <= cutoff and (called_at is null or called_at > cutoff)
                                  and (finished_at is null or finished_at > cutoff))::int as waiting,
               (select array_agg(floor(extract(epoch from x.called_at - x.arrived_at) / 60)::int)
                  from t x where x.service_day = t.service_day and x.called_at <= x.cutoff) as waits
        from t group by service_day`);
      return result.rows.map((r) => ({
        day: String(r.day),
        allDay: num(r.all_day),
        tickets: num(r.tickets),
        served: num(r.served),
        noShows: num(r.no_shows),
        cancelled: num(r.cancelled),
        waiting: num(r.waiting),
        waits: ((r.waits as number[] | null) ?? []).map(Number),
      }));
    },

    /** Cases that reached a final status in the period, by workflow and status. */
    async casesByKind(municipalityId: string, from: string, to: string) {
      const result = await db.execute(sql`
        select c.type, e.to_status::text as status, count(*)::int as n
        from case_events e join cases c on c.id = e.case_id
        where e.municipality_id = ${municipalityId}
          and e.to_status in ('completed', 'refused', 'cancelled', 'revoked')
          and e.from_status is distinct from e.to_status
          and e.at >= (${from}::date::timestamp at time zone 'Europe/Copenhagen')
          and e.at < ((${to}::date + 1)::timestamp at time zone 'Europe/Copenhagen')
        group by 1, 2 order by 1, 2`);
      return result.rows.map((r) => ({ caseType: String(r.type), status: String(r.status), count: num(r.n) }));
    },

    /** Exemptions by ground: Digital Post registrations, and self-service decisions per ground and law area. */
    async exemptionsByGround(municipalityId: string, from: string, to: string) {
      const period = (column: SQL) => sql`${column} >= (${from}::date::timestamp at time zone 'Europe/Copenhagen')
        and ${column} < ((${to}::date + 1)::timestamp at time zone 'Europe/Copenhagen')`;
      const digitalPost = await db.execute(sql`
        select coalesce(g.ground, 'not_stated') as ground, count(*)::int as granted
        from digital_post_exemptions x
        left join lateral unnest(x.grounds) as g(ground) on true
        where x.municipality_id = ${municipalityId} and ${period(sql`x.registered_at`)}
        group by 1 order by 1`);
      const selfService = await db.execute(sql`
        select g.ground, a.code as law_area, a.name_da as law_area_label,
               count(*) filter (where d.outcome = 'grant')::int as granted,
               count(*) filter (where d.outcome = 'refuse')::int as refused
        from self_service_decisions d
        cross join lateral unnest(d.grounds) as g(ground)
        join self_service_decision_areas da on da.decision_id = d.id
        join law_areas a on a.id = da.law_area_id
        where d.municipality_id = ${municipalityId} and ${period(sql`d.decided_at`)}
        group by 1, 2, 3 order by 1, 2`);
      return {
        digitalPost: digitalPost.rows.map((r) => ({ ground: String(r.ground), granted: num(r.granted) })),
        selfService: selfService.rows.map((r) => ({
          ground: String(r.ground),
          lawArea: String(r.law_area),
          lawAreaLabel: String(r.law_area_label),
          granted: num(r.granted),
          refused: num(r.refused),
        })),
      };
    },

    /** Names for the keys of a municipality's groups. */
    async labels(municipalityId: string) {
      const result = await db.execute(sql`
        select 'location' as kind, id::text, name from locations where municipality_id = ${municipalityId}
        union all select 'service', id::text, name_da from services where municipality_id = ${municipalityId}
        union all select 'counter', c.id::text, c.name || ' (' || l.name || ')' from counters c join locations l on l.id = c.location_id
          where c.municipality_id = ${municipalityId}
        union all select 'staff', id::text, name from users where municipality_id = ${municipalityId}`);
      const labels = {
        location: new Map<string, string>(),
        service: new Map<string, string>(),
        counter: new Map<string, string>(),
        staff: new Map<string, string>(),
      };
      for (const r of result.rows) labels[r.kind as keyof typeof labels].set(String(r.id), String(r.name));
      return labels;
    },

    async serviceTargets(municipalityId: string) {
      const result = await db.execute(sql`
        select s.id::text as service_id, s.name_da, t.target_minutes
        from services s left join service_level_targets t on t.service_id = s.id
        where s.municipality_id = ${municipalityId} order by s.kiosk_order, s.name_da`);
      return result.rows.map((r) => ({
        serviceId: String(r.service_id),
        serviceName: String(r.name_da),
        targetMinutes: r.target_minutes === null ? null : num(r.target_minutes),
      }));
    },
  };
}
