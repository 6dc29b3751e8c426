import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, screenshot, signIn } from './support/browser.ts';
import { skipBrowserTests } from './support/env.ts';
import { createDevice, openDokk1AllDay, recordSpeech } from './support/queue.ts';
import { useBrowserPages } from './support/suite.ts';

describe.skipIf(skipBrowserTests)('the walk-in queue, from kiosk to call display', () => {
  // anna takes Skranke 1: whatever happens here, she is signed off it afterwards.
  const { open } = useBrowserPages({ signOffAfterAll: ['anna'] });
  beforeAll(openDokk1AllDay);

  /** A screen set up the way an administrator does it: open it, paste the device key once. */
  async function setUpScreen(page: Page, path: '/kiosk' | '/display', deviceKey: string, title: string) {
    await page.goto(path);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Enhedsnøgle').fill(deviceKey);
    await page.getByRole('button', { name: 'Gem og start' }).click();
  }

  it('issues a ticket at the kiosk, shows it live to the lead, lets anna call it with F2 and announces it', async () => {
    const [kioskKey, displayKey] = await Promise.all([createDevice('kiosk'), createDevice('display')]);

    // The kiosk at the entrance, portrait touch screen.
    const kiosk = await open({ width: 1080, height: 1500 });
    await setUpScreen(kiosk, '/kiosk', kioskKey, 'Opsæt kiosk');
    const pas = kiosk.getByRole('button', { name: 'Pas Passport' });
    await pas.waitFor();
    expect(await axeViolations(kiosk)).toEqual([]);
    await screenshot(kiosk, 'queue-kiosk');

    // The lead's board, live.
    const lars = await open();
    await lars.goto('/login?redirect=/koeoversigt');
    await signIn(lars, 'lars');
    await lars.getByRole('heading', { level: 1, name: 'Køoversigt' }).waitFor();
    await lars.getByText('Live', { exact: true }).waitFor();

    // anna signs in at Skranke 1 with every service.
    const anna = await open();
    await anna.goto('/login');
    await signIn(anna, 'anna');
    await anna.getByRole('button', { name: 'Log på skranken' }).click();
    const callNext = anna.getByRole('button', { name: 'Kald næste' });
    await callNext.waitFor();
    expect(await callNext.getAttribute('aria-keyshortcuts')).toBe('F2');
    await anna.getByText('Live', { exact: true }).waitFor();
    expect(await axeViolations(anna)).toEqual([]);
    await screenshot(anna, 'queue-counter-idle');

    // The call display in the waiting room, with the speech recorded.
    const display = await open({ width: 1920, height: 1080 });
    await display.addInitScript(recordSpeech);
    await setUpScreen(display, '/display', displayKey, 'Opsæt kaldeskærm');
    await display.getByRole('heading', { level: 1, name: 'Borgerservice Dokk1' }).waitFor();
    await display.getByText('Velkommen. Dit nummer vises her, når det er din tur.').waitFor();

    // A citizen takes a number.
    await pas.click();
    const number = kiosk.getByTestId('ticket-number');
    await number.waitFor();
    const ticketNumber = (await number.innerText()).trim();
    expect(ticketNumber).toMatch(/^P\d{3}$/);
    expect(await kiosk.getByText(/ kl\. \d\d\.\d\d$/).count()).toBe(1);
    expect(await axeViolations(kiosk)).toEqual([]);
    await screenshot(kiosk, 'queue-kiosk-ticket');

    // The lead sees it without reloading.
    const waitingRow = lars.getByRole('region', { name: /^Venteliste i kaldeorden/ }).getByRole('rowheader', { name: ticketNumber });
    await waitingRow.waitFor();
    expect(await lars.getByRole('heading', { name: 'Venteliste i kaldeorden (1)' }).count()).toBe(1);
    expect(await axeViolations(lars)).toEqual([]);
    await screenshot(lars, 'queue-board');

    // anna calls it with the keyboard shortcut.
    await anna.keyboard.press('F2');
    await anna.getByText(ticketNumber, { exact: true }).waitFor();
    await anna.getByRole('button', { name: 'Start betjening' }).waitFor();
    expect(await axeViolations(anna)).toEqual([]);
    await screenshot(anna, 'queue-counter-called');

    // The display shows the number and the counter, and says it in Danish.
    const current = display.getByTestId('current-call');
    await expect.poll(() => current.innerText()).toMatch(new RegExp(`${ticketNumber}\\s+Gå til\\s+Skranke 1`));
    const spoken = `Nummer P ${Number(ticketNumber.slice(1))}, skranke 1`;
    await expect.poll(() => display.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken)).toEqual([
      { text: spoken, lang: 'da-DK' },
    ]);
    expect(await axeViolations(display)).toEqual([]);
    await screenshot(display, 'queue-display');

    // The board moves the ticket from the waiting list to Skranke 1, still without a reload.
    await waitingRow.waitFor({ state: 'detached' });
    const skranke1 = lars.getByRole('row').filter({ has: lars.getByRole('rowheader', { name: 'Skranke 1', exact: true }) });
    await expect.poll(() => skranke1.innerText()).toContain(ticketNumber);

    // anna serves the citizen and finishes, telling what was delivered.
    await anna.getByRole('button', { name: 'Start betjening' }).click();
    await anna.getByText('Under betjening').waitFor();
    await anna.getByRole('button', { name: 'Afslut …' }).click();
    const dialog = anna.getByRole('dialog', { name: `Afslut ${ticketNumber}` });
    await dialog.getByRole('radio', { name: 'Løst', exact: true }).waitFor();
    expect(await axeViolations(anna)).toEqual([]);
    await dialog.getByRole('button', { name: 'Afslut', exact: true }).click();
    await anna.getByText(`${ticketNumber} er afsluttet.`).waitFor();
    await anna.getByText('Betjent i dag: 1').waitFor();

    // And signs out of the counter at the end of her shift, leaving Skranke 1 free.
    await anna.getByRole('button', { name: 'Log af skranken' }).click();
    await anna.getByRole('button', { name: 'Log på skranken' }).waitFor();
  }, 150_000);
});
