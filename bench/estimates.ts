/**
 * `pnpm bench:estimates`: how close the wait estimate at issue comes to the real wait, today's method
 * (estimateWaitMinutes: the open counters played forward in call order, shared capacity) beside the old one
 * (legacyEstimate: own-service position over counters per service). Deterministic: fixed seeds, no database, no clock.
 *
 * 1. Simulation: seeded days at a location with 4 or 6 counters, mixed work profiles, 10 % priority tickets, played
 *    through the real call order (bench/lib/estimates/simulate.ts).
 * 2. History replay: the last days of Dokk1 and Viby as `pnpm seed:history` writes them (historyDays), estimates from
 *    the state at each arrival against the recorded waits (bench/lib/estimates/replay.ts).
 *
 * Prints markdown; BENCH_ESTIMATES_WRITE=1 also writes it into docs/benchmarks.md between the estimate markers.
 * BENCH_ESTIMATES_DAYS (default 20) days per scenario.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DEMO, DEMO_QUEUE } from '../db/src/seed/demo.ts';
import { HISTORY_LOCATIONS, SERVICE_MIX } from '../db/src/seed/history-model.ts';
import { fmt } from './lib/stats.ts';
import { accuracy, type Accuracy } from './lib/estimates/metrics.ts';
import { Samples, type Observation } from './lib/estimates/observe.ts';
import { lastHistoryDays, replayDay, replayThroughQueue } from './lib/estimates/replay.ts';
import { simulateDay, type DayScenario, type SimCounter } from './lib/estimates/simulate.ts';
import { REPO_ROOT } from './lib/processes.ts';

const DAYS = Number(process.env.BENCH_ESTIMATES_DAYS ?? 20);
const START = '<!-- bench:estimates:start -->';
const END = '<!-- bench:estimates:end -->';

const S = DEMO_QUEUE.aarhusServices;
const SERVICE_NAME = new Map(Object.entries(S).map(([code, id]) => [id, code]));
const prefixOf = (id: string) => SERVICE_MIX.find((s) => s.id === id)!.prefix;
const ALL = SERVICE_MIX.map((s) => s.id);

const profile = (counterId: string, ...codes: (keyof typeof S)[]): SimCounter => ({ counterId, serviceIds: codes.map((c) => S[c]) });
/** Six counters as a large office staffs them: each colleague takes two or three services, one takes everything. */
const SIX_MIXED = [
  profile('k1', 'pas', 'koerekort'),
  profile('k2', 'pas', 'mitid'),
  profile('k3', 'mitid', 'digital-post', 'selvbetjening'),
  profile('k4', 'sundhedskort', 'vejledning', 'koerekort'),
  { counterId: 'k5', serviceIds: ALL },
  profile('k6', 'pas', 'sundhedskort', 'vejledning'),
];
const FOUR_MIXED = [
  profile('k1', 'pas', 'koerekort', 'sundhedskort'),
  profile('k2', 'mitid', 'digital-post', 'selvbetjening', 'vejledning'),
  profile('k3', 'pas', 'mitid'),
  { counterId: 'k4', serviceIds: ALL },
];
const FOUR_ALL = ['k1', 'k2', 'k3', 'k4'].map((counterId) => ({ counterId, serviceIds: ALL }));

const day = (name: string, counters: SimCounter[], load: number): DayScenario => ({
  name,
  counters,
  load,
  priorityShare: 0.1,
  opens: 10,
  closes: 17,
});
const SIMULATED: DayScenario[] = [
  day('6 counters, mixed profiles, load 0.85', SIX_MIXED, 0.85),
  day('6 counters, mixed profiles, load 1.0', SIX_MIXED, 1.0),
  day('4 counters, mixed profiles, load 0.85', FOUR_MIXED, 0.85),
  day('4 counters, mixed profiles, load 1.0', FOUR_MIXED, 1.0),
  day('4 counters, every service each, load 0.9', FOUR_ALL, 0.9),
];

const HISTORY_PERIOD = { seed: 20261122, lastDay: '2026-11-21', years: 3, tickets: 1_550_000 };
const REPLAYED = [DEMO.aarhus.dokk1, HISTORY_LOCATIONS[1]!.id];

interface Result {
  scenario: string;
  overall: Accuracy;
  byService: Array<{ serviceId: string; accuracy: Accuracy }>;
}

function summarise(scenario: string, observations: Observation[]): Result {
  const services = [...new Set(observations.map((o) => o.serviceId))].sort((a, b) => prefixOf(a).localeCompare(prefixOf(b)));
  return {
    scenario,
    overall: accuracy(observations),
    byService: services.map((serviceId) => ({ serviceId, accuracy: accuracy(observations.filter((o) => o.serviceId === serviceId)) })),
  };
}

const pct = (share: number) => `${fmt(share * 100, 0)} %`;
const row = (label: string, a: Accuracy) =>
  `| ${label} | ${a.tickets} | ${fmt(a.meanWait)} | ${fmt(a.maeLegacy)} → **${fmt(a.maeNew)}** | ${pct(a.within5Legacy)} → **${pct(a.within5New)}** | ${a.shortlyButLongLegacy} → **${a.shortlyButLongNew}** | ${a.unknownLegacy} → ${a.unknownNew} |`;
const HEADER = [
  '| | called tickets | mean real wait (min) | MAE old → new (min) | within ±5 min old → new | "shortly" but waited > 10 min, old → new | unknown old → new |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
];

function table(results: Result[], perService: boolean) {
  const lines = [...HEADER];
  for (const r of results) {
    lines.push(row(`**${r.scenario}**`, r.overall));
    if (perService) for (const s of r.byService) lines.push(row(`${prefixOf(s.serviceId)} ${SERVICE_NAME.get(s.serviceId)}`, s.accuracy));
  }
  return lines.join('\n');
}

async function main() {
  const began = performance.now();
  const simulated = SIMULATED.map((scenario) => {
    const samples = new Samples();
    const observations = Array.from({ length: DAYS }, (_, i) => simulateDay(scenario, 1000 + i, samples)).flat();
    return summarise(scenario.name, observations);
  });
  const kept = lastHistoryDays(HISTORY_PERIOD, REPLAYED, DAYS);
  const replayed = REPLAYED.map((locationId) => {
    const entries = kept.get(locationId)!;
    const location = HISTORY_LOCATIONS.find((l) => l.id === locationId)!;
    const name = `${location.name} (${location.counters.length} counters), last ${entries.length} days of seed:history`;
    const samples = new Samples();
    return summarise(
      name,
      entries.flatMap((entry) => replayDay(name, entry, samples)),
    );
  });
  const queued = REPLAYED.map((locationId) => {
    const entries = kept.get(locationId)!;
    const location = HISTORY_LOCATIONS.find((l) => l.id === locationId)!;
    const samples = new Samples();
    const runs = entries.map((entry, i) =>
      replayThroughQueue(
        location.name,
        entry,
        SIX_MIXED.map((c) => c.serviceIds),
        samples,
        2000 + i,
      ),
    );
    const desks = runs.map((r) => r.desks);
    const name = `${location.name}, last ${entries.length} days of seed:history, ${Math.min(...desks)}–${Math.max(...desks)} counters`;
    return summarise(
      name,
      runs.flatMap((r) => r.observations),
    );
  });
  const seconds = (performance.now() - began) / 1000;
  const block = [
    START,
    `_Written by \`pnpm bench:estimates\` on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC in ${fmt(seconds)} s; ${DAYS} days per scenario, seeds 1000–${1000 + DAYS - 1}; history seed ${HISTORY_PERIOD.seed}, last day ${HISTORY_PERIOD.lastDay}._`,
    '',
    '**Simulated days** (real call order, mixed profiles, 10 % priority tickets; per service):',
    '',
    table(simulated, true),
    '',
    "**seed:history's days through the call order** (the same citizens, handling times, no-shows and give-ups; counters as the generator's staffing rule asks, uncapped, with the six mixed profiles in turn; per service):",
    '',
    table(queued, true),
    '',
    "**seed:history replayed as recorded** (the generator's drawn waits; its sessions take every service):",
    '',
    table(replayed, true),
    END,
  ].join('\n');
  console.log(block);
  if (process.env.BENCH_ESTIMATES_WRITE === '1') {
    const file = path.join(REPO_ROOT, 'docs/benchmarks.md');
    const text = await readFile(file, 'utf8');
    const start = text.indexOf(START);
    const end = text.indexOf(END);
    if (start < 0 || end < 0) throw new Error(`docs/benchmarks.md has no ${START} … ${END} markers`);
    await writeFile(file, text.slice(0, start) + block + text.slice(end + END.length));
    console.log(`\nwritten into ${path.relative(REPO_ROOT, file)}`);
  }
}

await main();
