import type { FieldProblem } from '../admin-config/config-rules.ts';
import { addLocalDays, civilDateMs, localDaysBetween } from '../appointments/local-time.ts';
import { danishPublicHolidays } from '../appointments/holidays.ts';

/**
 * The contact log (henvendelser, docs/contacts.md): every served ticket, phone call, Digital Hotline call and
 * mobile-stop visit ends with a short record. Most are anonymous guidance; the record keeps the outcome, not the
 * conversation.
 */

/** How the citizen reached us: `counter` is a served ticket (or a walk-in at the desk). */
export const CONTACT_CHANNELS = ['counter', 'phone', 'digital_hotline', 'mobile_stop'] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

export const CONTACT_RESULTS = ['resolved', 'guided', 'referred', 'booked_time', 'not_resolved'] as const;
export type ContactResult = (typeof CONTACT_RESULTS)[number];

export const CONTACT_CHANNEL_LABELS: Record<ContactChannel, { da: string; en: string }> = {
  counter: { da: 'Skranke', en: 'Counter' },
  phone: { da: 'Telefon', en: 'Phone' },
  digital_hotline: { da: 'Digital Hotline', en: 'Digital Hotline' },
  mobile_stop: { da: 'Mobil Borgerservice', en: 'Mobile citizen service' },
};

export const CONTACT_RESULT_LABELS: Record<ContactResult, { da: string; en: string }> = {
  resolved: { da: 'Løst', en: 'Resolved' },
  guided: { da: 'Vejledt', en: 'Guided' },
  referred: { da: 'Henvist', en: 'Referred' },
  booked_time: { da: 'Tid bestilt', en: 'Appointment booked' },
  not_resolved: { da: 'Ikke løst', en: 'Not resolved' },
};

/** The topics a municipality starts with; the admin may add, rename and retire topics. Codes are stable. */
export const DEFAULT_CONTACT_TOPICS: ReadonlyArray<{ code: string; labelDa: string; labelEn: string }> = [
  { code: 'digital_post', labelDa: 'Digital Post', labelEn: 'Digital Post' },
  { code: 'mitid', labelDa: 'MitID', labelEn: 'MitID' },
  { code: 'pas', labelDa: 'Pas', labelEn: 'Passport' },
  { code: 'koerekort', labelDa: 'Kørekort', labelEn: 'Driving licence' },
  { code: 'sundhedskort', labelDa: 'Sundhedskort og lægeskift', labelEn: 'Health card and doctor' },
  { code: 'flytning', labelDa: 'Flytning', labelEn: 'Change of address' },
  { code: 'pension', labelDa: 'Pension og boligstøtte', labelEn: 'Pension and housing benefit' },
  { code: 'skat', labelDa: 'Skat', labelEn: 'Tax' },
  { code: 'familie', labelDa: 'Familie og børn', labelEn: 'Family and children' },
  { code: 'selvbetjening', labelDa: 'Hjælp til selvbetjening', labelEn: 'Help with self-service' },
  { code: 'andet', labelDa: 'Andet', labelEn: 'Other' },
];

/** A topic code: lower-case letters, digits and underscores, as the defaults. */
export const CONTACT_TOPIC_CODE = /^[a-z][a-z0-9_]{1,39}$/;

/** The longest note a contact keeps: a line or two, not a case file. */
export const CONTACT_NOTE_MAX = 500;

/** A follow-up task is due at most this many days ahead. */
export const FOLLOW_UP_MAX_DAYS = 90;

export interface ContactDraft {
  result: ContactResult;
  referralAuthorityId?: string | null | undefined;
  note?: string | null | undefined;
}

/** What is wrong with a contact record: a referral names the authority, and only a referral does. */
export function validateContact(draft: ContactDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const authority = draft.referralAuthorityId ?? null;
  if (draft.result === 'referred' && authority === null) {
    problems.push({ field: 'referralAuthorityId', da: 'Vælg den myndighed, borgeren er henvist til.' });
  }
  if (draft.result !== 'referred' && authority !== null) {
    problems.push({ field: 'referralAuthorityId', da: 'En myndighed angives kun, når resultatet er "Henvist".' });
  }
  if ((draft.note ?? '').length > CONTACT_NOTE_MAX) {
    problems.push({ field: 'note', da: `Noten må højst være ${CONTACT_NOTE_MAX} tegn.` });
  }
  return problems;
}

/** A follow-up task's due date: a real date, not before today (local), at most FOLLOW_UP_MAX_DAYS ahead. */
export function validateFollowUpDue(dueOn: string, today: string): FieldProblem[] {
  if (civilDateMs(dueOn) === null) return [{ field: 'dueOn', da: 'Fristen er ikke en gyldig dato.' }];
  const days = localDaysBetween(today, dueOn);
  if (days < 0) return [{ field: 'dueOn', da: 'Fristen kan ikke ligge før i dag.' }];
  if (days > FOLLOW_UP_MAX_DAYS) return [{ field: 'dueOn', da: `Fristen kan højst ligge ${FOLLOW_UP_MAX_DAYS} dage frem.` }];
  return [];
}

/** Whether a local date is a working day: Monday to Friday and not a public holiday (nor a custom closing day). */
export function isWorkingDay(date: string): boolean {
  const ms = civilDateMs(date);
  if (ms === null) throw new RangeError(`Invalid date: ${JSON.stringify(date)}`);
  const weekday = new Date(ms).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !danishPublicHolidays(Number(date.slice(0, 4))).some((h) => h.date === date);
}

/** The local date `days` working days after `date` (the default due date of a follow-up task). */
export function addWorkingDays(date: string, days: number): string {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`Invalid number of working days: ${days}`);
  let current = date;
  for (let left = days; left > 0;) {
    current = addLocalDays(current, 1);
    if (isWorkingDay(current)) left -= 1;
  }
  return current;
}

/** A task is overdue when it is not done and its due date is before today. */
export function isFollowUpOverdue(task: { dueOn: string; doneAt: unknown }, today: string): boolean {
  return task.doneAt === null && task.dueOn < today;
}
