/**
 * `pnpm bench:appointments`: the figures of issue 12 (docs/benchmarks.md, "Appointments"). Not a test: nothing here
 * asserts a timing; the targets are reported PASS or FAIL.
 * 1. 200 concurrent bookings for the last 20 free times, over HTTP against a real API process.
 * 2. listAppointmentSlots for 30 days at a 10-counter desk with 60 % of the seats booked: p50/p95/p99.
 * 3. A simulated day (1,400 visits, 60 % booked) replayed through the API in-process on a movable clock, and a
 *    walk-in-only day of the same load.
 *
 * Environment: BENCH_RUNS (race and free-times runs, default 3), BENCH_ONLY=race|slots|day (one part),
 * BENCH_QUICK=1 (a short smoke run: fewer requests, a small day). Only a full run writes the docs.
 */
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { connectDatabase } from '../db/src/index.ts';
import { PublicClient } from './lib/appointments-http.ts';
import { DaySimulator } from './lib/appointments-day.ts';
import { dayFigures } from './lib/appointments-figures.ts';
import { isolatedRefusals, prepareRace, runRace } from './lib/appointments-race.ts';
import { renderAppointments, writeAppointmentsDocs, type AppointmentsReport } from './lib/appointments-report.ts';
import { mergedDay, walkInDay, type DayShape } from './lib/appointments-scenario.ts';
import { startAppointmentsFixture, type AppointmentsFixture } from './lib/appointments-setup.ts';
import { prepareSlots, runSlots } from './lib/appointments-slots.ts';
import { REPO_ROOT, spawnTs } from './lib/processes.ts';

const quick = process.env.BENCH_QUICK === '1';
const only = process.env.BENCH_ONLY;
const RUNS = Number(process.env.BENCH_RUNS ?? (quick ? 1 : 3));
const RACE = { bookers: 200, freeTimes: 20, seed: 12_200 };
const SLOTS = { requests: quick ? 50 : 100, concurrency: 4, days: 30, share: 0.6, seed: 12_300 };
/**
 * 1,400 visits of 3–15 minutes (mean 9) over 10 opening hours are 12,600 counter-minutes; 24 counters (14,400) put
 * the load at 0.875, the least counters for a load at or under 0.9, the load of the domain simulation's pinned
 * figures. Times of 15 minutes with as many seats as counters, as there.
 */
const DAY = {
  visits: quick ? 280 : 1400,
  bookedShare: 0.6,
  seed: 20_261_207,
  shape: {
    date: '2026-12-15',
    opensMinute: 8 * 60,
    openMinutes: 10 * 60,
    counters: quick ? 5 : 24,
    slotMinutes: 15,
    graceMinutes: 5,
  } satisfies DayShape,
  walkInDate: '2026-12-16',
};
const JWT_SECRET = 'benchmark-secret-that-is-long-enough-for-hs256-0123456789';
const WATCHDOG_MS = 15 * 60_000;

const log = (message: string) => console.log(`[bench:appointments ${new Date().toISOString().slice(11, 19)}] ${message}`);
const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const cleanups: Array<() => Promise<unknown>> = [];
async function cleanup() {
  for (const fn of cleanups.reverse()) await fn().catch((error) => console.error('cleanup:', error));
  cleanups.length = 0;
}

async function startApi(fixture: AppointmentsFixture) {
  const { child, match } = await spawnTs('bench/lib/appointments-serve.ts', {
    env: { DATABASE_URL: fixture.databaseUrl, BENCH_JWT_SECRET: JWT_SECRET, BENCH_POOL_SIZE: '20', SKRANKE_BOOKING_RATE_LIMIT: '100000' },
    fdNeeded: 600,
    ready: /LISTENING (http:\/\/127\.0\.0\.1:\d+)/,
    label: 'API process',
  });
  cleanups.push(() => child.stop());
  return match[1]!;
}

function workingTree(): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  const sha = git('rev-parse', '--short', 'HEAD');
  const dirty = git(
    'status',
    '--porcelain',
    '--',
    'apps/api/src',
    'db/src',
    'db/migrations',
    'packages/domain/src',
    'packages/contracts/src',
  )
    .split('\n')
    .filter(Boolean).length;
  return `code: ${sha}${dirty ? ` with ${dirty} uncommitted files in apps/api, db, packages (others' work in progress on the shared tree)` : ''}`;
}

async function main() {
  const began = performance.now();
  const loads: string[] = [`before: ${load()}`];
  const report: AppointmentsReport = {
    date: '',
    machine: [],
    config: [],
    race: { runs: [], bookers: RACE.bookers, freeTimes: RACE.freeTimes, isolated: null },
    slots: { runs: [], items: 0, bytes: 0, seats: 0, booked: 0, days: SLOTS.days, concurrency: SLOTS.concurrency },
    day: null,
    errors: [],
    runtimeSeconds: 0,
  };
  log(`load average ${load()}; starting a throw-away PostgreSQL`);
  const fixture = await startAppointmentsFixture(DAY.shape.counters, DAY.shape.slotMinutes);
  cleanups.push(() => fixture.stop());

  if (!only || only === 'race' || only === 'slots') {
    const url = await startApi(fixture);
    const client = new PublicClient(url, RACE.bookers);
    cleanups.push(async () => client.close());
    if (!only || only === 'race') {
      try {
        const times = await prepareRace(fixture, RACE.freeTimes, RACE.seed);
        for (let run = 1; run <= RUNS; run++) {
          const result = await runRace(fixture, client, times, RACE.bookers, run);
          report.race.runs.push(result);
          log(
            `race ${run}: ${result.created} × 201, ${result.conflicts} × 409, doubles ${result.doubleSeats}, p99 ${result.all.p99.toFixed(0)} ms`,
          );
        }
        report.race.isolated = await isolatedRefusals(fixture, client, times[0]!, 10);
        loads.push(`after the race: ${load()}`);
      } catch (error) {
        report.errors.push(`race failed: ${(error as Error).message}`);
      }
    }
    if (!only || only === 'slots') {
      try {
        const { seats, booked } = await prepareSlots(fixture, SLOTS.share, SLOTS.seed);
        const limit = connectDatabase(fixture.databaseUrl, { max: 4 });
        cleanups.push(() => limit.close());
        Object.assign(report.slots, { seats, booked });
        for (let run = 1; run <= RUNS; run++) {
          const { run: result, items, bytes } = await runSlots(fixture, client, limit, SLOTS);
          Object.assign(report.slots, { items, bytes });
          report.slots.runs.push(result);
          log(
            `slots ${run}: sequential p95 ${result.sequential.p95.toFixed(1)} ms, at ${SLOTS.concurrency} p95 ${result.concurrent.p95.toFixed(1)} ms`,
          );
        }
        loads.push(`after the free times: ${load()}`);
      } catch (error) {
        report.errors.push(`free times failed: ${(error as Error).message}`);
      }
    }
  }

  if (!only || only === 'day') {
    try {
      const simulator = new DaySimulator(fixture, JWT_SECRET);
      await simulator.start();
      cleanups.push(() => simulator.close());
      const visits = mergedDay(DAY.seed, DAY.shape, DAY.visits, DAY.bookedShare);
      log(`day: booking ${visits.filter((v) => v.booked).length} times the day before`);
      const codes = await simulator.book(DAY.shape.date, visits);
      log('day: replaying the merged day');
      const merged = await simulator.replay(DAY.shape.date, DAY.shape.opensMinute, visits, codes);
      // The same work as the merged day brought: as many walk-ins as citizens came (the no-shows bring none).
      const came = visits.filter((v) => v.arrivesAt !== null).length;
      const alone = walkInDay(DAY.seed + 1, { ...DAY.shape, date: DAY.walkInDate }, came);
      log('day: replaying the walk-in-only day');
      const walkIns = await simulator.replay(DAY.walkInDate, DAY.shape.opensMinute, alone, new Map());
      report.day = {
        merged: dayFigures(visits, merged, DAY.shape.counters, DAY.shape.openMinutes),
        walkInOnly: dayFigures(alone, walkIns, DAY.shape.counters, DAY.shape.openMinutes),
        counters: DAY.shape.counters,
      };
      loads.push(`after the day: ${load()}`);
    } catch (error) {
      report.errors.push(`simulated day failed: ${(error as Error).stack ?? error}`);
    }
  }

  const cpus = os.cpus();
  report.date = new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
  report.machine = [
    `cores: ${cpus.length} (${cpus[0]?.model.trim() ?? 'unknown'}), shared with everything else on the machine; load average (1, 5, 15 min) ${loads.join('; ')}`,
    `Node ${process.version}, ${os.type()} ${os.release()}; ${fixture.postgresVersion.split(',')[0]} (embedded, throw-away cluster, fsync on); ${workingTree()}`,
  ];
  report.config = [
    `race: the driving-licence times at a new desk (10-minute times for 10 citizens, 60 days ahead, Mon–Fri 08–18) booked full in the table except one seat at each of ${RACE.freeTimes} times; ${RACE.bookers} citizens (own addresses) each ask for one of them (10 per time) at once over HTTP against an API process (pool 20, booking limit raised by SKRANKE_BOOKING_RATE_LIMIT); connections opened before; the winners deleted between runs`,
    `free times: the same desk's passport times, each seat pre-booked with probability ${SLOTS.share} (seeded); \`?days=${SLOTS.days}\` from today; the service in-process (pool 4) ${SLOTS.requests / 2} times, then over HTTP ${SLOTS.requests} requests one after another then ${SLOTS.requests} at ${SLOTS.concurrency} at a time, after 10 warm-up requests, each from its own address`,
    `simulated day: ${DAY.shape.date}, ${DAY.shape.opensMinute / 60}–${(DAY.shape.opensMinute + DAY.shape.openMinutes) / 60}, ${DAY.shape.counters} counters (one colleague each, passport only), ${DAY.visits} visits of 3–15 minutes (uniform), ${DAY.bookedShare * 100} % booked on ${DAY.shape.slotMinutes}-minute times with ${DAY.shape.counters} seats each (booked on the public page the day before, times drawn at random over the day's seats), 5 % no-shows, 10 % late within the ${DAY.shape.graceMinutes}-minute grace, the rest 0–15 minutes early; walk-ins a Poisson process; seed ${DAY.seed}. Walk-in-only day: ${DAY.walkInDate}, as many walk-ins as citizens came on the merged day (its visits less the no-shows), seed ${DAY.seed + 1}`,
  ];
  report.runtimeSeconds = (performance.now() - began) / 1000;
  const markdown = renderAppointments(report);
  console.log(`\n${markdown}\n`);
  if (quick || only) log('BENCH_QUICK or BENCH_ONLY: docs/benchmarks.md left as it is');
  else log(`written to ${await writeAppointmentsDocs(markdown)}`);
  if (report.errors.length) process.exitCode = 1;
}

const watchdog = setTimeout(() => {
  console.error(`[bench:appointments] still running after ${WATCHDOG_MS / 60_000} min: stopping`);
  void cleanup().finally(() => process.exit(2));
}, WATCHDOG_MS);
process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));

main()
  .catch((error) => {
    console.error('[bench:appointments] failed:', error);
    process.exitCode = 1;
  })
  .finally(async () => {
    await cleanup();
    clearTimeout(watchdog);
  });
