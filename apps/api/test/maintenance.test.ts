import { connectDatabase, schema } from '@skranke/db';
import { DEMO } from '@skranke/db/seed';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAINTENANCE_LOCK, PRUNE_ACTION, runMaintenance } from '../src/modules/maintenance/maintenance.ts';
import { verifyAuditChain } from '../src/floor/audit/audit-chain.ts';
import { build, type TestContext } from './helpers.ts';

let ctx: TestContext;
/** The runs' clock: every row below is placed relative to it. */
const NOW = new Date();
const ago = (ms: number) => new Date(NOW.getTime() - ms).toISOString();
const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const options = { eventsRetentionDays: 7, now: NOW, env: {} };

async function addEvent(municipalityId: string, locationId: string, at: string) {
  await ctx.owner.execute(sql`insert into location_events (municipality_id, location_id, type, payload, at)
    values (${municipalityId}, ${locationId}, 'test.event', '{}'::jsonb, ${at})`);
}

async function addSession(values: { expiresAt: string; revokedAt?: string; token: string }) {
  const [row] = await ctx.owner
    .insert(schema.sessions)
    .values({
      municipalityId: DEMO.aarhus.id,
      userId: DEMO.users.anna,
      expiresAt: new Date(values.expiresAt),
      revokedAt: values.revokedAt ? new Date(values.revokedAt) : null,
    })
    .returning({ id: schema.sessions.id });
  await ctx.owner.insert(schema.refreshTokens).values({ sessionId: row!.id, tokenHash: values.token, usedAt: new Date(ago(3 * HOUR)) });
  return row!.id;
}

const count = async (table: string) =>
  Number((await ctx.owner.execute<{ n: string }>(sql.raw(`select count(*) as n from ${table}`))).rows[0]!.n);
const pruneRecords = (municipalityId: string) =>
  ctx.owner
    .select()
    .from(schema.auditEvents)
    .where(sql`${schema.auditEvents.municipalityId} = ${municipalityId} and ${schema.auditEvents.action} = ${PRUNE_ACTION}`);

let liveSession: string;

beforeAll(async () => {
  ctx = await build();
  await ctx.owner.execute(sql`delete from location_events`);
  await ctx.owner.execute(sql`delete from sessions`);
  await ctx.owner.execute(sql`delete from login_failures`);

  await addEvent(DEMO.aarhus.id, DEMO.aarhus.dokk1, ago(8 * DAY)); // past retention
  await addEvent(DEMO.aarhus.id, DEMO.aarhus.dokk1, ago(6 * DAY));
  await addEvent(DEMO.aarhus.id, DEMO.aarhus.dokk1, ago(HOUR)); // today's stream: Last-Event-ID replay
  await addEvent(DEMO.vejle.id, DEMO.vejle.raadhus, ago(30 * DAY)); // past retention

  await addSession({ expiresAt: ago(HOUR), token: 'expired' });
  await addSession({ expiresAt: ago(-10 * HOUR), revokedAt: ago(2 * HOUR), token: 'revoked' });
  // A live session's used refresh token stays: presenting it again is how reuse is detected.
  liveSession = await addSession({ expiresAt: ago(-HOUR), token: 'live' });

  await ctx.owner.insert(schema.loginFailures).values([
    { usernameKey: 'anna', ip: '192.0.2.1', at: new Date(ago(20 * MIN)) }, // outside the 15-minute window
    { usernameKey: 'anna', ip: '192.0.2.1', at: new Date(ago(5 * MIN)) }, // still counts for throttling
    { usernameKey: 'nobody-by-that-name', ip: '192.0.2.2', at: new Date(ago(HOUR)) },
  ]);
});
afterAll(() => ctx.close());

describe('pnpm maintenance', () => {
  it('deletes what is past retention, keeps what is younger, and reports counts per step', async () => {
    const report = await runMaintenance(ctx.owner, options);
    expect(report.ran).toBe(true);
    const aarhus = report.municipalities.find((m) => m.municipalityId === DEMO.aarhus.id);
    const vejle = report.municipalities.find((m) => m.municipalityId === DEMO.vejle.id);
    expect(aarhus).toMatchObject({ locationEvents: 1, sessions: 2, refreshTokens: 2, loginFailures: 1 });
    expect(vejle).toMatchObject({ locationEvents: 1, sessions: 0, refreshTokens: 0, loginFailures: 0 });
    expect(report.unknownLoginFailures).toBe(1);
    expect(report.totals).toMatchObject({ locationEvents: 2, sessions: 2, refreshTokens: 2, loginFailures: 2 });

    const events = await ctx.owner.select({ at: schema.locationEvents.at }).from(schema.locationEvents);
    expect(events.map((e) => e.at.toISOString()).sort()).toEqual([ago(6 * DAY), ago(HOUR)]);
    const sessions = await ctx.owner.select({ id: schema.sessions.id }).from(schema.sessions);
    expect(sessions).toEqual([{ id: liveSession }]);
    expect(await ctx.owner.select({ hash: schema.refreshTokens.tokenHash }).from(schema.refreshTokens)).toEqual([{ hash: 'live' }]);
    const failures = await ctx.owner.select({ at: schema.loginFailures.at }).from(schema.loginFailures);
    expect(failures.map((f) => f.at.toISOString())).toEqual([ago(5 * MIN)]);
  });

  it('records the deletions in each municipality audit trail, which still verifies', async () => {
    const [aarhus] = await pruneRecords(DEMO.aarhus.id);
    expect(aarhus?.details).toMatchObject({
      locationEvents: 1,
      sessions: 2,
      refreshTokens: 2,
      loginFailures: 1,
      eventsBefore: ago(7 * DAY),
    });
    const [vejle] = await pruneRecords(DEMO.vejle.id);
    expect(vejle?.details).toMatchObject({ locationEvents: 1, sessions: 0 });
    expect(await verifyAuditChain(ctx.owner, DEMO.aarhus.id)).toBeNull();
    expect(await verifyAuditChain(ctx.owner, DEMO.vejle.id)).toBeNull();
  });

  it('a second run deletes nothing and records nothing', async () => {
    const auditBefore = await count('audit_events');
    const report = await runMaintenance(ctx.owner, options);
    expect(report.ran).toBe(true);
    expect(report.totals).toEqual({ locationEvents: 0, sessions: 0, refreshTokens: 0, loginFailures: 0, auditRecords: 0 });
    expect(await count('audit_events')).toBe(auditBefore);
  });

  it('skips while another process holds the maintenance lock, and runs once it is released', async () => {
    await addEvent(DEMO.aarhus.id, DEMO.aarhus.dokk1, ago(9 * DAY));
    const other = new pg.Client({ connectionString: ctx.database.url });
    await other.connect();
    try {
      await other.query('select pg_advisory_lock(hashtextextended($1, 0))', [MAINTENANCE_LOCK]);
      expect(await runMaintenance(ctx.owner, options)).toMatchObject({ ran: false, municipalities: [] });
      expect(await count('location_events')).toBe(3);
      await other.query('select pg_advisory_unlock(hashtextextended($1, 0))', [MAINTENANCE_LOCK]);
      expect((await runMaintenance(ctx.owner, options)).totals.locationEvents).toBe(1);
    } finally {
      await other.end();
    }
  });

  it('two processes at once: one does the work, one audit record', async () => {
    await addEvent(DEMO.aarhus.id, DEMO.aarhus.dokk1, ago(9 * DAY));
    await addEvent(DEMO.aarhus.id, DEMO.aarhus.dokk1, ago(10 * DAY));
    const recordsBefore = (await pruneRecords(DEMO.aarhus.id)).length;
    const second = connectDatabase(ctx.database.url, { max: 2 });
    try {
      const reports = await Promise.all([runMaintenance(ctx.owner, options), runMaintenance(second.db, options)]);
      expect(reports.filter((r) => r.totals.locationEvents > 0)).toHaveLength(1);
      expect(reports.reduce((n, r) => n + r.totals.locationEvents, 0)).toBe(2);
    } finally {
      await second.close();
    }
    expect(await pruneRecords(DEMO.aarhus.id)).toHaveLength(recordsBefore + 1);
    expect(await ctx.owner.select().from(schema.locationEvents).where(eq(schema.locationEvents.municipalityId, DEMO.vejle.id))).toEqual([]);
  });

  it('deletes in batches, each in its own short transaction with its own audit record', async () => {
    for (const days of [11, 12, 13]) await addEvent(DEMO.aarhus.id, DEMO.aarhus.dokk1, ago(days * DAY));
    await ctx.owner.insert(schema.loginFailures).values([
      { usernameKey: 'nobody-1', ip: '192.0.2.3', at: new Date(ago(HOUR)) },
      { usernameKey: 'nobody-2', ip: '192.0.2.3', at: new Date(ago(HOUR)) },
    ]);
    const recordsBefore = (await pruneRecords(DEMO.aarhus.id)).length;
    const report = await runMaintenance(ctx.owner, { ...options, batchSize: 2 });
    expect(report.totals).toMatchObject({ locationEvents: 3, loginFailures: 2 });
    expect(report.unknownLoginFailures).toBe(2);
    const records = (await pruneRecords(DEMO.aarhus.id)).slice(recordsBefore);
    expect(records.map((r) => r.details.locationEvents)).toEqual([2, 1]);
    expect(await verifyAuditChain(ctx.owner, DEMO.aarhus.id)).toBeNull();
  });

  it('runs the audit retention with the same clock, after its own pruning', async () => {
    const later = new Date(NOW.getTime() + 6 * 366 * DAY); // six years on: everything is past retention
    const before = await count('audit_events');
    const report = await runMaintenance(ctx.owner, { ...options, now: later, env: { SKRANKE_AUDIT_RETENTION_DECISIONS_YEARS: '5' } });
    expect(report.totals.locationEvents).toBe(2);
    expect(report.municipalities[0]!.auditPolicy.decisionsYears).toBe(5);
    // Every earlier record went, the new prune record included; each trail now starts with the retention record.
    expect(report.totals.auditRecords).toBe(before + 1);
    const aarhus = await ctx.owner
      .select({ action: schema.auditEvents.action })
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.municipalityId, DEMO.aarhus.id));
    expect(aarhus).toEqual([{ action: 'audit.retention' }]);
    expect(await verifyAuditChain(ctx.owner, DEMO.aarhus.id)).toBeNull();
  });
});
