import { sql } from 'drizzle-orm';
import { check, date, doublePrecision, index, integer, pgTable, primaryKey, smallint, timestamp, uuid } from 'drizzle-orm/pg-core';
import { counters, services } from './queue.ts';
import { locations, municipalities, users } from './tenancy.ts';

/**
 * Rollup of settled tickets (done, no-show, cancelled) for statistics, one row per location, service day, arrival
 * hour (Copenhagen), service and whole minutes waited (-1: never called). Maintained by triggers on `tickets` in the
 * same transaction as the ticket change (migration 0008/0009, function `ticket_stats_apply`), so a late change to an
 * old ticket moves its contribution from the old row to the new one. The minute histogram gives exact medians and
 * 90th percentiles of whole minutes without reading the tickets. `ticket_stats_rebuild(from, to)` recomputes days.
 */
export const ticketStats = pgTable(
  'ticket_stats',
  {
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    locationId: uuid()
      .notNull()
      .references(() => locations.id),
    serviceDay: date({ mode: 'string' }).notNull(),
    /** Arrival hour, 0–23, Copenhagen wall clock. */
    hour: smallint().notNull(),
    serviceId: uuid()
      .notNull()
      .references(() => services.id),
    /** ⌊(called − arrived) / 60 s⌋, or -1 when the ticket was never called. */
    waitMinute: smallint().notNull(),
    tickets: integer().notNull().default(0),
    served: integer().notNull().default(0),
    noShows: integer().notNull().default(0),
    cancelled: integer().notNull().default(0),
    /** Sum of exact waiting seconds of the called tickets in this row. */
    waitSeconds: doublePrecision().notNull().default(0),
    /** Served tickets with a handling time, and the sum of those times in seconds. */
    handled: integer().notNull().default(0),
    handlingSeconds: doublePrecision().notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.locationId, t.serviceDay, t.hour, t.serviceId, t.waitMinute] }),
    index('ticket_stats_municipality_day_idx').on(t.municipalityId, t.serviceDay),
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
