/**
 * One API process for the benchmark: the production app (logging off) on DATABASE_URL, on a free port of 127.0.0.1.
 * Prints `LISTENING <url>` when ready; ends with SIGTERM or when the benchmark that started it goes away.
 */
import { buildApp } from '../apps/api/src/app.ts';
import { serveLoopDelay } from './lib/loop-delay.ts';

serveLoopDelay();

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
  void app.close().then(() => {
    clearTimeout(timer);
    process.exit(0);
  });
};
process.on('SIGTERM', stop);
process.on('disconnect', stop);
