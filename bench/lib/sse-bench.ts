/** The SSE section: a second API process, two client fleets, then `sseRuns` runs of lib/sse.ts. */
import { phase, type Context } from './context.ts';
import { spawnTs, startApi } from './processes.ts';
import { asFleet, runSse, type Fleet, type SseResult } from './sse.ts';

export async function runSseBench(ctx: Context, cleanups: Array<() => Promise<unknown>>, fdPerApi: number): Promise<SseResult[]> {
  const { config } = ctx;
  ctx.log(`SSE: a second API process and two client fleets for ${config.sse.clients} clients`);
  const apiB = await startApi(ctx.fixture.databaseUrl, {
    poolSize: config.poolSize,
    jwtSecret: config.jwtSecret,
    fdNeeded: fdPerApi,
    label: 'API process B',
  });
  cleanups.push(() => apiB.stop());
  ctx.pids.api.push(apiB.pid);
  const fleets: Fleet[] = [];
  for (const label of ['SSE fleet 1', 'SSE fleet 2']) {
    const { child } = await spawnTs('bench/sse-clients.ts', { fdNeeded: config.sse.clients / 2 + 100, ready: /FLEET READY/, label });
    cleanups.push(() => child.stop());
    fleets.push(asFleet(child));
    ctx.pids.fleets.push(child.pid);
  }
  const results: SseResult[] = [];
  for (let run = 1; run <= config.sseRuns; run++) {
    const token = await ctx.tokens.get('lars');
    const name = `SSE ${config.sse.clients} clients, ${config.sse.ratePerSecond} events/s`;
    const r = await phase(ctx, name, async () => ({
      ...(await runSse(
        ctx.fixture,
        [fleets[0]!, fleets[1]!],
        [ctx.api.url, apiB.url],
        [ctx.api.process, apiB.process],
        ctx.client,
        token,
        config.sse,
      )),
      errors: { count: 0 },
    }));
    results.push(r);
    ctx.log(
      `run ${run}: SSE ${r.clients} clients, ${r.published} events: p50/p99 ${r.steadyFromAt.p50.toFixed(1)}/${r.steadyFromAt.p99.toFixed(1)} ms; ` +
        `dropped ${r.dropped}; lost ${r.lost} (${r.lostBeforeFirst} before the first event), duplicated ${r.duplicated}, ` +
        `out of order ${r.outOfOrder}; exact ${r.clientsExact}/${r.clients}; streams ended by the server ${r.serverEnds}; behind at end ${r.behindAtEnd}`,
    );
  }
  return results;
}
