import { index, pgTable, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { id } from './columns.ts';
import { persons } from './persons.ts';
import { tickets } from './queue.ts';
import { municipalities, users } from './tenancy.ts';

/**
 * A visit: a queue ticket served for a citizen. Recorded when a staff member opens the citizen from a called ticket
 * ("Start ærinde"), so the citizen overview can list past visits even when no case was started. The ticket table
 * itself stays free of personal data: a ticket is issued before anyone knows who holds it.
 */
export const citizenVisits = pgTable(
  'citizen_visits',
  {
    id: id(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    personId: uuid()
      .notNull()
      .references(() => persons.id),
    ticketId: uuid()
      .notNull()
      .references(() => tickets.id),
    startedBy: uuid()
      .notNull()
      .references(() => users.id),
    startedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('citizen_visits_ticket_person_key').on(t.ticketId, t.personId),
    index('citizen_visits_person_idx').on(t.personId, t.startedAt),
  ],
);
