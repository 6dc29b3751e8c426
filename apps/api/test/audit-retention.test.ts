import { schema } from '@skranke/db';
import { DEMO, DEMO_PERSONS } from '@skranke/db/seed';
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyRetention, retentionPolicyFromEnv } from '../src/modules/audit/retention.ts';
import { verifyAuditChain } from '../src/floor/audit/audit-chain.ts';
import { build, injectAs, login, type TestContext } from './helpers.ts';

let ctx: TestContext;
let asAnna: ReturnType<typeof injectAs>;
const policy = { decisionsYears: 5, lookupsMonths: 6 };
const inMonths = (months: number) => {
  const d = new Date();
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
};
const aarhusTrail = () =>
  ctx.owner
    .select()
    .from(schema.auditEvents)
    .where(eq(schema.auditEvents.municipalityId, DEMO.aarhus.id))
    .orderBy(asc(schema.auditEvents.id));
const lookup = () =>
  asAnna({ method: 'POST', url: '/api/citizens/lookup', payload: { cpr: DEMO_PERSONS.familyMother.cpr, purpose: 'pas' } });

beforeAll(async () => {
  ctx = await build();
  asAnna = injectAs(ctx.app, await login(ctx.app, 'anna'));
  await ctx.owner.execute(sql`delete from audit_events`); // start the chains afresh: look-ups, a sign-in, a look-up
  await lookup();
  await lookup();
  await login(ctx.app, 'lars');
  await lookup();
});
afterAll(() => ctx.close());

describe('audit retention', () => {
  it('keeps look-up logs younger than six months', async () => {
    expect(await applyRetention(ctx.owner, DEMO.aarhus.id, policy, inMonths(5))).toMatchObject({ deleted: 0 });
    expect(await aarhusTrail()).toHaveLength(4);
  });

  it('deletes the expired prefix, audits that it did, and the shortened chain verifies', async () => {
    const before = await aarhusTrail();
    const result = await applyRetention(ctx.owner, DEMO.aarhus.id, policy, inMonths(7));
    // The two look-ups before the sign-in; the sign-in (5 years) and the look-up behind it stay.
    expect(result).toEqual({ municipalityId: DEMO.aarhus.id, deleted: 2, firstKeptId: before[2]!.id });
    const after = await aarhusTrail();
    expect(after.map((r) => r.action)).toEqual(['auth.login', 'citizen.lookup', 'audit.retention']);
    expect(after[2]!.details).toMatchObject({ deleted: 2, firstKeptId: before[2]!.id, lastDeletedHash: before[1]!.hash });
    expect(await verifyAuditChain(ctx.owner, DEMO.aarhus.id)).toBeNull();
    expect(await verifyAuditChain(ctx.owner, DEMO.vejle.id)).toBeNull();
  });

  it('still detects an edit or a gap in a shortened chain', async () => {
    const trail = await aarhusTrail();
    await ctx.owner.execute(sql`delete from audit_events where id = ${trail[0]!.id}`);
    expect(await verifyAuditChain(ctx.owner, DEMO.aarhus.id)).toEqual({ id: trail[1]!.id, reason: 'prev-hash-mismatch' });
    await ctx.owner.insert(schema.auditEvents).values(trail[0]!); // put it back as it was
    expect(await verifyAuditChain(ctx.owner, DEMO.aarhus.id)).toBeNull();
  });

  it('deletes everything once it has all expired, and the retention record starts the chain afresh', async () => {
    const result = await applyRetention(ctx.owner, DEMO.aarhus.id, policy, inMonths(12 * 6));
    expect(result).toMatchObject({ deleted: 3, firstKeptId: null });
    expect((await aarhusTrail()).map((r) => r.action)).toEqual(['audit.retention']);
    expect(await verifyAuditChain(ctx.owner, DEMO.aarhus.id)).toBeNull();
  });

  it('reads its policy from the environment, never below six months for look-ups', () => {
    expect(retentionPolicyFromEnv({})).toEqual({ decisionsYears: 5, lookupsMonths: 6 });
    expect(retentionPolicyFromEnv({ SKRANKE_AUDIT_RETENTION_DECISIONS_YEARS: '10', SKRANKE_AUDIT_RETENTION_LOOKUPS_MONTHS: '3' })).toEqual({
      decisionsYears: 10,
      lookupsMonths: 6,
    });
    expect(() => retentionPolicyFromEnv({ SKRANKE_AUDIT_RETENTION_DECISIONS_YEARS: 'fem' })).toThrow(/whole number/);
  });
});
