import type { Location, SessionUser, TokenResponse } from '@skranke/contracts';
import { ROUTES } from '@skranke/contracts/routes';
import { vi } from 'vitest';
import type { OperationId, Result } from '../lib/client.ts';
import { board, COUNTERS, DOKK1_ID, PRIORITY_CLASSES, SERVICES } from './queue-fixtures.ts';

// A stand-in for the API in component tests, answering like the real one (problem+json errors). The real API is
// exercised by the browser tests in e2e/. Tests answer operations by operationId; a request is matched to one by the
// contract's route table, as the real API's router would.

type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<Rest>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** An operation's path parameters by name, as they stand in the URL: `{ locationId: string }`. */
export type PathParams<K extends OperationId> = { readonly [N in ParamNames<(typeof ROUTES)[K]['path']>]: string };

export type Handler<P = Readonly<Record<string, string>>> = (request: Request, params: P) => Response | Promise<Response>;

/** What a test answers, by operationId; a misspelt operation or path parameter fails the type-check. */
export type FakeRoutes = { [K in OperationId]?: Handler<PathParams<K>> };

export function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** A success answer whose body the type-check holds to the operation's result. */
export function ok<K extends OperationId>(_operation: K, body: Result<K>, status = 200): Response {
  return json(status, body);
}

export function problem(status: number, title: string, detail?: string): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title, status, detail }), {
    status,
    headers: { 'content-type': 'application/problem+json' },
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// A path parameter matches one segment; among routes that match, the one with the fewest parameters wins, so a fixed
// segment (`/api/citizens/lookup`) goes before a parameter in the same place.
const MATCHERS = Object.entries(ROUTES)
  .map(([id, route]) => {
    const names: string[] = [];
    const segments = route.path.split('/').map((segment) => {
      if (!segment.startsWith(':')) return escape(segment);
      names.push(segment.slice(1));
      return '([^/]+)';
    });
    return { id: id as OperationId, method: route.method as string, pattern: new RegExp(`^${segments.join('/')}$`), names };
  })
  .sort((a, b) => a.names.length - b.names.length);

/** The operation a request is for, with its path parameters (decoded), or undefined for a route the API lacks. */
export function operationOf(request: Request): { id: OperationId; params: Record<string, string> } | undefined {
  const { pathname } = new URL(request.url);
  for (const { id, method, pattern, names } of MATCHERS) {
    const match = request.method === method ? pattern.exec(pathname) : null;
    if (match) return { id, params: Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(match[i + 1]!)])) };
  }
  return undefined;
}

/** Installs a fetch answering operations by operationId; unknown routes get 404. Returns the requests it saw. */
export function installFakeApi(routes: FakeRoutes) {
  const requests: Request[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(new URL(String(input), 'http://skranke.test'), init);
    requests.push(request.clone());
    const operation = operationOf(request);
    const handler = operation && (routes[operation.id] as Handler | undefined);
    return handler ? handler(request, operation.params) : problem(404, 'Not Found');
  });
  vi.stubGlobal('fetch', fetchMock);
  const called = (method: string, path: string) => requests.filter((r) => r.method === method && new URL(r.url).pathname === path);
  const calledOp = (id: OperationId) => requests.filter((r) => operationOf(r)?.id === id);
  return { requests, called, calledOp, fetchMock };
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
export function signedInApi(user: SessionUser, extra: FakeRoutes = {}) {
  return installFakeApi({
    refreshSession: () => ok('refreshSession', tokenFor(user)),
    logout: () => new Response(null, { status: 204 }),
    listLocations: () => ok('listLocations', LOCATIONS),
    // Not at a counter yet: the counter page offers to sign in at one of Dokk1's counters.
    getMyCounterSession: () => ok('getMyCounterSession', { session: null }),
    getQueueBoard: atDokk1(() => ok('getQueueBoard', board())),
    listServices: atDokk1(() => ok('listServices', SERVICES)),
    listCounters: atDokk1(() => ok('listCounters', COUNTERS)),
    listPriorityClasses: () => ok('listPriorityClasses', PRIORITY_CLASSES),
    ...extra,
  });
}

/** Answers for Dokk1 only; the user's other locations have nothing to show. */
function atDokk1(answer: () => Response): Handler<{ readonly locationId: string }> {
  return (_request, { locationId }) => (locationId === DOKK1 ? answer() : problem(404, 'Not Found'));
}

/** Nobody signed in: no refresh cookie. */
export function signedOutApi(extra: FakeRoutes = {}) {
  return installFakeApi({
    refreshSession: () => problem(401, 'Unauthorized', 'No valid session'),
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
  const handler = (request: Request): Response => {
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

/** issueDeviceToken (POST /api/auth/device-token) for a device of the given kind at Dokk1, accepting only `key`. */
export function deviceTokenRoute(kind: 'kiosk' | 'display', key: string) {
  let issued = 0;
  return async (request: Request): Promise<Response> => {
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
