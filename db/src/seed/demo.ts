import { eq, sql } from 'drizzle-orm';
import type { Database } from '../index.ts';
import { hashPassword } from '../passwords.ts';
import { appMeta, locations, municipalities, userLocations, users } from '../schema/index.ts';
import { seedDemoLawAreas } from './demo-law-areas.ts';
import { seedNationalFeeTables } from './reference-data.ts';
import { seedDemoPersons } from './demo-persons.ts';
import { seedDemoIdentityDocuments } from './identity-documents.ts';
import { seedDemoQueue } from './demo-queue.ts';
import { seedDemoMitIds } from './mitid.ts';
import { seedDemoHealth } from './demo-health.ts';
import { seedDemoContactSetup } from './demo-contacts.ts';

export { DEMO_QUEUE } from './demo-queue.ts';
export { DEMO_PERSONS } from './demo-persons.ts';
export { DEMO_LAW_AREAS } from './demo-law-areas.ts';
export { PASSPORT_FEE_TABLES, seedFeeTables, type SeedFeeTable } from './fees.ts';
export { DEMO_IDENTITY_DOCUMENTS } from './identity-documents.ts';
export { DEMO_MITIDS, DEMO_WITHOUT_MITID } from './mitid.ts';
export { DEMO_DOCTORS } from './demo-health.ts';
export { DRIVING_LICENCE_FEE_TABLES } from './driving-licence-fees.ts';
export { DEMO_REFERRAL_AUTHORITIES } from './demo-contacts.ts';

/** Fixed ids, so that demo data is the same on every machine and tests can name it. */
export const DEMO = {
  password: 'skranke-demo',
  aarhus: {
    id: '00000000-0000-4000-8000-000000000751',
    dokk1: '00000000-0000-4000-8001-000000000001',
    lystrup: '00000000-0000-4000-8001-000000000002',
    bus: '00000000-0000-4000-8001-000000000003',
  },
  vejle: {
    id: '00000000-0000-4000-8000-000000000630',
    raadhus: '00000000-0000-4000-8001-000000000101',
  },
  users: {
    anna: '00000000-0000-4000-8002-000000000001',
    lars: '00000000-0000-4000-8002-000000000002',
    admin: '00000000-0000-4000-8002-000000000003',
    mette: '00000000-0000-4000-8002-000000000101',
  },
} as const;

export const DEMO_SIGN_INS = [
  { username: 'anna', role: 'counter', municipality: 'Aarhus Kommune' },
  { username: 'lars', role: 'lead', municipality: 'Aarhus Kommune' },
  { username: 'admin', role: 'admin', municipality: 'Aarhus Kommune' },
  { username: 'mette', role: 'counter', municipality: 'Vejle Kommune' },
] as const;

const DEMO_MARKER = 'demo_data';

export class NotADemoDatabaseError extends Error {
  constructor() {
    super('Refusing to load demo data: this database is not marked for demo data (app_meta.demo_data).');
  }
}

/** Marks an empty database as a demo database. Refuses when it already holds users. */
export async function markForDemoData(db: Database): Promise<void> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  const [marker] = await db.select().from(appMeta).where(eq(appMeta.key, DEMO_MARKER));
  if ((row?.n ?? 0) > 0 && marker?.value !== 'true') {
    throw new Error('Refusing to mark a database that already holds users as a demo database.');
  }
  await db.insert(appMeta).values({ key: DEMO_MARKER, value: 'true' }).onConflictDoNothing();
}

export async function isDemoDatabase(db: Database): Promise<boolean> {
  const [marker] = await db.select().from(appMeta).where(eq(appMeta.key, DEMO_MARKER));
  return marker?.value === 'true';
}

/** Loads the demo municipalities, locations, sign-ins, queue set-up, residents and law areas. Repeatable: running it twice changes nothing. */
export async function seedDemoData(db: Database): Promise<void> {
  if (!(await isDemoDatabase(db))) throw new NotADemoDatabaseError();
  const passwordHash = await hashPassword(DEMO.password);
  await db.transaction(async (tx) => {
    await tx
      .insert(municipalities)
      .values([
        { id: DEMO.aarhus.id, code: '751', name: 'Aarhus Kommune' },
        { id: DEMO.vejle.id, code: '630', name: 'Vejle Kommune' },
      ])
      .onConflictDoNothing();
    await tx
      .insert(locations)
      .values([
        {
          id: DEMO.aarhus.dokk1,
          municipalityId: DEMO.aarhus.id,
          name: 'Borgerservice Dokk1',
          kind: 'office',
          address: 'Hack Kampmanns Plads 2, 8000 Aarhus C',
        },
        {
          id: DEMO.aarhus.lystrup,
          municipalityId: DEMO.aarhus.id,
          name: 'Borgerservice Lystrup',
          kind: 'office',
          address: 'Lystrup Centervej 4, 8520 Lystrup',
        },
        {
          id: DEMO.aarhus.bus,
          municipalityId: DEMO.aarhus.id,
          name: 'Borgerservicebussen',
          kind: 'mobile',
          address: 'Kører efter køreplan i landsbyerne',
        },
        {
          id: DEMO.vejle.raadhus,
          municipalityId: DEMO.vejle.id,
          name: 'Borgerservice Vejle Rådhus',
          kind: 'office',
          address: 'Skolegade 1, 7100 Vejle',
        },
      ])
      .onConflictDoNothing();
    const people = [
      { id: DEMO.users.anna, municipalityId: DEMO.aarhus.id, username: 'anna', name: 'Anna Sørensen', role: 'counter' },
      { id: DEMO.users.lars, municipalityId: DEMO.aarhus.id, username: 'lars', name: 'Lars Østergaard', role: 'lead' },
      { id: DEMO.users.admin, municipalityId: DEMO.aarhus.id, username: 'admin', name: 'Birgitte Holm', role: 'admin' },
      { id: DEMO.users.mette, municipalityId: DEMO.vejle.id, username: 'mette', name: 'Mette Kjær', role: 'counter' },
    ] as const;
    await tx
      .insert(users)
      .values(people.map((p) => ({ ...p, passwordHash })))
      .onConflictDoNothing();
    await tx
      .insert(userLocations)
      .values([
        { userId: DEMO.users.anna, locationId: DEMO.aarhus.dokk1, municipalityId: DEMO.aarhus.id },
        { userId: DEMO.users.anna, locationId: DEMO.aarhus.bus, municipalityId: DEMO.aarhus.id },
        { userId: DEMO.users.lars, locationId: DEMO.aarhus.dokk1, municipalityId: DEMO.aarhus.id },
        { userId: DEMO.users.lars, locationId: DEMO.aarhus.lystrup, municipalityId: DEMO.aarhus.id },
        { userId: DEMO.users.admin, locationId: DEMO.aarhus.dokk1, municipalityId: DEMO.aarhus.id },
        { userId: DEMO.users.mette, locationId: DEMO.vejle.raadhus, municipalityId: DEMO.vejle.id },
      ])
      .onConflictDoNothing();
    await seedDemoQueue(tx, {
      aarhus: DEMO.aarhus.id,
      vejle: DEMO.vejle.id,
      dokk1: DEMO.aarhus.dokk1,
      lystrup: DEMO.aarhus.lystrup,
      bus: DEMO.aarhus.bus,
      raadhus: DEMO.vejle.raadhus,
    });
    await seedDemoPersons(tx, { aarhus: DEMO.aarhus.id, vejle: DEMO.vejle.id });
    await seedDemoIdentityDocuments(tx, { aarhus: DEMO.aarhus.id, vejle: DEMO.vejle.id });
    await seedDemoLawAreas(tx, [DEMO.aarhus.id, DEMO.vejle.id]);
    await seedNationalFeeTables(tx);
    await seedDemoMitIds(tx, { aarhus: DEMO.aarhus.id, vejle: DEMO.vejle.id });
    await seedDemoHealth(tx);
    await seedDemoContactSetup(tx, { aarhus: DEMO.aarhus.id, vejle: DEMO.vejle.id });
  });
}
