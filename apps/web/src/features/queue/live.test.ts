import type { LocationEventMessage } from '@skranke/contracts';
import { waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { RefreshOutcome } from '../../auth/session.ts';
import { DOKK1_ID, fakeEventStream, installFakeApi, problem } from '../../test/fake-api.ts';
import { openLocationStream, type LiveStatus, type LocationStream } from './live.ts';

const EVENTS_PATH = `/api/locations/${DOKK1_ID}/events`;

function tokens(accessToken = 'token-1', refresh: () => Promise<RefreshOutcome> = async () => 'renewed') {
  return { accessToken, refresh };
}

let stream: LocationStream | undefined;
afterEach(() => stream?.close());

function open(options: Partial<Parameters<typeof openLocationStream>[0]> = {}) {
  const events: LocationEventMessage[] = [];
  const statuses: LiveStatus[] = [];
  stream = openLocationStream({
    locationId: DOKK1_ID,
    tokens: tokens(),
    onEvent: (event) => events.push(event),
    onStatus: (status) => statuses.push(status),
    initialDelayMs: 5,
    maxDelayMs: 20,
    ...options,
  });
  return { events, statuses };
}

describe('openLocationStream', () => {
  it('sends the token in a header, never in the URL, and resumes after the given event', async () => {
    const sse = fakeEventStream();
    const api = installFakeApi({ streamLocationEvents: sse.handler });
    open({ lastEventId: 41 });

    await waitFor(() => expect(api.called('GET', EVENTS_PATH)).toHaveLength(1));
    const request = api.called('GET', EVENTS_PATH)[0]!;
    expect(request.headers.get('authorization')).toBe('Bearer token-1');
    expect(request.headers.get('last-event-id')).toBe('41');
    expect(request.url).not.toMatch(/token/);
  });

  it('parses events split across chunks, in stream order, and skips ones it has already seen', async () => {
    const sse = fakeEventStream();
    installFakeApi({ streamLocationEvents: sse.handler });
    const { events, statuses } = open({ lastEventId: 41 });
    await waitFor(() => expect(statuses).toEqual(['connecting', 'live']));

    const frame = (seq: number, type: string) =>
      `id: ${seq}\ndata: ${JSON.stringify({ seq, type, at: '2025-11-24T09:00:00Z', payload: { n: seq } })}\n\n`;
    const both = frame(42, 'ticket.issue') + ': heartbeat\n\n' + frame(43, 'ticket.call');
    sse.write(both.slice(0, 30));
    sse.write(both.slice(30));
    sse.write(frame(43, 'ticket.call')); // a duplicate must not be applied twice
    sse.write(frame(41, 'ticket.issue')); // nor the one it resumed after
    sse.write(frame(40, 'ticket.park')); // ids need not increase along the stream: a new one with a smaller id counts

    await waitFor(() => expect(events.map((e) => e.seq)).toEqual([42, 43, 40]));
    expect(events[1]).toMatchObject({ type: 'ticket.call', payload: { n: 43 } });
    expect(stream?.lastEventId).toBe(40);
  });

  it('reconnects with Last-Event-ID when the server ends the stream, without showing an outage', async () => {
    const sse = fakeEventStream();
    const api = installFakeApi({ streamLocationEvents: sse.handler });
    const { statuses } = open();
    await waitFor(() => expect(statuses).toContain('live'));
    expect(api.called('GET', EVENTS_PATH)[0]!.headers.get('last-event-id')).toBeNull();

    sse.send(7, 'ticket.issue', {});
    sse.send(8, 'counter.updated', {});
    await waitFor(() => expect(stream?.lastEventId).toBe(8));
    sse.end(); // as when the access token runs out

    await waitFor(() => expect(api.called('GET', EVENTS_PATH)).toHaveLength(2));
    expect(api.called('GET', EVENTS_PATH)[1]!.headers.get('last-event-id')).toBe('8');
    expect(statuses).toEqual(['connecting', 'live']);
  });

  it('says it is reconnecting while the server cannot be reached, and backs off until it can', async () => {
    let reachable = false;
    const sse = fakeEventStream();
    const api = installFakeApi({
      streamLocationEvents: (request) => (reachable ? sse.handler(request) : Promise.reject(new TypeError('offline'))),
    });
    const { statuses } = open({ lastEventId: 3 });

    await waitFor(() => expect(statuses).toEqual(['connecting', 'reconnecting']));
    await waitFor(() => expect(api.called('GET', EVENTS_PATH).length).toBeGreaterThanOrEqual(3));
    reachable = true;
    await waitFor(() => expect(statuses.at(-1)).toBe('live'));
    expect(api.called('GET', EVENTS_PATH).at(-1)!.headers.get('last-event-id')).toBe('3');
  });

  it('shows the outage when a live connection drops, then recovers', async () => {
    const sse = fakeEventStream();
    let fail = false;
    installFakeApi({
      streamLocationEvents: (request) => (fail ? problem(503, 'Service Unavailable') : sse.handler(request)),
    });
    const { statuses } = open();
    await waitFor(() => expect(statuses).toEqual(['connecting', 'live']));
    fail = true;
    sse.end();
    await waitFor(() => expect(statuses).toEqual(['connecting', 'live', 'reconnecting']));
    fail = false;
    await waitFor(() => expect(statuses).toEqual(['connecting', 'live', 'reconnecting', 'live']));
  });

  it('renews the token once on a 401 and reconnects with the new one', async () => {
    const sse = fakeEventStream();
    const source = { accessToken: 'expired', refresh: vi.fn() };
    source.refresh.mockImplementation(async () => {
      source.accessToken = 'fresh';
      return 'renewed';
    });
    const api = installFakeApi({
      streamLocationEvents: (request) =>
        request.headers.get('authorization') === 'Bearer fresh' ? sse.handler(request) : problem(401, 'Unauthorized'),
    });
    const { statuses } = open({ tokens: source });

    await waitFor(() => expect(statuses).toContain('live'));
    expect(source.refresh).toHaveBeenCalledTimes(1);
    expect(api.called('GET', EVENTS_PATH)).toHaveLength(2);
  });

  it('stops for good when closed', async () => {
    const sse = fakeEventStream();
    const api = installFakeApi({ streamLocationEvents: sse.handler });
    const { statuses } = open();
    await waitFor(() => expect(statuses).toContain('live'));
    stream!.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(api.called('GET', EVENTS_PATH)).toHaveLength(1);
  });
});
