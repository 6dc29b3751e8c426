import { schema, type Database } from '@skranke/db';
import { DEMO } from '@skranke/db/seed';
import { serviceDay } from '@skranke/domain';
import { expect } from 'vitest';
import { complete, expectOk, saveStep, startCase } from './cases-helpers.ts';
import type { As } from './queue-helpers.ts';

export interface PassportCase {
  id: string;
  version: number;
  status: string;
  currentStep: string | null;
  events: Array<{ action: string; toStatus: string; note: string | null; staff: { name: string } }>;
  passport: {
    age: number;
    fingerprintsRequired: boolean;
    consentRequired: boolean;
    validityYears: number;
    custodyHolders: Array<{ id: string; name: string; cprMasked: string; consent: { method: string } | null }>;
    oldPassport: { onRecord: { documentNumber: string; state: string } | null; expected: string; agreeing: string[] };
    fee: { year: number; rateCode: string; baseAmountOre: number; amountOre: number; doubled: boolean; approximate: boolean } | null;
    blockers: Array<{ code: string; field: string }>;
    order: {
      status: string;
      amountOre: number;
      validityYears: number;
      passportNumber: string | null;
      expiresOn: string | null;
      identityDocumentId: string | null;
    } | null;
  };
  [key: string]: unknown;
}

export const todayCph = () => serviceDay(new Date());

/** The civil date `years` before `date` (29 February → 28 February), shifted by `days`. */
export function yearsBefore(date: string, years: number, days = 0): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const at = new Date(Date.UTC(y - years, m - 1, 1));
  const last = new Date(Date.UTC(y - years, m, 0)).getUTCDate();
  at.setUTCDate(Math.min(d, last) + days);
  return at.toISOString().slice(0, 10);
}

let serial = 0;
/**
 * A resident of Aarhus born on `birthDate`, inserted for this test file (the demo residents' ages drift with the
 * calendar). The CPR number's 7th digit gives the century; the serial digits avoid the seeded ones (8xx).
 */
export async function insertResident(db: Database, birthDate: string, givenNames: string, holders: string[] = []): Promise<string> {
  const [y, m, d] = birthDate.split('-');
  const year = Number(y);
  const seventh = year >= 2000 ? '4' : '2';
  for (;;) {
    serial += 1;
    const cpr = `${d}${m}${y!.slice(2)}${seventh}8${String(serial).padStart(2, '0')}`;
    const [row] = await db
      .insert(schema.persons)
      .values({
        cpr,
        givenNames,
        surname: 'Passtest',
        municipalityId: DEMO.aarhus.id,
        street: 'Testvej 1',
        postcode: '8000',
        city: 'Aarhus C',
      })
      .onConflictDoNothing()
      .returning({ id: schema.persons.id });
    if (!row) continue;
    if (holders.length > 0) await db.insert(schema.custody).values(holders.map((holderId) => ({ childId: row.id, holderId })));
    return row.id;
  }
}

export const getCase = async (as: As, id: string) => expectOk<PassportCase>(await as({ method: 'GET', url: `/api/cases/${id}` }), 200);

export async function step(as: As, c: PassportCase, name: string, data: Record<string, unknown>): Promise<PassportCase> {
  return expectOk<PassportCase>(await saveStep(as, c.id, name, c.version, data), 200);
}

export interface Walk {
  identity?: Record<string, unknown>;
  photo?: Record<string, unknown>;
  fingerprints?: Record<string, unknown>;
  consent?: Record<string, unknown>;
  /** Defaults to the register's answer (handed in when a passport is on record, else a first passport). */
  old_passport?: Record<string, unknown>;
  /** Defaults to the fee the case shows, by card. */
  payment?: Record<string, unknown>;
}

/** Starts a passport case and saves every step (the payment is the fee the case shows); answers the draft. */
export async function walkPassport(as: As, citizenId: string, walk: Walk = {}): Promise<PassportCase> {
  let c = expectOk<PassportCase>(await startCase(as, citizenId, { type: 'passport' }), 201);
  c = await step(as, c, 'identity', walk.identity ?? { evidence: ['old_passport'], verified: true });
  c = await step(as, c, 'old_passport', walk.old_passport ?? { outcome: c.passport.oldPassport.expected });
  c = await step(as, c, 'photo', walk.photo ?? { source: 'taken_here' });
  c = await step(as, c, 'fingerprints', walk.fingerprints ?? { status: c.passport.fingerprintsRequired ? 'taken' : 'not_required' });
  c = await step(as, c, 'consent', walk.consent ?? { consents: [] });
  expect(c.passport.fee).not.toBeNull();
  c = await step(as, c, 'payment', walk.payment ?? { method: 'card', amountOre: c.passport.fee!.amountOre });
  return c;
}

export const order = async (as: As, c: PassportCase) => expectOk<PassportCase>(await complete(as, c.id, c.version), 200);
