import type { AppointmentSlotList, BookingOptions, StaffBookedAppointment } from '@skranke/contracts';
import { DEMO_PERSONS } from '@skranke/db/seed';
import { copenhagenClock } from '@skranke/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from './support/api.ts';
import { signIn } from './support/browser.ts';
import { skipBrowserTests } from './support/env.ts';
import { cancelEarlierWaitingTickets, createDevice, DOKK1, openDokk1AllDay, setDokk1PassportCutoff } from './support/queue.ts';
import { expectAccessible, useBrowserPages } from './support/suite.ts';

// Poul Hansen, Højbjerg: an adult resident of Aarhus, looked up by CPR at the counter.
const POUL = DEMO_PERSONS.nearPensionAarhus;
const POUL_CPR = `${POUL.cpr.slice(0, 6)}-${POUL.cpr.slice(6)}`;

/** The first free passport time at Dokk1 today (Dokk1 is opened all day by the test), booked on the public page's API. */
async function bookTodayByApi(name: string): Promise<string> {
  const { locations } = await api<BookingOptions>('/api/public/booking-options');
  const pas = locations.find((l) => l.id === DOKK1)?.services.find((s) => s.nameDa === 'Pas');
  if (!pas) throw new Error('The demo data has no bookable passport errand at Dokk1 (no appointment rules in the seed)');
  const today = copenhagenClock(new Date()).date;
  const slots = await api<AppointmentSlotList>(`/api/public/locations/${DOKK1}/services/${pas.id}/slots?from=${today}&days=1`);
  const slot = slots.items[0];
  if (!slot) throw new Error(`No free passport time left at Dokk1 today (${today})`);
  const booked = await api<StaffBookedAppointment>('/api/public/appointments', {
    method: 'POST',
    body: JSON.stringify({ locationId: DOKK1, serviceId: pas.id, startsAt: slot.startsAt, name, phone: '20304050' }),
  });
  return booked.code;
}

describe.skipIf(skipBrowserTests)('appointments: a phone booking at the counter, its arrival, and a kiosk check-in by code', () => {
  const { open } = useBrowserPages();
  // The test books today's first free passport time with the real clock. Dokk1's rule closes booking 60 minutes before
  // a time, so late in the evening (Dokk1 is opened until 23:59) no time was left and the test failed from 22:30
  // Copenhagen time: the cutoff is 0 while this file runs, which leaves only the last half hour before midnight.
  let cutoffBefore = 60;
  beforeAll(async () => {
    await openDokk1AllDay();
    await cancelEarlierWaitingTickets();
    cutoffBefore = await setDokk1PassportCutoff(0);
  });
  // The numbers issued here must not wait in Dokk1's queue for the next file's counter.
  afterAll(async () => {
    await cancelEarlierWaitingTickets();
    await setDokk1PassportCutoff(cutoffBefore);
  });

  it('anna books a time for Poul on the phone, sees it in the day list, checks him in; a citizen checks in at the kiosk', async () => {
    const anna = await open();
    await anna.goto('/login?redirect=/tider');
    await signIn(anna, 'anna');
    await anna.getByRole('heading', { level: 1, name: 'Tider' }).waitFor();
    await expectAccessible(anna, 'appointments-day');

    // Book tid: errand, the first free time today, Poul by CPR (typed into the field, never in the address).
    await anna.getByRole('button', { name: 'Book tid' }).click();
    const dialog = anna.getByRole('dialog', { name: 'Book tid for en borger' });
    await dialog.getByRole('combobox', { name: 'Ærinde' }).selectOption({ label: 'Pas' });
    const firstTime = dialog.getByRole('radio', { name: /^\d\d\.\d\d$/ }).first();
    await firstTime.waitFor({ state: 'attached' });
    const time = (await firstTime.evaluate((input) => (input as HTMLInputElement).labels?.[0]?.textContent ?? '')).trim();
    // By keyboard, as the time chips are radio buttons.
    await firstTime.focus();
    await anna.keyboard.press('Space');
    expect(await firstTime.isChecked()).toBe(true);
    await dialog.getByRole('textbox', { name: /CPR-nummer/ }).fill(POUL_CPR);
    await dialog.getByRole('textbox', { name: /CPR-nummer/ }).press('Enter');
    await dialog.getByText(new RegExp(`^Borger: Poul`)).waitFor();
    await dialog.getByRole('textbox', { name: 'Telefon' }).fill('20 30 40 50');
    expect(await dialog.getByRole('radio', { name: 'Telefon' }).isChecked()).toBe(true);
    await expectAccessible(anna, 'appointments-book');
    await dialog.getByRole('button', { name: 'Book tiden' }).click();

    const done = anna.getByRole('dialog', { name: 'Tiden er booket' });
    const code = (await done.getByTestId('booking-code').innerText()).trim();
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await expectAccessible(anna, 'appointments-booked');
    for (const digits of [POUL.cpr, POUL.cpr.slice(0, 6)]) expect(anna.url()).not.toContain(digits);
    await done.getByRole('button', { name: 'Færdig' }).click();

    // The day list shows it, booked, at its time; "Meld ankommet" gives a number.
    const row = anna.getByRole('row').filter({ has: anna.getByRole('rowheader', { name: /Poul/ }) });
    await expect.poll(() => row.first().innerText()).toContain('Booket');
    expect(await row.first().innerText()).toContain(time);
    await row
      .first()
      .getByRole('button', { name: /^Meld ankommet: Poul/ })
      .click();
    await anna.getByText(/har nummer P\d{3}\./).waitFor();
    await expect.poll(() => row.first().innerText()).toMatch(/Mødt\s+P\d{3}/);
    await expectAccessible(anna, 'appointments-checked-in');

    // Another citizen, booked on the public page, checks in at the kiosk with the code.
    const kioskCode = await bookTodayByApi('Karen Blixen');
    const deviceKey = await createDevice('kiosk');
    const kiosk = await open({ width: 1080, height: 1500 });
    await kiosk.goto('/kiosk');
    await kiosk.getByLabel('Enhedsnøgle').fill(deviceKey);
    await kiosk.getByRole('button', { name: 'Gem og start' }).click();
    await kiosk.getByRole('button', { name: 'Jeg har bestilt tid I have an appointment' }).click();
    await kiosk.getByRole('heading', { level: 1, name: 'Jeg har bestilt tid / I have an appointment' }).waitFor();
    await expectAccessible(kiosk, 'appointments-kiosk-form');
    await kiosk.getByRole('textbox', { name: /Bookingkode/ }).fill(kioskCode.toLowerCase());
    await kiosk.getByRole('button', { name: 'Meld mig ankommet / Check me in' }).click();
    const number = kiosk.getByTestId('ticket-number');
    await number.waitFor();
    expect((await number.innerText()).trim()).toMatch(/^P\d{3}$/);
    await kiosk.getByText(/^Din tid er kl\. \d\d\.\d\d\. Vi kalder dig op\.$/).waitFor();
    // The receipt's QR code points at the ticket's public page.
    const qr = kiosk.getByTestId('ticket-qr');
    await qr.waitFor();
    expect(await qr.getAttribute('data-url')).toMatch(/\/billet\/[A-Za-z0-9_-]{20,64}$/);
    await expectAccessible(kiosk, 'appointments-kiosk-receipt');
  }, 150_000);
});
