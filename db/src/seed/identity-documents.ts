/**
 * Passports and driving licences on record for the demo residents, for the LocalIdentityDocumentRegister. Expiry dates
 * are set relative to the day the seed first runs, so that a fresh demo always has documents that expire within six
 * months, ones that have expired, and a licence time-limited for health reasons. The same day gives the same rows
 * (fixed ids, numbers and a fixed random seed); a later run leaves existing rows alone.
 */
import type { Tx } from '../index.ts';
import { identityDocuments } from '../schema/index.ts';
import { buildDemoResidents, DEMO_PERSONS, mulberry32 } from './demo-persons.ts';

type DocumentRow = typeof identityDocuments.$inferInsert;
type PersonKey = keyof typeof DEMO_PERSONS;

const docId = (n: number) => `00000000-0000-4000-8007-${String(n).padStart(12, '0')}`;
const SEED = 0x1d0c5;

const pad = (n: number) => String(n).padStart(2, '0');
const daysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A civil date plus months (the day kept, or the month's last day) and then days. */
export function shiftDate(date: string, months: number, days = 0): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  const at = new Date(Date.UTC(y, m - 1, Math.min(day, daysInMonth(y, m)) + days));
  return `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}`;
}

/** Today in Copenhagen as YYYY-MM-DD. */
export function copenhagenToday(at = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

interface FixedDocument {
  n: number;
  person: PersonKey;
  kind: 'passport' | 'driving_licence';
  /** Expiry as months (and days) from the seed day; negative: already expired. */
  expires: [months: number, days?: number];
  /** Validity in months, to derive the issue date. */
  validity: number;
  status?: DocumentRow['status'];
  healthLimited?: boolean;
  categories?: string[];
}

/**
 * Documents the tests and docs name, one situation each. The passport and driving-licence workflows and their tests
 * build on these: keep the keys stable.
 */
const FIXED_DOCUMENTS = {
  /** Adult passport expiring in two months: the overview warns; a passport renewal with the old one handed in. */
  fatherPassportExpiresSoon: { n: 1, person: 'familyFather', kind: 'passport', expires: [2], validity: 120 },
  fatherLicence: { n: 2, person: 'familyFather', kind: 'driving_licence', expires: [96], validity: 180, categories: ['B'] },
  motherPassport: { n: 3, person: 'familyMother', kind: 'passport', expires: [70], validity: 120 },
  /** Expired four months ago and never renewed. */
  motherLicenceExpired: { n: 4, person: 'familyMother', kind: 'driving_licence', expires: [-4], validity: 180, categories: ['B'] },
  /** A child's passport (5 years) expiring in four months. */
  childPassportExpiresSoon: { n: 5, person: 'childTwoHolders', kind: 'passport', expires: [4], validity: 60 },
  /** A small child's passport (2 years) that has expired. */
  youngerChildPassportExpired: { n: 6, person: 'childTwoHoldersYounger', kind: 'passport', expires: [-1, -10], validity: 24 },
  /** Time-limited for health reasons and expiring in six weeks: renewal is free and inside the 3-month window. */
  healthLimitedLicence: {
    n: 7,
    person: 'singleParent',
    kind: 'driving_licence',
    expires: [1, 14],
    validity: 36,
    healthLimited: true,
    categories: ['B'],
  },
  singleParentPassport: { n: 8, person: 'singleParent', kind: 'passport', expires: [30], validity: 120 },
  /** Expires exactly six months from the seed day: the edge of the warning. */
  licenceAtSixMonths: { n: 9, person: 'vejleResident', kind: 'driving_licence', expires: [6], validity: 180, categories: ['B', 'BE'] },
  vejleResidentPassportExpired: { n: 10, person: 'vejleResident', kind: 'passport', expires: [-26], validity: 120 },
  /** Five months ahead: warned about, but outside the 3-month renewal window. */
  pensionerLicenceFiveMonths: {
    n: 11,
    person: 'nearPensionAarhus',
    kind: 'driving_licence',
    expires: [5],
    validity: 60,
    categories: ['B'],
  },
  pensionerPassport: { n: 12, person: 'nearPensionAarhus', kind: 'passport', expires: [44], validity: 120 },
  /** Reported lost: no longer valid (a new passport costs double without the old one). */
  lostPassport: { n: 13, person: 'nearPension', kind: 'passport', expires: [38], validity: 120, status: 'lost' },
  /** Handed in for the current one. */
  otherParentOldPassport: { n: 14, person: 'otherParent', kind: 'passport', expires: [-2], validity: 120, status: 'handed_in' },
  otherParentPassport: { n: 15, person: 'otherParent', kind: 'passport', expires: [117], validity: 120 },
  otherParentLicence: { n: 16, person: 'otherParent', kind: 'driving_licence', expires: [150], validity: 180, categories: ['A2', 'B'] },
  modulus11Passport: { n: 17, person: 'modulus11Failing', kind: 'passport', expires: [58], validity: 120 },
  emigratedPassport: { n: 18, person: 'emigrated', kind: 'passport', expires: [20], validity: 120 },
  protectedPassport: { n: 19, person: 'protectedAddress', kind: 'passport', expires: [84], validity: 120 },
  protectedLicence: { n: 20, person: 'protectedAddress', kind: 'driving_licence', expires: [120], validity: 180, categories: ['B'] },
} satisfies Record<string, FixedDocument>;

export const DEMO_IDENTITY_DOCUMENTS = Object.fromEntries(
  Object.entries(FIXED_DOCUMENTS).map(([key, d]) => [key, { id: docId(d.n), personId: DEMO_PERSONS[d.person].id }]),
) as Record<keyof typeof FIXED_DOCUMENTS, { id: string; personId: string }>;

/** Danish passports: 9 digits; driving licences: 8 digits. Derived from the row number, so they never collide. */
const passportNumber = (n: number) => `2${10_000_000 + n * 7919}`;
const licenceNumber = (n: number) => String(30_000_000 + n * 6151);

function row(n: number, personId: string, today: string, d: Omit<FixedDocument, 'n' | 'person'>): DocumentRow {
  const expiresOn = shiftDate(today, d.expires[0], d.expires[1] ?? 0);
  return {
    id: docId(n),
    personId,
    kind: d.kind,
    documentNumber: d.kind === 'passport' ? passportNumber(n) : licenceNumber(n),
    issuedOn: shiftDate(expiresOn, -d.validity),
    expiresOn,
    status: d.status ?? 'valid',
    healthLimited: d.healthLimited ?? false,
    categories: d.kind === 'driving_licence' ? (d.categories ?? ['B']) : null,
  };
}

/** Every demo document: the fixed ones, then documents for some generated adults, the same for the same day. */
export function buildDemoIdentityDocuments(ids: { aarhus: string; vejle: string }, today: string): DocumentRow[] {
  const rows: DocumentRow[] = Object.values(FIXED_DOCUMENTS).map((d: FixedDocument) => row(d.n, DEMO_PERSONS[d.person].id, today, d));
  const fixedPersons = new Set(Object.values(DEMO_PERSONS).map((p) => p.id));
  const random = mulberry32(SEED);
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  let n = 1001;
  const currentYear = Number(today.slice(0, 4));
  for (const person of buildDemoResidents(ids).rows) {
    if (fixedPersons.has(person.id!)) continue;
    // Born in the 1900s when the 7th digit and the year say so; the generated residents are 1935-2025.
    const yy = Number(person.cpr.slice(4, 6));
    const bornYear = yy + (yy <= currentYear % 100 && ['4', '5', '6', '7', '8', '9'].includes(person.cpr[6]!) ? 2000 : 1900);
    const age = currentYear - bornYear;
    if (age >= 1 && random() < 0.7) {
      const validity = age < 3 ? 24 : age < 18 ? 60 : 120;
      rows.push(row(n, person.id!, today, { kind: 'passport', expires: [int(-18, validity - 1)], validity }));
    }
    n++;
    if (age >= 18 && random() < 0.6) {
      const healthLimited = age >= 75 && random() < 0.5;
      const validity = healthLimited ? 24 : 180;
      rows.push(row(n, person.id!, today, { kind: 'driving_licence', expires: [int(-6, validity - 1)], validity, healthLimited }));
    }
    n++;
  }
  return rows;
}

/** Inserts the demo documents. Repeatable: fixed ids, existing rows are left alone. */
export async function seedDemoIdentityDocuments(tx: Tx, ids: { aarhus: string; vejle: string }, today = copenhagenToday()): Promise<void> {
  const rows = buildDemoIdentityDocuments(ids, today);
  for (let i = 0; i < rows.length; i += 100)
    await tx
      .insert(identityDocuments)
      .values(rows.slice(i, i + 100))
      .onConflictDoNothing();
}
