/**
 * One API process for the benchmark: the production app (logging off) on DATABASE_URL, on a free port of 127.0.0.1.
 * Prints `LISTENING <url>` when ready; ends with SIGTERM or when the benchmark that started it goes away.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { buildApp } from '../apps/api/src/app.ts';
import { serveLoopDelay } from './lib/loop-delay.ts';

serveLoopDelay();

// BENCH_CPU_PROF=<file>: a V8 CPU profile of this process, written when it stops (a diagnostic, see cpu-per-op.ts).
const profiler = process.env.BENCH_CPU_PROF ? new Session() : null;
if (profiler) {
  profiler.connect();
  await new Promise((resolve) => profiler.post('Profiler.enable', () => profiler.post('Profiler.start', resolve)));
}
const writeProfile = () =>
  new Promise<void>((resolve) => {
    if (!profiler) return resolve();
    profiler.post('Profiler.stop', (error, result) => {
      if (!error) writeFileSync(process.env.BENCH_CPU_PROF!, JSON.stringify(result.profile));
      resolve();
    });
  });

const app = await buildApp({
  databaseUrl: process.env.DATABASE_URL!,
  jwtSecret: process.env.BENCH_JWT_SECRET!,
  logger: false,
  cookieSecure: false,
  loginRateLimitPerMinute: 100_000,
  poolSize: Number(process.env.BENCH_POOL_SIZE ?? 20),
});
const address = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`LISTENING ${address}`);

let closing = false;
const stop = () => {
  if (closing) return;
  closing = true;
  const timer = setTimeout(() => process.exit(1), 5000);
  void app
    .close()
    .then(writeProfile)
    .then(() => {
      clearTimeout(timer);
      process.exit(0);
    });
};
process.on('SIGTERM', stop);
process.on('disconnect', stop);
