import { schema } from '@skranke/db';
import { DEMO } from '@skranke/db/seed';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../src/floor/audit/audit-chain.ts';
import { build, injectAs, login, type TestContext } from './helpers.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await build();
});
afterAll(() => ctx.close());

describe('audit trail', () => {
  it('verifies records with structured details, which jsonb stores in another key order', async () => {
    const asAdmin = injectAs(ctx.app, await login(ctx.app, 'admin'));
    const r = await asAdmin({
      method: 'PATCH',
      url: `/api/admin/users/${DEMO.users.lars}`,
      payload: { name: 'Lars Østergaard Bach', locationIds: [DEMO.aarhus.dokk1] },
    });
    expect(r.statusCode).toBe(200);
    expect(await verifyAuditChain(ctx.app.db, DEMO.aarhus.id)).toBeNull();
    await ctx.owner.execute(sql`delete from audit_events`); // the chain starts over for the checks below
  });

  it('records sign-ins in a hash chain per municipality that detects an edit made in SQL', async () => {
    await login(ctx.app, 'anna');
    await login(ctx.app, 'lars');
    await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'anna', password: 'forkert' } });
    await login(ctx.app, 'mette');

    const aarhus = await ctx.app.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.municipalityId, DEMO.aarhus.id))
      .orderBy(schema.auditEvents.id);
    expect(aarhus.map((r) => r.action)).toEqual(['auth.login', 'auth.login', 'auth.login-failed']);
    expect(aarhus[0]!.actorUserId).toBe(DEMO.users.anna);
    expect(await verifyAuditChain(ctx.app.db, DEMO.aarhus.id)).toBeNull();
    expect(await verifyAuditChain(ctx.app.db, DEMO.vejle.id)).toBeNull();

    // Someone with database access rewrites who did it.
    await ctx.owner.execute(sql`update audit_events set actor_user_id = ${DEMO.users.admin} where id = ${aarhus[1]!.id}`);
    expect(await verifyAuditChain(ctx.app.db, DEMO.aarhus.id)).toEqual({ id: aarhus[1]!.id, reason: 'hash-mismatch' });
    // Vejle's chain is its own and still intact.
    expect(await verifyAuditChain(ctx.app.db, DEMO.vejle.id)).toBeNull();
  });

  it('detects a deleted record', async () => {
    const rows = await ctx.app.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.municipalityId, DEMO.vejle.id))
      .orderBy(schema.auditEvents.id);
    await login(ctx.app, 'mette');
    await login(ctx.app, 'mette');
    const after = await ctx.app.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.municipalityId, DEMO.vejle.id))
      .orderBy(schema.auditEvents.id);
    expect(after.length).toBe(rows.length + 2);
    await ctx.owner.execute(sql`delete from audit_events where id = ${after[after.length - 2]!.id}`);
    expect(await verifyAuditChain(ctx.app.db, DEMO.vejle.id)).toEqual({ id: after[after.length - 1]!.id, reason: 'prev-hash-mismatch' });
  });
});
