import { sql } from 'drizzle-orm';
import { boolean, check, date, index, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, updatedAt } from './columns.ts';
import { cases } from './cases.ts';
import { persons } from './persons.ts';
import { users } from './tenancy.ts';

export const identityDocumentKind = pgEnum('identity_document_kind', ['passport', 'driving_licence']);

/**
 * What happened to a document. `expired` is recorded when someone notices (the expiry date alone also says it:
 * see `documentState` in @skranke/domain); `handed_in` when the old one is handed in for a new one; `lost` when
 * reported lost (a lost passport is invalid from then on); `cancelled` when a new passport replacing it is handed out
 * and it was not handed in (not brought, or answered as a first passport: um.dk, the old passport is cancelled when a
 * new one is issued); `revoked` when withdrawn for another reason (e.g. by the police).
 */
export const identityDocumentStatus = pgEnum('identity_document_status', ['valid', 'handed_in', 'lost', 'expired', 'revoked', 'cancelled']);

/**
 * Passports and driving licences on record, as Skranke's LocalIdentityDocumentRegister keeps them (NOT the national
 * passport register or the driving-licence register, which would plug in behind the `IdentityDocumentRegister`
 * adapter). Documents are national, so rows are not tied to a municipality.
 */
export const identityDocuments = pgTable(
  'identity_documents',
  {
    id: id(),
    personId: uuid()
      .notNull()
      .references(() => persons.id),
    kind: identityDocumentKind().notNull(),
    /** Passport number or licence number as printed on the document. */
    documentNumber: text().notNull(),
    issuedOn: date().notNull(),
    /** The last day the document is valid. */
    expiresOn: date().notNull(),
    status: identityDocumentStatus().notNull().default('valid'),
    /** A driving licence time-limited for health reasons (renewal is then free). Always false for a passport. */
    healthLimited: boolean().notNull().default(false),
    /** Driving-licence categories (e.g. B, A2, C); null for a passport. */
    categories: text().array(),
    /** The case that ordered or recorded the document, when Skranke did. */
    caseId: uuid().references(() => cases.id),
    statusChangedAt: timestamp({ withTimezone: true }),
    statusChangedBy: uuid().references(() => users.id),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('identity_documents_person_idx').on(t.personId, t.kind),
    uniqueIndex('identity_documents_number_key').on(t.kind, t.documentNumber),
    check('identity_documents_dates', sql`${t.expiresOn} > ${t.issuedOn}`),
    check('identity_documents_health_limited_licence', sql`not ${t.healthLimited} or ${t.kind} = 'driving_licence'`),
    check(
      'identity_documents_categories_licence',
      sql`(${t.kind} = 'driving_licence') = (${t.categories} is not null and cardinality(${t.categories}) > 0)`,
    ),
  ],
);
