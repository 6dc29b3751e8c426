import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, injectAs, login, type TestContext } from './helpers.ts';
import { DOKK1, issue, SERVICES } from './queue-helpers.ts';
import { startSecondProcess, type SecondProcess } from './support/second-process.ts';
import { connectSse, type SseConnection } from './support/sse-client.ts';

// Revoking a session (sign-out, a disabled user, a revoked device) ends its open live streams within a second, in
// every API process, not when the access token expires.
let ctx: TestContext;
let baseA: string;
let baseB: string;
let other: SecondProcess | undefined;

beforeAll(async () => {
  ctx = await build();
  baseA = await ctx.app.listen({ port: 0, host: '127.0.0.1' });
  other = await startSecondProcess(ctx.database.url);
  baseB = other.base;
}, 60_000);
afterAll(async () => {
  other?.stop();
  await ctx.close();
});

/** Opens a stream on each process with the token and waits until both are open. */
async function streamsOnBoth(token: string): Promise<SseConnection[]> {
  const streams = [connectSse(baseA, DOKK1, token), connectSse(baseB, DOKK1, token)];
  await Promise.all(streams.map((s) => s.opened));
  return streams;
}

/** Milliseconds until every stream has been ended by the server (fails after 3 s). */
async function timeToEnd(streams: SseConnection[], started: number): Promise<number> {
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('a stream stayed open')), 3000));
  await Promise.race([Promise.all(streams.map((s) => s.ended)), timeout]);
  return Date.now() - started;
}

describe('revocation ends open streams in every process', () => {
  it('signing out', async () => {
    const session = await login(ctx.app, 'lars');
    const streams = await streamsOnBoth(session.accessToken);
    const started = Date.now();
    const out = await injectAs(
      ctx.app,
      session,
    )({ method: 'POST', url: '/api/auth/logout', cookies: { skranke_refresh: session.refreshCookie } });
    expect(out.statusCode).toBe(204);
    expect(await timeToEnd(streams, started)).toBeLessThan(1000);
  });

  it('disabling the user', async () => {
    const anna = await login(ctx.app, 'anna');
    const admin = injectAs(ctx.app, await login(ctx.app, 'admin'));
    const streams = await streamsOnBoth(anna.accessToken);
    const started = Date.now();
    expect((await admin({ method: 'PATCH', url: `/api/admin/users/${anna.userId}`, payload: { disabled: true } })).statusCode).toBe(200);
    expect(await timeToEnd(streams, started)).toBeLessThan(1000);
  });

  it('revoking a display', async () => {
    const admin = injectAs(ctx.app, await login(ctx.app, 'admin'));
    const created = (
      await admin({ method: 'POST', url: '/api/admin/devices', payload: { name: 'Skærm', kind: 'display', locationId: DOKK1 } })
    ).json();
    const token = (
      await ctx.app.inject({ method: 'POST', url: '/api/auth/device-token', payload: { deviceKey: created.deviceKey } })
    ).json().accessToken;
    const streams = await streamsOnBoth(token);
    const started = Date.now();
    expect((await admin({ method: 'POST', url: `/api/admin/devices/${created.device.id}/revoke` })).statusCode).toBe(200);
    expect(await timeToEnd(streams, started)).toBeLessThan(1000);
  });

  it('a session that stays live keeps its stream', async () => {
    const lars = await login(ctx.app, 'lars');
    const streams = await streamsOnBoth(lars.accessToken);
    // Another of Lars's sessions signs out; this one is not touched.
    const second = await login(ctx.app, 'lars');
    await injectAs(ctx.app, second)({ method: 'POST', url: '/api/auth/logout', cookies: { skranke_refresh: second.refreshCookie } });
    // An event published after that sign-out still reaches both streams. Notifications arrive in commit order, so
    // each process has handled the revocation before this event: the streams were left open, not yet missed.
    const issued = await issue(injectAs(ctx.app, lars), SERVICES.pas);
    const ticketId: string = issued.ticket?.id ?? issued.id;
    expect(ticketId).toEqual(expect.any(String));
    const hasTicket = (events: SseConnection['events']) => events.some((e) => JSON.stringify(e.payload).includes(ticketId));
    for (const stream of streams) {
      while (!hasTicket(stream.events)) await stream.waitFor(stream.events.length + 1, 3000);
      expect(hasTicket(stream.events)).toBe(true);
    }
    for (const s of streams) s.close();
  });
});
