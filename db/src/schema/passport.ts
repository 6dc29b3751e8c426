import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.ts';
import { id } from './columns.ts';
import { identityDocuments } from './identity-documents.ts';
import { persons } from './persons.ts';
import { municipalities, users } from './tenancy.ts';

/** After the case is completed (paid and ordered): the passport is produced, arrives, and is handed out. */
export const passportOrderStatus = pgEnum('passport_order_status', ['ordered', 'ready_for_pickup', 'handed_out']);
export const oldPassportOutcome = pgEnum('old_passport_outcome', ['handed_in', 'lost', 'missing', 'damaged', 'none']);
export const paymentMethod = pgEnum('payment_method', ['card', 'cash', 'mobilepay']);

/**
 * A passport ordered by a completed passport case (domain.md §4): what was paid and why (fee year, band, doubled),
 * the validity the new passport gets, and its way to the citizen. The number comes when the passport arrives.
 */
export const passportOrders = pgTable(
  'passport_orders',
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
    status: passportOrderStatus().notNull().default('ordered'),
    oldPassport: oldPassportOutcome().notNull(),
    /**
     * The passport on record the applicant should have shown when the order was placed (`passportToShow`), if any: at
     * hand-out it is marked handed in, or cancelled when it was not handed in.
     */
    oldDocumentId: uuid().references(() => identityDocuments.id),
    feeYear: integer().notNull(),
    feeRateCode: text().notNull(),
    baseAmountOre: integer().notNull(),
    amountOre: integer().notNull(),
    doubled: boolean().notNull(),
    /** The fee table was marked approximate (✱) when the fee was set. */
    feeApproximate: boolean().notNull(),
    validityYears: integer().notNull(),
    paymentMethod: paymentMethod().notNull(),
    paidAt: timestamp({ withTimezone: true }).notNull(),
    paidBy: uuid()
      .notNull()
      .references(() => users.id),
    orderedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    orderedBy: uuid()
      .notNull()
      .references(() => users.id),
    passportNumber: text(),
    issuedOn: date({ mode: 'string' }),
    expiresOn: date({ mode: 'string' }),
    readyAt: timestamp({ withTimezone: true }),
    readyBy: uuid().references(() => users.id),
    handedOutAt: timestamp({ withTimezone: true }),
    handedOutBy: uuid().references(() => users.id),
    /** The new passport as recorded in the identity-document register at hand-out. */
    identityDocumentId: uuid().references(() => identityDocuments.id),
  },
  (t) => [
    uniqueIndex('passport_orders_case_key').on(t.caseId),
    index('passport_orders_municipality_idx').on(t.municipalityId, t.status),
    check('passport_orders_amounts', sql`${t.amountOre} = case when ${t.doubled} then 2 * ${t.baseAmountOre} else ${t.baseAmountOre} end`),
    check(
      'passport_orders_ready_complete',
      sql`(${t.status} = 'ordered') = (${t.readyAt} is null) and (${t.readyAt} is null) = (${t.passportNumber} is null)`,
    ),
    check(
      'passport_orders_handed_out_complete',
      sql`(${t.status} = 'handed_out') = (${t.handedOutAt} is not null and ${t.handedOutBy} is not null)`,
    ),
  ],
);
