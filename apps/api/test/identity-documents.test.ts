import { connectDatabase, schema, type DatabaseHandle } from '@skranke/db';
import { DEMO, DEMO_IDENTITY_DOCUMENTS, DEMO_PERSONS } from '@skranke/db/seed';
import { createTestDatabase, type TestDatabase } from '@skranke/db/testing';
import { documentState, IDENTITY_DOCUMENT_KINDS, IDENTITY_DOCUMENT_STATUSES, serviceDay } from '@skranke/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuplicateDocumentNumberError, LocalIdentityDocumentRegister } from '../src/floor/registers/identity-documents.ts';

let database: TestDatabase;
let handle: DatabaseHandle;
const register = new LocalIdentityDocumentRegister();
const today = serviceDay(new Date());

beforeAll(async () => {
  database = await createTestDatabase();
  // The app role: the register must work with the privileges the API has.
  handle = connectDatabase(database.appUrl, { max: 2 });
});
afterAll(async () => {
  await handle.close();
  await database.drop();
});

describe('LocalIdentityDocumentRegister with the demo documents', () => {
  it('lists a person’s documents, passports first, newest first', async () => {
    const docs = await register.listForPerson(handle.db, DEMO_PERSONS.otherParent.id);
    expect(docs.map((d) => [d.kind, d.status])).toEqual([
      ['passport', 'valid'],
      ['passport', 'handed_in'],
      ['driving_licence', 'valid'],
    ]);
    expect(docs[2]!.categories).toEqual(['A2', 'B']);
    expect(docs[0]!.categories).toBeNull();
    expect(docs[0]!.documentNumber).toMatch(/^\d{9}$/);
    expect(docs[2]!.documentNumber).toMatch(/^\d{8}$/);
  });

  it('seeds documents expiring within six months, expired ones and a health-limited licence', async () => {
    const state = async (key: keyof typeof DEMO_IDENTITY_DOCUMENTS) => {
      const doc = await register.findById(handle.db, DEMO_IDENTITY_DOCUMENTS[key].id);
      return documentState(doc!, today);
    };
    expect(await state('fatherPassportExpiresSoon')).toBe('expires_soon');
    expect(await state('childPassportExpiresSoon')).toBe('expires_soon');
    expect(await state('licenceAtSixMonths')).toBe('expires_soon');
    expect(await state('motherLicenceExpired')).toBe('expired');
    expect(await state('youngerChildPassportExpired')).toBe('expired');
    expect(await state('lostPassport')).toBe('invalid');
    expect(await state('motherPassport')).toBe('valid');
    const health = await register.findById(handle.db, DEMO_IDENTITY_DOCUMENTS.healthLimitedLicence.id);
    expect(health).toMatchObject({ kind: 'driving_licence', healthLimited: true, personId: DEMO_PERSONS.singleParent.id });
  });

  it('has documents for generated residents too, and none for the resident without a fixed address', async () => {
    const [row] = await handle.pool
      .query<{ n: number; people: number }>('select count(*)::int as n, count(distinct person_id)::int as people from identity_documents')
      .then((r) => r.rows);
    expect(row!.people).toBeGreaterThan(100);
    expect(await register.listForPerson(handle.db, DEMO_PERSONS.noFixedAddress.id)).toEqual([]);
  });
});

describe('record and setStatus', () => {
  it('records a passport and marks the old one handed in, in one transaction', async () => {
    const person = DEMO_PERSONS.familyFather.id;
    const recorded = await handle.db.transaction(async (tx) => {
      await register.setStatus(tx, DEMO_IDENTITY_DOCUMENTS.fatherPassportExpiresSoon.id, 'handed_in', DEMO.users.anna);
      return register.record(tx, {
        personId: person,
        kind: 'passport',
        documentNumber: '209999991',
        issuedOn: '2026-11-22',
        expiresOn: '2036-11-22',
      });
    });
    expect(recorded).toMatchObject({ kind: 'passport', status: 'valid', healthLimited: false, categories: null, caseId: null });
    const docs = await register.listForPerson(handle.db, person);
    expect(docs.filter((d) => d.kind === 'passport').map((d) => [d.documentNumber, d.status])).toEqual([
      ['209999991', 'valid'],
      [expect.any(String), 'handed_in'],
    ]);
    const old = docs.find((d) => d.id === DEMO_IDENTITY_DOCUMENTS.fatherPassportExpiresSoon.id)!;
    expect(old.statusChangedAt).toBeInstanceOf(Date);
  });

  it('records a licence with its categories and health limit', async () => {
    const doc = await register.record(handle.db, {
      personId: DEMO_PERSONS.nearPension.id,
      kind: 'driving_licence',
      documentNumber: '39999991',
      issuedOn: '2026-11-22',
      expiresOn: '2028-11-22',
      healthLimited: true,
      categories: ['B'],
    });
    expect(doc).toMatchObject({ healthLimited: true, categories: ['B'], status: 'valid' });
  });

  it('refuses a number already on record and leaves the transaction usable', async () => {
    const outcome = await handle.db.transaction(async (tx) => {
      const error = await register
        .record(tx, {
          personId: DEMO_PERSONS.familyMother.id,
          kind: 'passport',
          documentNumber: '209999991',
          issuedOn: '2026-01-01',
          expiresOn: '2036-01-01',
        })
        .catch((e: unknown) => e);
      const still = await register.listForPerson(tx, DEMO_PERSONS.familyMother.id);
      return { error, count: still.length };
    });
    expect(outcome.error).toBeInstanceOf(DuplicateDocumentNumberError);
    expect(outcome.count).toBe(2);
  });

  it('refuses a licence without categories and a passport marked health-limited (database checks)', async () => {
    const base = { personId: DEMO_PERSONS.familyMother.id, issuedOn: '2026-01-01', expiresOn: '2031-01-01' };
    await expect(register.record(handle.db, { ...base, kind: 'driving_licence', documentNumber: '39999992' })).rejects.toThrow();
    await expect(
      register.record(handle.db, { ...base, kind: 'passport', documentNumber: '209999992', healthLimited: true }),
    ).rejects.toThrow();
    await expect(
      register.record(handle.db, { ...base, kind: 'passport', documentNumber: '209999993', expiresOn: '2025-01-01' }),
    ).rejects.toThrow();
  });

  it('answers null for an unknown id', async () => {
    expect(await register.setStatus(handle.db, '00000000-0000-4000-8007-999999999999', 'lost')).toBeNull();
    expect(await register.findById(handle.db, '00000000-0000-4000-8007-999999999999')).toBeNull();
  });
});

describe('code lists', () => {
  // The contracts take their lists from the domain; the database's enums are still written apart.
  it('are the same in the database and the domain', () => {
    expect(schema.identityDocumentKind.enumValues).toEqual([...IDENTITY_DOCUMENT_KINDS]);
    expect(schema.identityDocumentStatus.enumValues).toEqual([...IDENTITY_DOCUMENT_STATUSES]);
  });
});
