/**
 * All SQL of the appointment statistics. Bookings are read from `appointments` (a year is a few hundred thousand
 * rows at the largest desk, grouped in the database), visits from `tickets` through `tickets (municipality_id,
 * service_day)`. Punctuality returns the deviations themselves, so the median and p90 are the domain's.
 */
import { schema, type DbOrTx } from '@skranke/db';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';

const r = schema.appointmentRules;

export interface AppointmentScope {
  municipalityId: string;
  /** Service days, both included (tickets). */
  from: string;
  to: string;
  /** The same period as instants: local midnight of `from` up to local midnight after `to` (bookings). */
  start: Date;
  end: Date;
  locationId?: string | undefined;
  now: Date;
}

const num = (v: unknown) => Number(v ?? 0);
const locationFilter = (column: SQL, scope: AppointmentScope) => (scope.locationId ? sql`and ${column} = ${scope.locationId}` : sql``);

/** A booking's fate is known once its time plus the rule's grace (10 minutes without a rule) has passed. */
const passed = (scope: AppointmentScope) =>
  sql`a.status <> 'cancelled' and a.starts_at + make_interval(mins => coalesce(r.grace_minutes, 10)) < ${scope.now.toISOString()}::timestamptz`;
const noShow = (scope: AppointmentScope) => sql`(${passed(scope)} and a.status in ('no_show', 'booked'))`;

export function createAppointmentStatisticsRepository(db: DbOrTx) {
  return {
    /** The municipality's services (kiosk order) and locations, to name rows and check a location filter. */
    labels: async (municipalityId: string) => {
      const [services, locations] = await Promise.all([
        db.execute(sql`select id, name_da from services where municipality_id = ${municipalityId} order by kiosk_order, name_da`),
        db.execute(sql`select id, name from locations where municipality_id = ${municipalityId} order by name`),
      ]);
      return {
        services: new Map(services.rows.map((r) => [String(r.id), String(r.name_da)])),
        locations: new Map(locations.rows.map((r) => [String(r.id), String(r.name)])),
      };
    },

    /** Tickets of the period per service: booked (source `appointment`) and walk-in (kiosk or counter). */
    visits: async (scope: AppointmentScope) => {
      const result = await db.execute(sql`
        select service_id, count(*) filter (where source = 'appointment') as booked, count(*) filter (where source <> 'appointment') as walk_in
        from tickets
        where municipality_id = ${scope.municipalityId} and service_day between ${scope.from}::date and ${scope.to}::date
          ${locationFilter(sql`location_id`, scope)}
        group by service_id`);
      return result.rows.map((r) => ({ serviceId: String(r.service_id), booked: num(r.booked), walkIn: num(r.walk_in) }));
    },

    /** Per service: called minus booked time in seconds, for checked-in bookings of the period whose ticket was called. */
    punctuality: async (scope: AppointmentScope) => {
      const result = await db.execute(sql`
        select a.service_id, array_agg(extract(epoch from t.called_at - a.starts_at)::float8) as seconds
        from appointments a join tickets t on t.id = a.ticket_id
        where a.municipality_id = ${scope.municipalityId} and a.status = 'checked_in' and t.called_at is not null
          and a.starts_at >= ${scope.start.toISOString()}::timestamptz and a.starts_at < ${scope.end.toISOString()}::timestamptz
          ${locationFilter(sql`a.location_id`, scope)}
        group by a.service_id`);
      return result.rows.map((r) => ({ serviceId: String(r.service_id), seconds: (r.seconds as unknown[]).map(Number) }));
    },

    /** Bookings with a time in the period, per service, or per local weekday (ISO, Copenhagen) when `byWeekday`. */
    bookings: async (scope: AppointmentScope, byWeekday = false) => {
      const key = byWeekday ? sql`extract(isodow from a.starts_at at time zone 'Europe/Copenhagen')::int` : sql`a.service_id`;
      const result = await db.execute(sql`
        select ${key} as key,
          count(*) filter (where a.status <> 'cancelled') as bookings,
          count(*) filter (where a.status = 'cancelled') as cancelled,
          count(*) filter (where ${passed(scope)}) as passed,
          count(*) filter (where ${noShow(scope)}) as no_shows
        from appointments a
        left join appointment_rules r on r.location_id = a.location_id and r.service_id = a.service_id
        where a.municipality_id = ${scope.municipalityId}
          and a.starts_at >= ${scope.start.toISOString()}::timestamptz and a.starts_at < ${scope.end.toISOString()}::timestamptz
          ${locationFilter(sql`a.location_id`, scope)}
        group by 1
        order by 1`);
      return result.rows.map((r) => ({
        key: String(r.key),
        bookings: num(r.bookings),
        cancelled: num(r.cancelled),
        passed: num(r.passed),
        noShows: num(r.no_shows),
      }));
    },

    /** The municipality's rules of active services in scope, with the location's name (lead times and the offered seats). */
    rules: (municipalityId: string, locationId?: string) =>
      db
        .select({ rule: r, locationName: schema.locations.name })
        .from(r)
        .innerJoin(schema.services, eq(schema.services.id, r.serviceId))
        .innerJoin(schema.locations, eq(schema.locations.id, r.locationId))
        .where(
          and(
            eq(r.municipalityId, municipalityId),
            eq(schema.services.active, true),
            locationId ? eq(r.locationId, locationId) : undefined,
          ),
        )
        .orderBy(asc(schema.locations.name), asc(schema.services.kioskOrder)),
  };
}

export type AppointmentStatisticsRepository = ReturnType<typeof createAppointmentStatisticsRepository>;
