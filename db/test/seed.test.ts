import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, runMigrations, schema, type DatabaseHandle } from '../src/index.ts';
import { DEMO, NotADemoDatabaseError, seedDemoData } from '../src/seed/demo.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing.ts';

let database: TestDatabase;
let handle: DatabaseHandle;

beforeAll(async () => {
  database = await createTestDatabase();
  handle = connectDatabase(database.url);
});
afterAll(async () => {
  await handle.close();
  await database.drop();
});

const count = async (table: typeof schema.users | typeof schema.locations) =>
  (await handle.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

describe('demo seed', () => {
  it('holds two municipalities with the demo sign-ins', async () => {
    const users = await handle.db
      .select({ username: schema.users.username, municipalityId: schema.users.municipalityId })
      .from(schema.users);
    expect(users.map((u) => u.username).sort()).toEqual(['admin', 'anna', 'lars', 'mette']);
    expect(users.find((u) => u.username === 'mette')?.municipalityId).toBe(DEMO.vejle.id);
  });

  it('is repeatable: a second run adds nothing', async () => {
    const before = [await count(schema.users), await count(schema.locations)];
    await seedDemoData(handle.db);
    expect([await count(schema.users), await count(schema.locations)]).toEqual(before);
  });

  it('refuses a database that is not marked for demo data', async () => {
    await handle.db.update(schema.appMeta).set({ value: 'false' }).where(eq(schema.appMeta.key, 'demo_data'));
    await expect(seedDemoData(handle.db)).rejects.toBeInstanceOf(NotADemoDatabaseError);
    await handle.db.update(schema.appMeta).set({ value: 'true' }).where(eq(schema.appMeta.key, 'demo_data'));
  });

  it('stores passwords as argon2id hashes only', async () => {
    const [anna] = await handle.db.select().from(schema.users).where(eq(schema.users.username, 'anna'));
    expect(anna?.passwordHash).toMatch(/^\$argon2id\$/);
  });
});

describe('migrations', () => {
  it('can be applied again without effect', async () => {
    await runMigrations(database.url);
    expect(await count(schema.users)).toBe(4);
  });
});
