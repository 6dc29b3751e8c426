import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeApi, ok } from '../../test/fake-api.ts';
import { DOKK1, LICENCE, LYSTRUP, PASSPORT, publicProblem, renderPublic } from '../test/public-fixtures.tsx';

const TOKEN = 'tk_0123456789abcdefghijklmnopqrstuvwxyzABCDE';

const OPTIONS = {
  locations: [
    {
      id: DOKK1,
      name: 'Borgerservice Dokk1',
      municipalityName: 'Aarhus Kommune',
      openNow: true,
      services: [
        { id: PASSPORT, nameDa: 'Pas', nameEn: 'Passport' },
        { id: LICENCE, nameDa: 'Kørekort', nameEn: 'Driving licence' },
      ],
    },
    { id: LYSTRUP, name: 'Borgerservice Lystrup', municipalityName: 'Aarhus Kommune', openNow: false, services: [] },
  ],
};

function fakeApi(take = () => ok('takeRemoteTicket', { token: TOKEN, expiresAt: '2026-12-07T23:00:00Z', displayNumber: 'P007' }, 201)) {
  return installFakeApi({
    listRemoteTicketOptions: () => ok('listRemoteTicketOptions', OPTIONS),
    takeRemoteTicket: take,
    getPublicTicketStatus: () =>
      ok('getPublicTicketStatus', {
        displayNumber: 'P007',
        locationName: 'Borgerservice Dokk1',
        serviceNameDa: 'Pas',
        serviceNameEn: 'Passport',
        state: 'waiting',
        position: 2,
        estimatedWaitMinutes: 8,
        counterName: null,
        expiresAt: '2026-12-07T23:00:00Z',
      }),
  });
}

// The fixtures' ticket expires at the end of 7 December 2026: the page's clock is that day, whatever the real date
// (only Date is faked; user-event's timers stay real).
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-12-07T10:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

describe('taking a number on the phone (/billet/ny)', () => {
  it('takes a number for the chosen errand at the open place and lands on the ticket page', async () => {
    const api = fakeApi();
    renderPublic('/billet/ny');
    expect(await screen.findByRole('heading', { level: 1, name: 'Tag et nummer' })).toBeInTheDocument();
    // The closed place is shown but cannot be chosen; the one open place is chosen already.
    expect(await screen.findByRole('radio', { name: /Borgerservice Lystrup/ })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'Borgerservice Dokk1' })).toBeChecked();

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Tag et nummer' }));
    expect(screen.getByText('Vælg en af mulighederne.')).toBeInTheDocument();
    expect(api.calledOp('takeRemoteTicket')).toHaveLength(0);

    await user.click(screen.getByRole('radio', { name: 'Pas' }));
    await user.click(screen.getByRole('button', { name: 'Tag et nummer' }));
    await waitFor(() => expect(window.location.pathname).toBe(`/billet/${TOKEN}`));
    expect(await screen.findByText('P007')).toBeInTheDocument();
    const [request] = api.calledOp('takeRemoteTicket');
    expect(new URL(request!.url).pathname).toBe(`/api/public/locations/${DOKK1}/tickets`);
    expect(await request!.json()).toEqual({ serviceId: PASSPORT });
  });

  it('says so calmly when the place has just closed', async () => {
    fakeApi(() => publicProblem(409, 'location-closed'));
    renderPublic('/billet/ny');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('radio', { name: 'Kørekort' }));
    await user.click(screen.getByRole('button', { name: 'Tag et nummer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('location-closed (da)');
    expect(window.location.pathname).toBe('/billet/ny');
  });

  it('points to booking when no place hands out numbers on the phone', async () => {
    installFakeApi({ listRemoteTicketOptions: () => ok('listRemoteTicketOptions', { locations: [] }) });
    renderPublic('/billet/ny');
    expect(await screen.findByText(/Ingen steder tager numre på telefonen lige nu/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bestil en tid' })).toHaveAttribute('href', '/tidsbestilling');
  });
});
