import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { api, apiToken } from './support/api.ts';
import { signIn } from './support/browser.ts';
import { skipBrowserTests } from './support/env.ts';
import { DOKK1, openDokk1AllDay } from './support/queue.ts';
import { expectAccessible, useBrowserPages } from './support/suite.ts';

// Issue 9: after recall, park and finish the keyboard fell to <body>, and the finish dialog opened on its × (so Enter
// closed it). Each action now leaves the focus on the next sensible control.

/** Whether the keyboard is on this element. */
const hasFocus = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

describe.skipIf(skipBrowserTests)('the counter by keyboard: focus after every action', () => {
  const { open } = useBrowserPages({ signOffAfterAll: ['anna'] });
  beforeAll(openDokk1AllDay);

  it('call, recall, start, finish (Enter in the dialog), call, park, call back, no-show', async () => {
    const lars = await apiToken('lars');
    const services = await api<Array<{ id: string; code: string }>>(`/api/locations/${DOKK1}/services`, { token: lars });
    const pas = services.find((s) => s.code === 'pas')!.id;
    for (let i = 0; i < 2; i++) {
      await api(`/api/locations/${DOKK1}/tickets`, { method: 'POST', token: lars, body: JSON.stringify({ serviceId: pas }) });
    }

    const anna = await open();
    await anna.goto('/login');
    await signIn(anna, 'anna');
    await anna.getByRole('button', { name: 'Log på skranken' }).click();
    const callNext = anna.getByRole('button', { name: 'Kald næste' });
    await anna.getByText('Live', { exact: true }).waitFor();
    await callNext.waitFor();

    // Called: the keyboard is on "Start betjening".
    await anna.keyboard.press('F2');
    const start = anna.getByRole('button', { name: 'Start betjening' });
    await expect.poll(() => hasFocus(start)).toBe(true);

    // Recall: it stays on the recall button (pressed again as often as not).
    await anna.getByRole('button', { name: /^Genkald/ }).click();
    await anna.getByRole('button', { name: /^Genkald \(1\)/ }).waitFor();
    await expect.poll(() => hasFocus(anna.getByRole('button', { name: /^Genkald/ }))).toBe(true);

    // Start: on to "Afslut …".
    await start.focus();
    await anna.keyboard.press('Enter');
    const finish = anna.getByRole('button', { name: 'Afslut …' });
    await expect.poll(() => hasFocus(finish)).toBe(true);

    // The finish dialog opens on its primary action: Enter finishes.
    await anna.keyboard.press('Enter');
    const dialog = anna.getByRole('dialog', { name: /^Afslut / });
    await expect.poll(() => hasFocus(dialog.getByRole('button', { name: 'Afslut', exact: true }))).toBe(true);
    await expectAccessible(anna, 'counter-finish-dialog');
    await anna.keyboard.press('Enter');
    await anna.getByText(/er afsluttet\.$/).waitFor();
    // Finished: back on "Kald næste".
    await expect.poll(() => hasFocus(callNext)).toBe(true);

    // Park: back on "Kald næste".
    await anna.keyboard.press('Enter');
    await expect.poll(() => hasFocus(start)).toBe(true);
    await anna.getByRole('button', { name: 'Parkér' }).click();
    await anna.getByText(/er parkeret/).waitFor();
    await expect.poll(() => hasFocus(callNext)).toBe(true);

    // Called back from the parked list: on "Start betjening"; no-show: back on "Kald næste".
    await anna
      .getByRole('button', { name: /^Kald tilbage / })
      .first()
      .click();
    await expect.poll(() => hasFocus(start)).toBe(true);
    await anna.getByRole('button', { name: 'Udeblevet' }).click();
    await anna.getByText(/er markeret som udeblevet\.$/).waitFor();
    await expect.poll(() => hasFocus(callNext)).toBe(true);
    await expectAccessible(anna, 'counter-after-no-show');
  }, 120_000);
});
