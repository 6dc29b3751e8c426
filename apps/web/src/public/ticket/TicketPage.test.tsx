import type { PublicTicketStatus } from '@skranke/contracts';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeApi, ok } from '../../test/fake-api.ts';
import { I18nProvider } from '../i18n/i18n.tsx';
import { publicProblem } from '../test/public-fixtures.tsx';
import { TicketPage } from './TicketPage.tsx';

const TOKEN = 'tk_0123456789abcdefghij';

function status(overrides: Partial<PublicTicketStatus> = {}): PublicTicketStatus {
  return {
    displayNumber: 'A042',
    locationName: 'Borgerservice Dokk1',
    serviceNameDa: 'Pas',
    serviceNameEn: 'Passport',
    state: 'waiting',
    position: 3,
    estimatedWaitMinutes: 12,
    counterName: null,
    expiresAt: '2026-12-07T22:59:59Z',
    ...overrides,
  };
}

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Lets the clock run (timers, then the fake API's answers and React's renders). */
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

function renderTicket() {
  render(
    <I18nProvider initial="da">
      <TicketPage token={TOKEN} />
    </I18nProvider>,
  );
}

/**
 * The fixtures' day, 7 December 2026 (their ticket expires at its end), whatever the real date. With `timers`, the
 * page's setTimeout is faked as well; without, user-event's timers stay real.
 */
function onFixtureDay({ timers }: { timers: boolean }) {
  vi.useRealTimers();
  vi.useFakeTimers({ toFake: timers ? ['setTimeout', 'clearTimeout', 'Date'] : ['Date'] });
  vi.setSystemTime(new Date('2026-12-07T10:00:00Z'));
}

beforeEach(() => onFixtureDay({ timers: true }));
afterEach(() => {
  vi.useRealTimers();
  setVisibility('visible');
});

describe('the ticket on the phone (/billet/:token), without EventSource: reads every 15 s, never more often', () => {
  it('shows the number, the place in line and the estimate, and where to go when called', async () => {
    const answers = [
      status(),
      status({ position: 1, estimatedWaitMinutes: 0 }),
      status({ state: 'called', position: null, counterName: 'Skranke 3' }),
    ];
    const api = installFakeApi({
      getPublicTicketStatus: (_request, { token }) =>
        ok('getPublicTicketStatus', { ...answers.shift()!, displayNumber: token === TOKEN ? 'A042' : '?' }),
    });
    renderTicket();
    await advance(0);
    expect(screen.getByText('A042')).toBeInTheDocument();
    expect(screen.getByText('Pas, Borgerservice Dokk1')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Du er nummer 3 i køen.Forventet ventetid: ca. 12 min.');
    expect(screen.getByText('Siden opdaterer sig selv. Senest opdateret kl. 11.00.')).toBeInTheDocument();

    await advance(14_999);
    expect(api.calledOp('getPublicTicketStatus')).toHaveLength(1);
    await advance(1);
    expect(api.calledOp('getPublicTicketStatus')).toHaveLength(2);
    expect(screen.getByRole('status')).toHaveTextContent('Du er den næste i køen.Forventet ventetid: under et minut.');

    // Hidden: no reads. Back after 5 s: the next read waits for the 15 s mark; back later: a read at once.
    setVisibility('hidden');
    await advance(60_000);
    expect(api.calledOp('getPublicTicketStatus')).toHaveLength(2);
    setVisibility('visible');
    await advance(0);
    expect(api.calledOp('getPublicTicketStatus')).toHaveLength(3);
    expect(screen.getByRole('status')).toHaveTextContent('Det er din tur: gå til Skranke 3.');
  });

  it('coming back to the page sooner than 15 s after the last read waits for the 15 s mark', async () => {
    const api = installFakeApi({ getPublicTicketStatus: () => ok('getPublicTicketStatus', status()) });
    renderTicket();
    await advance(0);
    setVisibility('hidden');
    await advance(5_000);
    setVisibility('visible');
    await advance(9_999);
    expect(api.calledOp('getPublicTicketStatus')).toHaveLength(1);
    await advance(1);
    expect(api.calledOp('getPublicTicketStatus')).toHaveLength(2);
  });

  it('an unknown link says so and stops asking; a ticket past its day is expired', async () => {
    const api = installFakeApi({ getPublicTicketStatus: () => publicProblem(404, 'unknown-token') });
    renderTicket();
    await advance(0);
    expect(screen.getByRole('heading', { name: 'Billetten findes ikke' })).toBeInTheDocument();
    await advance(60_000);
    expect(api.calledOp('getPublicTicketStatus')).toHaveLength(1);
  });

  it('the ticket expires at the end of its day while the page is open', async () => {
    installFakeApi({ getPublicTicketStatus: () => ok('getPublicTicketStatus', status({ expiresAt: '2026-12-07T10:00:20Z' })) });
    renderTicket();
    await advance(0);
    expect(screen.getByText('A042')).toBeInTheDocument();
    await advance(20_000);
    expect(screen.getByRole('heading', { name: 'Billetten er udløbet' })).toBeInTheDocument();
  });
});

/** A stand-in for the browser's EventSource: the test sends events and closes it as the server would. */
class FakeEventSource extends EventTarget {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSED = 2;
  static instances: FakeEventSource[] = [];
  readyState = FakeEventSource.CONNECTING;
  constructor(readonly url: string) {
    super();
    FakeEventSource.instances.push(this);
  }
  send(ticket: PublicTicketStatus) {
    this.readyState = FakeEventSource.OPEN;
    this.dispatchEvent(new MessageEvent('status', { data: JSON.stringify(ticket) }));
  }
  refuse() {
    this.readyState = FakeEventSource.CLOSED;
    this.dispatchEvent(new Event('error'));
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
}

describe('the ticket on the phone with EventSource', () => {
  beforeEach(() => {
    FakeEventSource.instances = [];
    vi.stubGlobal('EventSource', FakeEventSource);
  });

  it('follows the stream; when it is refused, reads once and listens again 15 s later', async () => {
    const api = installFakeApi({ getPublicTicketStatus: () => ok('getPublicTicketStatus', status({ position: 2 })) });
    renderTicket();
    await advance(0);
    const [first] = FakeEventSource.instances;
    expect(first!.url).toBe(`/api/public/ticket-status/${TOKEN}/events`);
    await act(async () => first!.send(status({ position: 4 })));
    expect(screen.getByRole('status')).toHaveTextContent('Du er nummer 4 i køen.');
    expect(api.calledOp('getPublicTicketStatus')).toHaveLength(0);

    await act(async () => first!.refuse());
    await advance(0);
    expect(api.calledOp('getPublicTicketStatus')).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent('Du er nummer 2 i køen.');
    await advance(14_999);
    expect(FakeEventSource.instances).toHaveLength(1);
    await advance(1);
    expect(FakeEventSource.instances).toHaveLength(2);
    await act(async () => FakeEventSource.instances[1]!.send(status({ state: 'finished', position: null })));
    expect(screen.getByRole('status')).toHaveTextContent('Dit besøg er afsluttet. Tak for i dag.');
    expect(FakeEventSource.instances[1]!.readyState).toBe(FakeEventSource.CLOSED);
  });
});

describe('the "your turn is near" SMS, asked for on the ticket page', () => {
  beforeEach(() => onFixtureDay({ timers: false }));

  it('takes a Danish number, and confirms with the number as the API masks it', async () => {
    const user = userEvent.setup();
    const api = installFakeApi({
      getPublicTicketStatus: () => ok('getPublicTicketStatus', status({ position: 9 })),
      subscribeTicketNotification: () => ok('subscribeTicketNotification', { phone: '+45 •• •• 56 78', deletedBy: '2026-12-07T22:59:59Z' }),
    });
    renderTicket();
    const phone = await screen.findByRole('textbox', { name: 'Mobilnummer' });
    await user.type(phone, '1234');
    await user.click(screen.getByRole('button', { name: 'Send mig en SMS' }));
    expect(screen.getByText('Skriv et dansk mobilnummer med 8 cifre.')).toBeInTheDocument();
    expect(api.calledOp('subscribeTicketNotification')).toHaveLength(0);
    await user.type(phone, '5678');
    await user.click(screen.getByRole('button', { name: 'Send mig en SMS' }));
    expect(await screen.findByText('Vi sender en SMS til +45 •• •• 56 78, når det snart er din tur.')).toBeInTheDocument();
    const [request] = api.calledOp('subscribeTicketNotification');
    expect(new URL(request!.url).pathname).toBe(`/api/public/ticket-status/${TOKEN}/notify`);
    expect(await request!.json()).toEqual({ phone: '+4512345678', language: 'da' });
  });

  it("a municipality that sends no SMS: the API's words", async () => {
    const user = userEvent.setup();
    installFakeApi({
      getPublicTicketStatus: () => ok('getPublicTicketStatus', status({ position: 9 })),
      subscribeTicketNotification: () => publicProblem(409, 'notifications-off', { detail: 'Kommunen sender ikke SMS.' }),
    });
    renderTicket();
    await user.type(await screen.findByRole('textbox', { name: 'Mobilnummer' }), '12 34 56 78');
    await user.click(screen.getByRole('button', { name: 'Send mig en SMS' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Kommunen sender ikke SMS.');
  });
});
