import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { municipalities } from './tenancy.ts';

/**
 * The audit trail: who did what, when, to whose data and why. Each record holds the hash of the municipality's
 * previous record, so a removed or edited record breaks the chain.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial({ mode: 'number' }).primaryKey(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid(),
    actorDeviceId: uuid(),
    action: text().notNull(),
    subjectType: text(),
    subjectId: text(),
    purpose: text(),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    prevHash: text().notNull(),
    hash: text().notNull(),
  },
  (t) => [
    index('audit_events_municipality_id_idx').on(t.municipalityId, t.id),
    index('audit_events_subject_idx').on(t.subjectType, t.subjectId),
  ],
);

/** Facts about the database itself, e.g. whether it was created for demo data. */
export const appMeta = pgTable('app_meta', {
  key: text().primaryKey(),
  value: text().notNull(),
});
