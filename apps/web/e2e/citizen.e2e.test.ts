import { DEMO_PERSONS } from '@skranke/db/seed';
import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './support/browser.ts';
import { skipBrowserTests } from './support/env.ts';
import { cancelEarlierWaitingTickets, createDevice, openDokk1AllDay } from './support/queue.ts';
import { expectAccessible, useBrowserPages } from './support/suite.ts';

// Poul Hansen, Højbjerg: an active adult resident of Aarhus, so Aarhus decides his exemption.
const POUL = DEMO_PERSONS.nearPensionAarhus;
const POUL_CPR = `${POUL.cpr.slice(0, 6)}-${POUL.cpr.slice(6)}`;

/** Whether the keyboard is on this element (issue 9: after an action it used to drop to <body>). */
const hasFocus = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);
/** The texts an element's aria-describedby points at: what a screen reader reads with the field. */
const descriptionOf = (locator: Locator) =>
  locator.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' '),
  );

describe.skipIf(skipBrowserTests)('a Digital Post exemption, from the queue ticket to the receipt', () => {
  // anna takes Skranke 1: whatever happens here, she is signed off it afterwards.
  const { open } = useBrowserPages({ signOffAfterAll: ['anna'] });
  beforeAll(async () => {
    await openDokk1AllDay();
    await cancelEarlierWaitingTickets();
  });

  it('anna starts the errand from the ticket, registers the exemption in person and hands over the receipt', async () => {
    // A citizen takes a Digital Post number at the kiosk.
    const kiosk = await open({ width: 1080, height: 1500 });
    await kiosk.goto('/kiosk');
    await kiosk.getByLabel('Enhedsnøgle').fill(await createDevice('kiosk'));
    await kiosk.getByRole('button', { name: 'Gem og start' }).click();
    await kiosk.getByRole('button', { name: 'Digital Post', exact: true }).click();
    const ticketNumber = (await kiosk.getByTestId('ticket-number').innerText()).trim();
    expect(ticketNumber).toMatch(/^D\d{3}$/);

    // anna calls it at her counter.
    const anna = await open();
    await anna.goto('/login');
    await signIn(anna, 'anna');
    await anna.getByRole('button', { name: 'Log på skranken' }).click();
    await anna.getByRole('button', { name: 'Kald næste' }).waitFor();
    await anna.keyboard.press('F2');
    await anna.getByText(ticketNumber, { exact: true }).waitFor();

    // "Start ærinde" opens the look-up with the ticket's errand chosen.
    // By keyboard, as staff often work: focus the link and press Enter (no pointer hover over a screen whose timer
    // re-renders every second).
    await anna.getByRole('link', { name: 'Start ærinde' }).focus();
    await anna.keyboard.press('Enter');
    await anna.getByRole('heading', { level: 1, name: 'Borgeropslag' }).waitFor();
    expect(await anna.getByRole('textbox', { name: /Ærinde/ }).inputValue()).toBe('Digital Post');
    // The CPR field has the keyboard: she types the number at once.
    await expect.poll(() => hasFocus(anna.getByRole('textbox', { name: /CPR-nummer/ }))).toBe(true);
    await expectAccessible(anna, 'citizen-lookup');

    // Typed and sent with the keyboard.
    await anna.getByRole('textbox', { name: /CPR-nummer/ }).fill(POUL_CPR);
    await anna.keyboard.press('Enter');
    await anna.getByRole('heading', { level: 1, name: 'Poul Hansen' }).waitFor();
    for (const digits of [POUL.cpr, POUL.cpr.slice(0, 6), POUL.cpr.slice(6)]) expect(anna.url()).not.toContain(digits);
    await anna.getByText(`${POUL_CPR.slice(0, 7)}XXXX`).waitFor();
    await anna.getByText('Ikke fritaget', { exact: true }).waitFor();
    // The overview: the ticket being served, and his licence (five months left) flagged before it expires.
    await anna
      .getByRole('region', { name: 'Aktuelt besøg' })
      .getByText(`Billet ${ticketNumber} · Digital Post`, { exact: false })
      .waitFor();
    await anna
      .getByRole('region', { name: 'Pas og kørekort' })
      .getByText(/^Kørekort udløber .* – inden for 6 måneder\.$/)
      .waitFor();
    await anna.getByRole('region', { name: 'Besøg' }).getByText(ticketNumber, { exact: true }).waitFor();
    await expectAccessible(anna, 'citizen-page');

    await anna.getByRole('button', { name: 'Fritagelse fra Digital Post' }).click();
    await anna.getByRole('heading', { level: 2, name: 'Hvem møder op?' }).waitFor();
    await expectAccessible(anna, 'wizard-applicant');

    // Nothing chosen: the server's refusal is a Danish sentence tied to the choice, which gets the keyboard.
    await anna.getByRole('button', { name: 'Gem og fortsæt' }).click();
    const applicant = anna.getByRole('radiogroup', { name: 'Ansøger' });
    await expect.poll(() => descriptionOf(applicant)).toContain('Vælg, hvem der møder op.');
    await expect.poll(() => hasFocus(anna.getByRole('radio', { name: 'Borgeren selv (personligt fremmøde)' }))).toBe(true);
    await expectAccessible(anna, 'wizard-applicant-refused');

    // Step 1 by keyboard: choose with Space, Tab to "Gem og fortsæt", Enter.
    await anna.getByRole('radio', { name: 'Borgeren selv (personligt fremmøde)' }).focus();
    await anna.keyboard.press('Space');
    await anna.keyboard.press('Tab');
    await anna.keyboard.press('Enter');

    await anna.getByRole('heading', { level: 2, name: 'Legitimation' }).waitFor();
    // The next step starts at its heading.
    await expect.poll(() => hasFocus(anna.getByRole('heading', { level: 2, name: 'Legitimation' }))).toBe(true);
    await expectAccessible(anna, 'wizard-identification');
    await anna.getByRole('radio', { name: 'Sundhedskort' }).check();
    await anna.getByRole('button', { name: 'Gem og fortsæt' }).click();

    await anna.getByRole('heading', { level: 2, name: 'Erklæring' }).waitFor();
    await anna.getByText('Borgeren behøver ikke oplyse en grund.', { exact: false }).waitFor();
    // Unsigned first: the server refuses, and says why beside the box.
    await anna.getByRole('button', { name: 'Gem og fortsæt' }).click();
    await anna
      .getByRole('alert')
      .getByText(/underskre/)
      .waitFor();
    await expect
      .poll(() => hasFocus(anna.getByRole('checkbox', { name: 'Borgeren har underskrevet erklæringen om fritagelse' })))
      .toBe(true);
    await expectAccessible(anna, 'wizard-declaration-error');
    await anna.getByRole('checkbox', { name: 'Borgeren har underskrevet erklæringen om fritagelse' }).check();
    await anna.getByRole('button', { name: 'Gem og fortsæt' }).click();

    // A reload continues where the case stands: at the review.
    await anna.getByRole('heading', { level: 2, name: 'Kontrollér og registrér' }).waitFor();
    await expect.poll(() => hasFocus(anna.getByRole('heading', { level: 2, name: 'Kontrollér og registrér' }))).toBe(true);
    await anna.reload();
    await anna.getByRole('heading', { level: 2, name: 'Kontrollér og registrér' }).waitFor();
    await anna.getByText('Ingen grund oplyst (det er frivilligt)').waitFor();
    await expectAccessible(anna, 'wizard-review');
    await anna.getByRole('button', { name: 'Registrér fritagelse' }).click();

    await anna.getByRole('heading', { level: 2, name: 'Fritagelsen er registreret' }).waitFor();
    await expect.poll(() => hasFocus(anna.getByRole('heading', { level: 2, name: 'Fritagelsen er registreret' }))).toBe(true);
    await expectAccessible(anna, 'wizard-done');

    // The receipt: fetched with the token, opened from an object URL in a new window. The response passes through the
    // test on its way, so its bytes can be checked.
    let pdf: { contentType: string | undefined; body: Buffer } | undefined;
    await anna.route('**/api/cases/*/document', async (route) => {
      const response = await route.fetch();
      pdf = { contentType: response.headers()['content-type'], body: await response.body() };
      await route.fulfill({ response, body: pdf.body });
    });
    const [popup] = await Promise.all([
      anna.context().waitForEvent('page'),
      anna.getByRole('button', { name: 'Åbn kvittering (PDF)' }).click(),
    ]);
    expect(pdf?.contentType).toBe('application/pdf');
    expect(pdf?.body.length).toBeGreaterThan(1000);
    expect(pdf?.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(popup.url()).toMatch(/^blob:/);
    await popup.close();
    await anna.getByRole('link', { name: 'Kvitteringen er klar – åbn den her' }).waitFor();

    // Back on the citizen's page the exemption is active, and can be revoked.
    await anna.getByRole('link', { name: 'Tilbage til borgeren' }).click();
    await anna.getByRole('heading', { level: 1, name: 'Poul Hansen' }).waitFor();
    await anna.getByText('Fritaget', { exact: true }).waitFor();
    await anna.getByRole('button', { name: 'Ophæv fritagelse' }).waitFor();
    expect(await anna.getByRole('region', { name: 'Sager' }).getByText('Afsluttet').count()).toBe(1);
    await anna
      .getByRole('region', { name: 'Digital selvbetjening' })
      .getByText('ret til den ikke-digitale løsning', { exact: false })
      .waitFor();
    await expectAccessible(anna, 'citizen-page-exempt');

    // Leave Skranke 1 as the other journeys expect it: the ticket settled without counting as served, anna signed off.
    await anna.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Skranke' }).click();
    await anna.getByRole('button', { name: 'Udeblevet' }).click();
    await anna.getByText(/er markeret som udeblevet\.$/).waitFor(); // (the counter cannot be closed while a citizen stands at it)
    await anna.getByRole('button', { name: 'Log af skranken' }).click();
    await anna.getByRole('button', { name: 'Log på skranken' }).waitFor();
  }, 180_000);
});
