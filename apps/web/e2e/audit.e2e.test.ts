import { readFile } from 'node:fs/promises';
import { DEMO_PERSONS } from '@skranke/db/seed';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, apiToken } from './support/api.ts';
import { signIn } from './support/browser.ts';
import { skipBrowserTests } from './support/env.ts';
import { expectAccessible, useBrowserPages } from './support/suite.ts';

// Sofie Bach Kristensen, Aarhus. anna looks her up (through the API) before the lead audits who did.
const SOFIE = DEMO_PERSONS.familyMother;
const SOFIE_CPR = `${SOFIE.cpr.slice(0, 6)}-${SOFIE.cpr.slice(6)}`;

describe.skipIf(skipBrowserTests)('the audit trail, searched by a lead', () => {
  // Nobody here takes a counter; lars and anna are still signed off one afterwards, should that ever change.
  const { open } = useBrowserPages({ signOffAfterAll: ['lars', 'anna'] });

  beforeAll(async () => {
    const token = await apiToken('anna');
    await api('/api/citizens/lookup', { method: 'POST', token, body: JSON.stringify({ cpr: SOFIE.cpr, purpose: 'pas' }) });
  });

  it('finds anna’s look-up of a citizen by CPR number and staff member, and downloads the citizen’s log extract', async () => {
    const lars = await open();
    const urls: string[] = [];
    lars.on('request', (request) => urls.push(request.url()));
    await lars.goto('/login');
    await signIn(lars, 'lars');
    await lars.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Revision' }).click();
    await lars.getByRole('heading', { level: 1, name: 'Revision' }).waitFor();
    await lars.getByText('Vælg en eller flere betingelser').waitFor();
    await expectAccessible(lars, 'audit-empty');

    // The CPR number typed into the form; the staff member picked from the municipality's list.
    await lars.getByRole('textbox', { name: 'Borgerens CPR-nummer' }).fill(SOFIE_CPR);
    await lars.getByRole('textbox', { name: 'Medarbejder' }).click();
    await lars.getByRole('option', { name: 'Anna Sørensen (anna)' }).click();
    await lars.getByRole('button', { name: 'Søg', exact: true }).click();

    const results = lars.getByRole('table', { name: 'Resultater' });
    await results.waitFor();
    const row = results.getByRole('row').filter({ hasText: 'Opslag på CPR-nummer' });
    expect(await row.count()).toBe(1);
    const text = await row.innerText();
    expect(text).toContain('Anna Sørensen (anna)');
    expect(text).toContain(`Sofie Bach Kristensen, ${SOFIE_CPR.slice(0, 7)}XXXX`);
    expect(text).toContain('Pas');
    expect(text).toMatch(/\d{1,2}\. \p{L}+ \d{4} kl\. \d\d\.\d\d/u); // "22. november 2026 kl. 10.15"
    await lars
      .getByTestId('audit-citizen')
      .getByText(`Sofie Bach Kristensen, ${SOFIE_CPR.slice(0, 7)}XXXX`)
      .waitFor();
    await expectAccessible(lars, 'audit-results');

    // The number went in a POST body only: never in a URL the browser asked for, nor in the page's address.
    for (const digits of [SOFIE.cpr, SOFIE.cpr.slice(0, 6), SOFIE.cpr.slice(6)]) {
      expect(lars.url()).not.toContain(digits);
      expect(urls.filter((url) => url.includes(digits))).toEqual([]);
    }

    // The citizen's log extract (GDPR art. 15) as CSV: UTF-8 with BOM, semicolons, Danish dates, anna's look-up in it.
    const [download] = await Promise.all([
      lars.waitForEvent('download'),
      lars.getByRole('button', { name: 'Hent logudtræk (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`logudtraek-${SOFIE.id}.csv`);
    const csv = await readFile(await download.path());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csv.toString('utf8').slice(1).trim().split('\r\n');
    expect(lines[0]).toBe('Tidspunkt;Handling;Formål;Uddybning af formål;Medarbejder;Brugernavn;Kommune');
    const annas = lines.find((line) => line.includes(';anna;'));
    expect(annas).toMatch(/^\d\d-\d\d-\d{4} \d\d[.:]\d\d/);
    expect(annas).toContain('Anna Sørensen');
    expect(csv.toString('utf8')).not.toContain(SOFIE.cpr);
    await lars.getByText('Logudtrækket er hentet.').waitFor();

    // And as PDF.
    const [pdf] = await Promise.all([lars.waitForEvent('download'), lars.getByRole('button', { name: 'Hent logudtræk (PDF)' }).click()]);
    expect((await readFile(await pdf.path())).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // The trail records the lead's own look-up (as an audit), the extracts and the searches.
    await lars.getByRole('button', { name: 'Fjern borgeren fra søgningen' }).click();
    await lars.getByRole('textbox', { name: 'Medarbejder' }).click();
    await lars.getByRole('option', { name: 'Lars Østergaard (lars)' }).click();
    await lars.getByRole('button', { name: 'Søg', exact: true }).click();
    await results.getByText('Logudtræk hentet som CSV').waitFor();
    expect(await results.getByText('Logudtræk hentet som PDF').count()).toBe(1);
    expect(await results.getByText('Andet: Revision: søgning i logningen').count()).toBe(1);
    expect(await results.getByText('Søgning i loggen').count()).toBeGreaterThanOrEqual(2);
    await expectAccessible(lars, 'audit-own-trail');
  }, 120_000);

  it('shows case work in words (the case type as the purpose), and the case by its case number', async () => {
    const token = await apiToken('anna');
    const started = await api<{ id: string; number: string }>(`/api/citizens/${SOFIE.id}/cases`, {
      method: 'POST',
      token,
      body: JSON.stringify({ type: 'self_service_exemption' }),
    });
    expect(started.number).toMatch(/^\d{4}-\d{6}$/);

    const lars = await open();
    await lars.goto('/login');
    await signIn(lars, 'lars');
    await lars.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Revision' }).click();
    await lars.getByRole('textbox', { name: 'Borgerens CPR-nummer' }).fill(SOFIE_CPR);
    await lars.getByRole('button', { name: 'Søg', exact: true }).click();
    const results = lars.getByRole('table', { name: 'Resultater' });
    const row = results.getByRole('row').filter({ hasText: 'Sag oprettet' });
    await row.waitFor();
    expect(await row.innerText()).toContain('Undtagelse fra digital selvbetjening');
    expect(await results.innerText()).not.toContain('self_service_exemption');
    await expectAccessible(lars, 'audit-case-purpose');

    await lars.goto(`/sager/${started.id}`);
    await lars.getByTestId('case-number').getByText(`Sagsnummer ${started.number}`).waitFor();
    expect(await lars.locator('body').innerText()).not.toContain(started.id);
    await expectAccessible(lars, 'case-number');
  }, 120_000);
});
