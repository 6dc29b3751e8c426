import type { CitizenProtections } from '@skranke/contracts';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CITIZEN_ID, emptyOverview, POUL } from '../../../test/citizen-fixtures.ts';
import { json, signedInApi, USERS, type FakeRoutes } from '../../../test/fake-api.ts';
import { renderApp } from '../../../test/render.tsx';

const STAFF = { id: '00000000-0000-4000-8000-000000000001', name: 'Anna Sørensen' };
const none: CitizenProtections = { addressProtection: null, robinson: null };
const protectedOnce: CitizenProtections = {
  addressProtection: {
    id: '00000000-0000-4000-8500-000000000001',
    startsOn: '2026-12-07',
    endsOn: '2027-12-06',
    renewalDate: '2027-12-07',
    endedOn: null,
    inForce: true,
    feeOre: 0,
    registeredAt: '2026-12-07T09:00:00Z',
    registeredBy: STAFF,
  },
  robinson: null,
};

const citizenApi = (extra: FakeRoutes = {}) =>
  signedInApi(USERS.anna, {
    getCitizen: () => json(200, POUL),
    getCitizenOverview: () => json(200, emptyOverview()),
    ...extra,
  });

describe('name and address protection and Robinsonlisten on the citizen page', () => {
  it('registers a protection for 1 year and shows its renewal date', async () => {
    const api = citizenApi({
      getCitizenProtections: () => json(200, none),
      registerAddressProtection: () => json(201, protectedOnce),
    });
    const { user } = await renderApp(`/borger/${CITIZEN_ID}?purpose=vejledning`);
    expect(await screen.findByText('Borgeren har ikke navne- og adressebeskyttelse.')).toBeInTheDocument();
    expect(screen.getByText('Det er gratis. Beskyttelsen gælder 1 år ad gangen.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Registrér beskyttelse (1 år)' }));
    expect(await screen.findByTestId('protection-state')).toHaveTextContent(/Skal fornyes senest/);
    expect(screen.getByText('Navne- og adressebeskyttelsen er registreret.')).toBeInTheDocument();
    expect(api.called('POST', `/api/citizens/${CITIZEN_ID}/address-protection`)).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Forny beskyttelsen' })).toBeInTheDocument();
  });

  it('in the first hour of a Danish day (still yesterday in UTC), a protection starting today is in force, not pending', async () => {
    // 00:30 on 8 December in Copenhagen; the API dated the period from Copenhagen's today.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-07T23:30:00Z'));
    try {
      citizenApi({
        getCitizenProtections: () =>
          json(200, {
            ...protectedOnce,
            addressProtection: {
              ...protectedOnce.addressProtection!,
              startsOn: '2026-12-08',
              endsOn: '2027-12-07',
              renewalDate: '2027-12-08',
            },
          }),
      });
      await renderApp(`/borger/${CITIZEN_ID}?purpose=vejledning`);
      expect(await screen.findByTestId('protection-state')).toHaveTextContent(/^Beskyttet fra 8\. december 2026 /);
    } finally {
      vi.useRealTimers();
    }
  });

  it('puts the citizen on Robinsonlisten: in effect within 3 months, until revoked', async () => {
    const api = citizenApi({
      getCitizenProtections: () => json(200, none),
      registerRobinson: () =>
        json(201, {
          ...none,
          robinson: {
            id: '00000000-0000-4000-8500-000000000002',
            registeredOn: '2026-12-07',
            effectiveBy: '2027-03-07',
            registeredAt: '2026-12-07T09:00:00Z',
            registeredBy: STAFF,
          },
        }),
    });
    const { user } = await renderApp(`/borger/${CITIZEN_ID}?purpose=vejledning`);
    await user.click(await screen.findByRole('button', { name: 'Tilmeld Robinsonlisten' }));
    expect(await screen.findByTestId('robinson-state')).toHaveTextContent(/gælder, til borgeren framelder sig/);
    expect(api.called('POST', `/api/citizens/${CITIZEN_ID}/robinson`)).toHaveLength(1);
    expect(screen.getByRole('button', { name: 'Afmeld Robinsonlisten' })).toBeInTheDocument();
  });
});
