import type { RefreshOutcome } from '../auth/session.ts';
import { ApiError, SessionExpiredError } from './http.ts';

/** Whoever holds the access token: a signed-in staff member (AuthSession) or a kiosk or call display (DeviceSession). */
export interface TokenSource {
  readonly accessToken: string | null;
  /** Renews the access token; concurrent callers share one request. */
  refresh(): Promise<RefreshOutcome>;
}

function send(auth: TokenSource, path: string, init: RequestInit): Promise<Response> {
  const headers = new Headers(init.headers);
  if (auth.accessToken) headers.set('authorization', `Bearer ${auth.accessToken}`);
  if (init.body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
  return fetch(path, { ...init, headers, credentials: 'same-origin' });
}

/**
 * Calls the API as the signed-in user (or device). On a 401 (the access token expired, e.g. after the laptop slept) it renews the
 * token once and repeats the call; when the server refuses to renew, the session is over: SessionExpiredError.
 */
async function authorisedResponse(auth: TokenSource, path: string, init: RequestInit): Promise<Response> {
  let response = await send(auth, path, init);
  if (response.status === 401) {
    const outcome = await auth.refresh();
    if (outcome === 'refused') throw new SessionExpiredError();
    if (outcome === 'unreachable') throw await ApiError.fromResponse(response);
    response = await send(auth, path, init);
  }
  if (!response.ok) throw await ApiError.fromResponse(response);
  return response;
}

export async function apiRequest<T>(auth: TokenSource, path: string, init: RequestInit = {}): Promise<T> {
  const response = await authorisedResponse(auth, path, init);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

/** A binary answer (e.g. a receipt PDF), fetched with the bearer token: a plain link could not send it. */
export async function apiBlob(auth: TokenSource, path: string): Promise<Blob> {
  return (await authorisedResponse(auth, path, {})).blob();
}
