import type { Problem } from '@skranke/contracts';
import type { InputOf, Operations, ResultOf } from '@skranke/contracts/operations';
import type { ROUTES } from '@skranke/contracts/routes';
import type { MessageKey } from './i18n/da.ts';
import type { Language, Translate } from './i18n/i18n.tsx';

/**
 * The public pages' client: the operations under /api/public/ (no login, no token, no session refresh), called by
 * operationId with the contract's types, as the staff SPA's `call` does. Its own few lines rather than
 * lib/client.ts, whose module brings the staff session's request code along to the phone.
 */
type RouteTable = typeof ROUTES;
export type PublicOperationId = {
  [K in keyof RouteTable & keyof Operations]: RouteTable[K]['path'] extends `/api/public/${string}` ? K : never;
}[keyof RouteTable & keyof Operations];

/**
 * The contract's routes of the public operations, and only those: the whole table (120 routes, ~2 kB gzip) would
 * be a tenth of what this page may weigh beside React. The type-check holds each entry to the contract's ROUTES
 * (same method, same path), and holds the table to every public operation, so a changed path fails the build.
 */
export const PUBLIC_ROUTES = {
  listBookingOptions: { method: 'GET', path: '/api/public/booking-options' },
  listAppointmentSlots: { method: 'GET', path: '/api/public/locations/:locationId/services/:serviceId/slots' },
  bookAppointment: { method: 'POST', path: '/api/public/appointments' },
  findAppointment: { method: 'POST', path: '/api/public/appointments/find' },
  rescheduleAppointment: { method: 'POST', path: '/api/public/appointments/reschedule' },
  cancelAppointment: { method: 'POST', path: '/api/public/appointments/cancel' },
  getPublicTicketStatus: { method: 'GET', path: '/api/public/ticket-status/:token' },
  streamPublicTicketStatus: { method: 'GET', path: '/api/public/ticket-status/:token/events' },
  subscribeTicketNotification: { method: 'POST', path: '/api/public/ticket-status/:token/notify' },
  listRemoteTicketOptions: { method: 'GET', path: '/api/public/remote-ticket-options' },
  takeRemoteTicket: { method: 'POST', path: '/api/public/locations/:locationId/tickets' },
} as const satisfies { readonly [K in PublicOperationId]: RouteTable[K] };

type Input<K extends PublicOperationId> = InputOf<Operations[K]>;
type Args<K extends PublicOperationId> = Partial<Input<K>> extends Input<K> ? [input?: Input<K>] : [input: Input<K>];

/** A problem answer (RFC 9457), as the API sent it; `status` 0 never occurs (a lost connection is a TypeError). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: (Problem & Record<string, unknown>) | null,
  ) {
    super(`HTTP ${status}`);
  }
}

/** An operation's URL: path parameters filled in (encoded), then the query. */
export function urlOf<K extends PublicOperationId>(id: K, input?: Input<K>): string {
  const params = (input?.params ?? {}) as Record<string, string>;
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries((input?.query ?? {}) as Record<string, unknown>)) {
    if (value !== undefined && value !== null) query.set(key, String(value));
  }
  const path = PUBLIC_ROUTES[id].path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}

/** Calls a public operation; a problem answer throws ApiError, a lost connection the browser's TypeError. */
export async function publicCall<K extends PublicOperationId>(id: K, ...[input]: Args<K>): Promise<ResultOf<Operations[K]>> {
  const body = input?.body;
  const response = await fetch(urlOf(id, input), {
    method: PUBLIC_ROUTES[id].method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
  });
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    throw new ApiError(response.status, problem);
  }
  return response.json();
}

const MESSAGES_BY_CODE: Readonly<Record<string, MessageKey>> = {
  'unknown-code': 'error.unknownCode',
  'appointment-closed': 'error.closed',
  'slot-unavailable': 'error.unavailable',
  'slot-taken': 'error.unavailable',
  'not-bookable': 'error.notBookable',
  'invalid-contact': 'error.invalidContact',
};

/** What to tell the citizen about a failed call: calm, in their language, never a stack of technical words. */
export function errorMessage(error: unknown, t: Translate, language: Language): string {
  if (!(error instanceof ApiError)) return t('error.network');
  if (error.status === 429) {
    const seconds = error.body?.retryAfter;
    return typeof seconds === 'number' && seconds > 0 && seconds <= 120
      ? t('error.rateLimitedSeconds', { n: Math.ceil(seconds) })
      : t('error.rateLimited');
  }
  const known = error.body?.code && MESSAGES_BY_CODE[error.body.code];
  if (known) return t(known);
  if (error.status >= 500 || !error.body) return t('error.generic');
  return (language === 'en' ? error.body.detailEn : undefined) ?? error.body.detail ?? t('error.generic');
}

/**
 * A 409 slot-taken answer: the time was given to someone else a moment before. `nextFree` names the next free time
 * (null when there is none); undefined when the error is something else.
 */
export function takenSlot(error: unknown): { nextFree: string | null } | undefined {
  if (!(error instanceof ApiError) || error.status !== 409 || error.body?.code !== 'slot-taken') return undefined;
  // An extension member of the problem (RFC 9457 §3.2), beside code and detail.
  const nextFree = error.body.nextFree;
  return { nextFree: typeof nextFree === 'string' ? nextFree : null };
}

export function isProblem(error: unknown, status: number, code?: string): boolean {
  return error instanceof ApiError && error.status === status && (code === undefined || error.body?.code === code);
}
