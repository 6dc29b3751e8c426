import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  deviceTokenRoute,
  DOKK1_ID,
  fakeEventStream,
  installFakeApi,
  json,
  problem,
  signedInApi,
  USERS,
  type FakeRoutes,
} from '../../test/fake-api.ts';
import { board, calledTicket, COUNTERS } from '../../test/queue-fixtures.ts';
import { renderApp } from '../../test/render.tsx';

const KEY = 'skd_display-key-0123456789abcdef';
const K002 = calledTicket({ id: '00000000-0000-4000-8006-000000000002', displayNumber: 'K002', counterName: 'Skranke 2' });

/** speechSynthesis as the call display uses it, recording what it says. */
function stubSpeech() {
  const spoken: string[] = [];
  class Utterance {
    lang = '';
    rate = 1;
    voice = null;
    onend: (() => void) | null = null;
    onerror: (() => void) | null = null;
    constructor(readonly text: string) {}
  }
  vi.stubGlobal('SpeechSynthesisUtterance', Utterance);
  vi.stubGlobal('speechSynthesis', {
    speak: (u: Utterance) => {
      spoken.push(`${u.lang}: ${u.text}`);
      setTimeout(() => u.onend?.(), 0);
    },
    cancel: () => {},
    getVoices: () => [],
  });
  return spoken;
}

function setUpDisplay(routes: FakeRoutes = {}) {
  localStorage.setItem('skranke.device.display', KEY);
  const state = { board: board({ called: [K002], recentCalls: [K002] }) };
  const sse = fakeEventStream();
  const api = installFakeApi({
    refreshSession: () => problem(401, 'Unauthorized'),
    issueDeviceToken: deviceTokenRoute('display', KEY),
    getQueueBoard: () => json(200, state.board),
    streamLocationEvents: sse.handler,
    ...routes,
  });
  return { api, sse, state };
}

describe('call display', () => {
  it('shows the newest call large, and reads each new call aloud in Danish', async () => {
    const spoken = stubSpeech();
    const { api, sse, state } = setUpDisplay();
    await renderApp('/display');
    expect(await screen.findByTestId('current-call')).toHaveTextContent('K002Gå tilSkranke 2');
    await waitFor(() => expect(sse.connections).toBe(1));
    expect(api.called('GET', `/api/locations/${DOKK1_ID}/events`)[0]!.headers.get('authorization')).toBe('Bearer token-display-1');

    const p014 = calledTicket({ counterId: COUNTERS[2]!.id, counterName: 'Skranke 3' });
    state.board = board({ called: [p014, K002], recentCalls: [p014, K002] });
    sse.send(42, 'ticket.call', { ticket: p014 });

    await waitFor(() => expect(spoken).toEqual(['da-DK: Nummer P 14, skranke 3']));
    expect(await screen.findByTestId('current-call')).toHaveTextContent('P014Gå tilSkranke 3');
    expect(screen.getByRole('region', { name: /^Seneste kald/ })).toHaveTextContent('K002Skranke 2');
  });

  it('keeps the last calls up after their citizens are served, with one counter, for the set minutes', async () => {
    stubSpeech();
    const ago = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();
    const p013 = calledTicket({
      id: '00000000-0000-4000-8006-000000000013',
      displayNumber: 'P013',
      state: 'done',
      calledAt: ago(3),
      version: 4,
    });
    const p012 = calledTicket({
      id: '00000000-0000-4000-8006-000000000012',
      displayNumber: 'P012',
      state: 'done',
      calledAt: ago(6),
      version: 4,
    });
    const p014 = calledTicket({ calledAt: ago(1) });
    const { api, sse, state } = setUpDisplay();
    state.board = board({ called: [p014], recentCalls: [p014, p013, p012], recentCallMinutes: 5 });
    await renderApp('/display');
    expect(await screen.findByTestId('current-call')).toHaveTextContent('P014Gå tilSkranke 1');
    const previous = screen.getByRole('region', { name: /^Seneste kald/ });
    expect(previous).toHaveTextContent('P013Skranke 1');
    expect(previous).not.toHaveTextContent('P012'); // called 6 minutes ago: past the 5 minutes
    await waitFor(() => expect(sse.connections).toBe(1));

    // P014 is served and finished: its number stays up.
    const finished = { ...p014, state: 'done' as const, version: p014.version + 2 };
    state.board = board({ called: [], recentCalls: [finished, p013, p012], recentCallMinutes: 5 });
    sse.send(43, 'ticket.finish', { ticket: finished });
    // The event is applied and the board read again (both would drop a finished call from "called").
    await waitFor(() => expect(api.called('GET', `/api/locations/${DOKK1_ID}/board`)).toHaveLength(2));
    expect(screen.getByTestId('current-call')).toHaveTextContent('P014Gå tilSkranke 1');
    expect(previous).toHaveTextContent('P013Skranke 1');
  });

  it('does not read out calls replayed long after they happened', async () => {
    const spoken = stubSpeech();
    const { sse } = setUpDisplay();
    await renderApp('/display');
    await waitFor(() => expect(sse.connections).toBe(1));
    const data = JSON.stringify({ seq: 42, type: 'ticket.call', at: '2025-11-24T08:00:00Z', payload: { ticket: K002 } });
    sse.write(`id: 42\ndata: ${data}\n\n`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(spoken).toEqual([]);
  });

  it('asks for one press to allow sound where the browser holds it back', async () => {
    stubSpeech();
    const resume = vi.fn();
    class SuspendedAudio {
      state = 'suspended';
      async resume() {
        resume();
        this.state = 'running';
      }
      async close() {}
    }
    vi.stubGlobal('AudioContext', SuspendedAudio);
    setUpDisplay();
    const { user } = await renderApp('/display');
    await user.click(await screen.findByRole('button', { name: 'Slå lyd til' }));
    expect(resume).toHaveBeenCalled();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Slå lyd til' })).not.toBeInTheDocument());
  });

  it('can be tried out by a signed-in lead for one of their locations', async () => {
    stubSpeech();
    const sse = fakeEventStream();
    signedInApi(USERS.lars, {
      getQueueBoard: () => json(200, board({ called: [K002], recentCalls: [K002] })),
      streamLocationEvents: sse.handler,
    });
    await renderApp(`/display?location=${DOKK1_ID}`);
    expect(await screen.findByTestId('current-call')).toHaveTextContent('K002');
    expect(screen.getByRole('heading', { level: 1, name: 'Borgerservice Dokk1' })).toBeInTheDocument();
  });

  it('sends a screen without a key or a signed-in user to the setup page', async () => {
    installFakeApi({ refreshSession: () => problem(401, 'Unauthorized') });
    const { router } = await renderApp('/display');
    expect(router.state.location.pathname).toBe('/display/setup');
    expect(screen.getByRole('heading', { level: 1, name: 'Opsæt kaldeskærm' })).toBeInTheDocument();
  });

  it('goes back to the setup page, saying why, when the key has been revoked', async () => {
    localStorage.setItem('skranke.device.display', KEY);
    installFakeApi({
      refreshSession: () => problem(401, 'Unauthorized'),
      issueDeviceToken: () => problem(401, 'Unauthorized', 'Enhedsnøglen er ukendt eller tilbagekaldt.'),
    });
    await renderApp('/display');
    expect(screen.getByRole('heading', { level: 1, name: 'Opsæt kaldeskærm' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Skærmens nøgle virker ikke længere. Indsæt en ny nøgle.');
    expect(localStorage.getItem('skranke.device.display')).toBeNull();
  });
});
