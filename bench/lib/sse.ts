/**
 * SSE fan-out: client fleets (two processes) hold streams on two API processes while tickets are issued at a steady
 * rate; then half the clients are dropped and reconnect to the other process with Last-Event-ID. Every client's
 * list of seqs must equal the location's full list of events over its lifetime in stream order, (xid, seq): nothing
 * lost, nothing twice, in order.
 */
import type { ClientReport, FleetCommand, FleetReply } from '../sse-clients.ts';
import { DOKK1, SERVICE_IDS, type Fixture } from './fixture.ts';
import { expectStatus, type JsonClient } from './http.ts';
import { fixedRate } from './load.ts';
import type { ChildProcess } from 'node:child_process';
import { readLoopDelay, resetLoopDelay, type LoopDelay } from './loop-delay.ts';
import type { Child } from './processes.ts';
import { summarise, type LatencySummary } from './stats.ts';

export interface Fleet extends Child {
  /** Sends a command and waits for its reply. */
  send(command: FleetCommand): Promise<FleetReply>;
}

export function asFleet(child: Child): Fleet {
  return {
    ...child,
    send: (command) =>
      new Promise((resolve, reject) => {
        const onMessage = (reply: FleetReply | { loopDelay: unknown }) => {
          if (!('reply' in reply)) return;
          clearTimeout(timer);
          child.process.off('message', onMessage);
          if (reply.reply === 'error') reject(new Error(`fleet ${command.cmd}: ${reply.message}`));
          else resolve(reply);
        };
        const timer = setTimeout(() => {
          child.process.off('message', onMessage);
          reject(new Error(`fleet did not answer ${command.cmd} in 60 s`));
        }, 60_000);
        child.process.on('message', onMessage);
        child.process.send(command);
      }),
  };
}

export interface SseOptions {
  clients: number;
  ratePerSecond: number;
  steadyMs: number;
  churnMs: number;
  /** When in the churn period the clients are dropped, and how long they stay away. */
  dropAfterMs: number;
  gapMs: number;
}

export interface SseResult {
  clients: number;
  published: number;
  connectMs: number;
  /** Commit-side stamp = the event's `at` (transaction start in PostgreSQL): an upper bound of commit-to-receipt. */
  steadyFromAt: LatencySummary;
  /** Commit-side stamp = when the issuing HTTP request returned (after commit and the wait estimate): a lower bound. */
  steadyFromResponse: LatencySummary;
  /** Clients never dropped, during the reconnect storm (from `at`). */
  churnFromAt: LatencySummary;
  dropped: number;
  reconnectMs: number;
  clientsExact: number;
  lost: number;
  /** Of those, lost before the client's first event (it had no Last-Event-ID yet). */
  lostBeforeFirst: number;
  duplicated: number;
  outOfOrder: number;
  behindAtEnd: number;
  /** Streams the server ended by itself (clients then reconnected after `retry:`, as EventSource does). */
  serverEnds: number;
  /** issueTicket latency (from the schedule) while the clients listen. */
  issue: LatencySummary;
  /** Event-loop delay while tickets were issued: the worst of the two API processes, and of the two client fleets. */
  apiLoop: LoopDelay | null;
  fleetLoop: LoopDelay | null;
}

const worst = (delays: Array<LoopDelay | null>): LoopDelay | null =>
  delays.reduce<LoopDelay | null>((w, d) => (d && (!w || d.p99 > w.p99) ? d : w), null);

interface Position {
  xid: number;
  seq: number;
}

/** The last event of the location in stream order, (xid, seq): see readEvents in apps/api/src/plugins/events.ts. */
async function lastPosition(fixture: Fixture): Promise<Position> {
  const r = await fixture.admin.pool.query<{ xid: string; seq: string }>(
    'select xid, seq from location_events where location_id = $1 order by xid desc, seq desc limit 1',
    [DOKK1],
  );
  const row = r.rows[0];
  return row ? { xid: Number(row.xid), seq: Number(row.seq) } : { xid: 0, seq: 0 };
}

function check(report: ClientReport, expected: number[]) {
  const seen = new Set(report.seqs);
  const duplicated = report.seqs.length - seen.size;
  const missing = expected.filter((s) => !seen.has(s));
  const lost = missing.length;
  // Lost before the client's first event: it had no Last-Event-ID to resume from when its stream was ended.
  const lostBeforeFirst = missing.filter((s) => report.seqs.length === 0 || s < report.seqs[0]!).length;
  // Stream order is (xid, seq), not seq: compare places in the expected list.
  const place = new Map(expected.map((s, i) => [s, i]));
  let outOfOrder = 0;
  for (let i = 1; i < report.seqs.length; i++) {
    const here = place.get(report.seqs[i]!);
    const before = place.get(report.seqs[i - 1]!);
    if (here !== undefined && before !== undefined && here <= before) outOfOrder++;
  }
  const exact = report.seqs.length === expected.length && report.seqs.every((s, i) => s === expected[i]);
  return { duplicated, lost, lostBeforeFirst, outOfOrder, exact };
}

export async function runSse(
  fixture: Fixture,
  fleets: [Fleet, Fleet],
  urls: [string, string],
  apiProcesses: ChildProcess[],
  issuer: JsonClient,
  token: string,
  options: SseOptions,
): Promise<SseResult> {
  const start = await lastPosition(fixture);
  const half = options.clients / 2;
  const t0 = performance.now();
  await Promise.all([
    fleets[0].send({ cmd: 'connect', urls: [urls[0], urls[1]], locationId: DOKK1, token, count: half }),
    fleets[1].send({ cmd: 'connect', urls: [urls[1], urls[0]], locationId: DOKK1, token, count: options.clients - half }),
  ]);
  const connectMs = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 500));

  const respondedAt = new Map<string, number>();
  const watched = [...apiProcesses, ...fleets.map((f) => f.process)];
  for (const child of watched) resetLoopDelay(child);
  const drop: { at: number; replies?: Promise<FleetReply[]> } = { at: Number.POSITIVE_INFINITY };
  const dropTimer = setTimeout(() => {
    drop.at = performance.timeOrigin + performance.now();
    drop.replies = Promise.all(fleets.map((f) => f.send({ cmd: 'drop', gapMs: options.gapMs })));
  }, options.steadyMs + options.dropAfterMs);
  const issuing = await fixedRate({
    rate: options.ratePerSecond,
    warmupMs: 0,
    durationMs: options.steadyMs + options.churnMs,
    maxInFlight: 500,
    op: async (i) => {
      const begunAt = performance.now();
      const response = await issuer.post<{ ticket: { id: string } }>(`/api/locations/${DOKK1}/tickets`, token, {
        serviceId: SERVICE_IDS[i % SERVICE_IDS.length],
      });
      respondedAt.set(expectStatus(response, [201], 'issueTicket').ticket.id, performance.timeOrigin + performance.now());
      return { begunAt };
    },
  });
  clearTimeout(dropTimer);
  const delays = await Promise.all(watched.map(readLoopDelay));
  if (issuing.errors.count) throw new Error(`issuing during the SSE run failed: ${issuing.errors.first}`);
  const reconnects = (await drop.replies) ?? [];
  const end = await lastPosition(fixture);
  const caughtUp = await Promise.all(fleets.map((f) => f.send({ cmd: 'await', seq: end.seq, timeoutMs: 15_000 })));
  const reports = (await Promise.all(fleets.map((f) => f.send({ cmd: 'report' })))).flatMap((r) => (r.reply === 'report' ? r.clients : []));

  const rows = await fixture.admin.pool.query<{ seq: string; at_ms: number; ticket_id: string | null }>(
    `select seq, extract(epoch from at) * 1000 as at_ms, payload -> 'ticket' ->> 'id' as ticket_id
     from location_events where location_id = $1 and (xid, seq) > ($2, $3) and (xid, seq) <= ($4, $5) order by xid, seq`,
    [DOKK1, start.xid, start.seq, end.xid, end.seq],
  );
  const expected = rows.rows.map((r) => Number(r.seq));
  const atOf = new Map(rows.rows.map((r) => [Number(r.seq), Number(r.at_ms)]));
  const responseOf = new Map(rows.rows.map((r) => [Number(r.seq), r.ticket_id ? respondedAt.get(r.ticket_id) : undefined]));

  const steadyFromAt: number[] = [];
  const steadyFromResponse: number[] = [];
  const churnFromAt: number[] = [];
  const totals = { clientsExact: 0, lost: 0, lostBeforeFirst: 0, duplicated: 0, outOfOrder: 0, serverEnds: 0 };
  for (const client of reports) {
    const verdict = check(client, expected);
    totals.clientsExact += verdict.exact ? 1 : 0;
    totals.lost += verdict.lost;
    totals.lostBeforeFirst += verdict.lostBeforeFirst;
    totals.duplicated += verdict.duplicated;
    totals.outOfOrder += verdict.outOfOrder;
    totals.serverEnds += client.serverEnds;
    client.seqs.forEach((seq, i) => {
      const at = atOf.get(seq);
      const received = client.receivedAt[i]!;
      if (at === undefined) return;
      if (at < drop.at) {
        // A dropped client's events from before the drop that it only got on replay are not live deliveries.
        if (client.reconnectedAt !== null && received >= drop.at) return;
        steadyFromAt.push(received - at);
        const responded = responseOf.get(seq);
        if (responded !== undefined) steadyFromResponse.push(received - responded);
      } else if (client.reconnectedAt === null) {
        churnFromAt.push(received - at);
      }
    });
  }
  const reconnected = reconnects.filter((r) => r.reply === 'reconnected');
  return {
    clients: reports.length,
    published: expected.length,
    connectMs,
    steadyFromAt: summarise(steadyFromAt),
    steadyFromResponse: summarise(steadyFromResponse),
    churnFromAt: summarise(churnFromAt),
    dropped: reconnected.reduce((s, r) => s + r.dropped, 0),
    reconnectMs: Math.max(0, ...reconnected.map((r) => r.ms)),
    ...totals,
    issue: summarise(issuing.latencies),
    apiLoop: worst(delays.slice(0, apiProcesses.length)),
    fleetLoop: worst(delays.slice(apiProcesses.length)),
    behindAtEnd: caughtUp.reduce((s, r) => s + (r.reply === 'caught-up' ? r.behind : 0), 0),
  };
}
