/** The markdown block `pnpm bench:appointments` prints and writes between its markers in docs/benchmarks.md. */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DayFigures } from './appointments-figures.ts';
import type { RaceRun } from './appointments-race.ts';
import type { SlotsRun } from './appointments-slots.ts';
import { REPO_ROOT } from './processes.ts';
import { fmt, median, type LatencySummary } from './stats.ts';

export const START = '<!-- bench:appointments:start -->';
export const END = '<!-- bench:appointments:end -->';

export interface AppointmentsReport {
  date: string;
  machine: string[];
  config: string[];
  race: { runs: RaceRun[]; bookers: number; freeTimes: number; isolated: LatencySummary | null };
  slots: { runs: SlotsRun[]; items: number; bytes: number; seats: number; booked: number; days: number; concurrency: number };
  day: { merged: DayFigures; walkInOnly: DayFigures; counters: number } | null;
  errors: string[];
  runtimeSeconds: number;
}

const verdict = (ok: boolean) => (ok ? '**PASS**' : '**FAIL**');
const list = (values: number[], digits = 0) => values.map((v) => fmt(v, digits)).join(', ');
const tally = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([k, n]) => `${k} ${n}`)
    .join(', ') || '–';

function raceLines({ runs, bookers, freeTimes, isolated }: AppointmentsReport['race']): string[] {
  if (!runs.length) return [];
  const m = (pick: (r: RaceRun) => number, digits = 1) => fmt(median(runs.map(pick)), digits);
  const exact = runs.every((r) => r.created === freeTimes && r.rowsAdded === r.created && r.timesWithOneWinner === freeTimes);
  const rest = bookers - freeTimes;
  return [
    `| **${bookers} concurrent bookings for the last ${freeTimes} free times: 201 answers** | exactly ${freeTimes} | ${list(runs.map((r) => r.created))} | ${verdict(runs.every((r) => r.created === freeTimes))} |`,
    `| **Double bookings in the database** (a seat held by two live bookings; a time over its capacity) | 0 | ${runs.map((r) => `${r.doubleSeats}; ${r.overCapacity}`).join(' / ')} | ${verdict(runs.every((r) => r.doubleSeats === 0 && r.overCapacity === 0))} |`,
    `| New rows = 201 answers, one new booking at each of the ${freeTimes} times | equal; ${freeTimes} | rows ${list(runs.map((r) => r.rowsAdded))}; times ${list(runs.map((r) => r.timesWithOneWinner))} | ${verdict(exact)} |`,
    `| **409 answers** (codes) | ${rest}, with the next free time | ${list(runs.map((r) => r.conflicts))} (${runs.map((r) => tally(r.conflictCodes)).join('; ')}); other statuses: ${runs.map((r) => tally(r.other)).join('; ')} | ${verdict(runs.every((r) => r.conflicts === rest))} |`,
    `| 409's nextFree: one of the ${freeTimes} times (still free when answered) / null (none left) / another time | – | ${runs.map((r) => `${r.nextFreeAmongLast} / ${r.nextFreeNull} / ${r.nextFreeElsewhere}`).join('; ')} | |`,
    `| Latency, all ${bookers}: p50 / p90 / p99 / max | – | ${m((r) => r.all.p50)} / ${m((r) => r.all.p90)} / ${m((r) => r.all.p99)} / ${m((r) => r.all.max)} ms (p99: ${list(runs.map((r) => r.all.p99))}) | |`,
    `| Latency, the ${freeTimes} that booked / the 409 answers: p50 / p99 | – | ${m((r) => r.won.p50)} / ${m((r) => r.won.p99)} ms; ${m((r) => r.lost.p50)} / ${m((r) => r.lost.p99)} ms | |`,
    ...(isolated
      ? [
          `| A refused booking on its own (nothing left: nextFree scans the whole horizon), ${isolated.count} one after another: p50 / p90 / max | – | ${fmt(isolated.p50)} / ${fmt(isolated.p90)} / ${fmt(isolated.max)} ms | |`,
        ]
      : []),
    `| Wall time for all ${bookers} | – | ${m((r) => r.wallMs, 0)} ms (${list(runs.map((r) => r.wallMs))}) | |`,
  ];
}

function slotsLines(slots: AppointmentsReport['slots']): string[] {
  const { runs } = slots;
  if (!runs.length) return [];
  const seq = (pick: (r: SlotsRun['sequential']) => number) => median(runs.map((r) => pick(r.sequential)));
  const con = (pick: (r: SlotsRun['concurrent']) => number) => median(runs.map((r) => pick(r.concurrent)));
  const n = runs[0]!.sequential.count;
  return [
    `| listAppointmentSlots, ${slots.days} days: the answer | – | ${slots.items} free times, ${fmt(slots.bytes / 1024)} kB JSON; ${slots.booked} of ${slots.seats} seats over the 60-day horizon pre-booked (${fmt((100 * slots.booked) / slots.seats, 0)} %) | |`,
    `| **listAppointmentSlots, ${n} one after another: p50 / p95 / p99** | p95 < 50 ms | ${fmt(seq((s) => s.p50))} / ${fmt(seq((s) => s.p95))} / ${fmt(seq((s) => s.p99))} ms (p95: ${list(
      runs.map((r) => r.sequential.p95),
      1,
    )}) | ${verdict(seq((s) => s.p95) < 50)} |`,
    `| **listAppointmentSlots, ${n} at ${slots.concurrency} at a time: p50 / p95 / p99** | p95 < 50 ms | ${fmt(con((s) => s.p50))} / ${fmt(con((s) => s.p95))} / ${fmt(con((s) => s.p99))} ms (p95: ${list(
      runs.map((r) => r.concurrent.p95),
      1,
    )}) | ${verdict(con((s) => s.p95) < 50)} |`,
    `| The same, the service called in-process (no HTTP): p50 / p95 / p99; API p95 / in-process p95 | – | ${fmt(
      median(runs.map((r) => r.inProcess.p50)),
    )} / ${fmt(median(runs.map((r) => r.inProcess.p95)))} / ${fmt(median(runs.map((r) => r.inProcess.p99)))} ms; ratio ${fmt(
      median(runs.map((r) => r.sequential.p95 / r.inProcess.p95)),
      2,
    )} (${list(
      runs.map((r) => r.sequential.p95 / r.inProcess.p95),
      2,
    )}) | |`,
    `| Errors (non-200) | 0 | ${list(runs.map((r) => r.errors))} | ${verdict(runs.every((r) => r.errors === 0))} |`,
  ];
}

function dayLines(day: NonNullable<AppointmentsReport['day']>): string[] {
  const { merged: m, walkInOnly: w } = day;
  const p = m.punctuality;
  const waits = (f: DayFigures) => `${fmt(f.walkInWait.median)} / ${fmt(f.walkInWait.p90)} / ${fmt(f.walkInWait.max)} min`;
  const timing = (f: DayFigures) =>
    Object.entries(f.replay.injects)
      .filter(([what]) => !['login', 'openCounterSession', 'closeCounterSession'].includes(what))
      .map(([what, s]) => `${what} ${fmt(s.p50)} / ${fmt(s.p99)} (${s.count})`)
      .join('; ');
  return [
    `| Simulated day: visits (bookings incl. no-shows + walk-ins); served; load | – | ${m.visits} (${m.bookings} incl. ${m.noShows} no-shows + ${m.walkIns}); ${m.served}; ${fmt(m.load, 2)} on ${day.counters} counters | |`,
    `| Arrivals as the API classified them | – | ${tally(m.arrivals)} | |`,
    `| **Booked citizens called within ±5 minutes of their time** | 9 in 10 (p90 of \\|called − booked\\| ≤ 5 min) | ${fmt(100 * m.withinFive, 0)} % within ±5; p90 \\|called − booked\\| ${fmt(p.p90Absolute ?? Number.NaN)} min | ${verdict((p.p90Absolute ?? Infinity) <= 5)} |`,
    `| Punctuality (called − booked): median / p90 | – | ${fmt(p.median ?? Number.NaN)} / ${fmt(p.p90 ?? Number.NaN)} min; called before the time: ${m.calledEarly} of ${p.count} | |`,
    `| **Walk-ins over Claim 2's bound** (largest wait as a share of its bound; smallest margin) | 0 | ${m.bound.over} of ${m.walkInWait.count} (${fmt(100 * m.bound.largestShare, 0)} %; ${fmt(m.bound.smallestMarginMinutes)} min) | ${verdict(m.bound.over === 0)} |`,
    `| Walk-ins' wait, merged day: median / p90 / max | – | ${waits(m)} | |`,
    `| Walk-ins' wait, walk-in-only day of the same load (${w.visits} walk-ins, load ${fmt(w.load, 2)}): median / p90 / max; over the bound | – | ${waits(w)}; ${w.bound.over} of ${w.walkInWait.count} | |`,
    `| Tickets left uncalled at the end (merged; walk-in-only) | 0 | ${m.uncalled}; ${w.uncalled} | ${verdict(m.uncalled === 0 && w.uncalled === 0)} |`,
    `| In-process API time per operation, p50 / p99 ms (count), merged day | – | ${timing(m)} | |`,
    `| Wall time of the replays (merged; walk-in-only) | – | ${fmt(m.replay.wallSeconds, 0)} s; ${fmt(w.replay.wallSeconds, 0)} s | |`,
  ];
}

export function renderAppointments(input: AppointmentsReport): string {
  const lines = [
    START,
    `_Written by \`pnpm bench:appointments\` on ${input.date}; ${input.race.runs.length} race runs and ${input.slots.runs.length} free-times runs (medians, single runs in brackets), one simulated day. Whole run: ${fmt(input.runtimeSeconds / 60, 1)} min._`,
    '',
    ...input.machine.map((l) => `- ${l}`),
    ...input.config.map((l) => `- ${l}`),
    '',
    '| Measure | Target | Figures | Result |',
    '| --- | --- | --- | --- |',
    ...raceLines(input.race),
    ...slotsLines(input.slots),
    ...(input.day ? dayLines(input.day) : []),
  ];
  if (input.errors.length) lines.push('', 'Errors seen:', '', ...input.errors.map((e) => `- ${e}`));
  lines.push(END);
  return lines.join('\n');
}

/** Replaces the marked block in docs/benchmarks.md (the prose around it stays), or appends a section with it. */
export async function writeAppointmentsDocs(block: string): Promise<string> {
  const file = path.join(REPO_ROOT, 'docs/benchmarks.md');
  const current = existsSync(file) ? await readFile(file, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf(START);
  const end = current.indexOf(END);
  const next =
    start >= 0 && end > start
      ? current.slice(0, start) + block + current.slice(end + END.length)
      : `${current.trimEnd()}\n\n## Appointments\n\n${block}\n`;
  await writeFile(file, next);
  return file;
}
