import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases.ts';
import { id } from './columns.ts';
import { persons } from './persons.ts';
import { municipalities, users } from './tenancy.ts';

export const addressMoveKind = pgEnum('address_move_kind', ['domestic', 'emigration', 'return']);

/**
 * LOCAL register of reported moves (flytninger), written by `LocalPersonRegister.registerMove`: one row per person
 * moving (the citizen and each co-mover), so "already moving elsewhere on that date" is one look-up. The national CPR
 * register would hold this instead; the `persons` row carries the address in force, from the moving date on.
 */
export const addressMoves = pgTable(
  'address_moves',
  {
    id: id(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    caseId: uuid()
      .notNull()
      .references(() => cases.id),
    personId: uuid()
      .notNull()
      .references(() => persons.id),
    /** The case's citizen for a co-mover; null for the citizen themself. */
    movedWithId: uuid().references(() => persons.id),
    kind: addressMoveKind().notNull(),
    movingDate: date({ mode: 'string' }).notNull(),
    reportedOn: date({ mode: 'string' }).notNull(),
    /** Reported more than 5 days after the move: the citizen was told about the fine. */
    late: boolean().notNull(),
    street: text(),
    postcode: text(),
    city: text(),
    /** Emigration: the country moved to. */
    country: text(),
    careOf: text(),
    /** The logiværtserklæring, as a fact seen: the host's name (null without c/o). */
    hostName: text(),
    hostDeclarationSeen: boolean().notNull().default(false),
    /** keep, new or choose_later; null for a co-mover (chosen in their own case or later). */
    doctorChoice: text(),
    /** The doctor register's id of the doctor chosen (no foreign key: the doctor register is its own seam). */
    doctorId: uuid(),
    /** What the move did to Digital Post (@skranke/domain digitalPostOnMove): none, duty_ends, … */
    digitalPostEffect: text().notNull().default('none'),
    registeredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    registeredBy: uuid()
      .notNull()
      .references(() => users.id),
    /**
     * When the move was applied to `persons` (the address in force). Null while it waits for its moving date: CPR
     * applies a move on its date, so until then every read sees the old address (`applyDueMoves`).
     */
    appliedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex('address_moves_case_person_key').on(t.caseId, t.personId),
    index('address_moves_person_date_idx').on(t.personId, t.movingDate),
    index('address_moves_due_idx')
      .on(t.movingDate)
      .where(sql`${t.appliedAt} is null`),
    check('address_moves_care_of_host', sql`${t.careOf} is null or (${t.hostName} is not null and ${t.hostDeclarationSeen})`),
  ],
);

/**
 * LOCAL register of navne- og adressebeskyttelse (CPR-loven § 28): one row per period of one year; a renewal is a new
 * row following on. `persons.address_protected` is the mark the register reads; this table holds the periods.
 */
export const addressProtections = pgTable(
  'address_protections',
  {
    id: id(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    personId: uuid()
      .notNull()
      .references(() => persons.id),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }).notNull(),
    /** The period this one renews. */
    renewalOf: uuid(),
    /** Free in Denmark; kept so a receipt can say so. */
    feeOre: integer().notNull().default(0),
    endedOn: date({ mode: 'string' }),
    endedBy: uuid().references(() => users.id),
    registeredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    registeredBy: uuid()
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    index('address_protections_person_idx').on(t.personId, t.endsOn),
    index('address_protections_municipality_ends_idx').on(t.municipalityId, t.endsOn),
    check('address_protections_period', sql`${t.endsOn} >= ${t.startsOn}`),
  ],
);

/** LOCAL register of Robinsonlisten (the marketing opt-out): in effect within up to 3 months, until revoked. */
export const robinsonRegistrations = pgTable(
  'robinson_registrations',
  {
    id: id(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    personId: uuid()
      .notNull()
      .references(() => persons.id),
    registeredOn: date({ mode: 'string' }).notNull(),
    effectiveBy: date({ mode: 'string' }).notNull(),
    revokedOn: date({ mode: 'string' }),
    revokedBy: uuid().references(() => users.id),
    registeredAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    registeredBy: uuid()
      .notNull()
      .references(() => users.id),
  },
  (t) => [
    uniqueIndex('robinson_registrations_current_key')
      .on(t.personId)
      .where(sql`${t.revokedOn} is null`),
  ],
);
