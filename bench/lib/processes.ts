/**
 * Child processes of the benchmark (API servers, SSE client fleets). When the soft file-descriptor limit is below
 * what a child needs, the child is started through `sh -c 'ulimit -n …; exec node …'` (raising a soft limit up to
 * the hard one needs no privileges).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface FdLimits {
  soft: number;
  hard: number;
}

export function fdLimits(): FdLimits {
  const [soft, hard] = execFileSync('sh', ['-c', 'ulimit -Sn; ulimit -Hn'], { encoding: 'utf8' }).trim().split('\n');
  const parse = (v: string | undefined) => (v === 'unlimited' ? Number.POSITIVE_INFINITY : Number(v));
  return { soft: parse(soft), hard: parse(hard) };
}

/** What the benchmark did about file descriptors, for the report. */
export const fdNotes: string[] = [];

export interface Child {
  process: ChildProcess;
  pid: number;
  stop(): Promise<void>;
}

/**
 * Spawns `node --import tsx <script>` with an IPC channel (so that the child ends when the benchmark does) and
 * resolves once its stdout matches `ready`.
 */
export function spawnTs(
  script: string,
  options: { env?: Record<string, string>; fdNeeded: number; ready: RegExp; label: string },
): Promise<{ child: Child; match: RegExpExecArray }> {
  const limits = fdLimits();
  const node = [process.execPath, '--import', 'tsx', script];
  let command = node;
  if (limits.soft < options.fdNeeded) {
    if (limits.hard < options.fdNeeded) {
      throw new Error(`${options.label} needs ${options.fdNeeded} file descriptors; the hard limit is ${limits.hard}`);
    }
    const raised = Math.min(limits.hard, 65_535);
    command = ['sh', '-c', `ulimit -n ${raised} && exec "$@"`, 'sh', ...node];
    fdNotes.push(`${options.label}: soft limit ${limits.soft} < ${options.fdNeeded} needed, raised to ${raised} for the child`);
  }
  const child = spawn(command[0]!, command.slice(1), {
    cwd: REPO_ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    // Structured clone instead of JSON over the IPC channel: the SSE fleets send back large arrays.
    serialization: 'advanced',
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const timer = setTimeout(() => child.kill('SIGKILL'), 8000);
      child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`${options.label} did not start within 60 s`)), 60_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const match = options.ready.exec(seen);
      if (match) {
        clearTimeout(timer);
        resolve({ child: { process: child, pid: child.pid!, stop }, match });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${options.label} exited (${code}) before it was ready`));
    });
  });
}

export async function startApi(databaseUrl: string, options: { poolSize: number; jwtSecret: string; fdNeeded: number; label: string }) {
  const { child, match } = await spawnTs('bench/serve.ts', {
    env: { DATABASE_URL: databaseUrl, BENCH_POOL_SIZE: String(options.poolSize), BENCH_JWT_SECRET: options.jwtSecret },
    fdNeeded: options.fdNeeded,
    ready: /LISTENING (http:\/\/127\.0\.0\.1:\d+)/,
    label: options.label,
  });
  return { ...child, url: match[1]! };
}
