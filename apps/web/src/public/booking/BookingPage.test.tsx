import type { BookAppointmentBody } from '@skranke/contracts';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { installFakeApi, ok } from '../../test/fake-api.ts';
import { appointment, DOKK1, NEXT_FREE, OPTIONS, PASSPORT, publicProblem, renderPublic, SLOTS } from '../test/public-fixtures.tsx';

function bookingApi(book: (body: BookAppointmentBody) => Response) {
  return installFakeApi({
    listBookingOptions: () => ok('listBookingOptions', OPTIONS),
    listAppointmentSlots: (request) => {
      const from = new URL(request.url).searchParams.get('from');
      return ok('listAppointmentSlots', { items: from === '2026-12-07' ? SLOTS : [], nextFree: NEXT_FREE });
    },
    bookAppointment: async (request) => book((await request.json()) as BookAppointmentBody),
  });
}

const booked = (body: BookAppointmentBody) =>
  ok('bookAppointment', { code: 'K7MQ-4XR2', appointment: appointment({ startsAt: body.startsAt, name: body.name }) }, 201);

/** Place, errand, and the first day's second time (Tuesday 10.15). */
async function chooseTime(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('radio', { name: 'Borgerservice Dokk1' }));
  await user.click(screen.getByRole('button', { name: 'Videre' }));
  await user.click(screen.getByRole('radio', { name: /Pas/ }));
  await user.click(screen.getByRole('button', { name: 'Videre' }));
  await user.click(await screen.findByRole('button', { name: '10.15' }));
}

async function fillContact(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'Mette Frederiksen');
  await user.type(screen.getByRole('textbox', { name: 'Mobilnummer' }), '20 12 34 56');
  await user.click(screen.getByRole('button', { name: 'Videre' }));
}

describe('the public booking page', () => {
  it('books a time: place, errand with what to bring, a free time, contact details, the code shown large', async () => {
    const user = userEvent.setup();
    const api = bookingApi(booked);
    renderPublic('/tidsbestilling');

    expect(await screen.findByRole('heading', { level: 1, name: 'Bestil tid hos Borgerservice' })).toBeInTheDocument();
    expect(screen.getByText('Trin 1 af 5')).toBeInTheDocument();
    // Continuing without a choice says so beside the options.
    await user.click(screen.getByRole('button', { name: 'Videre' }));
    expect(screen.getByText('Vælg en af mulighederne.')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Borgerservice Dokk1' }));
    await user.click(screen.getByRole('button', { name: 'Videre' }));

    // The errand: what to bring shows for the chosen one.
    expect(screen.getByRole('heading', { level: 2, name: 'Hvad er dit ærinde?' })).toHaveFocus();
    await user.click(screen.getByRole('radio', { name: /Pas/ }));
    expect(screen.getByText('Dit gamle pas og et nyt pasfoto.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Videre' }));

    // Free times: the first free time on top and marked in the day's list; days as Danes write them.
    expect(await screen.findByText('Første ledige tid: tirsdag den 8. december 2026 kl. 10.00')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /tirs\. 8\. dec\..*2 ledige/ })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('heading', { level: 3, name: 'Ledige tider tirsdag den 8. december 2026' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '10.00 Første ledige' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /ons\. 9\. dec\..*1 ledig/ }));
    expect(screen.getByRole('button', { name: '13.30' })).toBeInTheDocument();
    const slotRequest = new URL(api.calledOp('listAppointmentSlots')[0]!.url);
    expect(slotRequest.pathname).toBe(`/api/public/locations/${DOKK1}/services/${PASSPORT}/slots`);
    expect(Object.fromEntries(slotRequest.searchParams)).toEqual({ from: '2026-12-07', days: '14' });
    await user.click(screen.getByRole('button', { name: '13.30' }));

    // Contact: why each is asked, and no CPR number.
    expect(screen.getByRole('heading', { level: 2, name: 'Dine oplysninger' })).toHaveFocus();
    expect(screen.getByText(/Vi spørger ikke om dit CPR-nummer/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /CPR/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Videre' }));
    const problems = screen.getByRole('alert');
    expect(within(problems).getByRole('link', { name: 'Skriv dit navn.' })).toHaveAttribute('href', '#contact-name');
    expect(within(problems).getByRole('link', { name: 'Skriv et mobilnummer eller en e-mail.' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Navn' })).toHaveAttribute('aria-invalid', 'true');
    await user.type(screen.getByRole('textbox', { name: 'Navn' }), 'Mette Frederiksen');
    await user.type(screen.getByRole('textbox', { name: 'Mobilnummer' }), '20 12 34 56');
    await user.type(screen.getByRole('textbox', { name: 'Dag' }), '24');
    await user.type(screen.getByRole('textbox', { name: 'Måned' }), '3');
    await user.type(screen.getByRole('textbox', { name: 'År' }), '1987');
    await user.click(screen.getByRole('button', { name: 'Videre' }));

    // Confirm, then the code.
    expect(screen.getByRole('heading', { level: 2, name: 'Tjek og bestil' })).toHaveFocus();
    expect(screen.getByText('onsdag den 9. december 2026 kl. 13.30')).toBeInTheDocument();
    expect(screen.getByText('+4520123456')).toBeInTheDocument();
    expect(screen.getByText('tirsdag den 24. marts 1987')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bestil tiden' }));

    expect(await screen.findByRole('heading', { level: 2, name: 'Din tid er bestilt' })).toHaveFocus();
    expect(screen.getByTestId('booking-code')).toHaveTextContent('K7MQ-4XR2');
    expect(screen.getByText(/Gem koden/)).toBeInTheDocument();
    expect(screen.getByText('onsdag den 9. december 2026 kl. 13.30')).toBeInTheDocument();
    expect(screen.getByText('Dit gamle pas og et nyt pasfoto.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Se, flyt eller aflys tiden' })).toHaveAttribute('href', '/tidsbestilling/min-tid');
    expect(await api.calledOp('bookAppointment')[0]!.json()).toEqual({
      locationId: DOKK1,
      serviceId: PASSPORT,
      startsAt: SLOTS[2]!.startsAt,
      name: 'Mette Frederiksen',
      phone: '+4520123456',
      birthDate: '1987-03-24',
      language: 'da',
    });
  });

  it("a mobile Borgerservice: each time names the bus's stop, and the summary and the receipt say where", async () => {
    const user = userEvent.setup();
    const stops = ['Mårslet, ved Kulturhuset', 'Mårslet, ved Kulturhuset', 'Solbjerg, Torvet'];
    installFakeApi({
      listBookingOptions: () => ok('listBookingOptions', OPTIONS),
      listAppointmentSlots: (request) =>
        ok('listAppointmentSlots', {
          items: new URL(request.url).searchParams.get('from') === '2026-12-07' ? SLOTS.map((s, i) => ({ ...s, place: stops[i]! })) : [],
          nextFree: NEXT_FREE,
        }),
      bookAppointment: async (request) => {
        const body = (await request.json()) as BookAppointmentBody;
        return ok(
          'bookAppointment',
          { code: 'K7MQ-4XR2', appointment: appointment({ startsAt: body.startsAt, place: 'Mårslet, ved Kulturhuset' }) },
          201,
        );
      },
    });
    renderPublic('/tidsbestilling');
    await user.click(await screen.findByRole('radio', { name: 'Borgerservice Dokk1' }));
    await user.click(screen.getByRole('button', { name: 'Videre' }));
    await user.click(screen.getByRole('radio', { name: /Pas/ }));
    await user.click(screen.getByRole('button', { name: 'Videre' }));

    expect(
      await screen.findByText('Første ledige tid: tirsdag den 8. december 2026 kl. 10.00, Mårslet, ved Kulturhuset'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '10.15 Mårslet, ved Kulturhuset' }));
    await fillContact(user);
    expect(screen.getByText('Borgerservice Dokk1, Mårslet, ved Kulturhuset')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bestil tiden' }));
    expect(await screen.findByTestId('booking-code')).toHaveTextContent('K7MQ-4XR2');
    expect(screen.getByText('Borgerservice Dokk1, Mårslet, ved Kulturhuset')).toBeInTheDocument();
  });

  it.each([
    ['a place takes numbers on the phone and is open: the link to take one', true, true],
    ['the place allowing it is closed now: no link', false, false],
  ])('%s', async (_label, openNow, shown) => {
    installFakeApi({
      listBookingOptions: () => ok('listBookingOptions', OPTIONS),
      listRemoteTicketOptions: () =>
        ok('listRemoteTicketOptions', {
          locations: [{ id: DOKK1, name: 'Borgerservice Dokk1', municipalityName: 'Aarhus Kommune', openNow, services: [] }],
        }),
    });
    renderPublic('/tidsbestilling');
    expect(await screen.findByRole('radio', { name: 'Borgerservice Dokk1' })).toBeInTheDocument();
    const link = screen.queryByRole('link', { name: 'Skal du bare have et nummer i dag? Tag et nummer på telefonen' });
    if (shown) expect(await screen.findByRole('link', { name: /Tag et nummer på telefonen/ })).toHaveAttribute('href', '/billet/ny');
    else expect(link).not.toBeInTheDocument();
  });

  it('a time taken a moment before: the 409 names the next free time, which one press books', async () => {
    const user = userEvent.setup();
    const api = bookingApi((body) =>
      body.startsAt === SLOTS[1]!.startsAt ? publicProblem(409, 'slot-taken', { nextFree: SLOTS[2]!.startsAt }) : booked(body),
    );
    renderPublic('/tidsbestilling');
    await chooseTime(user);
    await fillContact(user);
    await user.click(screen.getByRole('button', { name: 'Bestil tiden' }));

    const taken = await screen.findByRole('alert');
    expect(within(taken).getByText('Tiden blev taget lige før dig')).toBeInTheDocument();
    expect(within(taken).getByText('Den næste ledige tid er onsdag den 9. december 2026 kl. 13.30.')).toBeInTheDocument();
    await user.click(within(taken).getByRole('button', { name: 'Tag tiden onsdag den 9. december 2026 kl. 13.30' }));

    expect(await screen.findByTestId('booking-code')).toHaveTextContent('K7MQ-4XR2');
    expect(api.calledOp('bookAppointment').map((r) => r.url)).toHaveLength(2);
  });

  it('too many requests: a calm message, and the button still books when pressed again', async () => {
    const user = userEvent.setup();
    let calls = 0;
    bookingApi((body) => (++calls === 1 ? publicProblem(429, 'too-many-requests', { retryAfter: 20 }) : booked(body)));
    renderPublic('/tidsbestilling');
    await chooseTime(user);
    await fillContact(user);
    await user.click(screen.getByRole('button', { name: 'Bestil tiden' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Der er travlt lige nu. Vent 20 sekunder, og prøv igen.');
    await user.click(screen.getByRole('button', { name: 'Bestil tiden' }));
    expect(await screen.findByTestId('booking-code')).toBeInTheDocument();
  });

  it('pages the days 14 at a time, never before today', async () => {
    const user = userEvent.setup();
    const api = bookingApi(booked);
    renderPublic('/tidsbestilling');
    await user.click(await screen.findByRole('radio', { name: 'Borgerservice Dokk1' }));
    await user.click(screen.getByRole('button', { name: 'Videre' }));
    await user.click(screen.getByRole('radio', { name: /Pas/ }));
    await user.click(screen.getByRole('button', { name: 'Videre' }));
    await screen.findByRole('button', { name: '10.00 Første ledige' });
    expect(screen.getByRole('button', { name: /Forrige 14 dage/ })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: /Næste 14 dage/ }));
    expect(await screen.findByText('Ingen ledige tider i disse 14 dage.')).toBeInTheDocument();
    expect(new URL(api.calledOp('listAppointmentSlots')[1]!.url).searchParams.get('from')).toBe('2026-12-21');
    // The first free time is still offered from any page.
    expect(screen.getByRole('button', { name: 'Vælg første ledige tid' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Forrige 14 dage/ }));
    expect(await screen.findByRole('button', { name: '10.15' })).toBeInTheDocument();
  });

  it('in English at the press of a button, the times on the Copenhagen clock', async () => {
    const user = userEvent.setup();
    bookingApi(booked);
    renderPublic('/tidsbestilling');
    await user.click(await screen.findByRole('button', { name: 'Read this page in English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Book a time at Citizen Service' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    await user.click(screen.getByRole('radio', { name: 'Borgerservice Dokk1' }));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    await user.click(screen.getByRole('radio', { name: /Passport/ }));
    expect(screen.getByText('Your old passport and a new passport photo.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('First free time: Tuesday, 8 December 2026 at 10:00')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Læs siden på dansk' })).toHaveAttribute('lang', 'da');
  });
});
