import { commonProblemCodes, operations, type Operation } from '@skranke/contracts/operations';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SRC } from './support/module-graph.ts';

/**
 * The contract's `errors` lists against the problems the API throws: every code a service or handler throws is one an
 * operation declares (or a common one), and every declared code is one the API has. Read from the source, as the
 * layer test reads imports: a code is thrown by `conflict('…')`, `badRequest('…')`, `takenConflict('…')`,
 * `invalidConfig(…, '…')` or a problem built with its status, `(409, '…')`.
 */

/** Thrown by code no request reaches, each with its reason. */
const UNREACHABLE: Record<string, string> = {
  'not-stepwise': 'a revocation case is created completed (revokeDigitalPostExemption) and cannot be started as a draft',
};

const THROWN = /(?:\b(?:conflict|badRequest|takenConflict)\(\s*|\(\s*\d{3},\s*|\binvalidConfig\([^()]*,\s*)'([a-z0-9]+(?:-[a-z0-9]+)*)'/g;

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

const source = sources(SRC).join('\n');
const thrown = new Set([...source.matchAll(THROWN)].map((m) => m[1]!));
const declared = new Set(Object.values(operations as Record<string, Operation>).flatMap((op) => op.errors ?? []));
const common = new Set<string>(commonProblemCodes);

describe("the operations' problem codes", () => {
  it('are read from the source (the pattern still finds the throws)', () => {
    expect(thrown.size).toBeGreaterThan(50);
    expect(thrown).toContain('stale-version');
  });

  it('declare every code the API throws on some operation (or it is a common one)', () => {
    const undeclared = [...thrown].filter((code) => !declared.has(code) && !common.has(code) && !(code in UNREACHABLE));
    expect(undeclared.sort()).toEqual([]);
  });

  it('name only codes the API has', () => {
    const unknown = [...declared].filter((code) => !source.includes(`'${code}'`));
    expect(unknown.sort()).toEqual([]);
  });

  it('keep the unreachable list current', () => {
    for (const code of Object.keys(UNREACHABLE)) {
      expect(thrown, code).toContain(code);
      expect(declared, code).not.toContain(code);
    }
  });
});
