import { urlOf } from '../lib/client.ts';

/**
 * The silent sign-in (POST refreshSession with the httpOnly cookie), started by src/boot.ts before the rest of the
 * bundle is evaluated, so that it travels while React, Mantine and the router start up instead of after them. The
 * session takes the answer for its first renewal (`takeEarlyRefresh`); later renewals ask afresh.
 */
let pending: Promise<Response> | null = null;

/** Pages that never use the staff session: the kiosk and the call display sign in as devices. */
const DEVICE_PAGES = /^\/(kiosk|display)(\/|$)/;

export function startEarlyRefresh(pathname: string, send: typeof fetch = fetch): void {
  if (pending || DEVICE_PAGES.test(pathname)) return;
  pending = send(urlOf('refreshSession', undefined), { method: 'POST', credentials: 'same-origin' });
  // Nobody may be waiting yet: a network failure is reported to whoever takes the answer, not as unhandled.
  pending.catch(() => {});
}

/** The early answer, once; null when none was started (or it was already taken). */
export function takeEarlyRefresh(): Promise<Response> | null {
  const early = pending;
  pending = null;
  return early;
}
