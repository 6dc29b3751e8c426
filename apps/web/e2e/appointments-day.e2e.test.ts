import { connectDatabase } from '@skranke/db';
import { DEMO, DEMO_QUEUE } from '@skranke/db/seed';
import { bookingCodeFromBytes, serviceDay } from '@skranke/domain';
import { createHash, randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from './support/browser.ts';
import { databaseUrl, skipBrowserTests } from './support/env.ts';
import { cancelEarlierWaitingTickets, createDevice, DOKK1, forgetEarlierCalls, openDokk1AllDay, recordSpeech } from './support/queue.ts';
import { expectAccessible, useBrowserPages } from './support/suite.ts';

// The appointment's day at the desk: a booked citizen who checks in at the kiosk is called at the counter and shown
// on the call display; a booking nobody came for reads 'Udeblevet' on the day list. The e2e server runs on the wall
// clock, so the bookings are written straight into the database at times relative to now (a booking is called
// from its time less 3 minutes; a no-show is marked one grace, 10 minutes for the demo's passports, after its time).

/** A passport booking at Dokk1 `minutesFromNow` from now (negative: in the past), status booked; its code. */
async function insertBooking(name: string, minutesFromNow: number): Promise<{ code: string; date: string }> {
  const code = bookingCodeFromBytes(randomBytes(5));
  const { pool, close } = connectDatabase(databaseUrl(), { max: 1 });
  try {
    const inserted = await pool.query<{ starts_at: Date }>(
      `insert into appointments (municipality_id, location_id, service_id, starts_at, ends_at, seat, channel, code_hash, name, phone)
       values ($1, $2, $3, date_trunc('minute', now()) + make_interval(mins => $4::int),
               date_trunc('minute', now()) + make_interval(mins => $4::int + 15), 1, 'public', $5, $6, '+4520304050')
       returning starts_at`,
      [DEMO.aarhus.id, DOKK1, DEMO_QUEUE.aarhusServices.pas, minutesFromNow, createHash('sha256').update(code).digest('hex'), name],
    );
    // The booking's own Copenhagen date: the day list is opened on it, so a run just after midnight still finds it.
    return { code, date: serviceDay(inserted.rows[0]!.starts_at) };
  } finally {
    await close();
  }
}

async function setUpScreen(page: Page, path: '/kiosk' | '/display', deviceKey: string) {
  await page.goto(path);
  await page.getByLabel('Enhedsnøgle').fill(deviceKey);
  await page.getByRole('button', { name: 'Gem og start' }).click();
}

describe.skipIf(skipBrowserTests)("appointments: the booked citizen's day at the desk", () => {
  // anna takes Skranke 1: whatever happens here, she is signed off it afterwards.
  const { open } = useBrowserPages({ signOffAfterAll: ['anna'] });
  beforeAll(async () => {
    await openDokk1AllDay();
    await cancelEarlierWaitingTickets();
    await forgetEarlierCalls();
  });
  afterAll(() => cancelEarlierWaitingTickets());

  it('a citizen booked for a few minutes from now checks in at the kiosk, is called at the counter and on the display', async () => {
    const { code, date } = await insertBooking('Birte Bookesen', 2);
    const [kioskKey, displayKey] = await Promise.all([createDevice('kiosk'), createDevice('display')]);

    const display = await open({ width: 1920, height: 1080 });
    await display.addInitScript(recordSpeech);
    await setUpScreen(display, '/display', displayKey);
    await display.getByText('Velkommen. Dit nummer vises her, når det er din tur.').waitFor();

    // The kiosk: "I have an appointment", the code, a number.
    const kiosk = await open({ width: 1080, height: 1500 });
    await setUpScreen(kiosk, '/kiosk', kioskKey);
    await kiosk.getByRole('button', { name: 'Jeg har bestilt tid I have an appointment' }).click();
    await kiosk.getByRole('textbox', { name: /Bookingkode/ }).fill(code);
    await kiosk.getByRole('button', { name: 'Meld mig ankommet / Check me in' }).click();
    const number = kiosk.getByTestId('ticket-number');
    await number.waitFor();
    const ticketNumber = (await number.innerText()).trim();
    expect(ticketNumber).toMatch(/^P\d{3}$/);

    // anna opens Skranke 1 and calls the next: the booked citizen, whose time is within 3 minutes.
    const anna = await open();
    await anna.goto('/login');
    await signIn(anna, 'anna');
    await anna.getByRole('button', { name: 'Log på skranken' }).click();
    await anna.getByRole('button', { name: 'Kald næste' }).click();
    // The called ticket (the counter screen may list the same number in its queue table too).
    await anna.getByText(ticketNumber, { exact: true }).first().waitFor();
    await anna.getByRole('button', { name: 'Start betjening' }).waitFor();
    await expectAccessible(anna, 'appointments-day-counter-called');

    const current = display.getByTestId('current-call');
    await expect.poll(() => current.innerText()).toMatch(new RegExp(`${ticketNumber}\\s+Gå til\\s+Skranke 1`));
    await expectAccessible(display, 'appointments-day-display');

    // The day list shows the booking as arrived, with its number.
    await anna.goto(`/tider?date=${date}`);
    await anna.getByRole('heading', { level: 1, name: 'Tider' }).waitFor();
    const row = anna.getByRole('row').filter({ has: anna.getByRole('rowheader', { name: /Birte Bookesen/ }) });
    await expect.poll(() => row.first().innerText()).toMatch(new RegExp(`Mødt\\s+${ticketNumber}`));
  }, 150_000);

  it("a booking nobody came for reads 'Udeblevet' on the day list", async () => {
    // 20 minutes ago: past the 10 minutes' grace (just after midnight that is yesterday: the list is opened on its date).
    const { date } = await insertBooking('Ulla Udeblevsen', -20);
    const anna = await open();
    await anna.goto(`/login?redirect=${encodeURIComponent(`/tider?date=${date}`)}`);
    await signIn(anna, 'anna');
    await anna.getByRole('heading', { level: 1, name: 'Tider' }).waitFor();
    const row = anna.getByRole('row').filter({ has: anna.getByRole('rowheader', { name: /Ulla Udeblevsen/ }) });
    await expect.poll(() => row.first().innerText()).toContain('Udeblevet');
    expect(
      await row
        .first()
        .getByRole('button', { name: /^Meld ankommet/ })
        .count(),
    ).toBe(0);
    await expectAccessible(anna, 'appointments-day-no-show');
  }, 90_000);
});
