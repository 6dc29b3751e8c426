import type { CounterSession, Ticket } from '@skranke/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeEventStream, json, signedInApi, USERS, type FakeRoutes } from '../../../test/fake-api.ts';
import { board, calledTicket, COUNTERS, counterSession, KOEREKORT, PAS } from '../../../test/queue-fixtures.ts';
import { renderApp } from '../../../test/render.tsx';

const SKRANKE_1 = COUNTERS[0]!.id;

/** anna at Skranke 1; the session answers what `session` holds at the time of the request. */
function atCounter(initial: CounterSession, routes: FakeRoutes = {}) {
  const state = { session: initial };
  const sse = fakeEventStream();
  const api = signedInApi(USERS.anna, {
    getMyCounterSession: () => json(200, { session: state.session }),
    streamLocationEvents: sse.handler,
    ...routes,
  });
  return { api, sse, state };
}

const actionButtons = () =>
  within(screen.getByRole('group', { name: /^Handlinger for/ }))
    .getAllByRole('button')
    .map((b) => b.textContent);

describe('counter', () => {
  it('signs in at a free counter with the chosen work profile', async () => {
    const taken = board();
    taken.counters[0] = { ...taken.counters[0]!, state: 'open', staffName: 'Lars Østergaard' };
    const opened = counterSession({ counterId: COUNTERS[1]!.id, counterName: 'Skranke 2', serviceIds: [PAS.id] });
    const { api, state } = atCounter(null as unknown as CounterSession, {
      getQueueBoard: () => json(200, taken),
      openCounterSession: () => {
        state.session = opened;
        return json(201, opened);
      },
    });
    const { user } = await renderApp('/skranke');

    const counter = await screen.findByRole('combobox', { name: 'Skranke' });
    expect(within(counter).getByRole('option', { name: 'Skranke 1 – optaget af Lars Østergaard' })).toBeDisabled();
    expect(counter).toHaveDisplayValue('Skranke 2');
    await user.click(screen.getByRole('checkbox', { name: 'K · Kørekort' }));
    await user.click(screen.getByRole('checkbox', { name: 'M · MitID' }));
    await user.click(screen.getByRole('button', { name: 'Log på skranken' }));

    expect(await screen.findByRole('button', { name: 'Kald næste' })).toBeInTheDocument();
    expect(await api.called('POST', `/api/counters/${COUNTERS[1]!.id}/session`)[0]!.json()).toEqual({
      serviceIds: [PAS.id],
      allServices: false,
    });
    expect(screen.getByRole('heading', { name: 'Skranke 2' })).toBeInTheDocument();
  });

  it("asks for the first location's counters, services and board before the counter session has answered", async () => {
    let answerSession!: () => void;
    const sessionAnswered = new Promise<void>((resolve) => (answerSession = resolve));
    const { api } = atCounter(null as unknown as CounterSession, {
      getMyCounterSession: async () => {
        await sessionAnswered;
        return json(200, { session: null });
      },
    });
    const rendered = renderApp('/skranke');

    for (const what of ['counters', 'services', 'board']) {
      await waitFor(() => expect(api.called('GET', `/api/locations/${USERS.anna.locationIds[0]}/${what}`)).toHaveLength(1));
    }
    expect(api.calledOp('getMyCounterSession')).toHaveLength(1);
    answerSession();
    await rendered;
    expect(await screen.findByRole('combobox', { name: 'Skranke' })).toBeInTheDocument();
    // The page's own queries found the answers in the cache: nothing was asked twice.
    expect(api.calledOp('listCounters')).toHaveLength(1);
    expect(api.calledOp('getQueueBoard')).toHaveLength(1);
  });

  it('calls the next citizen with F2, once, and shows the actions of a called ticket', async () => {
    const called = calledTicket();
    const { api, state } = atCounter(counterSession(), {
      callNextTicket: () => {
        state.session = counterSession({ currentTicket: called });
        return json(200, { ticket: called });
      },
    });
    const { user } = await renderApp('/skranke');

    const button = await screen.findByRole('button', { name: 'Kald næste' });
    expect(button).toHaveAttribute('aria-keyshortcuts', 'F2');
    expect(button).toHaveAccessibleDescription('Tastaturgenvej: F2');
    await user.keyboard('{F2}');

    expect(await screen.findByText('P014')).toBeInTheDocument();
    await user.keyboard('{F2}'); // a ticket is at the counter: nothing more is called
    expect(api.called('POST', `/api/counters/${SKRANKE_1}/call-next`)).toHaveLength(1);
    expect(actionButtons()).toEqual(['Start betjening', 'Genkald (0)', 'Udeblevet', 'Parkér', 'Overfør …', 'Afslut …']);
    expect(screen.getByText('Kaldt')).toBeInTheDocument();
    expect(screen.getByText(/^01:0\d$/)).toBeInTheDocument(); // called 65 s ago
    const errand = screen.getByRole('link', { name: 'Start ærinde' });
    expect(errand).toHaveAccessibleDescription('Slå borgeren op med nummerets ærinde valgt');
    await waitFor(() => expect(errand).toHaveAttribute('href', expect.stringMatching(/^\/borger\?purpose=pas&ticketId=/)));
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('P014 er kaldt til Skranke 1.');
  });

  it('offers only park, transfer and finish while serving, and shows the priority and its reason', async () => {
    const serving = calledTicket({
      state: 'serving',
      servingStartedAt: new Date().toISOString(),
      priorityClassId: '00000000-0000-4000-8005-000000000001',
      priorityReason: 'Kommer med sin mestringsvejleder',
    });
    atCounter(counterSession({ currentTicket: serving }));
    await renderApp('/skranke');

    await screen.findByText('Under betjening');
    expect(actionButtons()).toEqual(['Parkér', 'Overfør …', 'Afslut …']);
    expect(await screen.findByText('Prioritet: Ledsaget af støtteperson')).toBeInTheDocument();
    expect(screen.getByText('Begrundelse: Kommer med sin mestringsvejleder')).toBeInTheDocument();
  });

  it('sends the version it acts on, and on a conflict shows the server’s explanation and reloads', async () => {
    const called = calledTicket({ version: 5 });
    const { api, state } = atCounter(counterSession({ currentTicket: called }), {
      startServingTicket: () => {
        state.session = counterSession({ currentTicket: null });
        return new Response(
          JSON.stringify({
            type: 'about:blank',
            title: 'Conflict',
            status: 409,
            code: 'stale-version',
            detail: 'Billetten er ændret af en anden (nu udeblevet). Hent den igen.',
          }),
          { status: 409, headers: { 'content-type': 'application/problem+json' } },
        );
      },
    });
    const { user } = await renderApp('/skranke');

    await user.click(await screen.findByRole('button', { name: 'Start betjening' }));

    expect(await screen.findByText('Billetten er ændret af en anden (nu udeblevet). Hent den igen.')).toBeInTheDocument();
    expect(await api.called('POST', `/api/tickets/${called.id}/start`)[0]!.json()).toEqual({ expectedVersion: 5 });
    expect(await screen.findByRole('button', { name: 'Kald næste' })).toBeInTheDocument();
    expect(api.called('GET', '/api/counter-session').length).toBeGreaterThanOrEqual(2);
  });

  it('finishes with an outcome and the services delivered', async () => {
    const serving = calledTicket({ state: 'serving', servingStartedAt: new Date().toISOString(), version: 3 });
    const { api, state } = atCounter(counterSession({ currentTicket: serving }), {
      finishTicket: () => {
        state.session = counterSession({ servedToday: 5 });
        return json(200, { ...serving, state: 'done', version: 4 });
      },
    });
    const { user } = await renderApp('/skranke');

    await user.click(await screen.findByRole('button', { name: 'Afslut …' }));
    const dialog = await screen.findByRole('dialog', { name: 'Afslut P014' });
    await user.click(within(dialog).getByRole('radio', { name: 'Henvist til anden myndighed' }));
    expect(await within(dialog).findByRole('checkbox', { name: 'Pas' })).toBeChecked();
    await user.click(within(dialog).getByRole('checkbox', { name: 'Kørekort' }));
    await user.click(within(dialog).getByRole('button', { name: 'Afslut' }));

    expect(await screen.findByText('P014 er afsluttet.')).toBeInTheDocument();
    expect(await api.called('POST', `/api/tickets/${serving.id}/finish`)[0]!.json()).toEqual({
      expectedVersion: 3,
      outcome: 'referred',
      deliveredServiceIds: [PAS.id, KOEREKORT.id],
    });
    expect(await screen.findByText('Betjent i dag: 5')).toBeInTheDocument();
    // The finished ticket's contact can be logged from here (Henvendelser).
    expect(screen.getByRole('link', { name: 'Registrér henvendelse for P014' })).toHaveAttribute(
      'href',
      `/henvendelser?ticketId=${serving.id}&ticket=P014`,
    );
  });

  it('says so calmly when nobody is waiting', async () => {
    atCounter(counterSession(), { callNextTicket: () => json(200, { ticket: null }) });
    const { user } = await renderApp('/skranke');
    await user.click(await screen.findByRole('button', { name: 'Kald næste' }));
    expect(await screen.findByText('Der er ingen, der venter på dine ærinder lige nu.')).toBeInTheDocument();
  });

  it('follows the ticket live when it changes elsewhere', async () => {
    const called = calledTicket();
    const { sse } = atCounter(counterSession({ currentTicket: called }));
    await renderApp('/skranke');
    await screen.findByText('Kaldt');
    await waitFor(() => expect(sse.connections).toBe(1));

    const started: Ticket = { ...called, state: 'serving', servingStartedAt: new Date().toISOString(), version: 3 };
    sse.send(42, 'ticket.start', { ticket: started });
    expect(await screen.findByText('Under betjening')).toBeInTheDocument();
  });

  it('does not call while the counter is paused', async () => {
    atCounter(counterSession({ state: 'paused' }));
    await renderApp('/skranke');
    expect(await screen.findByRole('button', { name: 'Kald næste' })).toBeDisabled();
    expect(screen.getByText('Skranken holder pause. Tryk Genoptag for at kalde igen.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Genoptag' })).toBeInTheDocument();
  });
});
