import { sql } from 'drizzle-orm';
import { boolean, check, date, index, pgEnum, pgTable, primaryKey, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.ts';
import { municipalities } from './tenancy.ts';

export const personStatus = pgEnum('person_status', ['active', 'emigrated', 'no_fixed_address']);

/**
 * Skranke's own local person register (synthetic demo residents), NOT the national CPR register. The API reads it
 * through the `PersonRegister` adapter, where a client of the national CPR service would plug in instead.
 *
 * The id is the opaque key used in URLs and audit records; the CPR number is only an attribute, because a person
 * can be given a new number (since 2014) and because it must never appear in a URL or a log.
 * Birth date and sex are not stored: they follow from the CPR number (@skranke/domain parseCpr).
 */
export const persons = pgTable(
  'persons',
  {
    id: id(),
    /** Ten digits, no dash. */
    cpr: text().notNull(),
    givenNames: text().notNull(),
    surname: text().notNull(),
    /** Municipality of residence; for an emigrated person, the last one. */
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    status: personStatus().notNull().default('active'),
    /** Street, house number and floor, e.g. "Jægergårdsgade 12, 2. tv.". Null without a Danish address. */
    street: text(),
    postcode: text(),
    city: text(),
    /** Navne- og adressebeskyttelse (CPR-loven § 28): the address is never shown. */
    addressProtected: boolean().notNull().default(false),
    emigratedOn: date(),
    /** Country moved to, by its Danish name. */
    emigratedTo: text(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('persons_cpr_key').on(t.cpr),
    index('persons_municipality_idx').on(t.municipalityId),
    check('persons_cpr_digits', sql`${t.cpr} ~ '^[0-9]{10}$'`),
    // A Danish address exactly when the person lives at one; emigration facts exactly when emigrated.
    check(
      'persons_address_matches_status',
      sql`(${t.status} = 'active') = (${t.street} is not null and ${t.postcode} is not null and ${t.city} is not null)`,
    ),
    check(
      'persons_emigration_matches_status',
      sql`(${t.status} = 'emigrated') = (${t.emigratedOn} is not null and ${t.emigratedTo} is not null)`,
    ),
  ],
);

/** Forældremyndighed: who holds custody of a child. A child has one or two holders. */
export const custody = pgTable(
  'custody',
  {
    childId: uuid()
      .notNull()
      .references(() => persons.id),
    holderId: uuid()
      .notNull()
      .references(() => persons.id),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ columns: [t.childId, t.holderId] }),
    index('custody_holder_idx').on(t.holderId),
    check('custody_not_self', sql`${t.childId} <> ${t.holderId}`),
  ],
);
