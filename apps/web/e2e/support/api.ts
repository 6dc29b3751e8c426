import type { CounterSession } from '@skranke/contracts';
import { baseUrl } from './env.ts';

/** Calls the API under test directly (for arranging and cleaning up what a test's pages do not). */
export async function api<T>(path: string, init: RequestInit & { token?: string } = {}): Promise<T> {
  const headers = new Headers(init.headers);
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  if (init.token) headers.set('authorization', `Bearer ${init.token}`);
  const response = await fetch(new URL(path, baseUrl()), { ...init, headers });
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path}: ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** An access token for a demo user, from the same sign-in the SPA uses. */
export async function apiToken(username: string, password = 'skranke-demo'): Promise<string> {
  const { accessToken } = await api<{ accessToken: string }>('/api/auth/login', {
    method: 'POST',
    body: JSON.stringify({ username, password }),
  });
  return accessToken;
}

/**
 * Leaves the user signed off every counter, whatever state a failed test left them in: a called ticket is marked
 * as not having come, a ticket being served is parked (so it counts as neither served nor lost), then the counter
 * session is closed. The next test file then finds the counter free. Does nothing when the user is not at a counter.
 */
export async function signOffCounter(username: string): Promise<void> {
  const token = await apiToken(username);
  const { session } = await api<{ session: CounterSession | null }>('/api/counter-session', { token });
  if (!session) return;
  const ticket = session.currentTicket;
  if (ticket) {
    const action = ticket.state === 'serving' ? 'park' : 'no-show';
    await api(`/api/tickets/${ticket.id}/${action}`, {
      method: 'POST',
      token,
      body: JSON.stringify({ expectedVersion: ticket.version }),
    });
  }
  await api('/api/counter-session', { method: 'DELETE', token });
}
