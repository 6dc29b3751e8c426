/**
 * EXPLAIN (ANALYZE, BUFFERS) of the statistics queries: the repository's own SQL, captured from the pool while it
 * runs, so the plans are of exactly what the API sends.
 */
import type { DatabaseHandle } from '../db/src/index.ts';
import { createStatisticsRepository } from '../apps/api/src/modules/statistics/statistics.repository.ts';

export async function explainStatistics(handle: DatabaseHandle, p: { from: string; to: string; all: string; municipalityId: string }) {
  let captured: { query: string; params: unknown[] } | null = null;
  const pool = handle.pool as unknown as { query: (...args: unknown[]) => unknown };
  const original = pool.query.bind(pool);
  pool.query = (config: unknown, values?: unknown) => {
    const c = config as { text?: string; values?: unknown[] };
    if (typeof c === 'object' && c?.text) captured = { query: c.text, params: (values as unknown[]) ?? c.values ?? [] };
    return original(config, values);
  };
  const repo = createStatisticsRepository(handle.db);
  const scope = { municipalityId: p.municipalityId, from: p.from, to: p.to };
  const cases: Array<[string, () => Promise<unknown>]> = [
    ['ticketGroups by hour, 1 year, all locations (ticket_rollups)', () => repo.ticketGroups(scope, 'hour')],
    [
      'ticketGroups by day, 3 years, all locations (ticket_day_rollups; within target from grain 1)',
      () => repo.ticketGroups({ ...scope, from: p.all }, 'day'),
    ],
    ['staffGroups by staff member, 1 year (ticket_staff_stats)', () => repo.staffGroups(scope, 'staff')],
    [
      'staffedMinutesByHour, 3 years (counter_session_hours; open sessions live)',
      () => repo.staffedMinutesByHour({ ...scope, from: p.all }),
    ],
    ['openDays, 3 years (ticket_day_rollups)', () => repo.openDays({ ...scope, from: p.all })],
    [
      'daysSoFar: today and 8 earlier same weekdays (tickets by municipality and day)',
      () =>
        repo.daysSoFar(
          p.municipalityId,
          [
            p.to,
            ...Array.from({ length: 8 }, (_, i) =>
              new Date(Date.parse(`${p.to}T00:00:00Z`) - 7 * (i + 1) * 86_400_000).toISOString().slice(0, 10),
            ),
          ],
          '12:00:59.999',
        ),
    ],
  ];
  const plans: Array<{ name: string; plan: string }> = [];
  for (const [name, run] of cases) {
    captured = null;
    await run();
    pool.query = original;
    const q = captured as { query: string; params: unknown[] } | null;
    if (!q) continue;
    const { rows } = await handle.pool.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers, costs off) ${q.query}`, q.params);
    plans.push({ name, plan: rows.map((r) => r['QUERY PLAN']).join('\n') });
    pool.query = (config: unknown, values?: unknown) => {
      const c = config as { text?: string; values?: unknown[] };
      if (typeof c === 'object' && c?.text) captured = { query: c.text, params: (values as unknown[]) ?? c.values ?? [] };
      return original(config, values);
    };
  }
  pool.query = original;
  return plans;
}
