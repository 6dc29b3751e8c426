import type { QueueBoard } from '@skranke/contracts';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DOKK1_ID, fakeEventStream, json, problem, signedInApi, USERS, type FakeRoutes } from '../../../test/fake-api.ts';
import { board, calledTicket, KOEREKORT, PAS, PRIORITY_CLASSES, ticket } from '../../../test/queue-fixtures.ts';
import { renderApp, renderWithProviders } from '../../../test/render.tsx';
import { TrafficLightBadge } from './-components/TrafficLightBadge.tsx';

const P014 = ticket({ id: '00000000-0000-4000-8006-000000000014', displayNumber: 'P014', version: 2 });
const K003 = ticket({
  id: '00000000-0000-4000-8006-000000000003',
  displayNumber: 'K003',
  serviceId: KOEREKORT.id,
  serviceNameDa: 'Kørekort',
  serviceNameEn: 'Driving licence',
  priorityClassId: PRIORITY_CLASSES[0]!.id,
  priorityReason: 'Kommer med sin mestringsvejleder',
});

/** lars on the queue overview; the board answers whatever `state.board` holds at the time. */
function asLead(initial: QueueBoard, routes: FakeRoutes = {}) {
  const state = { board: initial };
  const sse = fakeEventStream();
  const api = signedInApi(USERS.lars, {
    getQueueBoard: () => json(200, state.board),
    streamLocationEvents: sse.handler,
    ...routes,
  });
  return { api, sse, state };
}

const rowOf = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')!;

describe('queue overview', () => {
  it('shows each service with its load in words, the counters, and the waiting list in call order', async () => {
    const counted = board({ waiting: [K003, P014] });
    counted.counters[0]!.currentTicket = calledTicket({ displayNumber: 'P011' });
    asLead(counted);
    await renderApp('/koeoversigt');

    const pas = within(rowOf('P · Pas'));
    expect(pas.getByText('Grøn – normal')).toBeInTheDocument();
    expect(pas.getByText('12 min')).toBeInTheDocument();
    const mitid = within(rowOf('M · MitID'));
    // Citizens wait and no counter takes MitID: red, and the badge says why.
    expect(mitid.getByText('Rød – ingen skranke tager ærindet')).toBeInTheDocument();
    expect(mitid.getByText('ukendt')).toBeInTheDocument(); // no staffed counter: no estimate
    expect(within(rowOf('K · Kørekort')).getByText('Gul – travlt')).toBeInTheDocument();

    const skranke1 = within(rowOf('Skranke 1'));
    expect(skranke1.getByText('Anna Sørensen')).toBeInTheDocument();
    expect(skranke1.getByText('Åben')).toBeInTheDocument();
    expect(skranke1.getByText('P011')).toBeInTheDocument();

    const waiting = screen.getByRole('region', { name: 'Venteliste i kaldeorden (2)' });
    const numbers = within(waiting)
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(numbers).toEqual(['K003', 'P014']);
    expect(within(rowOf('K003')).getByText('Ledsaget af støtteperson')).toBeInTheDocument();
    expect(within(rowOf('K003')).getByText('Kommer med sin mestringsvejleder')).toBeInTheDocument();
    expect(await screen.findByText('Live')).toBeInTheDocument();
    expect(screen.getByText(/^Opdateret \d\d\.\d\d\.\d\d$/)).toBeInTheDocument();
  });

  it('shows a new ticket live, resuming the stream where the board left off', async () => {
    const { api, sse, state } = asLead(board({ lastEventSeq: 41 }));
    await renderApp('/koeoversigt');
    await screen.findByText('Live');
    expect(api.called('GET', `/api/locations/${DOKK1_ID}/events`)[0]!.headers.get('last-event-id')).toBe('41');

    state.board = board({ lastEventSeq: 42, waiting: [P014] });
    sse.send(42, 'ticket.issue', { ticket: P014 });
    expect(await screen.findByRole('rowheader', { name: 'P014' })).toBeInTheDocument();
  });

  it('says visibly that it is reconnecting when the stream is lost', async () => {
    asLead(board(), { streamLocationEvents: () => problem(503, 'Service Unavailable') });
    await renderApp('/koeoversigt');
    expect(await screen.findByText('Forbinder igen…')).toBeInTheDocument();
  });

  it('closes a service for new numbers', async () => {
    const { api } = asLead(board(), {
      updateService: () => json(200, { ...PAS, active: false }),
    });
    const { user } = await renderApp('/koeoversigt');
    await user.click(screen.getByRole('switch', { name: 'Pas tager numre' }));
    expect(await screen.findByText('Der tages ikke længere numre til Pas.')).toBeInTheDocument();
    expect(await api.called('PATCH', `/api/services/${PAS.id}`)[0]!.json()).toEqual({ active: false });
  });

  it('moves a waiting ticket to the front of its queue', async () => {
    const { api } = asLead(board({ waiting: [K003, P014] }), {
      moveTicket: () => json(200, { ...P014, version: 3 }),
    });
    const { user } = await renderApp('/koeoversigt');
    await user.click(screen.getByRole('button', { name: 'Handlinger for P014' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Flyt forrest' }));
    expect(await screen.findByText('P014 er flyttet forrest i sin kø.')).toBeInTheDocument();
    expect(await api.called('POST', `/api/tickets/${P014.id}/move`)[0]!.json()).toEqual({ expectedVersion: 2, to: 'front' });
  });

  it('re-prioritises a waiting ticket, asking for the reason the class requires', async () => {
    const akut = PRIORITY_CLASSES[1]!;
    const { api } = asLead(board({ waiting: [P014] }), {
      reprioritiseTicket: () => json(200, { ...P014, priorityClassId: akut.id, version: 3 }),
    });
    const { user } = await renderApp('/koeoversigt');
    await user.click(screen.getByRole('button', { name: 'Handlinger for P014' }));
    await user.click(await screen.findByRole('menuitem', { name: 'Skift prioritet …' }));
    const dialog = await screen.findByRole('dialog', { name: 'Prioritet for P014' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Prioritetsklasse' }), akut.id);
    await user.click(within(dialog).getByRole('button', { name: 'Gem prioritet' }));
    expect(within(dialog).getByText('Skriv en begrundelse')).toBeInTheDocument();
    expect(api.called('POST', `/api/tickets/${P014.id}/priority`)).toHaveLength(0);

    await user.type(within(dialog).getByRole('textbox', { name: /Begrundelse/ }), 'Borgeren har det dårligt');
    await user.click(within(dialog).getByRole('button', { name: 'Gem prioritet' }));
    expect(await screen.findByText('Prioriteten for P014 er gemt.')).toBeInTheDocument();
    expect(await api.called('POST', `/api/tickets/${P014.id}/priority`)[0]!.json()).toEqual({
      expectedVersion: 2,
      priorityClassId: akut.id,
      reason: 'Borgeren har det dårligt',
    });
  });

  it('closes the day only after confirming', async () => {
    const { api } = asLead(board(), { closeDay: () => json(200, { settled: 7 }) });
    const { user } = await renderApp('/koeoversigt');
    await user.click(screen.getByRole('button', { name: 'Luk dagen …' }));
    const dialog = await screen.findByRole('dialog', { name: 'Luk dagen på Borgerservice Dokk1?' });
    expect(api.called('POST', `/api/locations/${DOKK1_ID}/close-day`)).toHaveLength(0);
    await user.click(within(dialog).getByRole('button', { name: 'Luk dagen' }));
    expect(await screen.findByText('Dagen er lukket. 7 numre blev afsluttet.')).toBeInTheDocument();
  });

  it('links the call display and kiosk for this location, opening in a new tab', async () => {
    asLead(board());
    await renderApp('/koeoversigt');
    const display = screen.getByRole('link', { name: 'Åbn kaldeskærm (åbner i en ny fane)' });
    expect(display).toHaveAttribute('href', `/display?location=${DOKK1_ID}`);
    expect(display).toHaveAttribute('target', '_blank');
    expect(screen.getByRole('link', { name: 'Åbn kiosk (åbner i en ny fane)' })).toHaveAttribute('href', `/kiosk?location=${DOKK1_ID}`);
  });

  it('is for leads only', async () => {
    signedInApi(USERS.anna);
    await renderApp('/koeoversigt');
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Du har ikke adgang til siden'));
  });
});

describe('traffic light', () => {
  it.each([
    ['green', 'Grøn – normal', 'Green – normal'],
    ['yellow', 'Gul – travlt', 'Yellow – busy'],
    ['red', 'Rød – lang ventetid', 'Red – long wait'],
  ] as const)('%s is named in words, in both languages', async (light, danish, english) => {
    const { unmount } = await renderWithProviders(<TrafficLightBadge light={light} />);
    expect(screen.getByText(danish)).toBeInTheDocument();
    unmount();
    await renderWithProviders(<TrafficLightBadge light={light} />, { language: 'en' });
    expect(screen.getByText(english)).toBeInTheDocument();
  });
});
