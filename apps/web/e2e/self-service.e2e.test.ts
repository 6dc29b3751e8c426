import { DEMO_PERSONS } from '@skranke/db/seed';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchChromium, openPage, screenshot, signIn, type WatchedPage } from './support/browser.ts';
import { skipBrowserTests } from './support/env.ts';

// Jesper Holm, Aarhus N: an adult Aarhus resident no other browser test uses, so Aarhus decides and nothing collides.
const JESPER = DEMO_PERSONS.otherParent;
const JESPER_CPR = `${JESPER.cpr.slice(0, 6)}-${JESPER.cpr.slice(6)}`;

describe.skipIf(skipBrowserTests)('an exemption from mandatory digital self-service, refused with reasons and appealed', () => {
  let browser: Browser;
  const pages: WatchedPage[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    for (const watched of pages.splice(0)) {
      expect(watched.cspViolations).toEqual([]);
      expect(watched.pageErrors).toEqual([]);
      expect(watched.consoleErrors).toEqual([]);
      await watched.context.close();
    }
  });

  async function open(): Promise<Page> {
    const watched = await openPage(browser);
    pages.push(watched);
    return watched.page;
  }

  async function expectAccessible(page: Page, name: string) {
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, name);
  }

  it('anna looks the citizen up, refuses with begrundelse, hands over the letter and registers the appeal', async () => {
    const anna = await open();
    await anna.goto('/login');
    await signIn(anna, 'anna');
    await anna.getByRole('link', { name: 'Borger' }).first().click();
    await anna.getByRole('heading', { level: 1, name: 'Borgeropslag' }).waitFor();
    await anna.getByRole('textbox', { name: /Ærinde/ }).click();
    await anna.getByRole('option', { name: 'Fritagelse for digital selvbetjening' }).click();
    await anna.getByRole('textbox', { name: /CPR-nummer/ }).fill(JESPER_CPR);
    await anna.keyboard.press('Enter');

    // The overview: documents on record, no self-service exemption yet, and the workflows to start.
    await anna.getByRole('heading', { level: 1, name: 'Jesper Holm' }).waitFor();
    const documents = anna.getByRole('region', { name: 'Pas og kørekort' });
    expect(await documents.getByRole('row').count()).toBe(4);
    await documents.getByText('Afleveret').waitFor();
    await anna
      .getByRole('region', { name: 'Digital selvbetjening' })
      .getByText('ikke undtaget fra obligatorisk digital selvbetjening', { exact: false })
      .waitFor();
    await expectAccessible(anna, 'self-service-citizen');

    await anna.getByRole('button', { name: 'Undtagelse fra digital selvbetjening' }).click();
    await anna.getByRole('heading', { level: 2, name: 'Hvem møder op?' }).waitFor();
    await anna.getByRole('radio', { name: 'Borgeren selv (personligt fremmøde)' }).check();
    await anna.getByRole('button', { name: 'Gem og fortsæt' }).click();

    await anna.getByRole('heading', { level: 2, name: 'Hvad søger borgeren fritagelse for?' }).waitFor();
    await anna.getByRole('radio', { name: 'Generel for lovområdet' }).check();
    await anna.getByRole('checkbox', { name: 'Flytning' }).check();
    await expectAccessible(anna, 'self-service-scope');
    await anna.getByRole('button', { name: 'Gem og fortsæt' }).click();

    await anna.getByRole('heading', { level: 2, name: 'Særlige forhold' }).waitFor();
    // None chosen: the server says what is missing.
    await anna.getByRole('button', { name: 'Gem og fortsæt' }).click();
    await anna.getByRole('alert').getByRole('listitem').first().waitFor();
    await anna.getByRole('checkbox', { name: 'Manglende digitale kompetencer' }).check();
    await anna.getByRole('button', { name: 'Gem og fortsæt' }).click();

    await anna.getByRole('heading', { level: 2, name: 'Afgørelse' }).waitFor();
    await anna.getByRole('radio', { name: 'Giv afslag' }).check();
    // The klagevejledning the letter will carry, before deciding.
    const preview = anna.getByRole('region', { name: 'Klagevejledning i afgørelsesbrevet' });
    await preview.getByText(/^Flytning: klage til /).waitFor();
    await preview.getByText(/Klagefrist: 4 uger fra afgørelsen/).waitFor();
    expect(await anna.getByRole('textbox', { name: /Retsgrundlag/ }).inputValue()).toBe('CPR-loven § 12, stk. 3');
    await anna.getByRole('textbox', { name: /Hovedhensyn/ }).fill('Borgeren har selv anmeldt flytning digitalt i 2025 og bruger MitID.');
    await expectAccessible(anna, 'self-service-decision');
    await anna.getByRole('button', { name: 'Gem og fortsæt' }).click();

    await anna.getByRole('heading', { level: 2, name: 'Kontrollér og træf afgørelse' }).waitFor();
    await anna.getByText('Afgørelse: afslag').waitFor();
    await expectAccessible(anna, 'self-service-review');
    await anna.getByRole('button', { name: 'Giv afslag' }).click();

    await anna.getByRole('heading', { level: 2, name: 'Der er givet afslag' }).waitFor();
    await anna.getByText(/^Klagefrist: \d+\. \w+ \d{4}$/).waitFor();
    await expectAccessible(anna, 'self-service-refused');

    // The decision letter: a PDF, fetched with the token and opened from an object URL under the page's CSP.
    let pdf: { contentType: string | undefined; body: Buffer } | undefined;
    await anna.route('**/api/cases/*/document', async (route) => {
      const response = await route.fetch();
      pdf = { contentType: response.headers()['content-type'], body: await response.body() };
      await route.fulfill({ response, body: pdf.body });
    });
    const popupErrors: string[] = [];
    const [popup] = await Promise.all([
      anna.context().waitForEvent('page'),
      anna.getByRole('button', { name: 'Åbn afgørelsen (PDF)' }).click(),
    ]);
    popup.on('console', (message) => message.type() === 'error' && popupErrors.push(message.text()));
    expect(pdf?.contentType).toBe('application/pdf');
    expect(pdf?.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(popup.url()).toMatch(/^blob:/);
    await popup.waitForLoadState('load');
    await screenshot(popup, 'self-service-letter-popup');
    expect(popupErrors).toEqual([]);
    await popup.close();

    // The citizen appeals: registered with the day received; meanwhile they count as exempt on the area.
    const appeal = anna.getByRole('region', { name: 'Klage' });
    await appeal.getByRole('button', { name: 'Registrér klage' }).click();
    await appeal.getByText('Klagen behandles. Indtil da behandles borgeren som fritaget på lovområdet.').waitFor();
    await appeal.getByText('Den er modtaget rettidigt.').waitFor();
    await expectAccessible(anna, 'self-service-appealed');

    await anna.getByRole('link', { name: 'Tilbage til borgeren' }).click();
    await anna.getByRole('heading', { level: 1, name: 'Jesper Holm' }).waitFor();
    const selfService = anna.getByRole('region', { name: 'Digital selvbetjening' });
    await selfService.getByText('Undtaget, mens klagen behandles').waitFor();
    const cases = anna.getByRole('region', { name: 'Sager' });
    await cases.getByText('Afslag', { exact: true }).waitFor();
    await cases.getByRole('button', { name: 'Vis forløb' }).click();
    await cases
      .getByRole('list', { name: /Forløb for/ })
      .getByText('Klage registreret')
      .waitFor();
    await expectAccessible(anna, 'self-service-citizen-after');
  }, 180_000);
});
