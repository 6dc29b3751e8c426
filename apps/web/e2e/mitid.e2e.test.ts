import { DEMO_PERSONS } from '@skranke/db/seed';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signIn } from './support/browser.ts';
import { skipBrowserTests } from './support/env.ts';
import { expectAccessible, useBrowserPages } from './support/suite.ts';

// Residents no other browser test uses, without MitID in the demo data: no counter is taken, so nothing to clean up.
const KATARZYNA = DEMO_PERSONS.modulus11Failing;
const BENT = DEMO_PERSONS.noFixedAddress;
// Vejle: her licence is time-limited for health reasons and expires within the 3-month renewal window.
const LOUISE = DEMO_PERSONS.singleParent;
const dashed = (cpr: string) => `${cpr.slice(0, 6)}-${cpr.slice(6)}`;

/** Signs a counter user in and opens the citizen's page for an errand, through the look-up. */
async function openCitizen(page: Page, cpr: string, name: string, errand = { user: 'anna', purpose: 'mitid', label: 'MitID' }) {
  await page.goto('/login');
  await signIn(page, errand.user);
  await page.getByRole('navigation', { name: 'Hovedmenu' }).waitFor();
  await page.goto(`/borger?purpose=${errand.purpose}`);
  await page.getByRole('heading', { level: 1, name: 'Borgeropslag' }).waitFor();
  expect(await page.getByRole('textbox', { name: /Ærinde/ }).inputValue()).toBe(errand.label);
  await page.getByRole('textbox', { name: /CPR-nummer/ }).fill(dashed(cpr));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name }).waitFor();
  expect(page.url()).not.toContain(cpr.slice(6));
}

/** Opens the case's PDF from its button, and answers the bytes the API sent (the response passes through the test). */
async function openPdf(page: Page, button: string): Promise<Buffer> {
  let body: Buffer | undefined;
  let contentType: string | undefined;
  await page.route('**/api/cases/*/document', async (route) => {
    const response = await route.fetch();
    contentType = response.headers()['content-type'];
    body = await response.body();
    await route.fulfill({ response, body });
  });
  const [popup] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: button }).click()]);
  expect(popup.url()).toMatch(/^blob:/);
  await popup.close();
  expect(contentType).toBe('application/pdf');
  expect(body?.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return body!;
}

const save = (page: Page) => page.getByRole('button', { name: 'Gem og fortsæt' }).click();

describe.skipIf(skipBrowserTests)('MitID at the counter', () => {
  const { open } = useBrowserPages();

  it('an identity check with a Danish passport and control questions, to the receipt', async () => {
    const anna = await open({ width: 1280, height: 1100 });
    await openCitizen(anna, KATARZYNA.cpr, 'Katarzyna Nowak');
    await anna.getByRole('button', { name: 'MitID', exact: true }).click();

    await anna.getByRole('heading', { level: 2, name: 'Hvem møder op?' }).waitFor();
    await expectAccessible(anna, 'mitid-applicant');
    // Nothing chosen: the server says what is missing, beside the questions.
    await save(anna);
    await anna.getByRole('alert').getByText('Ret følgende, før du fortsætter').waitFor();
    await expectAccessible(anna, 'mitid-applicant-error');
    await anna.getByRole('radio', { name: 'Borgeren selv (personligt fremmøde)' }).check();
    await anna.getByRole('radio', { name: 'Ja' }).check();
    await save(anna);

    await anna.getByRole('heading', { level: 2, name: 'Hvilke dokumenter har borgeren vist?' }).waitFor();
    await anna.getByRole('checkbox', { name: 'Dansk pas' }).check();
    // A Danish passport always shows the CPR number: the box starts ticked, saying why, and the passport is enough.
    await anna.getByText('Et dansk pas viser altid CPR-nummeret.').waitFor();
    expect(await anna.getByRole('checkbox', { name: 'Viser CPR-nummeret' }).isChecked()).toBe(true);
    await anna.getByText('Godkendt kombination: dansk billedlegitimation.').waitFor();
    await expectAccessible(anna, 'mitid-documents');
    await save(anna);

    await anna.getByRole('heading', { level: 2, name: 'Kontrolspørgsmål eller vidne' }).waitFor();
    await anna.getByRole('radio', { name: 'Kontrolspørgsmål ud fra oplysninger i CPR' }).check();
    await anna.getByRole('radio', { name: 'Ja' }).check();
    await expectAccessible(anna, 'mitid-verification');
    await save(anna);

    await anna.getByRole('heading', { level: 2, name: 'Hvilket identifikationsmiddel vælger borgeren?' }).waitFor();
    // By keyboard: focus the first choice, Space, Tab to the button, Enter.
    await anna.getByRole('radio', { name: 'MitID-appen' }).focus();
    await anna.keyboard.press('Space');
    await anna.getByRole('button', { name: 'Gem og fortsæt' }).focus();
    await anna.keyboard.press('Enter');

    // A reload continues at the review.
    await anna.getByRole('heading', { level: 2, name: 'Kontrollér og afslut' }).waitFor();
    await anna.reload();
    await anna.getByRole('heading', { level: 2, name: 'Kontrollér og afslut' }).waitFor();
    await anna.getByText('Legitimation: Dansk pas').waitFor();
    await expectAccessible(anna, 'mitid-review');
    await anna.getByRole('button', { name: 'Udsted MitID' }).click();

    await anna.getByRole('heading', { level: 2, name: 'MitID er udstedt' }).waitFor();
    await expectAccessible(anna, 'mitid-issued');
    const pdf = await openPdf(anna, 'Åbn kvittering (PDF)');
    expect(pdf.length).toBeGreaterThan(1000);

    await anna.getByRole('link', { name: 'Tilbage til borgeren' }).click();
    await anna.getByRole('heading', { level: 1, name: 'Katarzyna Nowak' }).waitFor();
    expect(await anna.getByRole('region', { name: 'Sager' }).getByText('Afsluttet').count()).toBe(1);
  }, 180_000);

  it('a power of attorney is refused at once, with a decision letter', async () => {
    const anna = await open({ width: 1280, height: 1100 });
    await openCitizen(anna, BENT.cpr, 'Bent Poulsen');
    await anna.getByRole('button', { name: 'MitID', exact: true }).click();

    await anna.getByRole('heading', { level: 2, name: 'Hvem møder op?' }).waitFor();
    await anna.getByRole('radio', { name: 'En anden med fuldmagt fra borgeren' }).check();
    await anna.getByText('MitID er personligt og kan ikke udstedes med fuldmagt', { exact: false }).waitFor();
    await anna.getByRole('textbox', { name: 'Navn på den, der møder op' }).fill('Jens Hjælper');
    await anna.getByRole('radio', { name: 'Ja' }).check();
    await expectAccessible(anna, 'mitid-representative');
    await save(anna);

    // The first step decides the case: straight to the refusal, with the reason.
    await anna.getByRole('heading', { level: 2, name: 'Kontrollér og afslut' }).waitFor();
    await anna.getByText('MitID kan ikke udstedes med fuldmagt eller til en værge').waitFor();
    await expectAccessible(anna, 'mitid-refusal-review');
    await anna.getByRole('button', { name: 'Giv afslag' }).click();

    await anna.getByRole('heading', { level: 2, name: 'Der er givet afslag på MitID' }).waitFor();
    await anna.getByText(/Borgeren kan klage til Digitaliseringsstyrelsen senest/).waitFor();
    await expectAccessible(anna, 'mitid-refused');
    const pdf = await openPdf(anna, 'Åbn afgørelse (PDF)');
    expect(pdf.length).toBeGreaterThan(1000);
  }, 180_000);

  it('a driving licence time-limited for health reasons is renewed free of charge, to the receipt', async () => {
    const mette = await open({ width: 1280, height: 1100 });
    await openCitizen(mette, LOUISE.cpr, 'Louise Mortensen', { user: 'mette', purpose: 'koerekort', label: 'Kørekort' });
    await mette.getByRole('button', { name: 'Kørekort', exact: true }).click();

    await mette.getByRole('heading', { level: 2, name: 'Hvad skal borgeren have?' }).waitFor();
    await mette.getByText('Kørekortet er tidsbegrænset af helbredsmæssige grunde: fornyelse er gratis.', { exact: false }).waitFor();
    await expectAccessible(mette, 'licence-request');
    await mette.getByRole('radio', { name: 'Fornyelse af kørekort' }).check();
    await save(mette);

    await mette.getByRole('heading', { level: 2, name: 'Foto, legitimation og gammelt kørekort' }).waitFor();
    await mette.getByRole('radio', { name: 'Foto taget i Borgerservice' }).check();
    await mette.getByRole('radio', { name: 'Pas' }).check();
    // Without the old licence and the lægeattest the server refuses, beside each box.
    await save(mette);
    await mette.getByRole('alert').getByText('Det gamle kørekort skal afleveres.').waitFor();
    await mette
      .getByRole('alert')
      .getByText('Kørekortet er tidsbegrænset af helbredsmæssige grunde: borgeren skal aflevere en lægeattest, før det kan fornys.')
      .waitFor();
    await expectAccessible(mette, 'licence-identification-error');
    await mette.getByRole('checkbox', { name: 'Det gamle kørekort er afleveret' }).check();
    await mette.getByRole('checkbox', { name: 'Borgeren har afleveret en lægeattest' }).check();
    await save(mette);

    await mette.getByRole('heading', { level: 2, name: 'Gebyr' }).waitFor();
    await mette.getByText('Fornyelsen er gratis, fordi kørekortet er tidsbegrænset af helbredsmæssige grunde.').waitFor();
    await expectAccessible(mette, 'licence-payment');
    await save(mette);

    await mette.getByRole('heading', { level: 2, name: 'Kontrollér og bestil' }).waitFor();
    await expectAccessible(mette, 'licence-review');
    await mette.getByRole('button', { name: 'Bestil kørekort' }).click();
    await mette.getByRole('heading', { level: 2, name: 'Kørekortet er bestilt' }).waitFor();
    await expectAccessible(mette, 'licence-done');
    expect((await openPdf(mette, 'Åbn kvittering (PDF)')).length).toBeGreaterThan(1000);
  }, 180_000);
});
