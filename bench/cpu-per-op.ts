/**
 * `npx tsx bench/cpu-per-op.ts`: CPU milliseconds per operation, one operation at a time, for the queue service
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
const fixture = await startFixture(4);
const handle = connectDatabase(fixture.databaseUrl, { max: 4 });
const jwtSecret = randomBytes(32).toString('hex');
// Read before anything slow: an idle pool closes its connection after 10 s, and that backend's parent is then unknown.
const backend = await fixture.admin.pool.query<{ pid: number }>('select pg_backend_pid() as pid');
const postmaster = parentOf(backend.rows[0]!.pid);
// BENCH_CPU_PROF=<file>: the API process writes a V8 CPU profile there when it stops (bench/serve.ts).
const api = await startApi(fixture.databaseUrl, { poolSize: 4, jwtSecret, fdNeeded: 100, label: 'API process' });
const client = new JsonClient(api.url, 4);

const self = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const groups = { postgres: () => treeSeconds(postmaster), api: () => ownSeconds(api.pid), caller: self };

async function measure(name: string, op: (i: number) => Promise<void>) {
  for (let i = 0; i < 20; i++) await op(i); // warm-up: JIT, prepared statements, pool
  const before = Object.fromEntries(Object.entries(groups).map(([k, f]) => [k, f()]));
  const t0 = performance.now();
  for (let i = 0; i < OPS; i++) await op(i);
  const wall = (performance.now() - t0) / OPS;
  const per = Object.fromEntries(Object.entries(groups).map(([k, f]) => [k, ((f() - before[k]!) * 1000) / OPS]));
  const total = Object.values(per).reduce((a, b) => a + b, 0);
  console.log(
    `${name.padEnd(32)} wall ${wall.toFixed(2).padStart(6)} ms | cpu ms/op: postgres ${per.postgres!.toFixed(2)}, api ${per.api!.toFixed(2)}, caller ${per.caller!.toFixed(2)}, total ${total.toFixed(2)}`,
  );
}

async function both(target: Target) {
  await resetQueue(fixture, 200);
  await measure(`${target.name} issueTicket`, (i) => target.issue(i));
  await resetQueue(fixture, 200);
  const stop = keepBacklog(fixture, 300, 300, 300_000);
  const desk = fixture.desks[0]!;
  await measure(`${target.name} call-next + finish`, async () => target.finish(desk, await target.callNext(desk)));
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
