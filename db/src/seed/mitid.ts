/**
 * MitIDs for the demo residents, for the LocalMitIdRegistry (a witness must have had MitID for a number of days, so
 * the register needs history). Dates are set relative to the day the seed first runs, like the identity documents:
 * a fresh demo always has a witness just inside and one just outside the 30-day rule. Repeatable: fixed ids, a fixed
 * random seed, existing rows left alone.
 */
import type { Tx } from '../index.ts';
import { mitidIdentities } from '../schema/index.ts';
import { buildDemoResidents, DEMO_PERSONS, mulberry32 } from './demo-persons.ts';
import { copenhagenToday, shiftDate } from './identity-documents.ts';

type MitIdRow = typeof mitidIdentities.$inferInsert;
type PersonKey = keyof typeof DEMO_PERSONS;

const mitidId = (n: number) => `00000000-0000-4000-8009-${String(n).padStart(12, '0')}`;
const SEED = 0x3d1d;
const AUTHENTICATORS = ['app', 'app', 'app', 'kodeviser', 'kodeoplaeser', 'chip'] as const;

/** Residents the tests and docs name: how many days before the seed day they got MitID. */
const FIXED_MITIDS = {
  /** A well-established witness. */
  familyFather: { n: 1, person: 'familyFather', daysAgo: 900, authenticator: 'app' },
  /** Exactly 30 days: not yet a witness under the default rule (more than 30 days). */
  familyMother: { n: 2, person: 'familyMother', daysAgo: 30, authenticator: 'app' },
  /** 31 days: just a witness. */
  otherParent: { n: 3, person: 'otherParent', daysAgo: 31, authenticator: 'kodeviser' },
  protectedAddress: { n: 4, person: 'protectedAddress', daysAgo: 400, authenticator: 'app' },
  singleParent: { n: 5, person: 'singleParent', daysAgo: 700, authenticator: 'app' },
  vejleResident: { n: 6, person: 'vejleResident', daysAgo: 1200, authenticator: 'chip' },
} satisfies Record<string, { n: number; person: PersonKey; daysAgo: number; authenticator: MitIdRow['authenticator'] }>;

export const DEMO_MITIDS = Object.fromEntries(
  Object.entries(FIXED_MITIDS).map(([key, m]) => [key, { id: mitidId(m.n), personId: DEMO_PERSONS[m.person].id, daysAgo: m.daysAgo }]),
) as Record<keyof typeof FIXED_MITIDS, { id: string; personId: string; daysAgo: number }>;

/** Residents deliberately without MitID, so tests and demos can issue one. */
export const DEMO_WITHOUT_MITID: readonly PersonKey[] = [
  'nearPensionAarhus',
  'modulus11Failing',
  'noFixedAddress',
  'nearPension',
  'substituteNumber',
  'emigrated',
];

/** Every demo MitID: the fixed ones, then about 70 % of the other residents aged 13 or more. */
export function buildDemoMitIds(ids: { aarhus: string; vejle: string }, today: string): MitIdRow[] {
  const row = (
    n: number,
    personId: string,
    municipalityId: string,
    daysAgo: number,
    authenticator: MitIdRow['authenticator'],
  ): MitIdRow => {
    const issuedOn = shiftDate(today, 0, -daysAgo);
    return { id: mitidId(n), personId, municipalityId, authenticator, issuedOn, holderSince: issuedOn };
  };
  const residents = buildDemoResidents(ids).rows;
  const municipalityOf = new Map(residents.map((p) => [p.id!, p.municipalityId]));
  const rows = Object.values(FIXED_MITIDS).map((m) => {
    const personId = DEMO_PERSONS[m.person].id;
    return row(m.n, personId, municipalityOf.get(personId)!, m.daysAgo, m.authenticator);
  });
  const skip = new Set([...Object.values(DEMO_PERSONS).map((p) => p.id)]);
  const random = mulberry32(SEED);
  const currentYear = Number(today.slice(0, 4));
  let n = 1001;
  for (const person of residents) {
    n++;
    if (skip.has(person.id!)) continue;
    const yy = Number(person.cpr.slice(4, 6));
    const bornYear = yy + (yy <= currentYear % 100 && ['4', '5', '6', '7', '8', '9'].includes(person.cpr[6]!) ? 2000 : 1900);
    const age = currentYear - bornYear - 1;
    if (age < 13 || random() >= 0.7) continue;
    const maxDays = Math.min((age - 13) * 365, 5 * 365);
    const daysAgo = 1 + Math.floor(random() * Math.max(1, maxDays));
    rows.push(row(n, person.id!, person.municipalityId, daysAgo, AUTHENTICATORS[Math.floor(random() * AUTHENTICATORS.length)]!));
  }
  return rows;
}

export async function seedDemoMitIds(tx: Tx, ids: { aarhus: string; vejle: string }, today = copenhagenToday()): Promise<void> {
  const rows = buildDemoMitIds(ids, today);
  for (let i = 0; i < rows.length; i += 100)
    await tx
      .insert(mitidIdentities)
      .values(rows.slice(i, i + 100))
      .onConflictDoNothing();
}
