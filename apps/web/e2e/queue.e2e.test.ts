import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, screenshot, signIn } from './support/browser.ts';
import { skipBrowserTests } from './support/env.ts';
import { api, apiToken } from './support/api.ts';
import { createDevice, DOKK1, forgetEarlierCalls, openDokk1AllDay, recordSpeech, silenceCounter } from './support/queue.ts';
import { useBrowserPages } from './support/suite.ts';

describe.skipIf(skipBrowserTests)('the walk-in queue, from kiosk to call display', () => {
  // anna takes Skranke 1: whatever happens here, she is signed off it afterwards.
  const { open } = useBrowserPages({ signOffAfterAll: ['anna', 'admin'] });
  beforeAll(async () => {
    await openDokk1AllDay();
    await forgetEarlierCalls();
  });

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
    // (Her own waiting list showed the number too; a call takes it off there at once.)
    await anna.getByRole('region', { name: 'Ved skranken' }).getByText(ticketNumber, { exact: true }).waitFor();
    await anna.getByRole('region', { name: 'Køen til dig' }).getByRole('rowheader', { name: ticketNumber }).waitFor({ state: 'detached' });
    await anna.getByRole('button', { name: 'Start betjening' }).waitFor();
    expect(await axeViolations(anna)).toEqual([]);
    await screenshot(anna, 'queue-counter-called');

    // The display shows the number and the counter, and says it in Danish.
    const current = display.getByTestId('current-call');
    await expect.poll(() => current.innerText()).toMatch(new RegExp(`${ticketNumber}\\s+Gå til\\s+Skranke 1`));
    const spoken = `Nummer P ${Number(ticketNumber.slice(1))}, skranke 1`;
    await expect
      .poll(() => display.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken))
      .toEqual([{ text: spoken, lang: 'da-DK' }]);
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

    // The next citizen, at the same (only) counter: the display keeps the first number under "Seneste kald".
    // (The kiosk goes back to its start by itself after a while; a citizen may also press "Færdig".)
    const done = kiosk.getByRole('button', { name: /^Færdig/ });
    if (await done.isVisible()) await done.click();
    await pas.click();
    await expect.poll(async () => (await number.innerText()).trim()).not.toBe(ticketNumber);
    const secondNumber = (await number.innerText()).trim();
    await anna.keyboard.press('F2');
    await anna.getByRole('button', { name: 'Start betjening' }).waitFor();
    await expect.poll(() => current.innerText()).toMatch(new RegExp(`${secondNumber}\\s+Gå til\\s+Skranke 1`));
    const previous = display.getByRole('region', { name: /^Seneste kald/ });
    await expect.poll(() => previous.innerText()).toMatch(new RegExp(`${ticketNumber}\\s+Skranke 1`));
    expect(await previous.innerText()).toContain('Recent calls');
    expect(await axeViolations(display)).toEqual([]);
    await screenshot(display, 'queue-display-recent');
    await anna.getByRole('button', { name: 'Udeblevet' }).click();
    await anna.getByText(`${secondNumber} er markeret som udeblevet.`).waitFor();

    // And signs out of the counter at the end of her shift, leaving Skranke 1 free.
    await anna.getByRole('button', { name: 'Log af skranken' }).click();
    await anna.getByRole('button', { name: 'Log på skranken' }).waitFor();
  }, 150_000);

  it('sends a ticket on with a note only to a staffed counter, where the colleague reads it; the lead reroutes a stuck one', async () => {
    const services = await api<Array<{ id: string; code: string }>>(`/api/locations/${DOKK1}/services`, { token: await apiToken('lars') });
    const serviceId = (code: string) => services.find((s) => s.code === code)!.id;
    const adminToken = await apiToken('admin');
    // A colleague (admin) is signed in at Skranke 2 for Digital Post; Skranke 3 is empty.
    await api(`/api/counters/${(await counterIds())[1]}/session`, {
      method: 'POST',
      token: adminToken,
      body: JSON.stringify({ serviceIds: [serviceId('digital-post')] }),
    });
    const larsToken = await apiToken('lars');
    const issue = (code: string) =>
      api<{ ticket: { id: string; displayNumber: string; version: number } }>(`/api/locations/${DOKK1}/tickets`, {
        method: 'POST',
        token: larsToken,
        body: JSON.stringify({ serviceId: serviceId(code) }),
      });
    const { ticket } = await issue('pas');

    const anna = await open();
    await anna.goto('/login');
    await signIn(anna, 'anna');
    await anna.getByRole('button', { name: 'Log på skranken' }).click();
    await anna.getByText('Live', { exact: true }).waitFor();
    await anna.keyboard.press('F2');
    await anna.getByText(ticket.displayNumber, { exact: true }).waitFor();
    await anna.getByRole('button', { name: 'Overfør …' }).click();
    const dialog = anna.getByRole('dialog', { name: `Overfør ${ticket.displayNumber}` });
    const counterSelect = dialog.getByLabel('Til skranke');
    await expect.poll(() => counterSelect.locator('option').allInnerTexts()).toEqual(['Den første ledige skranke', 'Skranke 2']);
    await afterTransitions(anna);
    expect(await axeViolations(anna)).toEqual([]);
    await counterSelect.selectOption({ label: 'Skranke 2' });
    await dialog.getByLabel('Note til kollegaen (valgfri)').fill('Har mistet sit gamle pas');
    await dialog.getByRole('button', { name: 'Overfør', exact: true }).click();
    await anna.getByText(`${ticket.displayNumber} er overført og beholder sin plads i køen.`).waitFor();

    // The lead's board shows the note with the ticket.
    const lars = await open();
    await lars.goto('/login?redirect=/koeoversigt');
    await signIn(lars, 'lars');
    const waiting = lars.getByRole('region', { name: /^Venteliste i kaldeorden/ });
    await waiting.getByText('Besked: Har mistet sit gamle pas').waitFor();

    // The colleague at Skranke 2 calls it and reads the note.
    const colleague = await open();
    await colleague.goto('/login?redirect=/skranke');
    await signIn(colleague, 'admin');
    await colleague.getByText('Live', { exact: true }).waitFor();
    await colleague.getByRole('button', { name: 'Kald næste' }).click();
    const note = colleague.getByTestId('transfer-note');
    await expect.poll(() => note.innerText()).toContain('Har mistet sit gamle pas');
    expect(await note.innerText()).toContain('Besked fra kollega');
    expect(await axeViolations(colleague)).toEqual([]);
    await screenshot(colleague, 'queue-counter-transfer-note');
    await colleague.getByRole('button', { name: 'Udeblevet' }).click();
    await colleague.getByText(`${ticket.displayNumber} er markeret som udeblevet.`).waitFor();

    // Another ticket is sent to Skranke 2, whose browser is then closed without signing out: after two minutes of
    // silence the lead sees the counter as having no connection, the ticket stuck, and reroutes it.
    const stuck = (await issue('pas')).ticket;
    await api(`/api/tickets/${stuck.id}/transfer`, {
      method: 'POST',
      token: larsToken,
      body: JSON.stringify({ expectedVersion: stuck.version, counterId: (await counterIds())[1] }),
    });
    await colleague.close();
    await silenceCounter('Skranke 2', 180);
    await issue('koerekort'); // any change makes the board read again
    const skranke2 = lars.getByRole('row').filter({ has: lars.getByRole('rowheader', { name: 'Skranke 2', exact: true }) });
    await expect.poll(() => skranke2.innerText()).toContain('Ingen forbindelse');
    await waiting.getByText('Skranke 2 er ikke bemandet').waitFor();
    await waiting.getByRole('button', { name: `Handlinger for ${stuck.displayNumber}` }).click();
    await lars.getByRole('menuitem', { name: 'Omdirigér …' }).click();
    const reroute = lars.getByRole('dialog', { name: `Omdirigér ${stuck.displayNumber}` });
    await reroute.getByLabel('Send til').waitFor();
    await afterTransitions(lars);
    expect(await axeViolations(lars)).toEqual([]);
    await reroute.getByRole('button', { name: 'Omdirigér', exact: true }).click();
    await lars.getByText(`${stuck.displayNumber} er omdirigeret.`).waitFor();
    await waiting.getByText('Skranke 2 er ikke bemandet').waitFor({ state: 'detached' });
    await api('/api/counter-session', { method: 'DELETE', token: adminToken });

    // anna ends her shift by signing out of the app: she is asked, and the counter closes with her.
    await anna.getByRole('button', { name: 'Log ud', exact: true }).click();
    const confirm = anna.getByRole('dialog', { name: 'Luk skranken og log ud?' });
    await confirm.getByText('Du er logget på Skranke 1.', { exact: false }).waitFor();
    await afterTransitions(anna);
    expect(await axeViolations(anna)).toEqual([]);
    await confirm.getByRole('button', { name: 'Luk skranken og log ud' }).click();
    await anna.waitForURL(/\/login/);
    const skranke1 = lars.getByRole('row').filter({ has: lars.getByRole('rowheader', { name: 'Skranke 1', exact: true }) });
    await expect.poll(() => skranke1.innerText()).toContain('Lukket');
  }, 150_000);

  it('offers a service added during the day to a signed-in counter, and shows it red while nobody takes it', async () => {
    const anna = await open();
    await anna.goto('/login');
    await signIn(anna, 'anna');
    // anna chooses her services (not all of them), so a new one is offered rather than added by itself.
    await anna.getByRole('checkbox', { name: 'V · Vejledning' }).uncheck();
    await anna.getByRole('button', { name: 'Log på skranken' }).click();
    await anna.getByText('Live', { exact: true }).waitFor();

    const lars = await open();
    await lars.goto('/login?redirect=/koeoversigt');
    await signIn(lars, 'lars');
    await lars.getByText('Live', { exact: true }).waitFor();

    const created = await api<{ id: string }>('/api/services', {
      method: 'POST',
      token: await apiToken('admin'),
      body: JSON.stringify({ code: 'krisehjaelp', prefix: 'Ø', nameDa: 'Krisehjælp', nameEn: 'Crisis help', expectedMinutes: 10 }),
    });
    await api(`/api/locations/${DOKK1}/tickets`, {
      method: 'POST',
      token: await apiToken('lars'),
      body: JSON.stringify({ serviceId: created.id }),
    });

    const row = lars.getByRole('row').filter({ has: lars.getByRole('rowheader', { name: 'Ø · Krisehjælp' }) });
    await expect.poll(() => row.innerText()).toContain('Rød – ingen skranke tager ærindet');

    const offer = anna.getByRole('region', { name: 'Nyt ærinde: Ø · Krisehjælp' });
    await offer.waitFor();
    expect(await axeViolations(anna)).toEqual([]);
    await screenshot(anna, 'queue-counter-new-service');
    await offer.getByRole('button', { name: 'Tag Krisehjælp med' }).click();
    await anna.getByText('Krisehjælp er med i dine ærinder.').waitFor();
    await offer.waitFor({ state: 'detached' });
    expect(await anna.evaluate(() => document.activeElement?.id)).toBe('session-heading');
    await expect.poll(() => row.innerText()).toContain('Grøn – normal');
    expect(await axeViolations(lars)).toEqual([]);

    // anna's own queue: per service how many and how long, and who waits in call order.
    const queue = anna.getByRole('region', { name: 'Køen til dig' });
    const krise = queue.getByRole('row').filter({ has: anna.getByRole('rowheader', { name: 'Ø · Krisehjælp' }) });
    await expect.poll(() => krise.innerText()).toMatch(/Ø · Krisehjælp\s+1\s+\d+ min/);
    await queue.getByRole('button', { name: 'Kald Ø001' }).waitFor();

    // A citizen at the counter gets a number with priority; the reason is asked for.
    await queue.getByRole('button', { name: 'Udlevér nummer …' }).click();
    const issueDialog = anna.getByRole('dialog', { name: 'Udlevér et nummer' });
    await issueDialog.getByLabel('Ærinde').selectOption({ label: 'P · Pas' });
    await issueDialog.getByLabel('Prioritet').selectOption({ label: 'Akut (15 min forspring)' });
    await issueDialog.getByRole('button', { name: 'Udlevér nummer' }).click();
    await issueDialog.getByText('Angiv en begrundelse for prioriteten').waitFor();
    await afterTransitions(anna);
    expect(await axeViolations(anna)).toEqual([]);
    await issueDialog.getByLabel('Begrundelse for prioriteten').fill('Skal nå et fly');
    await issueDialog.getByRole('button', { name: 'Udlevér nummer' }).click();
    const issued = anna.getByText(/^Nummer P\d{3} er udleveret til Pas\.$/);
    await issued.waitFor();
    const priorityNumber = /P\d{3}/.exec(await issued.innerText())![0];
    // First in anna's list, with its reason; she calls the crisis ticket instead, by hand.
    const firstRow = queue
      .getByRole('table', { name: /^Ventende i kaldeorden/ })
      .getByRole('row')
      .nth(1);
    await expect.poll(() => firstRow.innerText()).toContain(priorityNumber);
    expect(await firstRow.innerText()).toContain('Skal nå et fly');
    await queue.getByRole('button', { name: 'Kald Ø001' }).click();
    await anna.getByRole('button', { name: 'Start betjening' }).waitFor();
    await queue.getByRole('rowheader', { name: 'Ø001' }).waitFor({ state: 'detached' });
    expect(await anna.getByRole('region', { name: 'Ved skranken' }).innerText()).toContain('Ø001');
    await expect.poll(() => anna.evaluate(() => document.activeElement?.id)).toBe('current-ticket-heading');
    expect(await axeViolations(anna)).toEqual([]);
    await screenshot(anna, 'queue-counter-queue');
  }, 150_000);
});

async function counterIds(): Promise<string[]> {
  const counters = await api<Array<{ id: string; name: string }>>(`/api/locations/${DOKK1}/counters`, { token: await apiToken('lars') });
  return ['Skranke 1', 'Skranke 2', 'Skranke 3'].map((name) => counters.find((c) => c.name === name)!.id);
}

/** Dialogs fade in: contrast is checked once every running transition of the page has ended. */
async function afterTransitions(page: Page): Promise<void> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
}
