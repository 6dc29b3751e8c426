import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id } from './columns.ts';
import { persons } from './persons.ts';
import { tickets } from './queue.ts';
import { locations, municipalities, users } from './tenancy.ts';

/** The contact log (henvendelser, docs/contacts.md); the rules are @skranke/domain's contacts. */
export const contactChannel = pgEnum('contact_channel', ['counter', 'phone', 'digital_hotline', 'mobile_stop']);
export const contactResult = pgEnum('contact_result', ['resolved', 'guided', 'referred', 'booked_time', 'not_resolved']);

/** The topics a municipality's staff choose from; a retired topic stays (old contacts name it) but is not offered. */
export const contactTopics = pgTable(
  'contact_topics',
  {
    id: id(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    /** Stable code the contacts and statistics use, e.g. `digital_post`. */
    code: text().notNull(),
    labelDa: text().notNull(),
    labelEn: text().notNull(),
    active: boolean().notNull().default(true),
    position: integer().notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('contact_topics_municipality_code_key').on(t.municipalityId, t.code)],
);

/** The directory of authorities a citizen is referred to (Udbetaling Danmark, MitID-support, …), per municipality. */
export const referralAuthorities = pgTable(
  'referral_authorities',
  {
    id: id(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    name: text().notNull(),
    phone: text().notNull(),
    /** As the authority states it, e.g. "Man–tors 9–15, fre 9–14". */
    openingHours: text().notNull(),
    url: text(),
    active: boolean().notNull().default(true),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('referral_authorities_municipality_name_key').on(t.municipalityId, t.name)],
);

/**
 * One contact: channel, topic, result and (for a referral) the authority. A citizen is named only when it matters;
 * anonymous guidance is the common case. The note is short by design: a contact is not a case file.
 */
export const contacts = pgTable(
  'contacts',
  {
    id: id(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    locationId: uuid().references(() => locations.id),
    channel: contactChannel().notNull(),
    topicCode: text().notNull(),
    result: contactResult().notNull(),
    note: text(),
    personId: uuid().references(() => persons.id),
    /** The served ticket this contact closed (channel `counter`). */
    ticketId: uuid().references(() => tickets.id),
    referralAuthorityId: uuid().references(() => referralAuthorities.id),
    staffUserId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [
    index('contacts_municipality_created_idx').on(t.municipalityId, t.createdAt),
    index('contacts_person_idx').on(t.personId),
    check('contacts_note_length', sql`char_length(${t.note}) <= 500`),
    check('contacts_referral_names_authority', sql`(${t.result} = 'referred') = (${t.referralAuthorityId} is not null)`),
  ],
);

/** A task a contact leaves for a colleague of the same municipality: call the citizen back, check a reply, … */
export const followUpTasks = pgTable(
  'follow_up_tasks',
  {
    id: id(),
    municipalityId: uuid()
      .notNull()
      .references(() => municipalities.id),
    contactId: uuid()
      .notNull()
      .references(() => contacts.id),
    assigneeUserId: uuid()
      .notNull()
      .references(() => users.id),
    dueOn: date().notNull(),
    text: text().notNull(),
    createdByUserId: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    doneAt: timestamp({ withTimezone: true }),
    doneByUserId: uuid().references(() => users.id),
  },
  (t) => [
    index('follow_up_tasks_assignee_open_idx')
      .on(t.assigneeUserId, t.dueOn)
      .where(sql`${t.doneAt} is null`),
    index('follow_up_tasks_municipality_idx').on(t.municipalityId, t.dueOn),
    check('follow_up_tasks_done_by', sql`(${t.doneAt} is null) = (${t.doneByUserId} is null)`),
  ],
);
