import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, login, type TestContext } from './helpers.ts';
import { DOKK1, issue, SERVICES } from './queue-helpers.ts';
import { injectAs } from './helpers.ts';
import { connectSse } from './support/sse-client.ts';

let ctx: TestContext;
let baseA: string;
let baseB: string;
let other: ChildProcess;
let token: string;

/** A second, separate API process on the same database. */
function startSecondProcess(databaseUrl: string): Promise<string> {
  const script = fileURLToPath(new URL('./support/serve.ts', import.meta.url));
  other = spawn(process.execPath, ['--import', 'tsx', script], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    other.stdout!.on('data', (chunk: Buffer) => {
      const match = /LISTENING (\S+)/.exec(chunk.toString());
      if (match) resolve(match[1]!);
    });
    other.on('exit', (code) => reject(new Error(`second process exited ${code}`)));
  });
}

beforeAll(async () => {
  ctx = await build();
  baseA = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  baseB = await startSecondProcess(ctx.database.url);
  token = (await login(ctx.app, 'lars')).accessToken;
}, 60_000);
afterAll(async () => {
  other?.kill('SIGTERM');
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
