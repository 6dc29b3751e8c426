import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routesSource } from './generate-routes.ts';
import { operations as table, type InputOf, type Operation } from './index.ts';

const operations: Record<string, Operation> = table;

/**
 * Appointment operations (issue 12) added while their API is being written; their errors are traced when it is done.
 * Shrink-only: an operation that declares its errors must be taken off, and no new one may be added.
 */
const ERRORS_NOT_YET_TRACED = ['listNotificationOutbox'];

describe('the operation table', () => {
  it('names each operation by its key, once', () => {
    for (const [key, op] of Object.entries(operations)) expect(op.operationId).toBe(key);
  });

  it('has one operation per method and path', () => {
    const seen = new Set<string>();
    for (const op of Object.values(operations)) {
      const route = `${op.method} ${op.path}`;
      expect(seen.has(route), route).toBe(false);
      seen.add(route);
    }
  });

  it('declares every path parameter in its params schema, and nothing else', () => {
    for (const op of Object.values(operations)) {
      const inPath = [...op.path.matchAll(/:(\w+)/g)].map((m) => m[1]).sort();
      const declared = Object.keys((op.params as { properties?: object } | undefined)?.properties ?? {}).sort();
      expect(declared, op.operationId).toEqual(inPath);
    }
  });

  it('declares the problem codes each operation answers with (errors: [] when only the common ones)', () => {
    const undeclared = Object.values(operations)
      .filter((op) => !Array.isArray(op.errors))
      .map((op) => op.operationId);
    expect(undeclared.sort(), 'operations without an errors list').toEqual([...ERRORS_NOT_YET_TRACED].sort());
    for (const op of Object.values(operations)) {
      const errors = op.errors ?? [];
      for (const code of errors) expect(code, op.operationId).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(new Set(errors).size, `${op.operationId} lists a code twice`).toBe(errors.length);
    }
  });

  it('lets a caller leave out a property the API fills in from its default, and only such a property', () => {
    const today: InputOf<typeof table.getTodayStatistics> = { query: {} };
    const auditPage: InputOf<typeof table.searchAuditEvents> = { query: { action: 'citizen.' } };
    // @ts-expect-error: a required property without a default stays required
    const period: InputOf<typeof table.getStaffingByHour> = { query: { from: '2026-12-01' } };
    expect(table.getTodayStatistics.query.properties.weeks.default).toBe(8);
    expect(table.searchAuditEvents.query.properties.limit.default).toBe(100);
    expect([today, auditPage, period]).toHaveLength(3);
  });

  it('has a current routes.gen.ts (run `pnpm contracts:routes` after changing an operation)', () => {
    expect(readFileSync(new URL('./routes.gen.ts', import.meta.url), 'utf8')).toBe(routesSource());
  });
});
