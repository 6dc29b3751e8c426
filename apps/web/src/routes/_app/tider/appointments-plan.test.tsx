import type { AppointmentBlock, AppointmentPlan, CounterSchedule } from '@skranke/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addDays, copenhagenInstantOf, formatDay, mondayOf, todayInCopenhagen } from '../../../features/appointments/time.ts';
import { BOOKING_OPTIONS } from '../../../test/appointment-fixtures.ts';
import { DOKK1_ID, ok, signedInApi, USERS, type FakeRoutes } from '../../../test/fake-api.ts';
import { KOEREKORT, PAS } from '../../../test/queue-fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

// The week of Monday 7 December 2026 (Copenhagen at UTC+1).
const PAGE = '/tider/plan?date=2026-12-09';
const BLOCK: AppointmentBlock = {
  id: '00000000-0000-4000-8301-000000000001',
  serviceId: null,
  startsAt: '2026-12-10T07:00:00.000Z',
  endsAt: '2026-12-10T11:00:00.000Z',
  reason: 'Kursus',
};
const PLAN: AppointmentPlan = {
  days: [
    {
      date: '2026-12-07',
      services: [
        { serviceId: PAS.id, offered: 24, booked: 20, checkedIn: 17, noShows: 2 },
        { serviceId: KOEREKORT.id, offered: 12, booked: 3, checkedIn: 3, noShows: 0 },
      ],
      overbooked: [],
    },
    { date: '2026-12-08', services: [], overbooked: [] },
  ],
  blocks: [BLOCK],
};

const NO_SCHEDULE: CounterSchedule = { activeCounters: 6, weekly: [], days: [] };

function planApi(extra: FakeRoutes = {}) {
  return signedInApi(USERS.lars, {
    getAppointmentPlan: () => ok('getAppointmentPlan', PLAN),
    getCounterSchedule: () => ok('getCounterSchedule', NO_SCHEDULE),
    listAppointmentBlocks: () => ok('listAppointmentBlocks', { items: [BLOCK] }),
    listBookingOptions: () => ok('listBookingOptions', BOOKING_OPTIONS),
    ...extra,
  });
}

describe('Tider: the week plan for a lead', () => {
  it('shows per day and errand the times offered, booked, checked in and missed, from the week’s Monday', async () => {
    const api = planApi();
    await renderApp(PAGE);
    expect(screen.getByRole('heading', { level: 2, name: 'Uge fra mandag 7. december' })).toBeInTheDocument();
    const rows = within(screen.getByRole('table', { name: 'Ugeplan pr. dag og ærinde' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((row) => row.textContent)).toEqual(['mandag 7. decemberPas2420172', 'Kørekort12330', 'tirsdag 8. decemberIngen tider']);
    expect(new URL(api.calledOp('getAppointmentPlan')[0]!.url).search).toBe('?from=2026-12-07');
  });

  it('blocks a period for all errands with a reason, on the Copenhagen clock', async () => {
    const api = planApi({ createAppointmentBlock: () => ok('createAppointmentBlock', BLOCK, 201) });
    const { user } = await renderApp(PAGE);
    await user.click(screen.getByRole('button', { name: 'Luk en periode' }));
    const dialog = await screen.findByRole('dialog', { name: 'Luk en periode for booking' });
    const field = (name: string) => within(dialog).getByLabelText(name);
    for (const [name, value] of [
      ['Fra dag', '2026-12-10'],
      ['Fra kl.', '08:00'],
      ['Til dag', '2026-12-10'],
      ['Til kl.', '07:00'],
    ]) {
      await user.clear(field(name!));
      await user.type(field(name!), value!);
    }
    await user.click(within(dialog).getByRole('button', { name: 'Luk perioden' }));
    expect(within(dialog).getByText('Perioden skal slutte efter, den begynder')).toBeInTheDocument();
    expect(within(dialog).getByText('Skriv en begrundelse')).toBeInTheDocument();

    await user.clear(field('Til kl.'));
    await user.type(field('Til kl.'), '12:00');
    await user.type(within(dialog).getByRole('textbox', { name: /Begrundelse/ }), 'Kursus');
    await user.click(within(dialog).getByRole('button', { name: 'Luk perioden' }));
    expect(await screen.findByText('Perioden er lukket for booking.')).toBeInTheDocument();
    const [request] = api.calledOp('createAppointmentBlock');
    expect(new URL(request!.url).pathname).toBe(`/api/locations/${DOKK1_ID}/appointment-blocks`);
    expect(await request!.json()).toEqual({ startsAt: '2026-12-10T07:00:00.000Z', endsAt: '2026-12-10T11:00:00.000Z', reason: 'Kursus' });
  });

  it('removes a blocked period only after a confirmation', async () => {
    const api = planApi({ deleteAppointmentBlock: () => new Response(null, { status: 204 }) });
    const { user } = await renderApp(PAGE);
    const table = screen.getByRole('table', { name: 'Lukkede perioder' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(
      'torsdag 10. december 08.00 – torsdag 10. december 12.00Alle ærinderKursus',
    );
    await user.click(within(table).getByRole('button', { name: /^Fjern den lukkede periode/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Fjern den lukkede periode?' });
    await user.click(within(dialog).getByRole('button', { name: 'Annuller' }));
    expect(api.calledOp('deleteAppointmentBlock')).toHaveLength(0);

    await user.click(within(table).getByRole('button', { name: /^Fjern den lukkede periode/ }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Fjern perioden' }));
    expect(await screen.findByText('Perioden kan bookes igen.')).toBeInTheDocument();
    expect(new URL(api.calledOp('deleteAppointmentBlock')[0]!.url).pathname).toBe(`/api/appointment-blocks/${BLOCK.id}`);
  });
});

describe("Tider: the week's counters for bookings", () => {
  // A week two weeks ahead, so every day can still be changed whenever the test runs.
  const monday = mondayOf(addDays(todayInCopenhagen(), 14));
  const [tuesday, thursday] = [addDays(monday, 1), addDays(monday, 3)];
  const page = `/tider/plan?date=${monday}`;
  const SCHEDULE: CounterSchedule = {
    activeCounters: 6,
    weekly: [
      { weekday: 1, from: '10:00', to: '17:00', counters: 0 },
      { weekday: 2, from: '10:00', to: '12:00', counters: 1 },
      { weekday: 2, from: '12:00', to: '17:00', counters: 6 },
    ],
    days: [{ date: thursday, bands: [{ from: '10:00', to: '12:00', counters: 1 }], reason: 'Kursus' }],
  };
  const WEEK: AppointmentPlan = {
    days: Array.from({ length: 7 }, (_, i) => ({
      date: addDays(monday, i),
      services: [],
      overbooked: i === 3 ? [{ startsAt: copenhagenInstantOf(thursday, '13:00')!, booked: 2, counters: 0 }] : [],
    })),
    blocks: [],
  };
  const weekApi = (extra: FakeRoutes = {}) =>
    planApi({
      getAppointmentPlan: () => ok('getAppointmentPlan', WEEK),
      getCounterSchedule: () => ok('getCounterSchedule', SCHEDULE),
      ...extra,
    });
  const rowsOf = () =>
    within(screen.getByRole('table', { name: 'Skranker til bestilte tider pr. dag' }))
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      );

  it('shows each day’s counters (a change of the day over the weekly schedule) and the times booked beyond them', async () => {
    weekApi();
    await renderApp(page);
    const rows = rowsOf();
    expect(rows[0]!.slice(0, 3)).toEqual(['10.00–17.00: kun drop-in', 'Nej (ugeskemaet)', 'Ingen']);
    expect(rows[1]!.slice(0, 3)).toEqual(['10.00–12.00: 1 · 12.00–17.00: 6', 'Nej (ugeskemaet)', 'Ingen']);
    expect(rows[2]!.slice(0, 3)).toEqual(['Ingen grænse ud over reglerne', 'Nej (ugeskemaet)', 'Ingen']);
    expect(rows[3]!.slice(0, 3)).toEqual(['10.00–12.00: 1', 'Ja: Kursus', 'kl. 13.00: 2 booket, 0 skranker']);
  });

  it('changes one day from the weekly bands, with a reason; a band ending before it starts is refused first', async () => {
    const api = weekApi({ putCounterScheduleDay: () => ok('putCounterScheduleDay', SCHEDULE) });
    const { user } = await renderApp(page);
    await user.click(screen.getByRole('button', { name: `Ret skranker til bestilte tider ${formatDay(tuesday)}` }));
    const dialog = await screen.findByRole('dialog', { name: `Skranker til bestilte tider ${formatDay(tuesday)}` });
    const band = (n: number) => within(dialog).getByRole('group', { name: `Tidsrum ${n}` });
    expect(within(band(2)).getByLabelText('Fra kl.')).toHaveValue('12:00');
    await user.clear(within(band(1)).getByLabelText('Skranker'));
    await user.type(within(band(1)).getByLabelText('Skranker'), '0');
    await user.clear(within(band(2)).getByLabelText('Til kl.'));
    await user.type(within(band(2)).getByLabelText('Til kl.'), '11:00');
    await user.type(within(dialog).getByLabelText(/Begrundelse/), 'Sygdom');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));
    expect(within(band(2)).getByText('Sluttidspunktet skal ligge efter starten')).toBeInTheDocument();
    expect(api.calledOp('putCounterScheduleDay')).toHaveLength(0);

    await user.click(within(band(2)).getByRole('button', { name: 'Fjern tidsrum 2' }));
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));
    expect(await screen.findByText('Skranker til bestilte tider er gemt.')).toBeInTheDocument();
    const [request] = api.calledOp('putCounterScheduleDay');
    expect(new URL(request!.url).pathname).toBe(`/api/locations/${DOKK1_ID}/counter-schedule/days/${tuesday}`);
    expect(await request!.json()).toEqual({ bands: [{ from: '10:00', to: '12:00', counters: 0 }], reason: 'Sygdom' });
  });

  it('removes a change of a day, so it follows the weekly schedule again', async () => {
    const api = weekApi({ deleteCounterScheduleDay: () => new Response(null, { status: 204 }) });
    const { user } = await renderApp(page);
    expect(screen.queryByRole('button', { name: `Fjern ændringen af ${formatDay(tuesday)}` })).toBeNull();
    await user.click(screen.getByRole('button', { name: `Fjern ændringen af ${formatDay(thursday)}` }));
    expect(await screen.findByText('Dagen følger ugeskemaet igen.')).toBeInTheDocument();
    expect(new URL(api.calledOp('deleteCounterScheduleDay')[0]!.url).pathname).toBe(
      `/api/locations/${DOKK1_ID}/counter-schedule/days/${thursday}`,
    );
  });
});
