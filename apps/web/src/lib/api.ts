import type { AuthSession } from '../auth/session.ts';
import { ApiError, SessionExpiredError } from './http.ts';

function send(auth: AuthSession, path: string, init: RequestInit): Promise<Response> {
  const headers = new Headers(init.headers);
  if (auth.accessToken) headers.set('authorization', `Bearer ${auth.accessToken}`);
  if (init.body !== undefined && !headers.has('content-type')) headers.set('content-type', 'application/json');
  return fetch(path, { ...init, headers, credentials: 'same-origin' });
}

/**
 * Calls the API as the signed-in user. On a 401 (the access token expired, e.g. after the laptop slept) it renews the
 * token once and repeats the call; when the server refuses to renew, the session is over: SessionExpiredError.
 */
export async function apiRequest<T>(auth: AuthSession, path: string, init: RequestInit = {}): Promise<T> {
  let response = await send(auth, path, init);
  if (response.status === 401) {
    const outcome = await auth.refresh();
    if (outcome === 'refused') throw new SessionExpiredError();
    if (outcome === 'unreachable') throw await ApiError.fromResponse(response);
    response = await send(auth, path, init);
  }
  if (!response.ok) throw await ApiError.fromResponse(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}
