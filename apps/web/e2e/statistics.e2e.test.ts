import { readFile } from 'node:fs/promises';
import { connectDatabase, schema, type DatabaseHandle } from '@skranke/db';
import { DEMO, DEMO_QUEUE } from '@skranke/db/seed';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './support/browser.ts';
import { databaseUrl, skipBrowserTests } from './support/env.ts';
import { expectAccessible, useBrowserPages } from './support/suite.ts';

// Three settled tickets at Lystrup on Monday 3 March 2025 (winter time, UTC+1), a period no other test touches:
// waits 4, 10.5 and 20 minutes (median 10, p90 20, mean 11.5), two passports served, one MitID no-show.
const LYSTRUP = DEMO.aarhus.lystrup;
const S = DEMO_QUEUE.aarhusServices;
const at = (time: string, plusSeconds = 0) => new Date(new Date(`2025-03-03T${time}+01:00`).getTime() + plusSeconds * 1000);
const FIXTURE = [
  { n: 1, service: S.pas, prefix: 'P', arrived: '09:10:00', wait: 240, handling: 360, state: 'done' as const },
  { n: 2, service: S.pas, prefix: 'P', arrived: '09:20:00', wait: 630, handling: 480, state: 'done' as const },
  { n: 3, service: S.mitid, prefix: 'M', arrived: '09:40:00', wait: 1200, handling: 120, state: 'no_show' as const },
];

describe.skipIf(skipBrowserTests)('statistics, for a lead', () => {
  const { open } = useBrowserPages({ signOffAfterAll: ['lars'] });
  let db: DatabaseHandle;
  let ids: string[] = [];

  beforeAll(async () => {
    db = connectDatabase(databaseUrl(), { max: 1 });
    const rows = await db.db
      .insert(schema.tickets)
      .values(
        FIXTURE.map((t) => ({
          municipalityId: DEMO.aarhus.id,
          locationId: LYSTRUP,
          serviceId: t.service,
          prefix: t.prefix,
          number: 800 + t.n,
          displayNumber: `${t.prefix}${800 + t.n}`,
          serviceDay: '2025-03-03',
          source: 'kiosk' as const,
          state: t.state,
          arrivedAt: at(t.arrived),
          callKey: at(t.arrived),
          calledAt: at(t.arrived, t.wait),
          servingStartedAt: t.state === 'done' ? at(t.arrived, t.wait) : null,
          finishedAt: at(t.arrived, t.wait + t.handling),
          counterId: DEMO_QUEUE.lystrupCounters[0],
          staffUserId: DEMO.users.anna,
        })),
      )
      .returning({ id: schema.tickets.id });
    ids = rows.map((r) => r.id);
  });

  // The triggers take the tickets out of the statistics again.
  afterAll(async () => {
    if (ids.length) await db.pool.query('delete from tickets where id = any($1::uuid[])', [ids]);
    await db.close();
  });

  it('shows today, charts with their tables, case statistics, and downloads a table as CSV; axe-clean', async () => {
    const lars = await open();
    await lars.goto('/login');
    await signIn(lars, 'lars');
    await lars.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Statistik' }).click();
    await lars.getByRole('heading', { level: 1, name: 'Statistik' }).waitFor();
    await lars.getByRole('region', { name: 'I dag indtil nu' }).getByText('Billetter').waitFor();
    await expectAccessible(lars, 'statistics-default');

    // The period and location chosen in the form (keyboard only), applied with Enter.
    const filters = lars.getByRole('form', { name: 'Vælg lokation og periode' });
    await filters.getByRole('textbox', { name: 'Lokation' }).click();
    await lars.getByRole('option', { name: 'Borgerservice Lystrup' }).click();
    await filters.getByLabel('Fra dato').fill('2025-03-01');
    await filters.getByLabel('Til dato').fill('2025-03-31');
    await filters.getByLabel('Til dato').press('Enter');
    await lars.waitForURL((url) => url.search.includes('from=2025-03-01') && url.search.includes(`locationId=${LYSTRUP}`));

    const waitTable = lars.getByRole('table', { name: 'Ventetid pr. time' });
    await waitTable.waitFor();
    const hourRow = waitTable.getByRole('row', { name: /^09-10/ });
    // Tickets, served, no-shows, cancelled, mean 11,5, median 10, p90 20, handling 7, service level 2 of 3 within 15 min.
    expect(
      (await hourRow.innerText())
        .replace(/\u00a0/g, ' ')
        .split('\t')
        .map((s) => s.trim()),
    ).toEqual(['09-10', '3', '2', '1', '0', '11,5', '10', '20', '7', '66,7 %']);
    const mix = lars.getByRole('table', { name: 'Ærindefordeling' });
    expect((await mix.getByRole('row', { name: /^Pas/ }).innerText()).replace(/\u00a0/g, ' ')).toMatch(
      /^Pas\t2\t2\t0\t0\t7,3\t7\t10\t7\t100 %$/,
    );
    await lars
      .getByRole('table', { name: 'Ankomster og bemandede skranker pr. time' })
      .getByRole('row', { name: /^09-10/ })
      .waitFor();
    await lars.getByRole('region', { name: 'Sager' }).waitFor();
    // Each chart is one image named by its gist, in Danish numbers; the tables above carry every figure.
    expect(
      await lars
        .getByRole('img', {
          name: 'Diagram: Ventetid pr. time. Højeste Median ventetid (min.): 10 (09-10). Højeste 90 %-fraktil (min.): 20 (09-10).',
        })
        .count(),
    ).toBe(1);
    expect(
      await lars
        .getByRole('img', { name: /^Diagram: Ankomster og bemandede skranker pr\. time\b.* Højeste Ankomne pr\. dag: [\d,]+ \(09-10\)\./ })
        .count(),
    ).toBe(1);
    expect(await lars.getByRole('img', { name: 'Diagram: Ærindefordeling. Højeste Billetter: 2 (Pas).' }).count()).toBe(1);
    await expectAccessible(lars, 'statistics-lystrup');

    // The table behind the service-mix chart as CSV, reached by keyboard.
    const csvButton = lars.getByRole('button', { name: 'Hent tabellen som CSV: Ærindefordeling' });
    await csvButton.focus();
    const [download] = await Promise.all([lars.waitForEvent('download'), csvButton.press('Enter')]);
    expect(download.suggestedFilename()).toBe('aerinder-2025-03-01-2025-03-31.csv');
    const csv = await readFile(await download.path());
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csv
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');
    expect(lines[0]).toBe(
      'Nøgle;Gruppe;Billetter;Betjent;Udeblevet;Annulleret;Gns. ventetid (min.);Median ventetid (min.);90 %-fraktil ventetid (min.);Gns. betjeningstid (min.);Serviceniveau (%)',
    );
    expect(lines).toContain(`${S.pas};Pas;2;2;0;0;7,3;7;10;7;100`);
    expect(lines).toContain('total;I alt;3;2;1;0;11,5;10;20;7;66,7');

    // Grouped by staff member instead.
    await lars.getByRole('radiogroup', { name: 'Opdel efter' }).getByText('Medarbejder').click();
    await lars.waitForURL((url) => url.search.includes('groupBy=staff'));
    await lars
      .getByRole('table', { name: 'Tal pr. gruppe' })
      .getByRole('row', { name: /^Anna Sørensen/ })
      .waitFor();
  });

  it('is not offered to counter staff', async () => {
    const anna = await open();
    await anna.goto('/login');
    await signIn(anna, 'anna');
    await anna.getByRole('navigation', { name: 'Hovedmenu' }).waitFor();
    expect(await anna.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Statistik' }).count()).toBe(0);
  });
});
