import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';
import { tickets } from './queue.ts';
import { municipalities } from './tenancy.ts';

/**
 * "Send me an SMS when my turn is near": a walk-in's phone number, given on the ticket's public page (issue 12). One
 * per ticket (a second request replaces the number). The least data that does the job, kept the shortest time: the
 * row goes when the ticket is finished (the turn-near sweep) and at the end of the service day (`expires_at`,
 * pruned by maintenance), whether or not the SMS was sent.
 */
export const ticketTurnNear = pgTable(
  'ticket_turn_near',
  {
    ticketId: uuid()
      .primaryKey()
      .references(() => tickets.id, { onDelete: 'cascade' }),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    /** '+45' and eight digits. */
    phone: text().notNull(),
    /** 'da' or 'en': the language the page was read in. */
    language: text().notNull().default('da'),
    /** Set by the sweep that sends the SMS (once: it claims unsent rows with UPDATE … RETURNING). */
    sentAt: timestamp({ withTimezone: true }),
    /** The end of the ticket's service day (Copenhagen midnight): deleted after this. */
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('ticket_turn_near_expiry_idx').on(t.expiresAt)],
);
