import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { danishNumber } from '../src/modules/statistics/statistics.csv.ts';
import { build, expectProblem, injectAs, login, type TestContext } from './helpers.ts';
import { insertFixture, PAS } from './statistics-helpers.ts';

let ctx: TestContext;
let asLars: ReturnType<typeof injectAs>;
const period = 'from=2025-03-01&to=2025-03-31';

beforeAll(async () => {
  ctx = await build();
  await insertFixture(ctx.owner);
  asLars = injectAs(ctx.app, await login(ctx.app, 'lars'));
});
afterAll(() => ctx.close());

const csv = async (url: string) => {
  const response = await asLars({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
  expect(response.headers['content-disposition']).toMatch(/^attachment; filename=".+\.csv"$/);
  expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  const lines = response.body.replace(/^\uFEFF/, '').split('\r\n');
  expect(lines.at(-1)).toBe('');
  return lines.slice(0, -1);
};

describe('danishNumber', () => {
  it.each([
    [1234.5, 1, '1.234,5'],
    [7.25, 1, '7,3'],
    [0.5, 1, '0,5'],
    [1234567, 0, '1.234.567'],
    [null, 1, ''],
  ] as const)('%s → %s', (value, digits, expected) => {
    expect(danishNumber(value, digits)).toBe(expected);
  });
});

describe('CSV exports', () => {
  it('exportTicketStatisticsCsv: BOM, semicolons, CRLF, Danish numbers, a total row last', async () => {
    const lines = await csv(`/api/statistics/tickets.csv?${period}&groupBy=service`);
    expect(lines[0]).toBe(
      'Nøgle;Gruppe;Billetter;Betjent;Udeblevet;Annulleret;Gns. ventetid (min.);Median ventetid (min.);90 %-fraktil ventetid (min.);Gns. betjeningstid (min.);Serviceniveau (%)',
    );
    // Pas: waits 4, 10.5, 16, 0.5 min; handling 6, 8, 10, 5 min; 3 of 4 within 15 min.
    expect(lines).toContain(`${PAS};Pas;4;4;0;0;7,8;7;16;7,3;75`);
    expect(lines.at(-1)).toBe('total;I alt;6;4;1;1;10,2;10;20;7,3;60');
  });

  it('a day-by-day table lists Danish dates; empty fields where a figure is undefined', async () => {
    const lines = await csv(`/api/statistics/tickets.csv?${period}&groupBy=day`);
    expect(lines.slice(1).map((l) => l.split(';').slice(0, 3).join(';'))).toEqual([
      '03-03-2025;03-03-2025;4',
      '04-03-2025;04-03-2025;2',
      'total;I alt;6',
    ]);
    const staff = await csv(`/api/statistics/tickets.csv?${period}&groupBy=staff`);
    expect(staff[1]).toMatch(/^[0-9a-f-]{36};Anna Sørensen;3;3;0;0;5;;;6,3;$/);
  });

  it('a day-by-day table longer than one read (366 days) has every day once and the same total as the JSON table', async () => {
    const long = 'from=2024-03-04&to=2026-03-03';
    const lines = await csv(`/api/statistics/tickets.csv?${long}&groupBy=day`);
    const json = (await asLars({ method: 'GET', url: `/api/statistics/tickets?${long}&groupBy=day` })).json();
    expect(lines.slice(1, -1).map((l) => l.split(';')[0])).toEqual(json.rows.map((r: { label: string }) => r.label));
    expect(lines.at(-1)!.split(';').slice(0, 3)).toEqual(['total', 'I alt', String(json.total.tickets)]);
    expect(json.total.tickets).toBe(6);
  });

  it('the other tables', async () => {
    expect((await csv(`/api/statistics/staffing.csv?${period}`))[0]).toBe('Time;Ankomne pr. dag;Bemandede skranker;Median ventetid (min.)');
    expect(await csv(`/api/statistics/staffing.csv?${period}`)).toContain('09-10;2;0;7');
    expect((await csv('/api/statistics/today.csv'))[0]).toMatch(
      /^Tal;I dag \d{2}-\d{2}-\d{4} til \d{2}:\d{2};Gennemsnit samme ugedag;Forskel \(%\)$/,
    );
    expect(await csv(`/api/statistics/cases.csv?${period}`)).toEqual(['Område;Art eller grund;Udfald;Lovområde;Antal']);
  });

  it('a bad request is problem+json, not a half-written file', async () => {
    expectProblem(await asLars({ method: 'GET', url: `/api/statistics/tickets.csv?from=2025-03-31&to=2025-03-01&groupBy=day` }), 400);
    expectProblem(await asLars({ method: 'GET', url: `/api/statistics/tickets.csv?${period}&groupBy=counter&serviceId=${PAS}` }), 400);
  });
});
