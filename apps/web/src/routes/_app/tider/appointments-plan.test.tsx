import type { AppointmentBlock, AppointmentPlan } from '@skranke/contracts';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
    },
    { date: '2026-12-08', services: [] },
  ],
  blocks: [BLOCK],
};

function planApi(extra: FakeRoutes = {}) {
  return signedInApi(USERS.lars, {
    getAppointmentPlan: () => ok('getAppointmentPlan', PLAN),
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
