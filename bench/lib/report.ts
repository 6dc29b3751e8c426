/** The markdown block `pnpm bench` prints and writes between the markers in docs/benchmarks.md. */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CpuUse } from './cpu.ts';
import { REPO_ROOT } from './processes.ts';
import type { SseResult } from './sse.ts';
import { fmt, median } from './stats.ts';

export const START_MARKER = '<!-- bench:results:start -->';
export const END_MARKER = '<!-- bench:results:end -->';

export interface Figures {
  limitIssue: number;
  apiIssue: number;
  limitCalls: number;
  apiCalls: number;
  issueP50: number;
  issueP90: number;
  issueP99: number;
  callP50: number;
  callP90: number;
  callP99: number;
  callServiceP99: number;
  finishP99: number;
  limitIssueP99: number;
  limitCallP99: number;
  /** Requests per second the API completed during the fixed-rate run (200 when it kept up). */
  issueSustained: number;
  /** Seconds after which the fixed-rate run was cut short because the API fell a second behind; NaN if not. */
  issueCutAfter: number;
  callSustained: number;
  callCutAfter: number;
  lowIssueP50: number;
  lowIssueP99: number;
  lowCallP50: number;
  lowCallP99: number;
}

export interface ReportInput {
  date: string;
  cores: string;
  machine: string[];
  config: string[];
  runs: Figures[];
  cpu: Map<string, CpuUse[]>;
  sse: SseResult[];
  errors: string[];
  runtimeSeconds: number;
}

const verdict = (ok: boolean) => (ok ? '**PASS**' : '**FAIL**');
const list = (values: number[], digits = 0) => values.map((v) => fmt(v, digits)).join(', ');

export function renderReport(input: ReportInput): string {
  const { runs, sse } = input;
  const col = (key: keyof Figures) => runs.map((r) => r[key]);
  const m = (key: keyof Figures) => median(col(key));
  const issueRatios = runs.map((r) => r.apiIssue / r.limitIssue);
  const callRatios = runs.map((r) => r.apiCalls / r.limitCalls);
  const sseP99s = sse.map((s) => s.steadyFromAt.p99);
  const sseExact = sse.every((s) => s.lost === 0 && s.duplicated === 0 && s.outOfOrder === 0 && s.clientsExact === s.clients);
  const ms = (p50: number, p90: number, p99: number) => `${fmt(p50)} / ${fmt(p90)} / ${fmt(p99)} ms`;
  const overload = (cut: keyof Figures, sustained: keyof Figures) => {
    const cutRuns = runs.filter((r) => Number.isFinite(r[cut]));
    if (!cutRuns.length) return '';
    return `; overloaded in ${cutRuns.length} of ${runs.length} runs (cut after ${list(
      cutRuns.map((r) => r[cut]),
      1,
    )} s, sustained ${list(cutRuns.map((r) => r[sustained]))}/s)`;
  };

  const lines = [
    START_MARKER,
    `_Written by \`pnpm bench\` on ${input.date}; ${runs.length} runs of each throughput/latency phase, ${sse.length} SSE runs; medians (single runs in brackets). Whole run: ${fmt(input.runtimeSeconds / 60, 1)} min._`,
    '',
    ...input.machine.map((l) => `- ${l}`),
    ...input.config.map((l) => `- ${l}`),
    '',
    '| Measure | Target | Median (runs) | Result |',
    '| --- | --- | --- | --- |',
  ];
  if (runs.length)
    lines.push(
      `| Limit: issueTicket in-process, saturated | – | ${fmt(m('limitIssue'), 0)} ops/s (${list(col('limitIssue'))}) | |`,
      `| API: issueTicket over HTTP, saturated | – | ${fmt(m('apiIssue'), 0)} ops/s (${list(col('apiIssue'))}) | |`,
      `| **issueTicket API / limit** | ≥ 0.50 | **${fmt(median(issueRatios), 2)}** (${list(issueRatios, 2)}) | ${verdict(median(issueRatios) >= 0.5)} |`,
      `| Limit: call-next + finish in-process, saturated | – | ${fmt(m('limitCalls'), 0)} pairs/s (${list(col('limitCalls'))}) | |`,
      `| API: callNextTicket + finish over HTTP, saturated | – | ${fmt(m('apiCalls'), 0)} pairs/s (${list(col('apiCalls'))}) | |`,
      `| **callNextTicket API / limit** | ≥ 0.50 | **${fmt(median(callRatios), 2)}** (${list(callRatios, 2)}) | ${verdict(median(callRatios) >= 0.5)} |`,
      `| **issueTicket at 200/s, p50 / p90 / p99** | p99 < 20 ms | ${ms(m('issueP50'), m('issueP90'), m('issueP99'))} (p99: ${list(col('issueP99'), 1)})${overload('issueCutAfter', 'issueSustained')} | ${verdict(m('issueP99') < 20)} |`,
      `| **callNextTicket at 200/s, p50 / p90 / p99** | p99 < 20 ms | ${ms(m('callP50'), m('callP90'), m('callP99'))} (p99: ${list(col('callP99'), 1)})${overload('callCutAfter', 'callSustained')} | ${verdict(m('callP99') < 20)} |`,
      `| finish after each call (not on the schedule), p99 | – | ${fmt(m('finishP99'))} ms | |`,
      `| callNextTicket p99 without the wait for a free counter | – | ${fmt(m('callServiceP99'))} ms | |`,
      `| Limit at 200/s in-process, p99: issue / call | – | ${fmt(m('limitIssueP99'))} / ${fmt(m('limitCallP99'))} ms | |`,
      `| API at 20/s (nothing queues), p50 / p99: issue; call | – | ${fmt(m('lowIssueP50'))} / ${fmt(m('lowIssueP99'))} ms; ${fmt(m('lowCallP50'))} / ${fmt(m('lowCallP99'))} ms | |`,
    );
  if (sse.length) {
    const s = (pick: (r: SseResult) => number, digits = 1) => `${fmt(median(sse.map(pick)), digits)}`;
    lines.push(
      `| **SSE: ${sse[0]!.clients} clients on 2 API processes, commit→receipt p50 / p99** (from the event's \`at\`, the transaction's start: an upper bound) | p99 < 100 ms | ${s((r) => r.steadyFromAt.p50)} / ${s((r) => r.steadyFromAt.p99)} ms (p99: ${list(sseP99s, 1)}) | ${verdict(median(sseP99s) < 100)} |`,
      `| SSE, from when the issuing request returned instead (after commit + 5 more queries: a lower bound), p50 / p99 | – | ${s((r) => r.steadyFromResponse.p50)} / ${s((r) => r.steadyFromResponse.p99)} ms | |`,
      `| SSE during the reconnect storm, clients not dropped, p50 / p99 | – | ${s((r) => r.churnFromAt.p50)} / ${s((r) => r.churnFromAt.p99)} ms | |`,
      `| **SSE: ${s((r) => r.dropped, 0)} clients dropped and resumed on the other process: lost / duplicated / out of order** | 0 / 0 / 0 in every run | ${sse.map((r) => `${r.lost} / ${r.duplicated} / ${r.outOfOrder}`).join('; ')} (of the lost, before the client's first event: ${sse.map((r) => r.lostBeforeFirst).join(', ')}; exact clients: ${sse.map((r) => `${r.clientsExact}/${r.clients}`).join(', ')}) | ${verdict(sseExact)} |`,
      `| SSE: events per client per run; open ${sse[0]!.clients} streams; reconnect ${s((r) => r.dropped, 0)} | – | ${s((r) => r.published, 0)} events; ${s((r) => r.connectMs / 1000)} s; ${s((r) => r.reconnectMs / 1000)} s | |`,
      `| SSE: issueTicket latency while the clients listen, p50 / p99 | – | ${s((r) => r.issue.p50)} / ${s((r) => r.issue.p99)} ms | |`,
      `| SSE: event-loop delay p99 / max, worst API process; worst client fleet | – | ${s((r) => r.apiLoop?.p99 ?? Number.NaN)} / ${s((r) => r.apiLoop?.max ?? Number.NaN)} ms; ${s((r) => r.fleetLoop?.p99 ?? Number.NaN)} / ${s((r) => r.fleetLoop?.max ?? Number.NaN)} ms | |`,
      `| SSE: streams the server ended by itself (clients reconnected after \`retry:\` like EventSource); clients still behind at the end | 0; 0 | ${sse.map((r) => r.serverEnds).join(', ')}; ${sse.map((r) => r.behindAtEnd).join(', ')} | ${verdict(sse.every((r) => r.serverEnds === 0 && r.behindAtEnd === 0))} |`,
    );
  }
  lines.push('', `CPU used during each phase (median over runs, in cores; the machine has ${input.cores}):`, '');
  const groups = [...new Set([...input.cpu.values()].flatMap((uses) => uses.flatMap((u) => Object.keys(u.cores))))];
  lines.push(`| Phase | ${groups.join(' | ')} | total |`, `| --- | ${groups.map(() => '---').join(' | ')} | --- |`);
  for (const [phase, uses] of input.cpu) {
    const per = groups.map((g) => median(uses.map((u) => u.cores[g] ?? 0)));
    lines.push(
      `| ${phase} | ${per.map((v) => fmt(v, 2)).join(' | ')} | ${fmt(
        per.reduce((a, b) => a + b, 0),
        2,
      )} |`,
    );
  }
  if (input.errors.length) lines.push('', 'Errors seen:', '', ...input.errors.map((e) => `- ${e}`));
  lines.push(END_MARKER);
  return lines.join('\n');
}

/** Replaces the marked section of docs/benchmarks.md (the prose around it stays), or appends one. */
export async function writeDocs(block: string): Promise<string> {
  const file = path.join(REPO_ROOT, 'docs/benchmarks.md');
  const current = existsSync(file) ? await readFile(file, 'utf8') : '# Benchmarks\n';
  const start = current.indexOf(START_MARKER);
  const end = current.indexOf(END_MARKER);
  const next =
    start >= 0 && end > start
      ? current.slice(0, start) + block + current.slice(end + END_MARKER.length)
      : `${current.trimEnd()}\n\n## Latest results\n\n${block}\n`;
  await writeFile(file, next);
  return file;
}
