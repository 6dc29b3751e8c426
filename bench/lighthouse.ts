/**
 * `pnpm bench:lighthouse`: Lighthouse (mobile, its default simulated throttling) on the sign-in page, the counter
 * screen and the citizens' public booking page of the production build, served by a real local start on a throw-away
 * embedded PostgreSQL. Prints the median of three runs per page for performance, accessibility and best practices.
 * Not a test: nothing here asserts.
 *
 * Needs `pnpm build` first (the SPA in apps/web/dist) and Chromium (CHROME_PATH, default /usr/bin/chromium).
 * Lighthouse itself is fetched by npx on first use (not a project dependency: it is large and only this script uses it).
 * Environment: LIGHTHOUSE_RUNS (default 3), LIGHTHOUSE_VERSION (default 12), LIGHTHOUSE_ONLY (only the pages whose
 * path contains it, e.g. `tidsbestilling`), LIGHTHOUSE_PROXY=caddy (load the pages through the repository's Caddyfile,
 * HTTPS and HTTP/2 as docker-compose deploys it, instead of straight from the API's plain HTTP/1.1; needs the `caddy`
 * binary, e.g. Debian's package).
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const VERSION = process.env.LIGHTHOUSE_VERSION ?? '12';
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const PROXY = process.env.LIGHTHOUSE_PROXY === 'caddy';
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
/** The performance score's parts (simulated, in ms; CLS unitless), printed as medians so a low score can be read. */
const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
] as const;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitReady(base: string, timeoutMs: number) {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    const status = await fetch(`${base}/api/ready`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('the app did not become ready');
}

/** A fresh sign-in's refresh cookie: the SPA exchanges it for an access token when the page loads. */
async function refreshCookie(base: string, username: string): Promise<string> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'skranke-demo' }),
  });
  const cookie = response.headers.getSetCookie().find((c) => c.startsWith('skranke_refresh='));
  if (!cookie) throw new Error(`no refresh cookie for ${username}: ${response.status}`);
  return cookie.split(';')[0]!;
}

const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/**
 * The repository's Caddyfile in front of the API on `apiPort`, on https://localhost:`port` with Caddy's own CA (not
 * installed in any trust store: Chromium is told to accept it). Its state lives in `dir`.
 */
async function startCaddy(dir: string, port: number, apiPort: number) {
  const caddyDir = path.join(dir, 'caddy');
  await mkdir(caddyDir, { recursive: true });
  const config = path.join(caddyDir, 'Caddyfile');
  await writeFile(
    config,
    `{\n\tadmin off\n\tskip_install_trust\n\tstorage file_system ${path.join(caddyDir, 'data')}\n}\nimport ${path.join(ROOT, 'Caddyfile')}\n`,
  );
  const caddy = spawn('caddy', ['run', '--config', config, '--adapter', 'caddyfile'], {
    env: {
      ...process.env,
      HOME: caddyDir,
      XDG_DATA_HOME: path.join(caddyDir, 'xdg-data'),
      XDG_CONFIG_HOME: path.join(caddyDir, 'xdg-config'),
      SKRANKE_SITE_ADDRESS: `https://localhost:${port}`,
      SKRANKE_API_UPSTREAM: `127.0.0.1:${apiPort}`,
    },
    stdio: 'ignore',
    detached: true,
  });
  caddy.once('error', (error) => console.error(`caddy: ${error.message}`));
  // Node's fetch does not trust Caddy's CA; the proxy is ready once it listens.
  const started = Date.now();
  while (!(await listening(port))) {
    if (Date.now() - started > 30_000) throw new Error('caddy did not start (is it installed?)');
    await new Promise((r) => setTimeout(r, 250));
  }
  return caddy;
}

async function lighthouse(url: string, outFile: string, headers?: Record<string, string>): Promise<Record<string, number>> {
  const args = [
    '--yes',
    `lighthouse@${VERSION}`,
    url,
    '--quiet',
    '--output=json',
    `--output-path=${outFile}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=--headless=new --no-sandbox --disable-gpu${PROXY ? ' --ignore-certificate-errors' : ''}`,
    ...(headers ? [`--extra-headers=${JSON.stringify(headers)}`] : []),
  ];
  await run('npx', args, { env: { ...process.env, CHROME_PATH: CHROME }, maxBuffer: 64 * 1024 * 1024 });
  const report = JSON.parse(await readFile(outFile, 'utf8')) as {
    categories: Record<string, { score: number }>;
    audits: Record<string, { numericValue?: number }>;
    environment?: { benchmarkIndex?: number };
  };
  return {
    ...Object.fromEntries(CATEGORIES.map((c) => [c, Math.round(report.categories[c]!.score * 100)])),
    ...Object.fromEntries(METRICS.map((m) => [m, report.audits[m]?.numericValue ?? Number.NaN])),
    benchmarkIndex: report.environment?.benchmarkIndex ?? Number.NaN,
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  if (!existsSync(path.join(ROOT, 'apps/web/dist/index.html'))) throw new Error('Run `pnpm build` first.');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'skranke-lighthouse-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const app = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'apps/api/src/server.ts')], {
    env: {
      ...process.env,
      SKRANKE_DATA_DIR: dir,
      SKRANKE_PG_PORT: String(await freePort()),
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: '',
    },
    stdio: 'ignore',
    detached: true,
  });
  let caddy: ReturnType<typeof spawn> | undefined;
  try {
    await waitReady(base, 180_000);
    const proxyPort = PROXY ? await freePort() : 0;
    if (PROXY) caddy = await startCaddy(dir, proxyPort, port);
    const pageBase = PROXY ? `https://localhost:${proxyPort}` : base;
    const pages = [
      { name: 'Sign-in (/login)', url: `${pageBase}/login`, user: undefined },
      { name: 'Counter screen (/skranke, anna)', url: `${pageBase}/skranke`, user: 'anna' },
      { name: 'Public booking (/tidsbestilling)', url: `${pageBase}/tidsbestilling`, user: undefined },
    ].filter((page) => !process.env.LIGHTHOUSE_ONLY || page.url.includes(process.env.LIGHTHOUSE_ONLY));
    // A fresh server answers its first requests slower (JIT, caches): warm each page before measuring.
    for (const page of pages) for (let i = 0; i < 3; i++) await fetch(`${base}${new URL(page.url).pathname}`).then((r) => r.arrayBuffer());
    const via = PROXY ? 'through Caddy (the repository Caddyfile: HTTPS, HTTP/2)' : 'straight from the API (HTTP/1.1)';
    console.log(`Lighthouse ${VERSION}, mobile (simulated throttling), ${via}, median of ${RUNS} runs, ${new Date().toISOString()}\n`);
    console.log('| page | performance | accessibility | best practices | FCP | LCP | TBT | CLS | speed index | host benchmark index |');
    console.log('|---|---|---|---|---|---|---|---|---|---|');
    for (const page of pages) {
      const scores: Array<Record<string, number>> = [];
      for (let i = 0; i < RUNS; i++) {
        const headers = page.user ? { Cookie: await refreshCookie(base, page.user) } : undefined;
        scores.push(await lighthouse(page.url, path.join(dir, `lh-${i}.json`), headers));
      }
      const m = (c: string) => median(scores.map((s) => s[c]!));
      const ms = (c: string) => `${(m(c) / 1000).toFixed(1).replace('.', ',')} s`;
      console.log(
        `| ${page.name} | ${m('performance')} | ${m('accessibility')} | ${m('best-practices')} | ${ms('first-contentful-paint')} | ` +
          `${ms('largest-contentful-paint')} | ${Math.round(m('total-blocking-time'))} ms | ${m('cumulative-layout-shift').toFixed(3)} | ${ms('speed-index')} | ${Math.round(m('benchmarkIndex'))} |`,
      );
    }
  } finally {
    if (caddy?.pid) process.kill(-caddy.pid, 'SIGTERM');
    process.kill(-app.pid!, 'SIGINT');
    await new Promise((r) => setTimeout(r, 3000));
    if (!process.env.LIGHTHOUSE_KEEP) await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
