import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../src/index.ts';
import { DEMO } from '../src/seed/demo.ts';
import { seedHistory, type HistoryResult } from '../src/seed/history.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing.ts';

/** A small history (a year, 30,000 tickets) written by `seedHistory`: its booked times agree with its tickets. */
let database: TestDatabase;
let handle: DatabaseHandle;
let result: HistoryResult;

beforeAll(async () => {
  database = await createTestDatabase();
  handle = connectDatabase(database.url);
  result = await seedHistory(handle, { lastDay: '2026-11-30', years: 1, tickets: 30_000 });
}, 120_000);
afterAll(async () => {
  await handle.close();
  await database.drop();
});

const one = async <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) => (await handle.db.execute(query)).rows[0] as T;

describe('seedHistory: appointments', () => {
  it('books about 60 % of the passport, driving-licence and MitID visits, each with its ticket', async () => {
    expect(result.appointments).toBeGreaterThan(0);
    const share = await one<{ booked: string; bookable: string }>(sql`
      select count(*) filter (where t.source = 'appointment') as booked, count(*) as bookable
      from tickets t join services s on s.id = t.service_id
      where s.code in ('pas', 'koerekort', 'mitid')`);
    expect(Number(share.booked) / Number(share.bookable)).toBeGreaterThan(0.5);
    expect(Number(share.booked) / Number(share.bookable)).toBeLessThan(0.7);
    const mismatched = await one<{ n: string; checked_in: string; tickets: string }>(sql`
      select count(*) filter (where t.id is null or t.source <> 'appointment' or t.location_id <> a.location_id
               or t.service_id <> a.service_id or t.service_day <> (a.starts_at at time zone 'Europe/Copenhagen')::date
               or t.arrived_at > a.starts_at) as n,
             count(*) as checked_in,
             (select count(*) from tickets where source = 'appointment') as tickets
      from appointments a left join tickets t on t.id = a.ticket_id
      where a.status = 'checked_in'`);
    expect(Number(mismatched.n)).toBe(0);
    expect(Number(mismatched.checked_in)).toBe(Number(mismatched.tickets));
  });

  it('has about 5 % no-shows, a few cancellations, and calls within a few minutes of the time', async () => {
    const fates = await one<{ no_show: string; cancelled: string; live: string; median: number; p90: number }>(sql`
      select count(*) filter (where a.status = 'no_show') as no_show, count(*) filter (where a.status = 'cancelled') as cancelled,
             count(*) filter (where a.status <> 'cancelled') as live,
             (select percentile_disc(0.5) within group (order by extract(epoch from t.called_at - x.starts_at) / 60)
                from appointments x join tickets t on t.id = x.ticket_id) as median,
             (select percentile_disc(0.9) within group (order by abs(extract(epoch from t.called_at - x.starts_at)) / 60)
                from appointments x join tickets t on t.id = x.ticket_id) as p90
      from appointments a`);
    const noShowShare = Number(fates.no_show) / Number(fates.live);
    expect(noShowShare).toBeGreaterThan(0.03);
    expect(noShowShare).toBeLessThan(0.07);
    expect(Number(fates.cancelled)).toBeGreaterThan(0);
    expect(Math.abs(Number(fates.median))).toBeLessThan(2);
    expect(Number(fates.p90)).toBeLessThan(10);
  });

  it('gives no time more seats than its rule has, and every office a rule per bookable errand', async () => {
    const over = await one<{ n: string }>(sql`
      select count(*) as n from appointments a join appointment_rules r on r.location_id = a.location_id and r.service_id = a.service_id
      where a.status <> 'cancelled' and a.seat > r.capacity`);
    expect(Number(over.n)).toBe(0);
    const rules = await one<{ n: string }>(sql`select count(*) as n from appointment_rules r join locations l on l.id = r.location_id
      where l.municipality_id = ${DEMO.aarhus.id}`);
    expect(Number(rules.n)).toBe(12);
  });
});
