import { sql } from 'drizzle-orm';
import { check, integer, pgTable, timestamp, uuid } from 'drizzle-orm/pg-core';
import { municipalities, users } from './tenancy.ts';

/**
 * How long the audit trail keeps records, per municipality (issue 5: default 5 years for decisions, at least
 * 6 months for look-up logs). No row means the defaults. `pnpm audit:retention` reads it; the
 * SKRANKE_AUDIT_RETENTION_* environment variables, when set, override it for every municipality.
 */
export const retentionSettings = pgTable(
  'retention_settings',
  {
    municipalityId: uuid()
      .primaryKey()
      .references(() => municipalities.id),
    decisionsYears: integer().notNull().default(5),
    lookupsMonths: integer().notNull().default(6),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid().references(() => users.id),
  },
  (t) => [
    check('retention_settings_decisions_years_range', sql`${t.decisionsYears} between 1 and 50`),
    check('retention_settings_lookups_months_range', sql`${t.lookupsMonths} between 6 and 600`),
  ],
);

/** The traffic-light thresholds a new service starts with, per municipality (each service may then set its own). */
export const trafficLightDefaults = pgTable(
  'traffic_light_defaults',
  {
    municipalityId: uuid()
      .primaryKey()
      .references(() => municipalities.id),
    yellowMinutes: integer().notNull().default(15),
    redMinutes: integer().notNull().default(30),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid().references(() => users.id),
  },
  (t) => [check('traffic_light_defaults_order', sql`${t.yellowMinutes} > 0 and ${t.redMinutes} > ${t.yellowMinutes}`)],
);
