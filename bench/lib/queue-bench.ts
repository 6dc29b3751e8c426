/** Saturated throughput (limit and API) and latency at fixed rates: runs alternate which side goes first. */
import type { Context } from './context.ts';
import { phase } from './context.ts';
import type { RateResult } from './load.ts';
import { callsAtRate, issueAtRate, saturatedCalls, saturatedIssue } from './phases.ts';
import type { Figures } from './report.ts';
import { summarise } from './stats.ts';
import { apiTarget, limitTarget, type Target } from './targets.ts';

const ms = (n: number) => n.toFixed(1);
const cut = (r: RateResult) =>
  r.overloadedAfter === null
    ? ''
    : ` (overloaded: cut after ${r.overloadedAfter.toFixed(1)} s, sustained ${r.completedPerSecond.toFixed(0)}/s)`;

async function atRate(ctx: Context, t: Target, rate: number, run: number, timing = ctx.config.atRate) {
  const issue = await phase(ctx, `${t.name} issue at ${rate}/s`, () => issueAtRate(t, rate, timing));
  const calls = await phase(ctx, `${t.name} call at ${rate}/s`, () => callsAtRate(t, ctx.fixture.desks, rate, timing), { refill: true });
  const i = summarise(issue.latencies);
  const c = summarise(calls.latencies);
  ctx.log(
    `run ${run}: ${t.name} at ${rate}/s: issue p50/p90/p99 ${ms(i.p50)}/${ms(i.p90)}/${ms(i.p99)} ms${cut(issue)}; ` +
      `call ${ms(c.p50)}/${ms(c.p90)}/${ms(c.p99)} ms${cut(calls)}`,
  );
  return { issue, calls, i, c, finish: summarise(calls.finishLatencies) };
}

export async function runQueueBench(ctx: Context): Promise<Figures[]> {
  const { config, fixture } = ctx;
  const usernames = ['lars', ...fixture.desks.map((d) => d.username)];
  const runs: Figures[] = [];
  for (let run = 1; run <= config.runs; run++) {
    await ctx.tokens.refresh(usernames);
    const limit = limitTarget(fixture, ctx.limitHandle);
    const api = apiTarget(ctx.client, ctx.tokens);
    // Alternate which side goes first, so that drift on a shared machine does not favour one.
    const order: Target[] = run % 2 ? [limit, api] : [api, limit];
    const throughput: Record<string, number> = {};
    for (const t of order) {
      const r = await phase(ctx, `${t.name} issue, saturated`, () => saturatedIssue(t, config.concurrency, config.saturated));
      throughput[`${t.name}Issue`] = r.opsPerSecond;
      ctx.log(`run ${run}: ${t.name} issueTicket saturated: ${r.opsPerSecond.toFixed(0)} ops/s`);
    }
    for (const t of order) {
      const r = await phase(ctx, `${t.name} call+finish, saturated`, () => saturatedCalls(t, fixture.desks, config.saturated), {
        refill: true,
      });
      throughput[`${t.name}Calls`] = r.opsPerSecond;
      ctx.log(`run ${run}: ${t.name} call-next+finish saturated: ${r.opsPerSecond.toFixed(0)} pairs/s`);
    }
    const rated = new Map<string, Awaited<ReturnType<typeof atRate>>>();
    for (const t of order) rated.set(t.name, await atRate(ctx, t, config.rate, run));
    const low = await atRate(ctx, api, config.lowRate, run);
    const a = rated.get('api')!;
    const l = rated.get('limit')!;
    runs.push({
      limitIssue: throughput.limitIssue!,
      apiIssue: throughput.apiIssue!,
      limitCalls: throughput.limitCalls!,
      apiCalls: throughput.apiCalls!,
      issueP50: a.i.p50,
      issueP90: a.i.p90,
      issueP99: a.i.p99,
      callP50: a.c.p50,
      callP90: a.c.p90,
      callP99: a.c.p99,
      callServiceP99: summarise(a.calls.serviceTimes).p99,
      finishP99: a.finish.p99,
      limitIssueP99: l.i.p99,
      limitCallP99: l.c.p99,
      issueSustained: a.issue.completedPerSecond,
      issueCutAfter: a.issue.overloadedAfter ?? Number.NaN,
      callSustained: a.calls.completedPerSecond,
      callCutAfter: a.calls.overloadedAfter ?? Number.NaN,
      lowIssueP50: low.i.p50,
      lowIssueP99: low.i.p99,
      lowCallP50: low.c.p50,
      lowCallP99: low.c.p99,
    });
  }
  return runs;
}
