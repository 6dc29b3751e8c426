/**
 * `npx tsx bench/cpu-per-op.ts`: CPU milliseconds per operation, one operation at a time (or CPU_CONCURRENCY at
 * once), for the queue service
 * called in-process (the limit) and for the API over HTTP in its own process, split by who spent them (PostgreSQL,
 * the API process, the caller). A diagnostic for a busy machine: CPU time per operation moves much less with other
 * load than throughput or latency do, so it shows the direction of a change when `pnpm bench` cannot.
 */
import { randomBytes } from 'node:crypto';
import { connectDatabase } from '../db/src/index.ts';
import { ownSeconds, parentOf, treeSeconds } from './lib/cpu.ts';
import { DOKK1, keepBacklog, resetQueue, startFixture } from './lib/fixture.ts';
import { JsonClient } from './lib/http.ts';
import { startApi } from './lib/processes.ts';
import { apiTarget, limitTarget, Tokens, type Target } from './lib/targets.ts';

const OPS = Number(process.env.CPU_OPS ?? 300);
/** CPU_CONCURRENCY=16: as many callers at once (each a desk of its own for call-next), to see where saturation goes. */
const CONCURRENCY = Number(process.env.CPU_CONCURRENCY ?? 1);

const fixture = await startFixture(Math.max(4, CONCURRENCY));
const handle = connectDatabase(fixture.databaseUrl, { max: Math.max(4, CONCURRENCY + 4) });
const jwtSecret = randomBytes(32).toString('hex');
// CPU_NO_ROLLUPS=1: without the statistics triggers on tickets (migration 0014), to see what they cost.
if (process.env.CPU_NO_ROLLUPS) await fixture.admin.pool.query('alter table tickets disable trigger user');
// Read before anything slow: an idle pool closes its connection after 10 s, and that backend's parent is then unknown.
const backend = await fixture.admin.pool.query<{ pid: number }>('select pg_backend_pid() as pid');
const postmaster = parentOf(backend.rows[0]!.pid);
// BENCH_CPU_PROF=<file>: the API process writes a V8 CPU profile there when it stops (bench/serve.ts).
const api = await startApi(fixture.databaseUrl, { poolSize: Math.max(4, CONCURRENCY + 4), jwtSecret, fdNeeded: 100, label: 'API process' });
const client = new JsonClient(api.url, Math.max(4, CONCURRENCY));

const self = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const groups = { postgres: () => treeSeconds(postmaster), api: () => ownSeconds(api.pid), caller: self };

async function measure(name: string, op: (i: number, worker: number) => Promise<void>) {
  const run = async (count: number) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_, worker) => {
        while (next < count) await op(next++, worker);
      }),
    );
  };
  await run(20); // warm-up: JIT, prepared statements, pool
  const before = Object.fromEntries(Object.entries(groups).map(([k, f]) => [k, f()]));
  const t0 = performance.now();
  await run(OPS);
  const wall = (performance.now() - t0) / OPS;
  const per = Object.fromEntries(Object.entries(groups).map(([k, f]) => [k, ((f() - before[k]!) * 1000) / OPS]));
  const total = Object.values(per).reduce((a, b) => a + b, 0);
  console.log(
    `${name.padEnd(32)} ${(1000 / wall).toFixed(0).padStart(5)} ops/s | cpu ms/op: postgres ${per.postgres!.toFixed(2)}, api ${per.api!.toFixed(2)}, caller ${per.caller!.toFixed(2)}, total ${total.toFixed(2)}`,
  );
}

async function both(target: Target) {
  await resetQueue(fixture, 200);
  await measure(`${target.name} issueTicket`, (i) => target.issue(i));
  await resetQueue(fixture, 200);
  const stop = keepBacklog(fixture, 300, 300, 300_000);
  await measure(`${target.name} call-next + finish`, async (_, worker) => {
    const desk = fixture.desks[worker]!;
    await target.finish(desk, await target.callNext(desk));
  });
  await stop();
}

try {
  const tokens = new Tokens(client);
  await tokens.refresh(['lars', ...fixture.desks.map((d) => d.username)]);
  console.log(`${OPS} operations each, one at a time, at ${DOKK1}`);
  const rounds = Number(process.env.CPU_ROUNDS ?? 2);
  for (let round = 0; round < rounds; round++) {
    if (!process.env.CPU_API_ONLY) await both(limitTarget(fixture, handle));
    await both(apiTarget(client, tokens));
  }
} finally {
  client.agent.destroy();
  await api.stop();
  await handle.close();
  await fixture.stop();
}
