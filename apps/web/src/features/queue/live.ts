import { createSseParser, type LocationEvent, type SseFrame } from '@skranke/contracts';
import type { TokenSource } from '../../lib/api.ts';
import { urlOf } from '../../lib/client.ts';

/** How many recent event ids a stream remembers to drop a duplicate. */
const RECENT_IDS = 500;

export type LiveStatus = 'connecting' | 'live' | 'reconnecting';

export interface LocationStreamOptions {
  locationId: string;
  tokens: TokenSource;
  /** Resume after this event (the board's lastEventSeq); without it the stream starts at the present. */
  lastEventId?: number | undefined;
  onEvent(event: LocationEvent): void;
  onStatus?(status: LiveStatus): void;
  /** First reconnect delay; it doubles per failed attempt up to maxDelayMs. */
  initialDelayMs?: number;
  maxDelayMs?: number;
  /** The server sends a comment every 15 s; this long without a byte means the connection died silently. */
  stallTimeoutMs?: number;
}

export interface LocationStream {
  close(): void;
  readonly lastEventId: number | undefined;
  readonly status: LiveStatus;
}

/**
 * Reads a location's Server-Sent Events with fetch, so the bearer token travels in a header and never in a URL (an
 * EventSource cannot send headers). It reconnects by itself with exponential backoff, resuming with Last-Event-ID, so
 * nothing is missed or seen twice; a 401 first renews the token.
 */
export function openLocationStream(options: LocationStreamOptions): LocationStream {
  const { locationId, tokens, onEvent, onStatus } = options;
  const initialDelayMs = options.initialDelayMs ?? 1_000;
  const maxDelayMs = options.maxDelayMs ?? 10_000;
  const stallTimeoutMs = options.stallTimeoutMs ?? 45_000;
  let lastEventId = options.lastEventId;
  const seen = new Set<number>();
  const remember = (seq: number) => {
    seen.add(seq);
    if (seen.size > RECENT_IDS) seen.delete(seen.values().next().value!);
  };
  if (lastEventId !== undefined) remember(lastEventId);
  let status: LiveStatus = 'connecting';
  let closed = false;
  let attempt: AbortController | null = null;
  let wake: (() => void) | null = null;

  const setStatus = (next: LiveStatus) => {
    if (next === status) return;
    status = next;
    onStatus?.(next);
  };

  const onFrame = (frame: SseFrame) => {
    let event: LocationEvent;
    try {
      // The server's frames are LocationEvents (packages/contracts/src/sse.ts); the stream is not validated again here.
      event = JSON.parse(frame.data) as LocationEvent;
    } catch {
      return; // Not ours to interpret; the next event still counts.
    }
    const seq = frame.id !== undefined ? Number(frame.id) : event.seq;
    // Ids are unique but do not increase along the stream (it runs in commit-safe order, see docs/queue.md), so
    // duplicates are recognised by id, among the last few hundred.
    if (seen.has(seq)) return;
    remember(seq);
    lastEventId = seq;
    onEvent(event);
  };

  // When the network comes back, reconnect now rather than after the remaining backoff.
  const onOnline = () => wake?.();
  if (typeof window !== 'undefined') window.addEventListener('online', onOnline);

  /**
   * failed: no stream (network error or a non-2xx answer); ended: the server closed the stream, as it does when the
   * access token runs out; dropped: the connection broke or stalled mid-stream.
   */
  async function connectOnce(): Promise<{ outcome: 'unauthorised' | 'failed' | 'ended' | 'dropped'; livedMs: number }> {
    const controller = new AbortController();
    attempt = controller;
    const headers = new Headers({ accept: 'text/event-stream' });
    if (tokens.accessToken) headers.set('authorization', `Bearer ${tokens.accessToken}`);
    if (lastEventId !== undefined) headers.set('last-event-id', String(lastEventId));
    let response: Response;
    try {
      response = await fetch(urlOf('streamLocationEvents', { params: { locationId } }), {
        headers,
        signal: controller.signal,
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch {
      return { outcome: 'failed', livedMs: 0 };
    }
    if (response.status === 401) return { outcome: 'unauthorised', livedMs: 0 };
    if (!response.ok || !response.body) return { outcome: 'failed', livedMs: 0 };
    setStatus('live');
    const openedAt = Date.now();
    // A fresh parser per connection: half a frame from a dropped connection must not run into the next one.
    const parse = createSseParser(onFrame);
    const decoder = new TextDecoder();
    const reader = response.body.getReader();
    let stall = setTimeout(() => controller.abort(), stallTimeoutMs);
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return { outcome: 'ended', livedMs: Date.now() - openedAt };
        clearTimeout(stall);
        stall = setTimeout(() => controller.abort(), stallTimeoutMs);
        parse(decoder.decode(value, { stream: true }));
      }
    } catch {
      return { outcome: 'dropped', livedMs: Date.now() - openedAt };
    } finally {
      clearTimeout(stall);
    }
  }

  function pause(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = null;
        resolve();
      }
      wake = done;
    });
  }

  async function run() {
    let failures = 0;
    let renewedFor401 = false;
    while (!closed) {
      const { outcome, livedMs } = await connectOnce();
      if (closed) return;
      if (outcome === 'unauthorised' && !renewedFor401) {
        renewedFor401 = true;
        // Only a renewed token is worth an immediate retry; otherwise back off like any failure.
        if ((await tokens.refresh()) === 'renewed') continue;
      }
      if (outcome === 'ended' || outcome === 'dropped') {
        failures = 0;
        renewedFor401 = false;
      }
      if (outcome === 'ended') {
        // Routine (the token ran out): resume at once with the renewed token and say nothing, unless that fails. A
        // stream the server keeps closing straight away is retried calmly instead of in a tight loop.
        await pause(livedMs < 5_000 ? initialDelayMs : 0);
        continue;
      }
      setStatus('reconnecting');
      await pause(Math.min(maxDelayMs, initialDelayMs * 2 ** failures));
      failures += 1;
    }
  }

  onStatus?.(status);
  void run();

  return {
    close() {
      closed = true;
      attempt?.abort();
      wake?.();
      if (typeof window !== 'undefined') window.removeEventListener('online', onOnline);
    },
    get lastEventId() {
      return lastEventId;
    },
    get status() {
      return status;
    },
  };
}
