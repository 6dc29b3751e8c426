import type { Appointment, ArrivalKind, SessionUser } from '@skranke/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { appointment, appointmentId, BOOKING_OPTIONS, checkInResult, DAY, issued } from '../../../test/appointment-fixtures.ts';
import { POUL_CPR, POUL_SUMMARY } from '../../../test/citizen-fixtures.ts';
import { DOKK1_ID, ok, signedInApi, USERS, type FakeRoutes } from '../../../test/fake-api.ts';
import { PAS } from '../../../test/queue-fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

const PAGE = `/tider?date=${DAY}`;

function dayApi(items: Appointment[], extra: FakeRoutes = {}, user: SessionUser = USERS.anna) {
  return signedInApi(user, {
    listAppointments: (_request, { locationId }) => ok('listAppointments', { items: locationId === DOKK1_ID ? items : [] }),
    listBookingOptions: () => ok('listBookingOptions', BOOKING_OPTIONS),
    ...extra,
  });
}

const rowOf = (name: string) => screen.getByRole('rowheader', { name: new RegExp(name) }).closest('tr')!;

describe('Tider: the day’s bookings', () => {
  it('lists the day’s bookings by time, in Danish time format, with contact and ticket number', async () => {
    const api = dayApi([
      appointment({
        id: appointmentId(2),
        name: 'Ole Bang',
        startsAt: `${DAY}T12:00:00.000Z`,
        endsAt: `${DAY}T12:15:00.000Z`,
        phone: null,
        email: 'ole@example.dk',
        channel: 'public',
      }),
      appointment({ status: 'checked_in', ticketNumber: 'P014', personId: POUL_SUMMARY.id }),
    ]);
    await renderApp(PAGE);
    expect(await screen.findByRole('heading', { level: 2, name: 'Tider tirsdag 8. december' })).toBeInTheDocument();
    const rows = within(screen.getByRole('table', { name: 'Bookede tider, sorteret efter tid' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/^10\.30–10\.45PasMette JuhlTelefon · Slået op på CPR\+4520304050MødtP014$/),
      expect.stringMatching(/^13\.00–13\.15PasOle BangSelvbooketole@example\.dkBooketMeld ankommetAflys$/),
    ]);
    // The day travels in the address (no personal data), the location from the user's first.
    expect(api.calledOp('listAppointments')[0]!.url).toContain(`/api/locations/${DOKK1_ID}/appointments?date=${DAY}`);
  });

  it.each([
    ['booked', 'Booket', true],
    ['checked_in', 'Mødt', false],
    ['cancelled', 'Aflyst', false],
    ['no_show', 'Udeblevet', false],
    ['late', 'For sent', false],
  ] as const)('shows %s as "%s" (actions: %s)', async (status, label, actions) => {
    dayApi([appointment({ status })]);
    await renderApp(PAGE);
    const row = rowOf('Mette Juhl');
    expect(within(row).getByText(label)).toBeInTheDocument();
    expect(within(row).queryByRole('button', { name: 'Meld ankommet: Mette Juhl' }) !== null).toBe(actions);
  });

  it.each<[ArrivalKind, string]>([
    ['on_time', 'Mette Juhl er mødt og har nummer P014.'],
    ['early', 'Mette Juhl er mødt før tiden og har nummer P014. Nummeret kaldes ind fra kl. 10.30.'],
    ['late_walk_in', 'Mette Juhl kom efter tiden og har fået et almindeligt nummer: P014.'],
    ['late_refused', 'Mette Juhl kom for sent til tiden kl. 10.30. Reglen her er, at tiden er tabt: book en ny tid.'],
  ])('"Meld ankommet" (%s) checks in by the appointment’s id and says the number and the arrival', async (arrival, text) => {
    const api = dayApi([appointment()], {
      checkInAppointment: () => ok('checkInAppointment', checkInResult({ arrival, issued: arrival === 'late_refused' ? null : issued() })),
    });
    const { user } = await renderApp(PAGE);
    await user.click(screen.getByRole('button', { name: 'Meld ankommet: Mette Juhl' }));
    expect(await screen.findByText(text)).toBeInTheDocument();
    const [request] = api.calledOp('checkInAppointment');
    expect(new URL(request!.url).pathname).toBe(`/api/locations/${DOKK1_ID}/appointments/check-in`);
    expect(await request!.json()).toEqual({ appointmentId: appointmentId(1) });
  });

  it('checks in from the keyboard alone', async () => {
    const api = dayApi([appointment()], { checkInAppointment: () => ok('checkInAppointment', checkInResult()) });
    const { user } = await renderApp(PAGE);
    const button = screen.getByRole('button', { name: 'Meld ankommet: Mette Juhl' });
    while (document.activeElement !== button) await user.tab();
    await user.keyboard('{Enter}');
    expect(await screen.findByText('Mette Juhl er mødt og har nummer P014.')).toBeInTheDocument();
    expect(api.calledOp('checkInAppointment')).toHaveLength(1);
  });

  it('"Aflys" asks for a reason and a confirmation, then cancels with the version read', async () => {
    const api = dayApi([appointment({ version: 3 })], {
      cancelAppointmentByStaff: () => ok('cancelAppointmentByStaff', appointment({ status: 'cancelled', version: 4 })),
    });
    const { user } = await renderApp(PAGE);
    await user.click(screen.getByRole('button', { name: 'Aflys tiden for Mette Juhl' }));
    const dialog = await screen.findByRole('dialog', { name: 'Aflys tiden kl. 10.30' });
    await user.click(within(dialog).getByRole('button', { name: 'Aflys tiden' }));
    expect(within(dialog).getByText('Skriv en begrundelse')).toBeInTheDocument();
    expect(api.calledOp('cancelAppointmentByStaff')).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: /Begrundelse/ }), 'Borgeren ringede og aflyste');
    await user.click(within(dialog).getByRole('button', { name: 'Aflys tiden' }));
    expect(await screen.findByText('Tiden kl. 10.30 for Mette Juhl er aflyst.')).toBeInTheDocument();
    const [request] = api.calledOp('cancelAppointmentByStaff');
    expect(new URL(request!.url).pathname).toBe(`/api/appointments/${appointmentId(1)}/cancel`);
    expect(await request!.json()).toEqual({ expectedVersion: 3, reason: 'Borgeren ringede og aflyste' });
  });

  it('says so when the day has no bookings', async () => {
    dayApi([]);
    await renderApp(PAGE);
    expect(screen.getByText('Der er ingen bookede tider denne dag.')).toBeInTheDocument();
  });
});

const SLOTS = {
  items: [
    { startsAt: `${DAY}T09:30:00.000Z`, endsAt: `${DAY}T09:45:00.000Z`, free: 1 },
    { startsAt: `${DAY}T09:45:00.000Z`, endsAt: `${DAY}T10:00:00.000Z`, free: 2 },
  ],
  nextFree: `${DAY}T09:30:00.000Z`,
};

const booked = (overrides: Partial<Appointment> = {}) =>
  ok('bookAppointmentForCitizen', { code: 'K7MQ-4XR2', appointment: appointment({ startsAt: `${DAY}T09:45:00.000Z`, ...overrides }) }, 201);

async function openBooking(extra: FakeRoutes) {
  const api = dayApi([], { listAppointmentSlots: () => ok('listAppointmentSlots', SLOTS), ...extra });
  const view = await renderApp(PAGE);
  await view.user.click(screen.getByRole('button', { name: 'Book tid' }));
  const dialog = await screen.findByRole('dialog', { name: 'Book tid for en borger' });
  await view.user.selectOptions(within(dialog).getByRole('combobox', { name: 'Ærinde' }), PAS.id);
  await view.user.click(await within(dialog).findByRole('radio', { name: '10.45' }));
  return { ...view, api, dialog };
}

describe('Tider: booking for a citizen', () => {
  it('books on the phone by name and phone number and shows the booking code to read out', async () => {
    const { user, api, dialog } = await openBooking({ bookAppointmentForCitizen: () => booked() });
    expect(new URL(api.calledOp('listAppointmentSlots')[0]!.url).search).toBe(`?from=${DAY}&days=1`);
    await user.click(within(dialog).getByRole('radio', { name: 'Navn og kontakt' }));
    await user.click(within(dialog).getByRole('button', { name: 'Book tiden' }));
    expect(within(dialog).getByText('Skriv borgerens navn')).toBeInTheDocument();
    expect(within(dialog).getByText('Skriv telefon eller e-mail')).toBeInTheDocument();

    await user.type(within(dialog).getByRole('textbox', { name: /Navn/ }), 'Mette Juhl');
    await user.type(within(dialog).getByRole('textbox', { name: 'Telefon' }), '20 30 40');
    await user.click(within(dialog).getByRole('button', { name: 'Book tiden' }));
    expect(within(dialog).getByText('Skriv et dansk telefonnummer med 8 cifre, fx 12 34 56 78.')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'Telefon' }), ' 50');
    await user.click(within(dialog).getByRole('button', { name: 'Book tiden' }));

    const done = await screen.findByRole('dialog', { name: 'Tiden er booket' });
    expect(within(done).getByTestId('booking-code')).toHaveTextContent('K7MQ-4XR2');
    expect(within(done).getByText('Mette Juhl har tid tirsdag 8. december kl. 10.45 til Pas.')).toBeInTheDocument();
    expect(await api.calledOp('bookAppointmentForCitizen')[0]!.json()).toEqual({
      serviceId: PAS.id,
      startsAt: `${DAY}T09:45:00.000Z`,
      channel: 'phone',
      name: 'Mette Juhl',
      phone: '20 30 40 50',
    });
  });

  it('books for a citizen looked up by CPR: the number goes only in the look-up’s body, the booking sends the person', async () => {
    const { user, api, dialog } = await openBooking({
      lookupCitizen: () => ok('lookupCitizen', POUL_SUMMARY),
      bookAppointmentForCitizen: () => booked({ name: POUL_SUMMARY.name, personId: POUL_SUMMARY.id }),
    });
    await user.click(within(dialog).getByRole('button', { name: 'Book tiden' }));
    expect(within(dialog).getByText('Slå borgeren op, før du booker')).toBeInTheDocument();

    const cpr = within(dialog).getByRole('textbox', { name: /CPR-nummer/ });
    expect(cpr).toHaveAttribute('autocomplete', 'off');
    await user.type(cpr, `${POUL_CPR}{Enter}`);
    expect(await within(dialog).findByText(`Borger: ${POUL_SUMMARY.name} (${POUL_SUMMARY.cprMasked})`)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: 'Skranke' }));
    await user.click(within(dialog).getByRole('button', { name: 'Book tiden' }));
    // The confirmation needs a phone number or an e-mail, for a looked-up citizen too (the API says the same).
    expect(within(dialog).getByText('Skriv telefon eller e-mail')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'E-mail' }), 'poul@example.dk');
    await user.click(within(dialog).getByRole('button', { name: 'Book tiden' }));
    await screen.findByRole('dialog', { name: 'Tiden er booket' });

    expect(await api.calledOp('lookupCitizen')[0]!.json()).toEqual({ cpr: POUL_CPR, purpose: 'pas' });
    const body = await api.calledOp('bookAppointmentForCitizen')[0]!.json();
    expect(body).toEqual({
      serviceId: PAS.id,
      startsAt: `${DAY}T09:45:00.000Z`,
      channel: 'counter',
      personId: POUL_SUMMARY.id,
      email: 'poul@example.dk',
    });
    for (const request of api.requests) expect(request.url).not.toContain(POUL_CPR.slice(0, 6));
  });

  it('offers the next free time when the chosen one was taken meanwhile (409 slot-taken)', async () => {
    const nextFree = `${DAY}T10:15:00.000Z`;
    const { user, dialog } = await openBooking({
      bookAppointmentForCitizen: () =>
        new Response(
          JSON.stringify({ type: 'about:blank', title: 'Conflict', status: 409, code: 'slot-taken', detail: 'Tiden er taget', nextFree }),
          { status: 409, headers: { 'content-type': 'application/problem+json' } },
        ),
    });
    await user.click(within(dialog).getByRole('radio', { name: 'Navn og kontakt' }));
    await user.type(within(dialog).getByRole('textbox', { name: /Navn/ }), 'Mette Juhl');
    await user.type(within(dialog).getByRole('textbox', { name: 'E-mail' }), 'mette@example.dk');
    await user.click(within(dialog).getByRole('button', { name: 'Book tiden' }));
    expect(await within(dialog).findByText('Tiden er lige blevet booket af en anden. Vælg en anden tid.')).toBeInTheDocument();
    expect(within(dialog).getByText('Første ledige tid: tirsdag 8. december kl. 11.15')).toBeInTheDocument();
    await waitFor(() => expect(within(dialog).getByRole('radio', { name: '10.45' })).not.toBeChecked());
  });

  it('says where the admin sets bookings up when the location takes none', async () => {
    dayApi([], { listBookingOptions: () => ok('listBookingOptions', { locations: [] }) });
    const { user } = await renderApp(PAGE);
    await user.click(screen.getByRole('button', { name: 'Book tid' }));
    const dialog = await screen.findByRole('dialog', { name: 'Book tid for en borger' });
    expect(within(dialog).getByText(/Stedet tager ikke imod bookinger endnu/)).toBeInTheDocument();
  });
});

describe('Tider: who sees what', () => {
  it('shows the week plan link to a lead, not to counter staff', async () => {
    dayApi([], {}, USERS.lars);
    await renderApp(PAGE);
    expect(screen.getByRole('link', { name: 'Ugeplan og lukkede perioder' })).toBeInTheDocument();
  });

  it('is in the menu for counter staff, without the week plan', async () => {
    dayApi([]);
    await renderApp(PAGE);
    expect(screen.getByRole('link', { name: 'Tider' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Ugeplan og lukkede perioder' })).not.toBeInTheDocument();
  });

  it('answers a counter user who opens the week plan with the access page', async () => {
    dayApi([]);
    await renderApp('/tider/plan');
    expect(screen.getByRole('heading', { level: 1, name: 'Du har ikke adgang til siden' })).toBeInTheDocument();
  });
});
