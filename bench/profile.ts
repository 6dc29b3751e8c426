/**
 * `tsx bench/profile.ts`: where the time of one issueTicket and one call-next + finish goes, query by query, when run
 * in-process with 1 and with 16 concurrent callers; then EXPLAIN ANALYZE of each SELECT on the hot path. A diagnostic
 * for reading `pnpm bench`, not part of it.
 */
import type { DatabaseHandle } from '../db/src/index.ts';
import { connectDatabase } from '../db/src/index.ts';
import { keepBacklog, resetQueue, startFixture, type Fixture } from './lib/fixture.ts';
import { limitTarget, type Target } from './lib/targets.ts';

interface Sample {
  times: number[];
  text: string;
  values: unknown[];
}
type Queryable = { query: (...args: unknown[]) => unknown };

/** Wraps pg's promise-returning query() on the pool and its clients, so each statement's wall time is recorded. */
function recordQueries(handle: DatabaseHandle, client: Queryable) {
  const samples = new Map<string, Sample>();
  let on = false;
  for (const proto of [Object.getPrototypeOf(client) as Queryable, Object.getPrototypeOf(handle.pool) as Queryable]) {
    const original = proto.query;
    proto.query = function (this: unknown, ...args: unknown[]) {
      const result = original.apply(this, args) as Promise<unknown> | undefined;
      // Only the measured pool (not the benchmark's own backlog refills on the admin pool).
      const measured = this === handle.pool || (handle.pool as unknown as { _clients: unknown[] })._clients.includes(this);
      if (!on || !measured || typeof result?.then !== 'function') return result;
      const first = args[0] as string | { text: string; values?: unknown[] };
      const text = typeof first === 'string' ? first : first.text;
      // drizzle passes the parameters as the second argument; pg also accepts them inside the config.
      const values = (typeof first === 'string' ? args[1] : (first.values ?? args[1])) as unknown[] | undefined;
      const t0 = performance.now();
      return result.then((value) => {
        const sample = samples.get(text) ?? { times: [], text, values: values ?? [] };
        sample.times.push(performance.now() - t0);
        samples.set(text, sample);
        return value;
      });
    };
  }
  return {
    samples,
    measure: async (fn: () => Promise<void>) => {
      samples.clear();
      on = true;
      const t0 = performance.now();
      await fn();
      on = false;
      return performance.now() - t0;
    },
  };
}

function print(label: string, ops: number, ms: number, samples: Map<string, Sample>) {
  console.log(`\n## ${label}: ${ops} ops in ${ms.toFixed(0)} ms = ${((ops / ms) * 1000).toFixed(1)} ops/s`);
  const rows = [...samples.values()].map((s) => ({
    s,
    per: s.times.reduce((a, b) => a + b, 0) / ops,
    avg: s.times.reduce((a, b) => a + b, 0) / s.times.length,
  }));
  rows.sort((a, b) => b.per - a.per);
  console.log('ms per op | ms per call | calls per op | statement');
  for (const { s, per, avg } of rows) {
    console.log(
      `${per.toFixed(2).padStart(9)} | ${avg.toFixed(2).padStart(11)} | ${(s.times.length / ops).toFixed(1).padStart(12)} | ${s.text.replace(/\s+/g, ' ').slice(0, 140)}`,
    );
  }
  console.log(`round trips per op: ${(rows.reduce((n, r) => n + r.s.times.length, 0) / ops).toFixed(1)}`);
}

async function run(workers: number, ops: number, op: (i: number, worker: number) => Promise<void>) {
  let n = 0;
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      while (n < ops) await op(n++, w);
    }),
  );
}

async function profile(fixture: Fixture, handle: DatabaseHandle, target: Target, recorder: ReturnType<typeof recordQueries>) {
  for (const workers of [1, 16]) {
    const ops = workers === 1 ? 50 : 300;
    await resetQueue(fixture, 200);
    const issueMs = await recorder.measure(() => run(workers, ops, (i) => target.issue(i)));
    print(`issueTicket, ${workers} concurrent`, ops, issueMs, recorder.samples);
    await resetQueue(fixture, 200);
    const stop = keepBacklog(fixture, 300, 300, 120_000);
    const callMs = await recorder.measure(() =>
      run(workers, ops, async (_, w) => {
        const desk = fixture.desks[w]!;
        await target.finish(desk, await target.callNext(desk));
      }),
    );
    await stop();
    print(`call-next + finish, ${workers} concurrent`, ops, callMs, recorder.samples);
  }
  // The plans of the SELECTs seen in the last phases plus one issue round, with the queue as the benchmark has it.
  await resetQueue(fixture, 300);
  await recorder.measure(() => run(1, 20, (i) => target.issue(i)));
  const issueSamples = [...recorder.samples.values()];
  await recorder.measure(() => run(1, 5, async () => target.finish(fixture.desks[0]!, await target.callNext(fixture.desks[0]!))));
  // Statements that write are analysed inside a transaction that is rolled back (its NOTIFY is never sent).
  for (const s of [...issueSamples, ...recorder.samples.values()].filter((x) => /^\s*(select|with)/i.test(x.text))) {
    const client = await handle.pool.connect();
    try {
      await client.query('begin');
      const plan = await client.query(`explain (analyze, buffers, costs off) ${s.text}`, s.values);
      console.log(
        `\n### ${s.text.replace(/\s+/g, ' ').slice(0, 160)}\n${plan.rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n')}`,
      );
    } finally {
      await client.query('rollback');
      client.release();
    }
  }
}

const fixture = await startFixture(16);
const handle = connectDatabase(fixture.databaseUrl, { max: 20 });
try {
  const client = await handle.pool.connect();
  const recorder = recordQueries(handle, client as unknown as Queryable);
  client.release();
  await profile(fixture, handle, limitTarget(fixture, handle), recorder);
} finally {
  await handle.close();
  await fixture.stop();
}
