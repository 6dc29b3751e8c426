import type { IssuedTicket } from '@skranke/contracts';
import { QueryClient } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { AppProviders } from '../../App.tsx';
import { deviceTokenRoute, DOKK1_ID, installFakeApi, json, problem, type FakeRoutes } from '../../test/fake-api.ts';
import { CLOSED_NOW, OPEN_ALL_WEEK, SERVICES, ticket } from '../../test/queue-fixtures.ts';
import { renderApp } from '../../test/render.tsx';
import { TicketReceipt } from './-components/TicketReceipt.tsx';

const KEY = 'skd_kiosk-key-0123456789abcdef';
const issued = (overrides: Partial<IssuedTicket> = {}): IssuedTicket => ({
  ticket: ticket({ arrivedAt: '2025-11-24T09:05:00Z' }),
  position: 3,
  estimatedWaitMinutes: 6,
  ...overrides,
});

/** A kiosk that was set up before: its key is on the screen. */
function setUpKiosk(routes: FakeRoutes = {}) {
  localStorage.setItem('skranke.device.kiosk', KEY);
  return installFakeApi({
    refreshSession: () => problem(401, 'Unauthorized'),
    issueDeviceToken: deviceTokenRoute('kiosk', KEY),
    listServices: () => json(200, SERVICES),
    getOpeningHours: () => json(200, OPEN_ALL_WEEK),
    ...routes,
  });
}

const TICKETS = `/api/locations/${DOKK1_ID}/tickets`;
const slowly = (response: () => Response) => () => new Promise<Response>((r) => setTimeout(() => r(response()), 50));

describe('kiosk', () => {
  it('shows a big button per service with its Danish and English name', async () => {
    setUpKiosk();
    await renderApp('/kiosk');
    const pas = await screen.findByRole('button', { name: 'Pas Passport' });
    expect(within(pas).getByText('Passport')).toHaveAttribute('lang', 'en');
    // The same name in both languages is written once.
    expect(screen.getByRole('button', { name: 'MitID' })).toBeInTheDocument();
  });

  it('issues exactly one number however fast it is tapped, as the kiosk device', async () => {
    const api = setUpKiosk({ issueTicket: slowly(() => json(201, issued())) });
    const { user } = await renderApp('/kiosk');
    await user.dblClick(await screen.findByRole('button', { name: 'Pas Passport' }));

    expect(await screen.findByTestId('ticket-number')).toHaveTextContent('P014');
    const posts = api.called('POST', TICKETS);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.headers.get('authorization')).toBe('Bearer token-kiosk-1');
    expect(posts[0]!.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await posts[0]!.json()).toEqual({ serviceId: SERVICES[0]!.id });
    expect(screen.getByText('mandag den 24. november 2025 kl. 10.05')).toBeInTheDocument();
    expect(screen.getByText('Forventet ventetid: ca. 6 min.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Udskriv / Print' })).toBeInTheDocument();
  });

  it('retries a failed tap with the same key, so a lost answer never makes two tickets', async () => {
    let attempt = 0;
    const api = setUpKiosk({
      issueTicket: () => (++attempt === 1 ? problem(503, 'Service Unavailable') : json(200, issued())),
    });
    const { user } = await renderApp('/kiosk');
    await user.click(await screen.findByRole('button', { name: 'Pas Passport' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Du fik ikke et nummer. Prøv igen, eller spørg personalet.');
    await user.click(screen.getByRole('button', { name: 'Pas Passport' }));

    await screen.findByTestId('ticket-number');
    const [first, second] = api.called('POST', TICKETS);
    expect(second!.headers.get('idempotency-key')).toBe(first!.headers.get('idempotency-key'));
  });

  it('says "ukendt" when no counter serves the service yet, and prints on request', async () => {
    const print = vi.fn();
    vi.stubGlobal('print', print);
    setUpKiosk({ issueTicket: () => json(201, issued({ estimatedWaitMinutes: null })) });
    const { user } = await renderApp('/kiosk');
    await user.click(await screen.findByRole('button', { name: 'Pas Passport' }));
    expect(await screen.findByText('Forventet ventetid: ukendt')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Udskriv / Print' }));
    expect(print).toHaveBeenCalledTimes(1);
  });

  it('shows "Lukket" with the opening hours, weekdays in Danish, outside opening hours', async () => {
    setUpKiosk({ getOpeningHours: () => json(200, CLOSED_NOW) });
    await renderApp('/kiosk');
    expect(await screen.findByRole('heading', { level: 1, name: 'Lukket / Closed' })).toBeInTheDocument();
    const row = (day: string) => screen.getByRole('rowheader', { name: day }).closest('tr')!;
    expect(row('Mandag')).toHaveTextContent('10.00–17.00');
    expect(row('Torsdag')).toHaveTextContent('10.00–12.0013.00–18.00');
    expect(row('Søndag')).toHaveTextContent('Lukket');
    expect(screen.queryByRole('button', { name: /Pas/ })).not.toBeInTheDocument();
  });

  it('turns to "Lukket" when the server says the location has just closed', async () => {
    let closed = false;
    setUpKiosk({
      getOpeningHours: () => json(200, closed ? CLOSED_NOW : OPEN_ALL_WEEK),
      issueTicket: () => {
        closed = true;
        return new Response(
          JSON.stringify({ type: 'about:blank', title: 'Conflict', status: 409, code: 'location-closed', detail: 'Lukket' }),
          { status: 409, headers: { 'content-type': 'application/problem+json' } },
        );
      },
    });
    const { user } = await renderApp('/kiosk');
    await user.click(await screen.findByRole('button', { name: 'Pas Passport' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Lukket / Closed' })).toBeInTheDocument();
  });

  it('goes back to the start by itself after 15 seconds', async () => {
    const onDone = vi.fn();
    render(
      <AppProviders queryClient={new QueryClient()} env="test">
        <TicketReceipt issued={issued()} shownAt={Date.now() - 14_900} onDone={onDone} />
      </AppProviders>,
    );
    expect(screen.getByText('Skærmen går tilbage til start om 1 sekunder.')).toBeInTheDocument();
    await waitFor(() => expect(onDone).toHaveBeenCalledTimes(1));
  });
});

describe('kiosk setup', () => {
  it('asks for the device key, refuses a call display key and keeps a kiosk key on the screen', async () => {
    installFakeApi({
      refreshSession: () => problem(401, 'Unauthorized'),
      issueDeviceToken: async (request) => {
        const { deviceKey } = (await request.clone().json()) as { deviceKey: string };
        return deviceKey === KEY ? deviceTokenRoute('kiosk', KEY)(request) : deviceTokenRoute('display', deviceKey)(request);
      },
      listServices: () => json(200, SERVICES),
      getOpeningHours: () => json(200, OPEN_ALL_WEEK),
    });
    const { user, router } = await renderApp('/kiosk');
    expect(router.state.location.pathname).toBe('/kiosk/setup');
    expect(screen.getByRole('heading', { level: 1, name: 'Opsæt kiosk' })).toBeInTheDocument();

    await user.type(screen.getByLabelText('Enhedsnøgle'), 'skd_display-key-0123456789');
    await user.click(screen.getByRole('button', { name: 'Gem og start' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Nøglen hører til en kaldeskærm, ikke en kiosk.');
    expect(localStorage.getItem('skranke.device.kiosk')).toBeNull();

    await user.clear(screen.getByLabelText('Enhedsnøgle'));
    await user.type(screen.getByLabelText('Enhedsnøgle'), KEY);
    await user.click(screen.getByRole('button', { name: 'Gem og start' }));
    expect(await screen.findByRole('button', { name: 'Pas Passport' })).toBeInTheDocument();
    expect(localStorage.getItem('skranke.device.kiosk')).toBe(KEY);
  });
});
