import type { AppointmentStatistics } from '@skranke/contracts';
import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DOKK1_ID, ok, problem, signedInApi, USERS } from '../../../../test/fake-api.ts';
import { SERVICES } from '../../../../test/queue-fixtures.ts';
import { renderApp } from '../../../../test/render.tsx';

const PAS = SERVICES[0]!.id;

const statistics: AppointmentStatistics = {
  from: '2027-03-01',
  to: '2027-03-31',
  asOf: '2027-04-01T10:00:00.000Z',
  services: [
    {
      serviceId: PAS,
      label: 'Pas',
      bookedVisits: 1234,
      walkInVisits: 617,
      bookedShare: 1234 / 1851,
      punctualityCount: 1200,
      punctualityMedianMinutes: 1.5,
      punctualityP90Minutes: 6,
      bookings: 1300,
      cancelled: 40,
      passed: 1300,
      noShows: 65,
      noShowRate: 0.05,
      seatsOffered: 2000,
      seatsBooked: 1300,
      utilisation: 0.65,
    },
  ],
  noShowsByWeekday: [{ weekday: 1, label: 'mandag', passed: 400, noShows: 30, noShowRate: 0.075 }],
  leadTimes: [
    {
      locationId: DOKK1_ID,
      locationName: 'Borgerservice Dokk1',
      serviceId: PAS,
      label: 'Pas',
      nextFree: '2027-04-05T08:15:00.000Z',
      days: 4,
      workingDays: 2,
    },
  ],
};

const PAGE = '/statistik?from=2027-03-01&to=2027-03-31';

describe('Statistik: Tidsbestilling', () => {
  beforeEach(() => {
    // jsdom has no object URLs and cannot follow the download link.
    Object.defineProperty(URL, 'createObjectURL', { value: vi.fn(() => 'blob:csv'), configurable: true });
    Object.defineProperty(URL, 'revokeObjectURL', { value: vi.fn(), configurable: true });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it('shows the figures per service, no-shows by weekday and the lead time as Danes write them', async () => {
    const api = signedInApi(USERS.lars, { getAppointmentStatistics: () => ok('getAppointmentStatistics', statistics) });
    await renderApp(PAGE);
    const section = screen.getByRole('region', { name: 'Tidsbestilling' });
    const byService = await within(section).findByRole('table', { name: 'Tidsbestilling pr. ærinde' });
    const pas = within(byService).getByRole('row', { name: /^Pas/ });
    expect(
      within(pas)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1.234', '617', '66,7\u00a0%', '1,5', '6', '65 af 1.300', '5\u00a0%', '1.300 af 2.000', '65\u00a0%']);
    const weekdays = within(section).getByRole('table', { name: 'Udeblivelser pr. ugedag' });
    expect(within(weekdays).getByRole('row', { name: /mandag/ }).textContent).toContain('7,5\u00a0%');
    const lead = within(section).getByRole('table', { name: 'Første ledige tid lige nu' });
    const row = within(lead).getByRole('row', { name: /Borgerservice Dokk1/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['Pas', expect.stringMatching(/^man\. 5\. apr\.,? 10\.15$/), '4', '2']);
    const [request] = api.calledOp('getAppointmentStatistics');
    expect(Object.fromEntries(new URL(request!.url).searchParams)).toEqual({ from: '2027-03-01', to: '2027-03-31' });
  });

  it('downloads the CSV of the same period and location', async () => {
    const api = signedInApi(USERS.lars, {
      getAppointmentStatistics: () => ok('getAppointmentStatistics', statistics),
      exportAppointmentStatisticsCsv: () => new Response('\uFEFFÆrinde;…\r\n', { headers: { 'content-type': 'text/csv; charset=utf-8' } }),
    });
    const { user } = await renderApp(`${PAGE}&locationId=${DOKK1_ID}`);
    const section = screen.getByRole('region', { name: 'Tidsbestilling' });
    await user.click(within(section).getByRole('button', { name: 'Hent tabellen som CSV: Tidsbestilling' }));
    expect(await within(section).findByText('CSV-filen er hentet.')).toBeInTheDocument();
    const [request] = api.calledOp('exportAppointmentStatisticsCsv');
    expect(Object.fromEntries(new URL(request!.url).searchParams)).toEqual({ from: '2027-03-01', to: '2027-03-31', locationId: DOKK1_ID });
  });

  it('says so when the server refuses the period (more than 366 days)', async () => {
    signedInApi(USERS.lars, { getAppointmentStatistics: () => problem(400, 'Bad Request', 'Perioden må højst være 366 dage.') });
    await renderApp('/statistik?from=2025-01-01&to=2027-03-31');
    const section = screen.getByRole('region', { name: 'Tidsbestilling' });
    expect(await within(section).findByRole('alert')).toHaveTextContent('Perioden må højst være 366 dage.');
  });
});
