import { sql } from 'drizzle-orm';
import { boolean, check, date, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.ts';
import { id } from './columns.ts';
import { identityDocuments } from './identity-documents.ts';
import { persons } from './persons.ts';
import { municipalities, users } from './tenancy.ts';

export const drivingLicenceOrderKind = pgEnum('driving_licence_order_kind', ['renewal', 'duplicate']);

/**
 * A kørekort renewal or duplicate ordered at the counter (domain.md §4): what was ordered, the licence it replaces,
 * and the fee charged (0 for a renewal of a licence time-limited for health reasons).
 */
export const drivingLicenceOrders = pgTable(
  'driving_licence_orders',
  {
    id: id(),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    personId: uuid()
      .notNull()
      .references(() => persons.id),
    kind: drivingLicenceOrderKind().notNull(),
    /** Duplicates only: `lost` or `damaged`. */
    duplicateReason: text(),
    /** The licence renewed or replaced, as the identity-document register holds it. */
    currentLicenceId: uuid()
      .notNull()
      .references(() => identityDocuments.id),
    currentExpiresOn: date({ mode: 'string' }).notNull(),
    healthLimited: boolean().notNull(),
    /** In øre (1 kr = 100 øre), as the fee table gives it. */
    feeOre: integer().notNull(),
    /** The year of the fee table used. */
    feeYear: integer().notNull(),
    /** Why no fee is charged, e.g. `health_limited`; null when a fee is charged. */
    feeWaiver: text(),
    orderedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    orderedBy: uuid()
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    uniqueIndex('driving_licence_orders_case_key').on(t.caseId),
    check('driving_licence_orders_fee_nonnegative', sql`${t.feeOre} >= 0`),
    check('driving_licence_orders_duplicate_reason', sql`(${t.kind} = 'duplicate') = (${t.duplicateReason} is not null)`),
  ],
);
