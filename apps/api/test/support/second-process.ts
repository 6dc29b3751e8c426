import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface SecondProcess {
  /** Its base URL, e.g. http://127.0.0.1:43210. */
  base: string;
  stop(): void;
}

/** A second, separate API process (support/serve.ts) on the same database, for tests across processes. */
export function startSecondProcess(databaseUrl: string): Promise<SecondProcess> {
  const script = fileURLToPath(new URL('./serve.ts', import.meta.url));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /LISTENING (\S+)/.exec(chunk.toString());
      if (match) resolve({ base: match[1]!, stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`second process exited ${code}`)));
  });
}
