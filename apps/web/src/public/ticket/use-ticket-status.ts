import type { PublicTicketStatus } from '@skranke/contracts';
import { useEffect, useState } from 'react';
import { isProblem, publicCall, urlOf } from '../client.ts';

/** Never asked more often than this: the status is read again at most every 15 seconds. */
export const REFRESH_MS = 15_000;

export type TicketView =
  | { kind: 'loading'; offline: boolean }
  | { kind: 'ok'; status: PublicTicketStatus; updatedAt: Date; offline: boolean }
  | { kind: 'unknown' }
  | { kind: 'expired' };

/**
 * A ticket's public status, kept current: an EventSource on streamPublicTicketStatus (a `status` event at once and
 * whenever the queue moves the ticket). When the stream is refused or ends, the status is read once and the stream
 * opened again no sooner than 15 s later; without EventSource the status is read every 15 s while the page is
 * visible, and on coming back to it. Everything stops once the ticket is finished, unknown or expired.
 */
export function useTicketStatus(token: string): TicketView {
  const [view, setView] = useState<TicketView>({ kind: 'loading', offline: false });

  useEffect(() => {
    let stopped = false;
    let source: EventSource | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let expiry: ReturnType<typeof setTimeout> | undefined;
    let lastRead = 0;

    const stop = (final: TicketView) => {
      stopped = true;
      source?.close();
      source = undefined;
      clearTimeout(timer);
      clearTimeout(expiry);
      setView(final);
    };
    const offline = (isOffline: boolean) =>
      setView((current) => (current.kind === 'ok' || current.kind === 'loading' ? { ...current, offline: isOffline } : current));

    const show = (status: PublicTicketStatus) => {
      lastRead = Date.now();
      const left = new Date(status.expiresAt).getTime() - Date.now();
      if (left <= 0) return stop({ kind: 'expired' });
      clearTimeout(expiry);
      // A timer's delay is a 32-bit number of milliseconds; a link lives a day at most.
      expiry = setTimeout(() => stop({ kind: 'expired' }), Math.min(left, 2_000_000_000));
      if (status.state === 'finished') stop({ kind: 'ok', status, updatedAt: new Date(), offline: false });
      else setView({ kind: 'ok', status, updatedAt: new Date(), offline: false });
    };
    const read = async () => {
      try {
        show(await publicCall('getPublicTicketStatus', { params: { token } }));
      } catch (error) {
        lastRead = Date.now();
        if (isProblem(error, 404) || isProblem(error, 400)) stop({ kind: 'unknown' });
        else if (isProblem(error, 410)) stop({ kind: 'expired' });
        else offline(true);
      }
    };
    /** Runs `next` 15 s after the last read (at once if that is past). */
    const after = (next: () => void) => {
      clearTimeout(timer);
      if (!stopped) timer = setTimeout(next, Math.max(0, lastRead + REFRESH_MS - Date.now()));
    };

    const poll = () => {
      if (stopped || document.visibilityState === 'hidden') return;
      void read().then(() => after(poll));
    };

    const listen = () => {
      if (stopped) return;
      const stream = new EventSource(urlOf('streamPublicTicketStatus', { params: { token } }));
      source = stream;
      stream.addEventListener('status', (event) => show(JSON.parse((event as MessageEvent<string>).data) as PublicTicketStatus));
      stream.addEventListener('open', () => offline(false));
      stream.addEventListener('error', () => {
        // CONNECTING: the connection dropped and the browser tries again by itself.
        if (stream.readyState !== EventSource.CLOSED) return offline(true);
        // Refused (an unknown or expired link, too many requests) or gone: read once, and listen again later.
        source = undefined;
        void read().then(() => after(listen));
      });
    };

    const streaming = typeof EventSource !== 'undefined';
    if (streaming) listen();
    else poll();

    const onVisibility = () => {
      if (stopped || document.visibilityState !== 'visible') return;
      if (!streaming) after(poll);
      else if (!source) after(listen);
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      stopped = true;
      source?.close();
      clearTimeout(timer);
      clearTimeout(expiry);
    };
  }, [token]);

  return view;
}
