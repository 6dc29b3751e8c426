import type { Location, SessionUser, TokenResponse } from '@skranke/contracts';
import { vi } from 'vitest';
import { board, COUNTERS, DOKK1_ID, PRIORITY_CLASSES, SERVICES } from './queue-fixtures.ts';

// A stand-in for the API in component tests, answering like the real one (problem+json errors). The real API is
// exercised by the browser tests in e2e/.

export type Handler = (request: Request) => Response | Promise<Response>;

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

export function problem(status: number, title: string, detail?: string): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, detail }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });
}

/** Installs a fetch answering `"METHOD /path"` keys; unknown routes get 404. Returns the requests it saw. */
export function installFakeApi(routes: Record<string, Handler>) {
  const requests: Request[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(new URL(String(input), 'http://skranke.test'), init);
    requests.push(request.clone());
    const handler = routes[`${request.method} ${new URL(request.url).pathname}`];
    return handler ? handler(request) : problem(404, 'Not Found');
  });
  vi.stubGlobal('fetch', fetchMock);
  const called = (method: string, path: string) =>
    requests.filter((r) => r.method === method && new URL(r.url).pathname === path);
  return { requests, called, fetchMock };
}

const AARHUS = { municipalityId: '00000000-0000-4000-8000-000000000751', municipalityName: 'Aarhus Kommune' };
const DOKK1 = DOKK1_ID;
const BUS = '00000000-0000-4000-8001-000000000003';

export const USERS = {
  anna: { id: 'u-anna', username: 'anna', name: 'Anna Sørensen', role: 'counter', ...AARHUS, locationIds: [DOKK1, BUS] },
  lars: { id: 'u-lars', username: 'lars', name: 'Lars Østergaard', role: 'lead', ...AARHUS, locationIds: [DOKK1] },
  admin: { id: 'u-admin', username: 'admin', name: 'Birgitte Holm', role: 'admin', ...AARHUS, locationIds: [DOKK1] },
} satisfies Record<string, SessionUser>;

export const LOCATIONS: Location[] = [
  { id: DOKK1, name: 'Borgerservice Dokk1', kind: 'office', address: 'Hack Kampmanns Plads 2, 8000 Aarhus C' },
  { id: '00000000-0000-4000-8001-000000000002', name: 'Borgerservice Lystrup', kind: 'office', address: 'Lystrup' },
  { id: BUS, name: 'Borgerservicebussen', kind: 'mobile', address: 'Kører efter køreplan' },
];

let tokenCounter = 0;
export function tokenFor(user: SessionUser, expiresIn = 900): TokenResponse {
  tokenCounter += 1;
  return { accessToken: `token-${user.username}-${tokenCounter}`, expiresIn, user };
}

/** A signed-in user as far as the SPA can tell: the refresh cookie works and the API answers. */
export function signedInApi(user: SessionUser, extra: Record<string, Handler> = {}) {
  return installFakeApi({
    'POST /api/auth/refresh': () => json(200, tokenFor(user)),
    'POST /api/auth/logout': () => new Response(null, { status: 204 }),
    'GET /api/locations': () => json(200, LOCATIONS),
    // Not at a counter yet: the counter page offers to sign in at one of Dokk1's counters.
    'GET /api/counter-session': () => json(200, { session: null }),
    [`GET /api/locations/${DOKK1}/board`]: () => json(200, board()),
    [`GET /api/locations/${DOKK1}/services`]: () => json(200, SERVICES),
    [`GET /api/locations/${DOKK1}/counters`]: () => json(200, COUNTERS),
    'GET /api/priority-classes': () => json(200, PRIORITY_CLASSES),
    ...extra,
  });
}

/** Nobody signed in: no refresh cookie. */
export function signedOutApi(extra: Record<string, Handler> = {}) {
  return installFakeApi({
    'POST /api/auth/refresh': () => problem(401, 'Unauthorized', 'No valid session'),
    ...extra,
  });
}

export { DOKK1_ID };

/**
 * A text/event-stream the test writes to: each request gets its own stream (a reconnect is a new request), which ends
 * when the client aborts it. `send` writes an event to the newest stream; `end` closes it as the server would.
 */
export function fakeEventStream() {
  const streams: ReadableStreamDefaultController<Uint8Array>[] = [];
  const encoder = new TextEncoder();
  const current = () => {
    const controller = streams.at(-1);
    if (!controller) throw new Error('No event stream is open');
    return controller;
  };
  const handler: Handler = (request) => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        streams.push(controller);
        controller.enqueue(encoder.encode('retry: 2000\n\n'));
        request.signal.addEventListener('abort', () => {
          try {
            controller.error(new DOMException('aborted', 'AbortError'));
          } catch {
            // Already closed.
          }
        });
      },
    });
    return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
  };
  return {
    handler,
    get connections() {
      return streams.length;
    },
    send(seq: number, type: string, payload: Record<string, unknown>) {
      const data = JSON.stringify({ seq, type, at: new Date().toISOString(), payload });
      current().enqueue(encoder.encode(`id: ${seq}\ndata: ${data}\n\n`));
    },
    write(text: string) {
      current().enqueue(encoder.encode(text));
    },
    end() {
      current().close();
    },
  };
}

/** POST /api/auth/device-token for a device of the given kind at Dokk1, accepting only `key`. */
export function deviceTokenRoute(kind: 'kiosk' | 'display', key: string): Handler {
  let issued = 0;
  return async (request) => {
    const body = (await request.json()) as { deviceKey: string };
    if (body.deviceKey !== key) return problem(401, 'Unauthorized', 'Enhedsnøglen er ukendt eller tilbagekaldt.');
    issued += 1;
    return json(200, {
      accessToken: `token-${kind}-${issued}`,
      expiresIn: 900,
      device: { id: `d-${kind}`, name: `Dokk1 ${kind}`, kind, municipalityId: AARHUS.municipalityId, locationId: DOKK1 },
    });
  };
}
