import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { rule } from '../../../test/appointment-fixtures.ts';
import type { CounterSchedule } from '@skranke/contracts';
import { DOKK1_ID, ok, signedInApi, USERS, type FakeRoutes } from '../../../test/fake-api.ts';
import { KOEREKORT, PAS, SERVICES } from '../../../test/queue-fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

const NO_SCHEDULE: CounterSchedule = { activeCounters: 6, weekly: [], days: [] };

function rulesApi(extra: FakeRoutes = {}) {
  return signedInApi(USERS.admin, {
    getCounterSchedule: () => ok('getCounterSchedule', NO_SCHEDULE),
    ...extra,
    listConfigServices: () => ok('listConfigServices', SERVICES),
    listAppointmentRules: (_request, { locationId }) => ok('listAppointmentRules', { items: locationId === DOKK1_ID ? [rule()] : [] }),
    putAppointmentRule: async (request, { serviceId }) =>
      ok('putAppointmentRule', { serviceId, ...((await request.json()) as object) } as never),
  });
}

const rowOf = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')!;

describe('administration: Tidsbestilling', () => {
  it('lists each errand’s booking rules at the location, and errands not set up', async () => {
    rulesApi();
    await renderApp('/administration/tidsbestilling');
    expect(screen.getByRole('heading', { level: 1, name: 'Tidsbestilling' })).toBeInTheDocument();
    expect(rowOf('Pas')).toHaveTextContent(
      'PasKan bookes15 min, 2 ad gangen, 5 akuttiderLuk 60 min før, 30 dage frem, 10 min respit, for sent: almindeligt nummer',
    );
    expect(rowOf('Kørekort')).toHaveTextContent('KørekortIkke sat op');
    // The section is on the administration's overview and in its sub-navigation.
    expect(screen.getByRole('link', { name: 'Tidsbestilling' })).toBeInTheDocument();
  });

  it('checks the rules against the contract before sending, then saves them for the errand at the location', async () => {
    const api = rulesApi();
    const { user } = await renderApp('/administration/tidsbestilling');
    await user.click(within(rowOf('Pas')).getByRole('button', { name: 'Ret reglerne for Pas' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tidsbestilling: Pas' });
    const slot = within(dialog).getByRole('textbox', { name: /Længde af en tid/ });
    await user.clear(slot);
    await user.type(slot, '3');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));
    expect(await within(dialog).findByText('Skriv et helt tal fra 5 til 240')).toBeInTheDocument();
    expect(api.calledOp('putAppointmentRule')).toHaveLength(0);

    await user.clear(slot);
    await user.type(slot, '20');
    await user.click(within(dialog).getByRole('radio', { name: 'afvis' }));
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));
    expect(await screen.findByText('Reglerne for Pas er gemt.')).toBeInTheDocument();
    const [request] = api.calledOp('putAppointmentRule');
    expect(new URL(request!.url).pathname).toBe(`/api/admin/locations/${DOKK1_ID}/appointment-rules/${PAS.id}`);
    const { serviceId: _id, ...saved } = rule({ slotMinutes: 20, latePolicy: 'refuse' });
    expect(await request!.json()).toEqual(saved);
  });

  it('sets up an errand that has no rules yet from calm defaults, not bookable until ticked', async () => {
    const api = rulesApi();
    const { user } = await renderApp('/administration/tidsbestilling');
    await user.click(within(rowOf('Kørekort')).getByRole('button', { name: 'Ret reglerne for Kørekort' }));
    const dialog = await screen.findByRole('dialog', { name: 'Tidsbestilling: Kørekort' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Ærindet kan bookes' }));
    await user.type(within(dialog).getByRole('textbox', { name: /Det skal borgeren have med \(dansk\)/ }), 'Gammelt kørekort');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));
    await screen.findByText('Reglerne for Kørekort er gemt.');
    const [request] = api.calledOp('putAppointmentRule');
    expect(new URL(request!.url).pathname).toContain(KOEREKORT.id);
    expect(await request!.json()).toMatchObject({
      active: true,
      slotMinutes: 10,
      capacity: 1,
      bringTextDa: 'Gammelt kørekort',
      bringTextEn: '',
    });
  });
});

describe('administration: Tidsbestilling, the weekly counters for bookings', () => {
  const GREVE: CounterSchedule = {
    activeCounters: 6,
    weekly: [
      { weekday: 1, from: '10:00', to: '17:00', counters: 0 },
      { weekday: 2, from: '10:00', to: '12:00', counters: 2 },
    ],
    days: [],
  };

  it('says there is no schedule, and sets one up per weekday', async () => {
    const api = rulesApi({ putCounterSchedule: () => ok('putCounterSchedule', GREVE) });
    const { user } = await renderApp('/administration/tidsbestilling');
    expect(screen.getByText('Intet ugeskema: tiderne følger reglerne og stedets skranker.')).toBeInTheDocument();
    expect(screen.getByText(/af stedets 6 aktive skranker/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ret ugeskemaet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ugeskema for skranker til bestilte tider' });
    expect(within(dialog).getByText('Ingen tidsrum.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Tilføj tidsrum' }));
    const band = within(dialog).getByRole('group', { name: 'Tidsrum 1' });
    await user.selectOptions(within(band).getByLabelText('Ugedag'), 'Tirsdag');
    await user.clear(within(band).getByLabelText('Skranker'));
    await user.type(within(band).getByLabelText('Skranker'), '7');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));
    expect(within(band).getByText('Skranker skal være et helt tal fra 0 til 6')).toBeInTheDocument();
    expect(api.calledOp('putCounterSchedule')).toHaveLength(0);

    await user.clear(within(band).getByLabelText('Skranker'));
    await user.type(within(band).getByLabelText('Skranker'), '2');
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));
    expect(await screen.findByText('Skranker til bestilte tider er gemt.')).toBeInTheDocument();
    const [request] = api.calledOp('putCounterSchedule');
    expect(new URL(request!.url).pathname).toBe(`/api/admin/locations/${DOKK1_ID}/counter-schedule`);
    expect(await request!.json()).toEqual({ weekly: [{ weekday: 2, from: '10:00', to: '12:00', counters: 2 }] });
  });

  it('shows the weekly schedule per weekday, and the API’s word on a band outside the opening hours', async () => {
    rulesApi({
      getCounterSchedule: () => ok('getCounterSchedule', GREVE),
      putCounterSchedule: () =>
        new Response(
          JSON.stringify({
            type: 'about:blank',
            title: 'Bad Request',
            status: 400,
            code: 'invalid-config',
            detail: 'Tidsrummet ligger uden for åbningstiden',
            errors: [{ pointer: '/body/weekly/1/from', detail: 'Tidsrummet ligger uden for åbningstiden' }],
          }),
          { status: 400, headers: { 'content-type': 'application/problem+json' } },
        ),
    });
    const { user } = await renderApp('/administration/tidsbestilling');
    const table = screen.getByRole('table', { name: 'Ugeskema for skranker til bestilte tider' });
    expect(within(table).getByRole('rowheader', { name: 'Mandag' }).closest('tr')).toHaveTextContent('Mandag10.00–17.00: kun drop-in');
    expect(within(table).getByRole('rowheader', { name: 'Tirsdag' }).closest('tr')).toHaveTextContent('Tirsdag10.00–12.00: 2');
    expect(within(table).getByRole('rowheader', { name: 'Onsdag' }).closest('tr')).toHaveTextContent('OnsdagIngen grænse ud over reglerne');
    await user.click(screen.getByRole('button', { name: 'Ret ugeskemaet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ugeskema for skranker til bestilte tider' });
    await user.click(within(dialog).getByRole('button', { name: 'Gem' }));
    const band = within(dialog).getByRole('group', { name: 'Tidsrum 2' });
    expect(await within(band).findByText('Tidsrummet ligger uden for åbningstiden')).toBeInTheDocument();
  });
});
