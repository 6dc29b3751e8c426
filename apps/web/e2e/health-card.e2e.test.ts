import { connectDatabase } from '@skranke/db';
import { DEMO, DEMO_DOCTORS } from '@skranke/db/seed';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './support/browser.ts';
import { databaseUrl, skipBrowserTests } from './support/env.ts';
import { expectAccessible, useBrowserPages } from './support/suite.ts';

/**
 * This file's own citizen, inserted before and removed after (with the cases and the health card order it makes): an
 * adult in Aarhus in sygesikringsgruppe 1 whose sundhedskort, issued two years ago, is lost. No counter is taken.
 */
const CITIZEN = { id: '00000000-0000-4000-8e34-000000000001', cpr: '2207853917', givenNames: 'Birk', surname: 'Kortprøve' };

async function withDatabase<T>(work: (query: (sql: string, params?: unknown[]) => Promise<unknown>) => Promise<T>): Promise<T> {
  const { pool, close } = connectDatabase(databaseUrl(), { max: 1 });
  try {
    return await work((sql, params) => pool.query(sql, params as unknown[]));
  } finally {
    await close();
  }
}

async function removeCitizen() {
  await withDatabase(async (query) => {
    const ids = [CITIZEN.id];
    await query('delete from health_card_orders where person_id = any($1)', [ids]);
    await query('delete from health_insurance where person_id = any($1)', [ids]);
    await query('delete from case_events where case_id in (select id from cases where person_id = any($1))', [ids]);
    await query('delete from cases where person_id = any($1)', [ids]);
    await query('delete from citizen_visits where person_id = any($1)', [ids]);
    await query('delete from persons where id = any($1)', [ids]);
  });
}

const save = (page: Page) => page.getByRole('button', { name: 'Gem og fortsæt' }).click();
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name }).waitFor();

describe.skipIf(skipBrowserTests)('a lost sundhedskort', () => {
  const { open } = useBrowserPages();

  beforeAll(async () => {
    await removeCitizen();
    await withDatabase(async (query) => {
      await query(
        'insert into persons (id, cpr, given_names, surname, municipality_id, street, postcode, city) values ($1, $2, $3, $4, $5, $6, $7, $8)',
        [CITIZEN.id, CITIZEN.cpr, CITIZEN.givenNames, CITIZEN.surname, DEMO.aarhus.id, 'Kortvej 4', '8000', 'Aarhus C'],
      );
      await query(
        "insert into health_insurance (person_id, insurance_group, doctor_id, doctor_since, card_issued_on) values ($1, 1, $2, current_date - interval '2 years', current_date - interval '2 years')",
        [CITIZEN.id, DEMO_DOCTORS.jaegergaardsgade],
      );
    });
  });
  afterAll(removeCitizen);

  it('is replaced for the fee from the fee table, with a receipt, and shows on the citizen page', async () => {
    const anna = await open({ width: 1280, height: 1100 });
    await anna.goto('/login');
    await signIn(anna, 'anna');
    await anna.getByRole('navigation', { name: 'Hovedmenu' }).waitFor();
    await anna.goto('/borger?purpose=sundhedskort');
    await anna.getByRole('heading', { level: 1, name: 'Borgeropslag' }).waitFor();
    await anna.getByRole('textbox', { name: /CPR-nummer/ }).fill(`${CITIZEN.cpr.slice(0, 6)}-${CITIZEN.cpr.slice(6)}`);
    await anna.keyboard.press('Enter');
    await anna.getByRole('heading', { level: 1, name: 'Birk Kortprøve' }).waitFor();

    await anna.getByRole('button', { name: 'Sundhedskort', exact: true }).click();
    await heading(anna, 'Hvad skal borgeren have?');
    await anna.getByText(/Sygesikringsgruppe 1\. Læge: Lægerne i Jægergårdsgade\./).waitFor();
    await expectAccessible(anna, 'health-card-request');
    await anna.getByRole('radio', { name: 'Erstatningskort' }).check();
    await anna.getByRole('radio', { name: 'Bortkommet eller stjålet' }).check();
    await save(anna);

    // Lost: the fee table's health card rate, to be paid before ordering.
    await heading(anna, 'Gebyr');
    await anna.getByText(/^Gebyr: 225,00 kr\. \(gebyrtabel \d{4}\)\.$/).waitFor();
    await expectAccessible(anna, 'health-card-fee');
    await save(anna);
    await anna.getByText('Gebyret skal være betalt, før kortet bestilles.').first().waitFor();
    await anna.getByRole('checkbox', { name: 'Gebyret er betalt' }).check();
    await save(anna);

    await heading(anna, 'Kontrollér og bestil');
    await anna.getByText('Årsag: Bortkommet eller stjålet').waitFor();
    await expectAccessible(anna, 'health-card-review');
    await anna.getByRole('button', { name: 'Bestil sundhedskort' }).click();

    await heading(anna, 'Sundhedskortet er bestilt');
    await anna.getByText(/inden for 2–3 uger/).waitFor();
    await expectAccessible(anna, 'health-card-ordered');

    // The receipt, as the API sent it.
    let pdf: Buffer | undefined;
    await anna.route('**/api/cases/*/document', async (route) => {
      const response = await route.fetch();
      expect(response.headers()['content-type']).toBe('application/pdf');
      pdf = await response.body();
      await route.fulfill({ response, body: pdf });
    });
    const [popup] = await Promise.all([
      anna.context().waitForEvent('page'),
      anna.getByRole('button', { name: 'Åbn kvittering (PDF)' }).click(),
    ]);
    expect(popup.url()).toMatch(/^blob:/);
    await popup.close();
    expect(pdf?.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await anna.getByRole('link', { name: 'Tilbage til borgeren' }).click();
    await anna.getByRole('heading', { level: 1, name: 'Birk Kortprøve' }).waitFor();
    // The result on the citizen page: the completed case in the case list.
    const cases = anna.getByRole('table', { name: 'Sager' });
    await cases.getByRole('row', { name: /Sundhedskort.*Afsluttet/ }).waitFor();
    await expectAccessible(anna, 'health-card-citizen-page');
  }, 180_000);
});
