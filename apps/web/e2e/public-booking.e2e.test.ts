import type { BookingOptions, IssuedTicket, Service, TicketStatusLink } from '@skranke/contracts';
import { describe, expect, it } from 'vitest';
import { api, apiToken } from './support/api.ts';
import { skipBrowserTests } from './support/env.ts';
import { DOKK1, openDokk1AllDay } from './support/queue.ts';
import { expectAccessible, useBrowserPages } from './support/suite.ts';

// A citizen books a time on a phone (360 × 740), keeps the code, finds the booking with it and cancels it. The public
// pages are their own small entry (public.html); no login anywhere.
describe.skipIf(skipBrowserTests)('the public booking page on a phone', () => {
  const { open } = useBrowserPages();
  const PHONE = { width: 360, height: 740 };

  it('books a time, shows the code, finds the booking with it and cancels it', async () => {
    // The place and errand the page will offer first with free times: whatever the demo data makes bookable.
    const { locations } = await api<BookingOptions>('/api/public/booking-options');
    const location = locations.find((l) => l.services.length > 0);
    if (!location) throw new Error('The demo data has no bookable errand (no appointment rules in the seed)');
    const service = location.services[0]!;

    const page = await open(PHONE);
    await page.goto('/tidsbestilling');
    await page.getByRole('heading', { level: 1, name: 'Bestil tid hos Borgerservice' }).waitFor();
    // Nothing is wider than the phone (no sideways scrolling at 360 px).
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page, 'public-booking-place');

    // By keyboard: into the place list, choose, continue.
    await page.getByRole('radio', { name: location.name }).focus();
    await page.keyboard.press('Space');
    expect(await page.getByRole('radio', { name: location.name }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Videre' }).focus();
    await page.keyboard.press('Enter');

    await page.getByRole('heading', { level: 2, name: 'Hvad er dit ærinde?' }).waitFor();
    await page.getByRole('radio', { name: new RegExp(service.nameDa) }).check();
    await expectAccessible(page, 'public-booking-errand');
    await page.getByRole('button', { name: 'Videre' }).click();

    // The first free time, offered on top.
    const firstFree = page.getByRole('button', { name: 'Vælg første ledige tid' });
    await firstFree.waitFor();
    const offered = (await page.getByText(/^Første ledige tid: /).textContent())!.replace('Første ledige tid: ', '');
    await expectAccessible(page, 'public-booking-times');
    // WCAG 1.4.10 reflow: at 320 CSS px (1280 px at 400 % zoom) the days and times still wrap, nothing scrolls sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize(PHONE);
    await firstFree.click();

    await page.getByRole('heading', { level: 2, name: 'Dine oplysninger' }).waitFor();
    await page.getByRole('textbox', { name: 'Navn' }).fill('Karen Blixen');
    await page.getByRole('textbox', { name: 'Mobilnummer' }).fill('20 30 40 50');
    await expectAccessible(page, 'public-booking-contact');
    await page.getByRole('button', { name: 'Videre' }).click();

    await page.getByRole('heading', { level: 2, name: 'Tjek og bestil' }).waitFor();
    await page.getByText(offered, { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Bestil tiden' }).click();

    await page.getByRole('heading', { level: 2, name: 'Din tid er bestilt' }).waitFor();
    const code = (await page.getByTestId('booking-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    await page.getByText(offered, { exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page, 'public-booking-done');

    // Later: the booking found with the code (in the body, never the URL) …
    await page.getByRole('link', { name: 'Se, flyt eller aflys tiden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Min tid' }).waitFor();
    await page.getByRole('textbox', { name: 'Bookingkode' }).fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Find min tid' }).click();
    await page.getByRole('heading', { level: 2, name: service.nameDa }).waitFor();
    await page.getByText('Bestilt', { exact: true }).waitFor();
    await page.getByText(offered, { exact: true }).waitFor();
    expect(page.url()).not.toContain(code);
    await expectAccessible(page, 'public-booking-mine');

    // … and cancelled, after being asked.
    await page.getByRole('button', { name: 'Aflys tiden' }).click();
    await page.getByRole('button', { name: 'Ja, aflys tiden' }).click();
    await page.getByText('Din tid er aflyst, og andre kan nu bestille den.').waitFor();
    await page.getByText('Aflyst', { exact: true }).waitFor();
    await expectAccessible(page, 'public-booking-cancelled');
  });

  it('the ticket on the phone follows the queue live, and says when the visit is over', async () => {
    // A walk-in's number at Dokk1, taken by anna for the citizen, and the link its receipt's QR code carries.
    await openDokk1AllDay();
    const token = await apiToken('anna');
    const services = await api<Service[]>(`/api/locations/${DOKK1}/services`, { token });
    const service = services.find((s) => s.active)!;
    const { ticket } = await api<IssuedTicket>(`/api/locations/${DOKK1}/tickets`, {
      method: 'POST',
      token,
      body: JSON.stringify({ serviceId: service.id }),
    });
    const link = await api<TicketStatusLink>(`/api/tickets/${ticket.id}/status-link`, { method: 'POST', token });

    const page = await open(PHONE);
    await page.goto(`/billet/${link.token}`);
    await page.getByRole('heading', { level: 1, name: 'Din billet' }).waitFor();
    await page.getByText(ticket.displayNumber, { exact: true }).waitFor();
    await page.getByText(`${service.nameDa}, Borgerservice Dokk1`).waitFor();
    await page
      .getByRole('status')
      .getByText(/i køen\./)
      .waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page, 'public-ticket-waiting');

    // The desk closes the ticket: the page hears it on its event stream, well before its 15 s fallback read.
    await api(`/api/tickets/${ticket.id}/cancel`, {
      method: 'POST',
      token,
      body: JSON.stringify({ expectedVersion: ticket.version, reason: 'e2e: the citizen left' }),
    });
    await page.getByText('Dit besøg er afsluttet. Tak for i dag.').waitFor({ timeout: 10_000 });
    await expectAccessible(page, 'public-ticket-finished');
  });
});
