import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { rule } from '../../../test/appointment-fixtures.ts';
import { DOKK1_ID, ok, signedInApi, USERS } from '../../../test/fake-api.ts';
import { KOEREKORT, PAS, SERVICES } from '../../../test/queue-fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

function rulesApi() {
  return signedInApi(USERS.admin, {
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
