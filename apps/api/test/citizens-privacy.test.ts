import { PassThrough } from 'node:stream';
import { schema } from '@skranke/db';
import { DEMO, DEMO_PERSONS } from '@skranke/db/seed';
import { ageOn, parseCpr, passesModulus11, serviceDay } from '@skranke/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, injectAs, login, type TestContext } from './helpers.ts';

let ctx: TestContext;
let logs = '';

beforeAll(async () => {
  const stream = new PassThrough();
  stream.on('data', (chunk) => (logs += chunk.toString()));
  ctx = await build({ logger: stream, logLevel: 'debug' });
});
afterAll(() => ctx.close());

describe('CPR numbers stay out of URLs', () => {
  it('no route of the API takes a CPR number in its path or query', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const paths = doc.paths as Record<
      string,
      Record<string, { operationId: string; tags?: string[]; parameters?: Array<{ name: string; in: string }> }>
    >;
    for (const [path, methods] of Object.entries(paths)) {
      // Path templates such as /citizens/{cpr}; the literal segment in /reveal-cpr is fine.
      expect(path).not.toMatch(/\{[^}]*cpr[^}]*\}/i);
      for (const op of Object.values(methods)) {
        for (const parameter of op.parameters ?? []) expect(parameter.name, `${path} ${parameter.in}`).not.toMatch(/cpr/i);
      }
    }
    const citizenOps = Object.values(paths)
      .flatMap((methods) => Object.values(methods))
      .filter((op) => op.tags?.includes('citizens'))
      .map((op) => op.operationId)
      .sort();
    expect(citizenOps).toEqual([
      'endAddressProtection',
      'exportCitizenAccessLogCsv',
      'exportCitizenAccessLogPdf',
      'getCitizen',
      'getCitizenAccessLog',
      'getCitizenOverview',
      'getCitizenProtections',
      'listExpiringAddressProtections',
      'lookupCitizen',
      'registerAddressProtection',
      'registerRobinson',
      'revealCitizenCpr',
      'revokeRobinson',
    ]);
  });
});

describe('logs', () => {
  it('never hold a CPR number, not even masked by the last-line filter', async () => {
    const asAnna = injectAs(ctx.app, await login(ctx.app, 'anna'));
    const asLars = injectAs(ctx.app, await login(ctx.app, 'lars'));
    const { id, cpr } = DEMO_PERSONS.protectedAddress;
    await asAnna({ method: 'POST', url: '/api/citizens/lookup', payload: { cpr, purpose: 'pas' } });
    await asAnna({ method: 'POST', url: '/api/citizens/lookup', payload: { cpr: '010190-1234', purpose: 'pas' } });
    await asAnna({ method: 'POST', url: '/api/citizens/lookup', payload: { cpr: '310490-1234', purpose: 'pas' } });
    await asAnna({ method: 'POST', url: '/api/citizens/lookup', payload: { cpr, purpose: 'andet' } });
    await asAnna({ method: 'GET', url: `/api/citizens/${id}?purpose=pas` });
    await asAnna({ method: 'POST', url: `/api/citizens/${id}/reveal-cpr`, payload: { purpose: 'pas' } });
    await asLars({ method: 'GET', url: `/api/citizens/${id}/access-log` });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(logs).toContain('/api/citizens/lookup');
    expect(logs).not.toMatch(new RegExp(`${cpr}|${cpr.slice(0, 6)}-${cpr.slice(6)}|0101901234|010190-1234|310490-1234`));
    // The log filter would show [CPR] had anything CPR-shaped reached a log line: nothing did. (The request id is
    // left out: the filter also masks a random uuid's run of ten digits, about one id in a hundred.)
    const lines = logs
      .trim()
      .split('\n')
      .map((line) => {
        const { reqId: _reqId, ...rest } = JSON.parse(line) as Record<string, unknown>;
        return JSON.stringify(rest);
      });
    expect(lines.filter((line) => line.includes('[CPR]'))).toEqual([]);
    expect(logs).not.toMatch(/Trøjborgvej/);
  });
});

describe('the local person register (demo residents)', () => {
  it('holds at least 200 residents in both municipalities, every one with a valid CPR number', async () => {
    const rows = await ctx.app.db.select().from(schema.persons);
    expect(rows.length).toBeGreaterThanOrEqual(200);
    expect(rows.filter((r) => r.municipalityId === DEMO.aarhus.id).length).toBeGreaterThanOrEqual(100);
    expect(rows.filter((r) => r.municipalityId === DEMO.vejle.id).length).toBeGreaterThanOrEqual(60);
    const births = rows.map((r) => {
      const parsed = parseCpr(r.cpr);
      expect(parsed.ok, r.id).toBe(true);
      return parsed.ok ? parsed.cpr.birthDate : '';
    });
    expect(births.filter((b) => b >= '1958-01-01' && b <= '1963-12-31').length).toBeGreaterThanOrEqual(5);
    const today = serviceDay(new Date());
    expect(births.filter((b) => ageOn(b, today) < 18).length).toBeGreaterThanOrEqual(20);
  });

  it('covers the cases the look-up must handle', async () => {
    expect(passesModulus11(DEMO_PERSONS.modulus11Failing.cpr)).toBe(false);
    const substitute = parseCpr(DEMO_PERSONS.substituteNumber.cpr);
    expect(substitute.ok && substitute.cpr.substitute).toBe(true);
    const rows = await ctx.app.db.select().from(schema.persons);
    const statuses = new Set(rows.map((r) => r.status));
    expect([...statuses].sort()).toEqual(['active', 'emigrated', 'no_fixed_address']);
    expect(rows.filter((r) => r.addressProtected).length).toBeGreaterThanOrEqual(1);
    const links = await ctx.app.db.select().from(schema.custody);
    const holdersPerChild = new Map<string, number>();
    for (const link of links) holdersPerChild.set(link.childId, (holdersPerChild.get(link.childId) ?? 0) + 1);
    expect([...holdersPerChild.values()]).toEqual(expect.arrayContaining([1, 2]));
    expect(new Set(rows.map((r) => r.postcode)).size).toBeGreaterThanOrEqual(30);
  });
});
