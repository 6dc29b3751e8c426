import { DEMO } from '@skranke/db/seed';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, login, type TestContext } from './helpers.ts';
import { DOKK1, issue, SERVICES } from './queue-helpers.ts';
import { injectAs } from './helpers.ts';
import { startSecondProcess, type SecondProcess } from './support/second-process.ts';
import { connectSse } from './support/sse-client.ts';

let ctx: TestContext;
let baseA: string;
let baseB: string;
let other: SecondProcess | undefined;
let token: string;

beforeAll(async () => {
  ctx = await build();
  baseA = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  other = await startSecondProcess(ctx.database.url);
  baseB = other.base;
  token = (await login(ctx.app, 'lars')).accessToken;
}, 60_000);
afterAll(async () => {
  other?.stop();
  await ctx.close();
});

describe('streamLocationEvents', () => {
  it('delivers every event, in order, to clients of both API processes', async () => {
    const a = connectSse(baseA, DOKK1, token);
    const b = connectSse(baseB, DOKK1, token);
    await Promise.all([a.opened, b.opened]);
    const lars = injectAs(ctx.app, { accessToken: token });
    const issued = [];
    for (let i = 0; i < 5; i++) issued.push((await issue(lars, SERVICES.pas)).ticket.displayNumber);
    const [ea, eb] = await Promise.all([a.waitFor(5), b.waitFor(5)]);
    expect(ea.map((e) => e.seq)).toEqual(eb.map((e) => e.seq));
    expect(ea.map((e) => (e.payload.ticket as { displayNumber: string }).displayNumber)).toEqual(issued);
    expect(ea.every((e) => e.type === 'ticket.issue')).toBe(true);
    const seqs = ea.map((e) => e.seq);
    expect([...seqs].sort((x, y) => x - y)).toEqual(seqs);
    a.close();
    b.close();
  });

  it('replays exactly what a client missed when it reconnects with Last-Event-ID', async () => {
    const lars = injectAs(ctx.app, { accessToken: token });
    const first = connectSse(baseB, DOKK1, token);
    await first.opened;
    await issue(lars, SERVICES.mitid);
    await issue(lars, SERVICES.mitid);
    const seen = await first.waitFor(2);
    const lastSeen = seen[1]!.seq;
    first.close();

    // Missed while disconnected:
    const missed = [];
    for (let i = 0; i < 3; i++) missed.push((await issue(lars, SERVICES.koerekort)).ticket.id);

    const again = connectSse(baseA, DOKK1, token, lastSeen);
    const replayed = await again.waitFor(3);
    await new Promise((r) => setTimeout(r, 300));
    expect(again.events.map((e) => (e.payload.ticket as { id: string }).id)).toEqual(missed);
    expect(replayed[0]!.seq).toBeGreaterThan(lastSeen);
    again.close();
  });

  it('holds an event back while an older transaction runs, then delivers in (xid, seq) order and resumes by id', async () => {
    const lars = injectAs(ctx.app, { accessToken: token });
    const client = connectSse(baseB, DOKK1, token);
    await client.opened;
    const older = new pg.Client({ connectionString: ctx.database.url });
    await older.connect();
    try {
      await older.query('begin');
      await older.query('select pg_current_xact_id()'); // it has its transaction id before the issue below
      const issued = await issue(lars, SERVICES.pas); // commits first, with a younger transaction id
      await new Promise((r) => setTimeout(r, 400));
      expect(client.events).toHaveLength(0);
      // Written late, announced by no NOTIFY: the readers find it when they look again.
      await older.query(`insert into location_events (municipality_id, location_id, type, payload) values ($1, $2, 'test.older', '{}')`, [
        DEMO.aarhus.id,
        DOKK1,
      ]);
      await older.query('commit');
      const [first, second] = await client.waitFor(2);
      expect([first!.type, second!.type]).toEqual(['test.older', 'ticket.issue']);
      expect((second!.payload.ticket as { id: string }).id).toBe(issued.ticket.id);
      expect(first!.seq).toBeGreaterThan(second!.seq); // ids are unique, not increasing along the stream

      const resumed = connectSse(baseA, DOKK1, token, first!.seq);
      await resumed.waitFor(1);
      await new Promise((r) => setTimeout(r, 300));
      expect(resumed.events.map((e) => e.seq)).toEqual([second!.seq]);
      resumed.close();
    } finally {
      await older.end();
      client.close();
    }
  });

  it('keeps a stream open for the life of the access token, not closing it early', async () => {
    const lars = injectAs(ctx.app, { accessToken: token });
    const client = connectSse(baseA, DOKK1, token);
    await client.opened;
    await new Promise((r) => setTimeout(r, 2500));
    const before = client.events.length;
    await issue(lars, SERVICES.pas);
    await client.waitFor(before + 1, 5000);
    client.close();
  });

  it('refuses another location’s display and unauthenticated clients', async () => {
    const anonymous = await fetch(`${baseA}/api/locations/${DOKK1}/events`);
    expect(anonymous.status).toBe(401);
    const mette = (await login(ctx.app, 'mette')).accessToken;
    const foreign = await fetch(`${baseA}/api/locations/${DOKK1}/events`, { headers: { authorization: `Bearer ${mette}` } });
    expect(foreign.status).toBe(404);
  });
});
