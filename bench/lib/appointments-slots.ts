/**
 * Part 2: listAppointmentSlots for 30 days at the bench desk (10 counters, 10-minute times for 10 citizens, 60 days
 * ahead), with a share of the passport seats pre-booked at random (seeded). Each run: the service called in-process
 * one after another (the same queries without HTTP, for the ratio), then requests over HTTP one after another, then
 * the same number at a small concurrency; every request from its own citizen's address.
 */
import { createAppointmentsService } from '../../apps/api/src/modules/appointments/appointments.service.ts';
import type { DatabaseHandle } from '../../db/src/index.ts';
import { mulberry32 } from '../../db/src/seed/demo-persons.ts';
import { citizenAddress, type PublicClient } from './appointments-http.ts';
import { DESK_RULE, deskSlots, prebook, SLOTS_SERVICE, type AppointmentsFixture } from './appointments-setup.ts';
import { summarise, type LatencySummary } from './stats.ts';

export interface SlotsRun {
  /** The service called in the benchmark's own process (same queries, no HTTP), one after another. */
  inProcess: LatencySummary & { p95: number };
  sequential: LatencySummary & { p95: number };
  concurrent: LatencySummary & { p95: number };
  errors: number;
}

export interface SlotsShape {
  seats: number;
  booked: number;
  items: number;
  bytes: number;
}

const p95 = (values: number[]) => {
  const sorted = Float64Array.from(values).sort();
  return sorted.length ? sorted[Math.max(0, Math.ceil(0.95 * sorted.length) - 1)]! : Number.NaN;
};

export async function prepareSlots(fixture: AppointmentsFixture, share: number, seed: number): Promise<{ seats: number; booked: number }> {
  const random = mulberry32(seed);
  const seats = deskSlots(new Date()).flatMap((slot) =>
    Array.from({ length: DESK_RULE.capacity }, (_, i) => ({ startsAt: slot.startsAt, endsAt: slot.endsAt, seat: i + 1 })),
  );
  // Each seat held with probability `share`: some times full, most partly booked, a few empty.
  const chosen = seats.filter(() => random() < share);
  await prebook(fixture, SLOTS_SERVICE, chosen);
  return { seats: seats.length, booked: chosen.length };
}

let citizen = 100_000;

export async function runSlots(
  fixture: AppointmentsFixture,
  client: PublicClient,
  limit: DatabaseHandle,
  options: { requests: number; concurrency: number; days: number },
): Promise<{ run: SlotsRun; items: number; bytes: number }> {
  const service = createAppointmentsService(limit.db, () => new Date());
  const inProcess: number[] = [];
  for (let i = 0; i < options.requests / 2 + 10; i++) {
    const started = performance.now();
    await service.slots(fixture.deskLocation, SLOTS_SERVICE, { days: options.days });
    if (i >= 10) inProcess.push(performance.now() - started);
  }
  const path = `/api/public/locations/${fixture.deskLocation}/services/${SLOTS_SERVICE}/slots?days=${options.days}`;
  let errors = 0;
  let items = 0;
  let bytes = 0;
  const one = async () => {
    const response = await client.request<{ items: unknown[] }>('GET', path, { headers: citizenAddress(citizen++) });
    if (response.status !== 200) errors++;
    else {
      items = response.body.items.length;
      bytes = response.bytes;
    }
    return response.ms;
  };
  for (let i = 0; i < 10; i++) await one(); // warm-up: plans, JIT, connections
  const sequential: number[] = [];
  for (let i = 0; i < options.requests; i++) sequential.push(await one());
  const concurrent: number[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (next++ < options.requests) concurrent.push(await one());
    }),
  );
  return {
    run: {
      inProcess: { ...summarise(inProcess), p95: p95(inProcess) },
      sequential: { ...summarise(sequential), p95: p95(sequential) },
      concurrent: { ...summarise(concurrent), p95: p95(concurrent) },
      errors,
    },
    items,
    bytes,
  };
}
