import { createSseParser, type LocationEventMessage } from '@skranke/contracts';

export interface SseConnection {
  events: LocationEventMessage[];
  /** Resolves once at least n events have arrived (or rejects after the timeout). */
  waitFor(n: number, timeoutMs?: number): Promise<LocationEventMessage[]>;
  close(): void;
  opened: Promise<void>;
  /** Resolves when the server ends the stream (not when the client closes it). */
  ended: Promise<void>;
}

/** Opens the location's event stream over real HTTP, as a browser's fetch would. */
export function connectSse(baseUrl: string, locationId: string, token: string, lastEventId?: number): SseConnection {
  const events: LocationEventMessage[] = [];
  const controller = new AbortController();
  const waiters: Array<{ n: number; resolve: () => void }> = [];
  let serverEnded = () => {};
  const ended = new Promise<void>((resolve) => (serverEnded = resolve));
  const feed = createSseParser((frame) => {
    events.push(JSON.parse(frame.data));
    for (const w of [...waiters]) if (events.length >= w.n) w.resolve();
  });
  const opened = (async () => {
    const response = await fetch(`${baseUrl}/api/locations/${locationId}/events`, {
      headers: { authorization: `Bearer ${token}`, ...(lastEventId !== undefined && { 'last-event-id': String(lastEventId) }) },
      signal: controller.signal,
    });
    if (!response.ok || !response.body) throw new Error(`SSE ${response.status}`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    void (async () => {
      try {
        for (;;) {
          const { value, done } = await reader.read();
          if (done) {
            serverEnded();
            break;
          }
          feed(value);
        }
      } catch {
        // aborted
      }
    })();
  })();
  return {
    events,
    opened,
    ended,
    close: () => controller.abort(),
    waitFor: (n, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        if (events.length >= n) return resolve(events);
        const timer = setTimeout(() => reject(new Error(`only ${events.length} of ${n} events after ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ n, resolve: () => (clearTimeout(timer), resolve(events)) });
      }),
  };
}
