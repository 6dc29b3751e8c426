/**
 * CPU time of the processes on the machine that matter (PostgreSQL, the API processes, the benchmark itself), read
 * from /proc, so that each phase can say who used the two cores. Linux only; elsewhere it reports nothing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

interface Stat {
  ppid: number;
  /** utime + stime, seconds. */
  own: number;
  /** cutime + cstime: children that have ended and were waited for, seconds. */
  reaped: number;
}

function stat(pid: number): Stat | null {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const n = (i: number) => Number(fields[i]) / TICKS_PER_SECOND;
    // After "pid (comm) ": state=0, ppid=1, ..., utime=11, stime=12, cutime=13, cstime=14.
    return { ppid: Number(fields[1]), own: n(11) + n(12), reaped: n(13) + n(14) };
  } catch {
    return null;
  }
}

/** Seconds of CPU used so far by one process (not its children). */
export function ownSeconds(pid: number): number {
  return stat(pid)?.own ?? 0;
}

/** Seconds of CPU used so far by a process and its live children (ended children via the root's reaped time). */
export function treeSeconds(root: number): number {
  const rootStat = stat(root);
  if (!rootStat) return 0;
  let total = rootStat.own + rootStat.reaped;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const s = stat(Number(entry));
    if (s?.ppid === root) total += s.own;
  }
  return total;
}

/** Per group, a function giving the CPU seconds it has used so far. */
export type CpuGroups = Record<string, () => number>;

export interface CpuUse {
  /** Cores busy on average per group over the interval (1.0 = one core fully). */
  cores: Record<string, number>;
  seconds: number;
}

/** Starts measuring; the returned function ends the interval. */
export function cpuMeter(groups: CpuGroups): () => CpuUse {
  const available = existsSync('/proc/self/stat');
  const sample = () => Object.fromEntries(Object.entries(groups).map(([name, used]) => [name, used()]));
  const started = performance.now();
  const before = available ? sample() : {};
  return () => {
    const seconds = (performance.now() - started) / 1000;
    if (!available) return { cores: {}, seconds };
    const after = sample();
    return { cores: Object.fromEntries(Object.keys(groups).map((k) => [k, (after[k]! - before[k]!) / seconds])), seconds };
  };
}

/** The postmaster's pid: the parent of the backend serving `backendPid`. */
export function parentOf(pid: number): number {
  return stat(pid)?.ppid ?? 0;
}
