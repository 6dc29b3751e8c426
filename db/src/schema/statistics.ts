import { sql } from 'drizzle-orm';
import { check, date, doublePrecision, index, integer, pgTable, primaryKey, smallint, timestamp, uuid } from 'drizzle-orm/pg-core';
import { counterSessions, counters, services } from './queue.ts';
import { locations, municipalities, users } from './tenancy.ts';

/** Whole minutes waited are counted in columns w0 … w120; w120 holds every wait of 120 minutes or more. */
export const WAIT_BUCKETS = 121;
const histogram = Object.fromEntries(Array.from({ length: WAIT_BUCKETS }, (_, i) => [`w${i}`, integer().notNull().default(0)])) as Record<
  `w${number}`,
  ReturnType<typeof integer>
>;

/**
 * Rollups of settled tickets (done, no-show, cancelled) for statistics, at four grains (column `grain`):
 * 1 = location × service day × service; 2 = location × service day × arrival hour × service;
 * 3 = location × month × weekday × service; 4 = location × month × arrival hour × service.
 * A period reads whole months from grains 3–4 and its partial months from grains 1–2, so three years are a few
 * thousand rows. Each row holds sums and a whole-minute histogram of waiting (w0 … w120), from which medians and
 * 90th percentiles are exact. Kept by triggers on `tickets` in the same transaction as the ticket change (a late
 * change moves its contribution; migration 0012, `ticket_rollups_apply`); `ticket_rollups_rebuild(from, to)`
 * recomputes days after a bulk load.
 */
export const ticketRollups = pgTable(
  'ticket_rollups',
  {
    grain: smallint().notNull(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    locationId: uuid()
      .notNull()
      .references(() => locations.id),
    /** The service day (grains 1–2) or the first day of the month (grains 3–4). */
    periodStart: date({ mode: 'string' }).notNull(),
    /** ISO weekday for grain 3, else 0. */
    weekday: smallint().notNull(),
    /** Arrival hour (Copenhagen) for grains 2 and 4, else -1. */
    hour: smallint().notNull(),
    serviceId: uuid()
      .notNull()
      .references(() => services.id),
    tickets: integer().notNull().default(0),
    served: integer().notNull().default(0),
    noShows: integer().notNull().default(0),
    cancelled: integer().notNull().default(0),
    called: integer().notNull().default(0),
    /** Sum of exact waiting seconds of the called tickets. */
    waitSeconds: doublePrecision().notNull().default(0),
    /** Served tickets with a handling time, and the sum of those times in seconds. */
    handled: integer().notNull().default(0),
    handlingSeconds: doublePrecision().notNull().default(0),
    ...histogram,
  },
  (t) => [
    primaryKey({ columns: [t.grain, t.locationId, t.periodStart, t.weekday, t.hour, t.serviceId] }),
    index('ticket_rollups_municipality_idx').on(t.municipalityId, t.grain, t.periodStart),
  ],
);

/**
 * The same settled tickets per location and service day, all services together (the day-by-day table without a
 * service filter reads these: a few thousand rows for three years instead of one per service). Kept by the same
 * trigger function as `ticket_rollups` (migrations 0019–0020, `ticket_rollups_apply`) and by `ticket_rollups_rebuild`.
 */
export const ticketDayRollups = pgTable(
  'ticket_day_rollups',
  {
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    locationId: uuid()
      .notNull()
      .references(() => locations.id),
    serviceDay: date({ mode: 'string' }).notNull(),
    tickets: integer().notNull().default(0),
    served: integer().notNull().default(0),
    noShows: integer().notNull().default(0),
    cancelled: integer().notNull().default(0),
    called: integer().notNull().default(0),
    waitSeconds: doublePrecision().notNull().default(0),
    handled: integer().notNull().default(0),
    handlingSeconds: doublePrecision().notNull().default(0),
    ...histogram,
  },
  (t) => [
    primaryKey({ columns: [t.locationId, t.serviceDay] }),
    index('ticket_day_rollups_municipality_day_idx').on(t.municipalityId, t.serviceDay),
  ],
);

/** The same settled tickets per counter and staff member who last called them (called tickets only). */
export const ticketStaffStats = pgTable(
  'ticket_staff_stats',
  {
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    locationId: uuid()
      .notNull()
      .references(() => locations.id),
    serviceDay: date({ mode: 'string' }).notNull(),
    counterId: uuid()
      .notNull()
      .references(() => counters.id),
    staffUserId: uuid()
      .notNull()
      .references(() => users.id),
    tickets: integer().notNull().default(0),
    served: integer().notNull().default(0),
    noShows: integer().notNull().default(0),
    cancelled: integer().notNull().default(0),
    called: integer().notNull().default(0),
    waitSeconds: doublePrecision().notNull().default(0),
    handled: integer().notNull().default(0),
    handlingSeconds: doublePrecision().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.locationId, t.serviceDay, t.counterId, t.staffUserId] }),
    index('ticket_staff_stats_municipality_day_idx').on(t.municipalityId, t.serviceDay),
  ],
);

/** Service-level target per service: the share of citizens called within this many minutes. No row: the default. */
export const serviceLevelTargets = pgTable(
  'service_level_targets',
  {
    serviceId: uuid()
      .primaryKey()
      .references(() => services.id),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    targetMinutes: integer().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid().references(() => users.id),
  },
  (t) => [check('service_level_targets_positive', sql`${t.targetMinutes} between 1 and 600`)],
);

/**
 * Staffed counter-minutes of each ended counter session, split into the hours of the day (Copenhagen) it covered,
 * for "arrivals vs staffed counters". Kept by a trigger on `counter_sessions` (migration 0018,
 * `counter_session_hours_on_change`): a session's rows are replaced whenever its start, end, location or services
 * change, however late, and removed with it. Open sessions have no rows; the query splits those (a handful) live.
 */
export const counterSessionHours = pgTable(
  'counter_session_hours',
  {
    sessionId: uuid()
      .notNull()
      .references(() => counterSessions.id, { onDelete: 'cascade' }),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    locationId: uuid()
      .notNull()
      .references(() => locations.id),
    /** The day (Copenhagen) the session began: a period counts the sessions that began on its days. */
    startDay: date({ mode: 'string' }).notNull(),
    /** Hour of the day (Copenhagen), 0–23. */
    hour: smallint().notNull(),
    minutes: doublePrecision().notNull(),
    serviceIds: uuid().array().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.sessionId, t.hour] }),
    index('counter_session_hours_municipality_day_idx').on(t.municipalityId, t.startDay),
  ],
);
