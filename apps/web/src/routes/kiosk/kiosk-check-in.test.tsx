import type { CheckInResult } from '@skranke/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { checkInResult, DAY, issued } from '../../test/appointment-fixtures.ts';
import { deviceTokenRoute, DOKK1_ID, installFakeApi, json, ok, problem, type FakeRoutes } from '../../test/fake-api.ts';
import { OPEN_ALL_WEEK, SERVICES } from '../../test/queue-fixtures.ts';
import { renderApp } from '../../test/render.tsx';

const KEY = 'skd_kiosk-key-0123456789abcdef';
const TOKEN = 'AbCdEfGhIjKlMnOpQrStUvWx';

function setUpKiosk(routes: FakeRoutes = {}) {
  localStorage.setItem('skranke.device.kiosk', KEY);
  return installFakeApi({
    refreshSession: () => problem(401, 'Unauthorized'),
    issueDeviceToken: deviceTokenRoute('kiosk', KEY),
    listServices: () => json(200, SERVICES),
    getOpeningHours: () => json(200, OPEN_ALL_WEEK),
    createTicketStatusLink: () => ok('createTicketStatusLink', { token: TOKEN, expiresAt: `${DAY}T22:59:59Z` }, 201),
    ...routes,
  });
}

const problemOf = (status: number, code: string) => () =>
  new Response(JSON.stringify({ type: 'about:blank', title: 'x', status, code, detail: 'x' }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });

async function openCheckIn(routes: FakeRoutes) {
  const api = setUpKiosk(routes);
  const view = await renderApp('/kiosk');
  await view.user.click(await screen.findByRole('button', { name: 'Jeg har bestilt tid I have an appointment' }));
  await screen.findByRole('heading', { level: 1, name: 'Jeg har bestilt tid / I have an appointment' });
  return { ...view, api };
}

const codeField = () => screen.getByRole('textbox', { name: /Bookingkode \/ Booking code/ });
const submit = () => screen.getByRole('button', { name: 'Meld mig ankommet / Check me in' });

describe('kiosk: checking in for a booked time', () => {
  it.each<[CheckInResult['arrival'], string[], boolean]>([
    [
      'on_time',
      ['Din tid er kl. 10.30. Vi kalder dig op.', 'Your time is 10:30. We will call you.', 'Dit nummer kommer på skærmen.'],
      false,
    ],
    ['early', ['Din tid er kl. 10.30. Vi kalder dig op.', 'Du er kommet i god tid. Sæt dig og vent, dit nummer kommer på skærmen.'], false],
    ['late_walk_in', ['Din tid kl. 10.30 er gået. Du har fået et almindeligt nummer og venter som de andre.'], true],
  ])('by code, %s: the number, calmly what happens next, and the QR code to the ticket’s page', async (arrival, texts, estimate) => {
    const { user, api } = await openCheckIn({ checkInAppointment: () => ok('checkInAppointment', checkInResult({ arrival })) });
    await user.type(codeField(), 'k7mq-4xr2');
    await user.click(submit());

    expect(await screen.findByTestId('ticket-number')).toHaveTextContent('P014');
    for (const text of texts) expect(screen.getByText(text)).toBeInTheDocument();
    expect(screen.queryByText('Forventet ventetid: ca. 10 min.') !== null).toBe(estimate);
    const [request] = api.calledOp('checkInAppointment');
    expect(new URL(request!.url).pathname).toBe(`/api/locations/${DOKK1_ID}/appointments/check-in`);
    expect(await request!.json()).toEqual({ code: 'K7MQ-4XR2' });
    expect(request!.headers.get('authorization')).toMatch(/^Bearer token-kiosk/);

    const qr = await screen.findByTestId('ticket-qr');
    expect(qr).toHaveAttribute('data-url', `${window.location.origin}/billet/${TOKEN}`);
    expect(within(qr).getByRole('img', { name: 'Scan koden, og følg din plads i køen på telefonen.' })).toBeInTheDocument();
    expect(new URL(api.calledOp('createTicketStatusLink')[0]!.url).pathname).toBe(`/api/tickets/${issued().ticket.id}/status-link`);
  });

  it('checks in by birth date and first name (never a CPR number), typed on the screen’s keyboard', async () => {
    const { user, api } = await openCheckIn({ checkInAppointment: () => ok('checkInAppointment', checkInResult()) });
    await user.click(screen.getByRole('button', { name: 'Fødselsdato og fornavn / Date of birth and first name' }));
    await user.keyboard('5');
    await user.tab();
    await user.keyboard('9');
    await user.tab();
    await user.keyboard('1986');
    await user.tab();
    await user.keyboard('Sofie{Enter}');
    await screen.findByTestId('ticket-number');
    expect(await api.calledOp('checkInAppointment')[0]!.json()).toEqual({ birthDate: '1986-09-05', firstName: 'Sofie' });
  });

  it.each<[string, string, string]>([
    ['unknown-code', 'Koden passer ikke til en tid. Tjek koden, og prøv igen – eller spørg personalet.', 'code'],
    [
      'no-match',
      'Vi fandt ingen tid i dag med den fødselsdato og det fornavn. Prøv med din bookingkode, eller spørg personalet.',
      'birthDate',
    ],
    ['several-matches', 'Flere tider passer. Skriv din bookingkode i stedet.', 'code'],
    ['appointment-closed', 'Tiden er aflyst eller allerede brugt. Spørg personalet.', 'code'],
    ['wrong-location', 'Din tid er på et andet borgerservicested. Spørg personalet.', 'code'],
  ])('says what to do on %s, and keeps the form', async (code, text, modeAfter) => {
    const { user } = await openCheckIn({ checkInAppointment: problemOf(code === 'several-matches' ? 409 : 404, code) });
    if (code === 'no-match' || code === 'several-matches') {
      await user.click(screen.getByRole('button', { name: 'Fødselsdato og fornavn / Date of birth and first name' }));
      await user.type(screen.getByRole('textbox', { name: 'Dag / Day' }), '05');
      await user.type(screen.getByRole('textbox', { name: 'Måned / Month' }), '09');
      await user.type(screen.getByRole('textbox', { name: 'År / Year' }), '1986');
      await user.type(screen.getByRole('textbox', { name: 'Fornavn / First name' }), 'Sofie');
    } else {
      await user.type(codeField(), 'K7MQ-4XR2');
    }
    await user.click(submit());
    expect(await screen.findByRole('alert')).toHaveTextContent(text);
    const pressed = screen.getByRole('button', { pressed: true });
    expect(pressed).toHaveTextContent(modeAfter === 'code' ? 'Bookingkode' : 'Fødselsdato og fornavn');
  });

  it.each<[CheckInResult['arrival'], string, string]>([
    [
      'late_refused',
      'Din tid er gået / Your time has passed',
      'Din tid var kl. 10.30. Book en ny tid på kommunens hjemmeside, eller spørg personalet.',
    ],
    [
      'wrong_day',
      'Din tid er en anden dag / Your appointment is on another day',
      'Din tid er tirsdag 8. december kl. 10.30. Kom igen den dag.',
    ],
  ])('explains %s without a number', async (arrival, heading, text) => {
    const { user } = await openCheckIn({ checkInAppointment: () => ok('checkInAppointment', checkInResult({ arrival, issued: null })) });
    await user.type(codeField(), 'K7MQ-4XR2');
    await user.click(submit());
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
    expect(screen.getByText(text)).toBeInTheDocument();
    expect(screen.queryByTestId('ticket-number')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Færdig / Done' }));
    expect(await screen.findByRole('button', { name: 'Pas Passport' })).toBeInTheDocument();
  });

  it('asks for the code before sending anything', async () => {
    const { user, api } = await openCheckIn({});
    await user.click(submit());
    expect(screen.getByRole('alert')).toHaveTextContent('Skriv koden fra din bekræftelse');
    expect(api.calledOp('checkInAppointment')).toHaveLength(0);
  });

  it('prints a walk-in’s receipt with the QR code, and without it when the link cannot be had', async () => {
    setUpKiosk({ issueTicket: () => ok('issueTicket', issued('P015'), 201) });
    const { user } = await renderApp('/kiosk');
    await user.click(await screen.findByRole('button', { name: 'Pas Passport' }));
    expect(await screen.findByTestId('ticket-qr')).toHaveAttribute('data-url', `${window.location.origin}/billet/${TOKEN}`);

    const second = issued('P016');
    second.ticket.id = '00000000-0000-4000-8004-000000000916';
    setUpKiosk({ issueTicket: () => ok('issueTicket', second, 201), createTicketStatusLink: () => problem(503, 'Unavailable') });
    await user.click(screen.getByRole('button', { name: /^Færdig/ }));
    await user.click(await screen.findByRole('button', { name: 'Pas Passport' }));
    expect(await screen.findByTestId('ticket-number')).toHaveTextContent('P016');
    expect(screen.queryByTestId('ticket-qr')).not.toBeInTheDocument();
  });
});
