/**
 * A fleet of SSE clients in a process of its own (so that reading 500 streams does not share an event loop with the
 * load generator). Driven by the benchmark over IPC:
 *   connect   open `count` streams to `urls[0]`, in batches
 *   drop      abort every second stream, wait `gapMs`, reconnect each to `urls[1]` with Last-Event-ID
 *   await     wait until every client's last event is `seq`, the stream's last (bounded by `timeoutMs`)
 *   report    send back, per client, the seqs received and when (epoch ms, sub-millisecond)
 * Like a browser's EventSource, a client whose stream the server ends reconnects after the `retry:` interval the
 * server announced, with Last-Event-ID; such ends are counted. Only 127.0.0.1 is ever contacted.
 */
import http from 'node:http';
import { createSseParser } from '../packages/contracts/src/sse.ts';
import { serveLoopDelay } from './lib/loop-delay.ts';

serveLoopDelay();

export type FleetCommand =
  | { cmd: 'connect'; urls: [string, string]; locationId: string; token: string; count: number }
  | { cmd: 'drop'; gapMs: number }
  | { cmd: 'await'; seq: number; timeoutMs: number }
  | { cmd: 'report' };

export interface ClientReport {
  seqs: number[];
  receivedAt: number[];
  /** Epoch ms when the client was reconnected (after a drop), else null. */
  reconnectedAt: number | null;
  /** Streams the server ended on its own (each followed by an EventSource-style reconnect). */
  serverEnds: number;
}

export type FleetReply =
  | { reply: 'connected'; ms: number }
  | { reply: 'reconnected'; ms: number; dropped: number }
  | { reply: 'caught-up'; behind: number }
  | { reply: 'report'; clients: ClientReport[] }
  | { reply: 'error'; message: string };

const epochNow = () => performance.timeOrigin + performance.now();

interface Client extends ClientReport {
  lastSeq: number;
  request: http.ClientRequest | null;
  url: string;
  retryMs: number;
  /** Bumped on every open and drop; a pending reconnect of an older generation is void. */
  generation: number;
}

let clients: Client[] = [];
let closing = false;
let urls: [string, string] = ['', ''];
let path = '';
let token = '';

/**
 * Opens a stream for the client; resolves once the server has answered 200. A stream that then ends without us
 * ending it is reopened after the server's `retry:` interval, unless the client has been dropped or reopened since
 * (its generation changed).
 */
function open(client: Client, baseUrl: string, lastEventId?: number): Promise<void> {
  client.url = baseUrl;
  const generation = ++client.generation;
  const url = new URL(path, baseUrl);
  if (url.hostname !== '127.0.0.1') throw new Error('only 127.0.0.1');
  const current = () => !closing && client.generation === generation;
  let ended = false;
  const reopenLater = () => {
    if (ended || !current()) return;
    ended = true;
    client.request = null;
    setTimeout(() => {
      if (current()) open(client, client.url, client.lastSeq || undefined).catch(() => {});
    }, client.retryMs);
  };
  return new Promise((resolve, reject) => {
    const headers: http.OutgoingHttpHeaders = { authorization: `Bearer ${token}`, accept: 'text/event-stream' };
    if (lastEventId !== undefined) headers['last-event-id'] = String(lastEventId);
    const request = http.get(url, { headers, agent: false }, (response) => {
      if (response.statusCode !== 200) {
        reject(new Error(`SSE answered ${response.statusCode}`));
        response.resume();
        return;
      }
      response.setEncoding('utf8');
      // A new parser per connection: a frame cut off by an abort must not leak into the next connection.
      const feed = createSseParser((frame) => {
        const seq = Number(frame.id);
        client.seqs.push(seq);
        client.receivedAt.push(epochNow());
        client.lastSeq = seq;
      });
      response.on('data', (chunk: string) => {
        const retry = /^retry: *(\d+)$/m.exec(chunk);
        if (retry) client.retryMs = Number(retry[1]);
        feed(chunk);
      });
      response.on('error', () => {});
      response.on('close', () => {
        if (current() && !ended) client.serverEnds++;
        reopenLater();
      });
      resolve();
    });
    request.on('error', (error) => {
      reject(error);
      reopenLater();
    });
    client.request = request;
  });
}

async function inBatches<T>(items: T[], size: number, fn: (item: T) => Promise<void>) {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

async function handle(command: FleetCommand): Promise<FleetReply> {
  switch (command.cmd) {
    case 'connect': {
      const t0 = performance.now();
      urls = command.urls;
      token = command.token;
      path = `/api/locations/${command.locationId}/events`;
      closing = false;
      clients = Array.from({ length: command.count }, () => ({
        seqs: [],
        receivedAt: [],
        reconnectedAt: null,
        serverEnds: 0,
        lastSeq: 0,
        request: null,
        url: urls[0],
        retryMs: 2000,
        generation: 0,
      }));
      await inBatches(clients, 50, (c) => open(c, urls[0]));
      return { reply: 'connected', ms: performance.now() - t0 };
    }
    case 'drop': {
      const dropped = clients.filter((_, i) => i % 2 === 0);
      for (const c of dropped) {
        c.generation++;
        c.request?.destroy();
        c.request = null;
      }
      await new Promise((r) => setTimeout(r, command.gapMs));
      const t0 = performance.now();
      await inBatches(dropped, 50, async (c) => {
        c.reconnectedAt = epochNow();
        // Like EventSource: a client that has seen no event yet has no Last-Event-ID to send.
        await open(c, urls[1], c.lastSeq || undefined);
      });
      return { reply: 'reconnected', ms: performance.now() - t0, dropped: dropped.length };
    }
    case 'await': {
      const deadline = performance.now() + command.timeoutMs;
      // Seqs are unique but not increasing in stream order (xid, seq): wait for the last one itself.
      const behind = () => clients.filter((c) => c.lastSeq !== command.seq).length;
      while (behind() > 0 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      return { reply: 'caught-up', behind: behind() };
    }
    case 'report': {
      closing = true;
      for (const c of clients) c.request?.destroy();
      return {
        reply: 'report',
        clients: clients.map(({ seqs, receivedAt, reconnectedAt, serverEnds }) => ({ seqs, receivedAt, reconnectedAt, serverEnds })),
      };
    }
  }
}

process.on('message', (command: FleetCommand | { loop: string }) => {
  if (!('cmd' in command)) return;
  handle(command).then(
    (reply) => process.send!(reply),
    (error: unknown) => process.send!({ reply: 'error', message: error instanceof Error ? error.message : String(error) }),
  );
});
process.on('disconnect', () => process.exit(0));
console.log('FLEET READY');
