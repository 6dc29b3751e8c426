/**
 * The appointments benchmark's API process: the production app (logging off) on DATABASE_URL, on a free port of
 * 127.0.0.1, with the public booking limit from SKRANKE_BOOKING_RATE_LIMIT (read as server.ts reads it) and
 * X-Forwarded-For trusted from 127.0.0.1 only, so that the benchmark's requests can come from many citizens'
 * addresses (the free-times list has a fixed limit of 120 a minute per address). Prints `LISTENING <url>`.
 */
import { buildApp } from '../../apps/api/src/app.ts';
import { parseEnvConfig } from '../../apps/api/src/env-config.ts';
import { REPO_ROOT } from './processes.ts';

const config = parseEnvConfig({ NODE_ENV: 'test', SKRANKE_BOOKING_RATE_LIMIT: process.env.SKRANKE_BOOKING_RATE_LIMIT }, REPO_ROOT);
const app = await buildApp({
  databaseUrl: process.env.DATABASE_URL!,
  jwtSecret: process.env.BENCH_JWT_SECRET!,
  logger: false,
  cookieSecure: false,
  loginRateLimitPerMinute: 100_000,
  bookingRateLimitPerMinute: config.bookingRateLimitPerMinute,
  trustProxy: ['127.0.0.1'],
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
