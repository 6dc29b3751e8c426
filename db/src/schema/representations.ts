import { sql } from 'drizzle-orm';
import { check, date, index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.ts';
import { persons } from './persons.ts';
import { municipalities, users } from './tenancy.ts';

export const representationKind = pgEnum('representation_kind', [
  'digital_fuldmagt',
  'vaerge',
  'fremtidsfuldmagt',
  'laeseadgang',
  'foraeldremyndighed',
]);

export const representationDocument = pgEnum('representation_document', [
  'vaergebeskikkelse',
  'fuldmagt_paper',
  'fuldmagt_digital',
  'fremtidsfuldmagt_vaerges_attest',
  'birth_certificate',
]);

/**
 * Who may act for a citizen and for what (issue 13): a Digital Fuldmagt, a værge, a fremtidsfuldmagt in force,
 * læseadgang to Digital Post, or a custody holder. Both people are persons in the register (the representative is
 * looked up by CPR number, never typed as a name). The municipality that recorded it is kept; the fact itself holds
 * at every desk. Rules (scope by kind, ages, custody ending at 18) live in @skranke/domain `representationProblems`.
 */
export const representations = pgTable(
  'representations',
  {
    id: id(),
    /** The municipality whose staff recorded it (and may end it). */
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    citizenId: uuid()
      .notNull()
      .references(() => persons.id),
    representativeId: uuid()
      .notNull()
      .references(() => persons.id),
    kind: representationKind().notNull(),
    /** Areas for a fuldmagt, one guardianship scope for a værge, empty otherwise. */
    scope: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    validFrom: date().notNull(),
    /** Inclusive; null: until ended. Forældremyndighed: the day before the child's 18th birthday. */
    validTo: date(),
    documentSeen: representationDocument().notNull(),
    /** E.g. the værgebeskikkelse's journal number; free text, never a CPR number (masked on the way in). */
    documentReference: text(),
    recordedBy: uuid()
      .notNull()
      .references(() => users.id),
    recordedAt: createdAt(),
    endedAt: timestamp({ withTimezone: true }),
    endedBy: uuid().references(() => users.id),
    endedReason: text(),
  },
  (t) => [
    index('representations_citizen_idx').on(t.citizenId),
    index('representations_representative_idx').on(t.representativeId),
    check('representations_not_self', sql`${t.citizenId} <> ${t.representativeId}`),
    check('representations_dates_ordered', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
    check(
      'representations_ended_complete',
      sql`(${t.endedAt} is null) = (${t.endedBy} is null) and (${t.endedAt} is null) = (${t.endedReason} is null)`,
    ),
  ],
);
