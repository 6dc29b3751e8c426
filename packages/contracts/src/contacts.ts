import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { CONTACT_CHANNELS, CONTACT_NOTE_MAX, CONTACT_RESULTS } from '@skranke/domain';
import { CivilDate, literals, Uuid } from './common.ts';

/**
 * The contact log (henvendelser, docs/contacts.md). A contact's answer never names its citizen (only `withCitizen`),
 * so listing contacts reads no citizen's data; recording one for a named citizen is audited on the citizen.
 */

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Instant = Type.String({ format: 'date-time' });
const StaffRef = Type.Object({ id: Uuid, name: Type.String() });

export const ContactChannel = literals(CONTACT_CHANNELS);
export type ContactChannel = Static<typeof ContactChannel>;
export const ContactResult = literals(CONTACT_RESULTS);
export type ContactResult = Static<typeof ContactResult>;

const TopicCode = Type.String({ pattern: '^[a-z][a-z0-9_]{1,39}$', description: 'e.g. digital_post' });

export const ContactTopic = Type.Object({
  id: Uuid,
  code: TopicCode,
  labelDa: Type.String(),
  labelEn: Type.String(),
  active: Type.Boolean(),
  position: Type.Integer(),
});
export type ContactTopic = Static<typeof ContactTopic>;
export const ContactTopicList = Type.Object({ items: Type.Array(ContactTopic) });
export type ContactTopicList = Static<typeof ContactTopicList>;

const Label = Type.String({ minLength: 1, maxLength: 80 });
const Position = Type.Integer({ minimum: 0, maximum: 999 });
export const CreateContactTopicBody = Type.Object(
  { code: TopicCode, labelDa: Label, labelEn: Label, position: Type.Optional(Position) },
  { additionalProperties: false },
);
export type CreateContactTopicBody = Static<typeof CreateContactTopicBody>;
export const UpdateContactTopicBody = Type.Object(
  {
    labelDa: Type.Optional(Label),
    labelEn: Type.Optional(Label),
    active: Type.Optional(Type.Boolean()),
    position: Type.Optional(Position),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateContactTopicBody = Static<typeof UpdateContactTopicBody>;

export const ListDirectoryQuery = Type.Object(
  { includeInactive: Type.Optional(Type.Boolean({ default: false })) },
  { additionalProperties: false },
);
export type ListDirectoryQuery = Static<typeof ListDirectoryQuery>;

export const ReferralAuthority = Type.Object({
  id: Uuid,
  name: Type.String(),
  phone: Type.String(),
  openingHours: Type.String(),
  url: Nullable(Type.String()),
  active: Type.Boolean(),
});
export type ReferralAuthority = Static<typeof ReferralAuthority>;
export const ReferralAuthorityList = Type.Object({ items: Type.Array(ReferralAuthority) });
export type ReferralAuthorityList = Static<typeof ReferralAuthorityList>;

const AuthorityName = Type.String({ minLength: 1, maxLength: 120 });
const AuthorityPhone = Type.String({ minLength: 3, maxLength: 40 });
const OpeningHours = Type.String({ minLength: 1, maxLength: 200 });
const Url = Type.String({ pattern: '^https?://', maxLength: 300 });
export const CreateReferralAuthorityBody = Type.Object(
  { name: AuthorityName, phone: AuthorityPhone, openingHours: OpeningHours, url: Type.Optional(Nullable(Url)) },
  { additionalProperties: false },
);
export type CreateReferralAuthorityBody = Static<typeof CreateReferralAuthorityBody>;
export const UpdateReferralAuthorityBody = Type.Object(
  {
    name: Type.Optional(AuthorityName),
    phone: Type.Optional(AuthorityPhone),
    openingHours: Type.Optional(OpeningHours),
    url: Type.Optional(Nullable(Url)),
    active: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
export type UpdateReferralAuthorityBody = Static<typeof UpdateReferralAuthorityBody>;

export const RecordContactBody = Type.Object(
  {
    channel: ContactChannel,
    topicCode: TopicCode,
    result: ContactResult,
    note: Type.Optional(Type.String({ maxLength: CONTACT_NOTE_MAX })),
    /** Only when the contact concerns a looked-up citizen; recorded in the citizen's access log. */
    personId: Type.Optional(Uuid),
    /** The served ticket this contact closes (channel `counter`); it must be the caller's municipality's. */
    ticketId: Type.Optional(Uuid),
    /** Required when, and only when, the result is `referred`. */
    referralAuthorityId: Type.Optional(Uuid),
    locationId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);
export type RecordContactBody = Static<typeof RecordContactBody>;

export const Contact = Type.Object({
  id: Uuid,
  createdAt: Instant,
  channel: ContactChannel,
  topicCode: Type.String(),
  result: ContactResult,
  note: Nullable(Type.String()),
  /** Whether a citizen is named; who it is stays on the citizen's page and access log. */
  withCitizen: Type.Boolean(),
  ticketId: Nullable(Uuid),
  locationId: Nullable(Uuid),
  referralAuthority: Nullable(Type.Object({ id: Uuid, name: Type.String(), phone: Type.String(), openingHours: Type.String() })),
  staff: StaffRef,
  openFollowUps: Type.Integer({ minimum: 0 }),
});
export type Contact = Static<typeof Contact>;

export const ListContactsQuery = Type.Object(
  {
    from: Type.Optional(CivilDate),
    to: Type.Optional(CivilDate),
    channel: Type.Optional(ContactChannel),
    topicCode: Type.Optional(TopicCode),
    staffUserId: Type.Optional(Uuid),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
    /** The `nextCursor` of the previous page. */
    cursor: Type.Optional(Type.String({ maxLength: 100 })),
  },
  { additionalProperties: false },
);
export type ListContactsQuery = Static<typeof ListContactsQuery>;
export const ContactList = Type.Object({ items: Type.Array(Contact), nextCursor: Nullable(Type.String()) });
export type ContactList = Static<typeof ContactList>;

/** How many of a citizen's contacts the citizen page shows (the newest); `total` says how many there are. */
export const CITIZEN_CONTACTS_SHOWN = 20;
export const CitizenContactList = Type.Object({ items: Type.Array(Contact), total: Type.Integer({ minimum: 0 }) });
export type CitizenContactList = Static<typeof CitizenContactList>;

export const FollowUpTask = Type.Object({
  id: Uuid,
  contactId: Uuid,
  contact: Type.Object({
    channel: ContactChannel,
    topicCode: Type.String(),
    result: ContactResult,
    createdAt: Instant,
    referralAuthorityName: Nullable(Type.String()),
  }),
  assignee: StaffRef,
  createdBy: StaffRef,
  dueOn: CivilDate,
  text: Type.String(),
  createdAt: Instant,
  doneAt: Nullable(Instant),
  doneBy: Nullable(StaffRef),
  overdue: Type.Boolean(),
});
export type FollowUpTask = Static<typeof FollowUpTask>;
export const FollowUpTaskList = Type.Object({ items: Type.Array(FollowUpTask) });
export type FollowUpTaskList = Static<typeof FollowUpTaskList>;

export const CreateFollowUpTaskBody = Type.Object(
  { contactId: Uuid, assigneeUserId: Uuid, dueOn: CivilDate, text: Type.String({ minLength: 1, maxLength: 300 }) },
  { additionalProperties: false },
);
export type CreateFollowUpTaskBody = Static<typeof CreateFollowUpTaskBody>;

export const ListFollowUpTasksQuery = Type.Object(
  {
    /** `mine`: assigned to the caller, open ones and those done in the last 7 days; `open`: every open task (leads). */
    scope: Type.Optional(Type.Union([Type.Literal('mine'), Type.Literal('open')], { default: 'mine' })),
  },
  { additionalProperties: false },
);
export type ListFollowUpTasksQuery = Static<typeof ListFollowUpTasksQuery>;

export const FollowUpAssigneeList = Type.Object({ items: Type.Array(StaffRef) });
export type FollowUpAssigneeList = Static<typeof FollowUpAssigneeList>;

export const ContactStatisticsQuery = Type.Object({ from: CivilDate, to: CivilDate }, { additionalProperties: false });
export type ContactStatisticsQuery = Static<typeof ContactStatisticsQuery>;

export const ContactStatistics = Type.Object({
  from: CivilDate,
  to: CivilDate,
  total: Type.Integer(),
  byChannel: Type.Array(Type.Object({ channel: ContactChannel, count: Type.Integer() })),
  byResult: Type.Array(Type.Object({ result: ContactResult, count: Type.Integer() })),
  byTopic: Type.Array(Type.Object({ topicCode: Type.String(), labelDa: Type.String(), labelEn: Type.String(), count: Type.Integer() })),
  referralsByAuthority: Type.Array(Type.Object({ authorityId: Uuid, name: Type.String(), count: Type.Integer() })),
  /** Now, whatever the period: the tasks open today and how many are past their due date. */
  followUps: Type.Object({ open: Type.Integer(), overdue: Type.Integer(), done: Type.Integer() }),
});
export type ContactStatistics = Static<typeof ContactStatistics>;

/** The audit actions of the contact log, in words (audit-labels.ts spreads them in). */
export const CONTACT_AUDIT_ACTIONS: Record<string, { da: string; en: string }> = {
  'contact.record': { da: 'Henvendelse registreret', en: 'Contact recorded' },
  'contact.list': { da: 'Henvendelser vist', en: 'Contacts viewed' },
  'contact-topic.create': { da: 'Emne for henvendelser oprettet', en: 'Contact topic created' },
  'contact-topic.update': { da: 'Emne for henvendelser ændret', en: 'Contact topic changed' },
  'referral-authority.create': { da: 'Myndighed tilføjet henvisningslisten', en: 'Authority added to the referral directory' },
  'referral-authority.update': { da: 'Myndighed i henvisningslisten ændret', en: 'Referral directory entry changed' },
};
