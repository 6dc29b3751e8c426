import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routesSource } from './generate-routes.ts';
import { operations as table, type Operation } from './index.ts';

const operations: Record<string, Operation> = table;

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

  it('has a current routes.gen.ts (run `pnpm contracts:routes` after changing an operation)', () => {
    expect(readFileSync(new URL('./routes.gen.ts', import.meta.url), 'utf8')).toBe(routesSource());
  });
});
