/**
 * Passports and driving licences on record: whether one is still valid, and whether to warn that it expires soon.
 * Dates are civil dates (YYYY-MM-DD, Copenhagen); the expiry date is the last day the document is valid.
 */

export const IDENTITY_DOCUMENT_KINDS = ['passport', 'driving_licence'] as const;
export type IdentityDocumentKind = (typeof IDENTITY_DOCUMENT_KINDS)[number];

/**
 * `cancelled`: annulled because a new passport replaced it (um.dk: the old passport is cancelled when a new one is
 * issued), whether or not it was handed in; `revoked`: withdrawn for another reason (e.g. by the police).
 */
export const IDENTITY_DOCUMENT_STATUSES = ['valid', 'handed_in', 'lost', 'expired', 'revoked', 'cancelled'] as const;
export type IdentityDocumentStatus = (typeof IDENTITY_DOCUMENT_STATUSES)[number];

/** How long before expiry the overview warns (issue 4: "warn when one expires within 6 months"). */
export const EXPIRY_WARNING_MONTHS = 6;

/**
 * `expired`: past its expiry date or recorded as expired; `expires_soon`: valid, expiring on or before the date six
 * months from today; `valid`: later; `invalid`: handed in, lost, revoked or cancelled (no longer the citizen's document).
 */
export type DocumentState = 'valid' | 'expires_soon' | 'expired' | 'invalid';

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const pad = (n: number) => String(n).padStart(2, '0');
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function readCivilDate(date: string): [number, number, number] {
  const match = CIVIL_DATE.exec(date);
  const parts: [number, number, number] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  if (!match || parts[1] < 1 || parts[1] > 12 || parts[2] < 1 || parts[2] > daysInMonth(parts[0], parts[1])) {
    throw new RangeError(`not a civil date (YYYY-MM-DD): ${date}`);
  }
  return parts;
}

/**
 * A civil date plus whole months. The day of the month is kept, or the month's last day taken when it has fewer
 * (31 August + 6 months = 28 or 29 February).
 */
export function addMonths(date: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError('addMonths: months must be a whole number');
  const [year, month, day] = readCivilDate(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return `${y}-${pad(m)}-${pad(Math.min(day, daysInMonth(y, m)))}`;
}

/** The last expiry date that still gets a warning today: today plus six months, that day included. */
export const expiryWarningUntil = (today: string, months = EXPIRY_WARNING_MONTHS) => addMonths(today, months);

/**
 * The state the overview shows for a document on `today`. A document expiring exactly six months from today is
 * warned about; one expiring the day after is not. A document is valid on its expiry date and expired the day after.
 */
export function documentState(
  document: { status: IdentityDocumentStatus; expiresOn: string },
  today: string,
  months = EXPIRY_WARNING_MONTHS,
): DocumentState {
  readCivilDate(document.expiresOn);
  if (document.status === 'handed_in' || document.status === 'lost' || document.status === 'revoked' || document.status === 'cancelled')
    return 'invalid';
  if (document.status === 'expired' || document.expiresOn < today) return 'expired';
  return document.expiresOn <= expiryWarningUntil(today, months) ? 'expires_soon' : 'valid';
}

/** Whether the overview should draw attention to the document: it expires soon or has expired. */
export const needsExpiryWarning = (state: DocumentState) => state === 'expires_soon' || state === 'expired';
