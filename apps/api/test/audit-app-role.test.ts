import { DEMO } from '@skranke/db/seed';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, verifyAuditChain } from '../src/floor/audit/audit-chain.ts';
import { build, login, type TestContext } from './helpers.ts';

let ctx: TestContext;
/** insufficient_privilege, as Drizzle passes on Postgres' error. */
const DENIED = { cause: { code: '42501', message: expect.stringMatching(/permission denied/) } };

beforeAll(async () => {
  ctx = await build();
  await login(ctx.app, 'anna');
});
afterAll(() => ctx.close());

describe('the API’s database role', () => {
  it('connects as skranke_app, not as the owner', async () => {
    const { rows } = await ctx.app.db.execute<{ user: string }>(sql`select current_user as user`);
    expect(rows[0]!.user).toBe('skranke_app');
  });

  it('may append to the audit trail but never edit, delete or truncate it', async () => {
    await ctx.app.db.transaction((tx) => appendAudit(tx, { municipalityId: DEMO.aarhus.id, action: 'test.append' }));
    await expect(ctx.app.db.execute(sql`update audit_events set purpose = 'skjult'`)).rejects.toMatchObject(DENIED);
    await expect(ctx.app.db.execute(sql`delete from audit_events`)).rejects.toMatchObject(DENIED);
    await expect(ctx.app.db.execute(sql`truncate audit_events`)).rejects.toMatchObject(DENIED);
    expect(await verifyAuditChain(ctx.app.db, DEMO.aarhus.id)).toBeNull();
  });

  it('still reads and writes the other tables', async () => {
    await expect(ctx.app.db.execute(sql`update users set name = name where username = 'anna'`)).resolves.toBeDefined();
  });
});
