import { connectDatabase } from '@skranke/db';
import { DEMO } from '@skranke/db/seed';
import { serviceDay } from '@skranke/domain';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './support/browser.ts';
import { databaseUrl, skipBrowserTests } from './support/env.ts';
import { expectAccessible, useBrowserPages } from './support/suite.ts';

/**
 * This file's own family, inserted before and removed after (with the cases and the passports on record it makes):
 * a 13-year-old in Aarhus whose two parents share custody, holding a child's passport that expires in two months.
 * No counter is taken.
 */
const FAMILY = {
  child: { id: '00000000-0000-4000-8e2e-000000000001', givenNames: 'Asta', surname: 'Pasprøve' },
  mother: { id: '00000000-0000-4000-8e2e-000000000002', givenNames: 'Lene', surname: 'Pasprøve', cpr: '1105822918' },
  father: { id: '00000000-0000-4000-8e2e-000000000003', givenNames: 'Morten', surname: 'Pasprøve', cpr: '0302802917' },
};

/** Thirteen years and 40 days before today: a child, 12 or over, whose age does not change during the run. */
function childCpr(): string {
  const today = new Date(`${serviceDay(new Date())}T12:00:00Z`);
  const birth = new Date(Date.UTC(today.getUTCFullYear() - 13, today.getUTCMonth(), today.getUTCDate() - 40));
  const dd = String(birth.getUTCDate()).padStart(2, '0');
  const mm = String(birth.getUTCMonth() + 1).padStart(2, '0');
  const yy = String(birth.getUTCFullYear()).slice(2);
  return `${dd}${mm}${yy}4919`; // 7th digit 4: born 2000-2036
}
const CHILD_CPR = childCpr();
const ids = [FAMILY.child.id, FAMILY.mother.id, FAMILY.father.id];

async function withDatabase<T>(work: (query: (sql: string, params?: unknown[]) => Promise<unknown>) => Promise<T>): Promise<T> {
  const { pool, close } = connectDatabase(databaseUrl(), { max: 1 });
  try {
    return await work((sql, params) => pool.query(sql, params as unknown[]));
  } finally {
    await close();
  }
}

async function removeFamily() {
  await withDatabase(async (query) => {
    await query('delete from passport_orders where person_id = any($1)', [ids]);
    await query('delete from identity_documents where person_id = any($1)', [ids]);
    await query('delete from case_events where case_id in (select id from cases where person_id = any($1))', [ids]);
    await query('delete from cases where person_id = any($1)', [ids]);
    await query('delete from citizen_visits where person_id = any($1)', [ids]);
    await query('delete from custody where child_id = any($1) or holder_id = any($1)', [ids]);
    await query('delete from persons where id = any($1)', [ids]);
  });
}

const save = (page: Page) => page.getByRole('button', { name: 'Gem og fortsæt' }).click();
/** Whether the keyboard is on the element (issue 9): after a saved step, the next step's heading. */
const focusedHeading = (page: Page, name: string) =>
  page.getByRole('heading', { level: 2, name }).evaluate((element) => element === document.activeElement);
const heading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name }).waitFor();

describe.skipIf(skipBrowserTests)("a child's passport with both parents' consent", () => {
  const { open } = useBrowserPages();

  beforeAll(async () => {
    await removeFamily();
    await withDatabase(async (query) => {
      const address = ['Pasvej 13', '8000', 'Aarhus C'];
      for (const [person, cpr] of [
        [FAMILY.child, CHILD_CPR],
        [FAMILY.mother, FAMILY.mother.cpr],
        [FAMILY.father, FAMILY.father.cpr],
      ] as const) {
        await query(
          'insert into persons (id, cpr, given_names, surname, municipality_id, street, postcode, city) values ($1, $2, $3, $4, $5, $6, $7, $8)',
          [person.id, cpr, person.givenNames, person.surname, DEMO.aarhus.id, ...address],
        );
      }
      await query('insert into custody (child_id, holder_id) values ($1, $2), ($1, $3)', [
        FAMILY.child.id,
        FAMILY.mother.id,
        FAMILY.father.id,
      ]);
      // The old passport on record: issued five years ago less two months, so it expires in two months.
      await query(
        "insert into identity_documents (person_id, kind, document_number, issued_on, expires_on) values ($1, 'passport', 'PE2E13000', current_date - interval '58 months', current_date + interval '2 months')",
        [FAMILY.child.id],
      );
    });
  });
  afterAll(removeFamily);

  it('walks every step by keyboard and mouse, is blocked until the second consent, orders, and hands out; the old passport is cancelled', async () => {
    const anna = await open({ width: 1280, height: 1200 });
    await anna.goto('/login');
    await signIn(anna, 'anna');
    await anna.getByRole('navigation', { name: 'Hovedmenu' }).waitFor();
    await anna.goto('/borger?purpose=pas');
    await anna.getByRole('heading', { level: 1, name: 'Borgeropslag' }).waitFor();
    expect(await anna.getByRole('textbox', { name: /Ærinde/ }).inputValue()).toBe('Pas');
    await anna.getByRole('textbox', { name: /CPR-nummer/ }).fill(`${CHILD_CPR.slice(0, 6)}-${CHILD_CPR.slice(6)}`);
    await anna.keyboard.press('Enter');
    await anna.getByRole('heading', { level: 1, name: 'Asta Pasprøve' }).waitFor();

    await anna.getByRole('button', { name: 'Pas', exact: true }).click();
    await heading(anna, 'Ansøgerens identitet');
    await anna.getByText('13 år · passet bliver gyldigt i 5 år').waitFor();
    await expectAccessible(anna, 'passport-identity');

    // Identity by keyboard: Space ticks the box and picks the answer, Enter in the form saves.
    await anna.getByRole('checkbox', { name: 'Dåbs-, navne- eller fødselsattest' }).focus();
    await anna.keyboard.press('Space');
    await anna.getByRole('radio', { name: 'Ja, identiteten er fastslået' }).focus();
    await anna.keyboard.press('Space');
    await anna.keyboard.press('Enter');

    // The register's passport is shown and the answer starts from it; the child has not brought it (double fee).
    await heading(anna, 'Det gamle pas');
    await expect.poll(() => focusedHeading(anna, 'Det gamle pas')).toBe(true);
    await anna.getByText(/^Pas nr\. PE2E13000, udstedt .*: Udløber snart\.$/).waitFor();
    expect(await anna.getByRole('radio', { name: 'Afleveret', exact: true }).isChecked()).toBe(true);
    // "First passport" contradicts the register: a reason is asked for.
    await anna.getByRole('radio', { name: 'Første pas (intet tidligere pas)' }).check();
    await anna.getByRole('textbox', { name: /Begrundelse for at svare anderledes end pasregistret/ }).waitFor();
    await expectAccessible(anna, 'passport-old-passport-reason');
    await anna.getByRole('radio', { name: 'Ikke medbragt' }).check();
    expect(await anna.getByRole('textbox', { name: /Begrundelse/ }).count()).toBe(0);
    await save(anna);
    await heading(anna, 'Foto');
    await anna.getByRole('radio', { name: 'Taget i Borgerservice' }).check();
    await save(anna);

    await heading(anna, 'Fingeraftryk');
    await anna.getByText('Ansøgeren er fyldt 12 år: fingeraftryk skal optages.').waitFor();
    await anna.getByRole('radio', { name: 'Fingeraftryk optaget' }).check();
    await save(anna);

    // Consent: only the mother so far.
    await heading(anna, 'Samtykke fra forældremyndighedsindehavere');
    await expectAccessible(anna, 'passport-consent');
    const mother = anna.getByRole('radiogroup', { name: /Lene Pasprøve/ });
    await mother.getByRole('radio', { name: 'Personligt fremmøde' }).check();
    await save(anna);

    await heading(anna, 'Gebyr og betaling');
    await anna.getByText(/Gebyr \d{4} \(Barn 12-17 år/).waitFor();
    await anna.getByText('358,00 kr.').waitFor();
    await anna.getByRole('radio', { name: 'Betalingskort' }).check();
    await save(anna);

    // Blocked: the father has not consented yet. The consent step says so by name instead of showing a tick.
    await heading(anna, 'Kontrollér og bestil');
    await anna.getByText('Passet kan ikke bestilles endnu').waitFor();
    await anna.getByText('Der mangler samtykke fra Morten Pasprøve.').waitFor();
    const consentStep = anna.getByRole('button', { name: /^Samtykke/ });
    expect(await consentStep.textContent()).toContain('Mangler samtykke fra Morten Pasprøve');
    await consentStep.getByRole('img', { name: 'Samtykke mangler' }).waitFor();
    expect(await anna.getByRole('button', { name: 'Bestil pas' }).isDisabled()).toBe(true);
    await expectAccessible(anna, 'passport-blocked');

    // The father consents via givsamtykke.dk: back to the consent step, register it, and on.
    await consentStep.click();
    await heading(anna, 'Samtykke fra forældremyndighedsindehavere');
    await anna
      .getByRole('radiogroup', { name: /Morten Pasprøve/ })
      .getByRole('radio', { name: 'Via givsamtykke.dk' })
      .check();
    await save(anna);
    await heading(anna, 'Gebyr og betaling');
    await save(anna);
    await heading(anna, 'Kontrollér og bestil');
    await anna.getByText('Alt er på plads.', { exact: false }).waitFor();
    await anna.reload();
    await heading(anna, 'Kontrollér og bestil');
    await anna.getByRole('button', { name: 'Bestil pas' }).click();

    await heading(anna, 'Passet er bestilt');
    await expectAccessible(anna, 'passport-ordered');

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

    // Weeks later: it arrives, and is handed out. A number in the wrong form is refused beside its field in Danish
    // words (it used to show the schema's `must match pattern "^[A-Z0-9]{8,9}$"`), and the field is marked.
    const passportNumber = anna.getByRole('textbox', { name: /Pasnummer/ });
    await passportNumber.fill('PE-13');
    await anna.getByRole('button', { name: 'Registrér som klar til afhentning' }).click();
    const wrongForm = 'Pasnummeret skal være 8 eller 9 store bogstaver eller cifre (A–Z, 0–9) uden mellemrum.';
    await expect
      .poll(() =>
        passportNumber.evaluate((element) =>
          (element.getAttribute('aria-describedby') ?? '')
            .split(' ')
            .map((id) => document.getElementById(id)?.textContent ?? '')
            .join(' '),
        ),
      )
      .toContain(wrongForm);
    expect(await passportNumber.getAttribute('aria-invalid')).toBe('true');
    expect(await anna.getByText(/must match|\^\[A-Z0-9\]/).count()).toBe(0);
    await expect.poll(() => passportNumber.evaluate((element) => element === document.activeElement)).toBe(true);
    await expectAccessible(anna, 'passport-ready-refused');
    await anna.getByRole('textbox', { name: /Pasnummer/ }).fill('PE2E13001');
    await anna.getByRole('button', { name: 'Registrér som klar til afhentning' }).click();
    await heading(anna, 'Passet er klar til afhentning');
    await anna.getByText('Pasnummer: PE2E13001').waitFor();
    await anna.getByRole('button', { name: 'Udlevér pas' }).click();
    await heading(anna, 'Passet er udleveret');
    await expectAccessible(anna, 'passport-handed-out');

    await anna.getByRole('link', { name: 'Tilbage til borgeren' }).click();
    await anna.getByRole('heading', { level: 1, name: 'Asta Pasprøve' }).waitFor();
    await anna.getByText('PE2E13001').first().waitFor();
    // One valid passport: the old one not brought is cancelled, no longer "Udløber snart".
    const documents = anna.getByRole('table', { name: 'Pas og kørekort' });
    await documents
      .getByRole('row', { name: /PE2E13000/ })
      .getByText('Annulleret (erstattet af nyt pas)')
      .waitFor();
    expect(await documents.getByText('Udløber snart').count()).toBe(0);
    expect(await anna.getByText('Gør borgeren opmærksom på udløb').count()).toBe(0);
    await expectAccessible(anna, 'passport-citizen-page');
  }, 180_000);
});
