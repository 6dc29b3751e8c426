import { connectDatabase } from '@skranke/db';
import { DEMO } from '@skranke/db/seed';
import { addDays, serviceDay } from '@skranke/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './support/browser.ts';
import { databaseUrl, skipBrowserTests } from './support/env.ts';
import { expectAccessible, useBrowserPages } from './support/suite.ts';

/**
 * This file's own household, inserted before and removed after (with the cases, moves and protections it makes): two
 * adults at the same Aarhus address. Karen reports the move for both to a c/o address and chooses a new doctor.
 */
const HOUSEHOLD = {
  karen: { id: '00000000-0000-4000-8e2e-0000000000a1', givenNames: 'Karen', surname: 'Flytteprøve', cpr: '1203852994' },
  poul: { id: '00000000-0000-4000-8e2e-0000000000a2', givenNames: 'Poul', surname: 'Flytteprøve', cpr: '1408832993' },
};
const ids = [HOUSEHOLD.karen.id, HOUSEHOLD.poul.id];

async function withDatabase<T>(work: (query: (sql: string, params?: unknown[]) => Promise<unknown>) => Promise<T>): Promise<T> {
  const { pool, close } = connectDatabase(databaseUrl(), { max: 1 });
  try {
    return await work((sql, params) => pool.query(sql, params as unknown[]));
  } finally {
    await close();
  }
}

async function removeHousehold() {
  await withDatabase(async (query) => {
    await query('delete from address_moves where person_id = any($1)', [ids]);
    await query('delete from address_protections where person_id = any($1)', [ids]);
    await query('delete from robinson_registrations where person_id = any($1)', [ids]);
    await query('delete from health_insurance where person_id = any($1)', [ids]);
    await query('delete from case_events where case_id in (select id from cases where person_id = any($1))', [ids]);
    await query('delete from cases where person_id = any($1)', [ids]);
    await query('delete from citizen_visits where person_id = any($1)', [ids]);
    await query('delete from persons where id = any($1)', [ids]);
  });
}

const save = (page: Page) => page.getByRole('button', { name: 'Gem og fortsæt' }).click();
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name }).waitFor();

describe.skipIf(skipBrowserTests)('a flytning with a c/o address and a doctor choice', () => {
  const { open } = useBrowserPages();

  beforeAll(async () => {
    await removeHousehold();
    await withDatabase(async (query) => {
      for (const person of [HOUSEHOLD.karen, HOUSEHOLD.poul]) {
        await query(
          'insert into persons (id, cpr, given_names, surname, municipality_id, street, postcode, city) values ($1, $2, $3, $4, $5, $6, $7, $8)',
          [person.id, person.cpr, person.givenNames, person.surname, DEMO.aarhus.id, 'Flyttevej 1, 2. th.', '8000', 'Aarhus C'],
        );
      }
    });
  });
  afterAll(removeHousehold);

  it(
    'asks for the host declaration, moves both, chooses a doctor near the new address, prints the receipt; axe-clean',
    { timeout: 150_000 },
    async () => {
      const anna = await open({ width: 1280, height: 1200 });
      await anna.goto('/login');
      await signIn(anna, 'anna');
      await anna.getByRole('navigation', { name: 'Hovedmenu' }).waitFor();
      await anna.goto('/borger?purpose=vejledning');
      await anna.getByRole('heading', { level: 1, name: 'Borgeropslag' }).waitFor();
      const cpr = HOUSEHOLD.karen.cpr;
      await anna.getByRole('textbox', { name: /CPR-nummer/ }).fill(`${cpr.slice(0, 6)}-${cpr.slice(6)}`);
      await anna.keyboard.press('Enter');
      await anna.getByRole('heading', { level: 1, name: 'Karen Flytteprøve' }).waitFor();
      await anna.getByRole('heading', { level: 2, name: 'Navne- og adressebeskyttelse og Robinsonlisten' }).waitFor();
      await expectAccessible(anna, 'address-change-citizen');

      await anna.getByRole('button', { name: 'Flytning', exact: true }).click();
      await heading(anna, 'Den nye adresse');
      expect(await anna.getByRole('radio', { name: 'Flytning i Danmark' }).isChecked()).toBe(true);
      await anna.getByRole('textbox', { name: /Vej, husnummer, etage/ }).fill('Nørregade 10');
      await anna.getByRole('textbox', { name: /Postnummer/ }).fill('8000');
      await anna.getByRole('textbox', { name: /^By/ }).fill('Aarhus C');
      await anna.getByRole('textbox', { name: /^c\/o/ }).fill('Ole Hansen');
      // c/o without the signed declaration: refused, and said why.
      await save(anna);
      await anna.getByText('En c/o-adresse kræver en logiværtserklæring fra den, der bor på adressen.').first().waitFor();
      await expectAccessible(anna, 'address-change-host-declaration-missing');
      await anna.getByRole('textbox', { name: /Logiværtens navn/ }).fill('Ole Hansen');
      await anna.getByRole('checkbox', { name: 'Logiværten bor på adressen' }).check();
      await anna.getByRole('checkbox', { name: 'Den underskrevne logiværtserklæring er set' }).check();
      await save(anna);

      await heading(anna, 'Flyttedato');
      await anna.getByRole('textbox', { name: 'Flyttedato' }).fill(addDays(serviceDay(new Date()), 7));
      await save(anna);

      await heading(anna, 'Hvem flytter med?');
      await anna.getByRole('checkbox', { name: /Poul Flytteprøve .* bor på adressen/ }).check();
      await expectAccessible(anna, 'address-change-movers');
      await save(anna);

      await heading(anna, 'Valg af læge');
      await anna.getByRole('radio', { name: 'Vælg ny læge' }).check();
      await anna.getByRole('radio', { name: /^Lægerne i Jægergårdsgade/ }).check();
      await expectAccessible(anna, 'address-change-doctor');
      await save(anna);

      await heading(anna, 'Kontrollér og registrér flytningen');
      await anna.getByText('Ny adresse: c/o Ole Hansen, Nørregade 10, 8000 Aarhus C').waitFor();
      await anna.getByText('Logiværtserklæring fra Ole Hansen er set').waitFor();
      await anna.getByText('Medflyttere: Poul Flytteprøve').waitFor();
      await anna.getByText(/^Ny læge: Lægerne i Jægergårdsgade/).waitFor();
      await expectAccessible(anna, 'address-change-review');
      await anna.getByRole('button', { name: 'Registrér flytning' }).click();

      await heading(anna, 'Flytningen er registreret');
      // A week ahead: the register changes on the moving date, and the case says so.
      await anna
        .getByText(/^Flytter til c\/o Ole Hansen, Nørregade 10, 8000 Aarhus C den .* Folkeregistret ændres på flyttedatoen/)
        .waitFor();
      await anna.getByRole('button', { name: 'Åbn kvittering (PDF)' }).waitFor();
      await expectAccessible(anna, 'address-change-done');

      // Back on the citizen page: still the old address until the moving date, the move shown as pending; a protection
      // is one click, with its renewal date.
      await anna.getByRole('link', { name: 'Tilbage til borgeren' }).click();
      await anna.getByRole('heading', { level: 1, name: 'Karen Flytteprøve' }).waitFor();
      const details = anna.getByRole('region', { name: 'Oplysninger' });
      await details.getByText('Flyttevej 1, 2. th., 8000 Aarhus C').waitFor();
      await details.getByText(/^Flytter til c\/o Ole Hansen, Nørregade 10, 8000 Aarhus C den /).waitFor();
      await expectAccessible(anna, 'address-change-pending');
      await anna.getByRole('button', { name: 'Registrér beskyttelse (1 år)' }).click();
      await anna.getByText(/^Beskyttet fra .* Skal fornyes senest /).waitFor();
      await expectAccessible(anna, 'address-protection-registered');

      const moves = await withDatabase(
        async (query) =>
          (await query('select person_id, applied_at from address_moves where person_id = any($1)', [ids])) as {
            rows: Array<{ applied_at: Date | null }>;
          },
      );
      expect(moves.rows).toHaveLength(2);
      expect(moves.rows.every((m) => m.applied_at === null)).toBe(true); // maintenance applies them on the date
    },
  );
});
