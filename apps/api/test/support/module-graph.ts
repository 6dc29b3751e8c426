/**
 * The API's folder-level import graph: which layer or feature each file of apps/api/src belongs to, and which of
 * them import which. module-layers.test.ts holds the rules; run this file to see the graph:
 *   cd apps/api && npx tsx test/support/module-graph.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../../src');

/**
 * `modules/<feature>` for a feature; `floor` for src/floor (audit, registers, documents, Staff); `plugins` for the
 * Fastify plugins; `root` for what wires the app together (app.ts, server.ts, cli/); `core` for the other files
 * at the top of src (errors, operation, http, config).
 */
export function unitOf(file: string): string {
  const [top, second] = relative(SRC, file).split('/');
  if (top === 'modules') return `modules/${second}`;
  if (top === 'floor' || top === 'plugins') return top;
  if (top === 'cli' || top === 'app.ts' || top === 'server.ts') return 'root';
  return 'core';
}

export const isFeature = (unit: string) => unit.startsWith('modules/');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)'(\.{1,2}\/[^']+)'/gm;

export interface Import {
  from: string;
  to: string;
  /** Paths relative to src. */
  file: string;
  target: string;
}

/** Every relative import inside src, one entry per import statement. */
export function fileImports(): Import[] {
  return sourceFiles(SRC).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(SPECIFIER)].flatMap((match) => {
      const target = resolve(dirname(file), match[1]!);
      if (relative(SRC, target).startsWith('..')) return [];
      return [{ from: unitOf(file), to: unitOf(target), file: relative(SRC, file), target: relative(SRC, target) }];
    }),
  );
}

/** Every relative import between two different units. */
export const crossUnitImports = () => fileImports().filter((i) => i.from !== i.to);

/**
 * Imports between two sub-folders of one feature (say cases/mitid/ and cases/digital-post/): a case type borrowing
 * another's helpers rather than the feature's own or the floor's.
 */
export const siblingImports = () =>
  fileImports().filter((i) => {
    const [top, feature, fromSub, ...fromRest] = i.file.split('/');
    const [, targetFeature, toSub, ...toRest] = i.target.split('/');
    return top === 'modules' && feature === targetFeature && fromRest.length > 0 && toRest.length > 0 && fromSub !== toSub;
  });

/** Unit-to-unit edges with how many imports each stands for, as `from -> to`. */
export function edges(imports: Import[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const i of imports) counts.set(`${i.from} -> ${i.to}`, (counts.get(`${i.from} -> ${i.to}`) ?? 0) + 1);
  return counts;
}

/** The strongly connected groups (more than one unit) of the graph: each is a cycle or several. Tarjan's algorithm. */
export function cycles(imports: Import[], keep: (unit: string) => boolean = () => true): string[][] {
  const next = new Map<string, Set<string>>();
  for (const i of imports) {
    if (!keep(i.from) || !keep(i.to)) continue;
    if (!next.has(i.from)) next.set(i.from, new Set());
    if (!next.has(i.to)) next.set(i.to, new Set());
    next.get(i.from)!.add(i.to);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (unit: string) => {
    index.set(unit, index.size);
    low.set(unit, index.get(unit)!);
    stack.push(unit);
    onStack.add(unit);
    for (const to of next.get(unit)!) {
      if (!index.has(to)) {
        visit(to);
        low.set(unit, Math.min(low.get(unit)!, low.get(to)!));
      } else if (onStack.has(to)) {
        low.set(unit, Math.min(low.get(unit)!, index.get(to)!));
      }
    }
    if (low.get(unit) === index.get(unit)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== unit);
      if (group.length > 1) groups.push(group.sort());
    }
  };
  for (const unit of [...next.keys()].sort()) if (!index.has(unit)) visit(unit);
  return groups;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const imports = crossUnitImports();
  for (const [edge, count] of [...edges(imports)].sort()) console.log(`${edge} (${count})`);
  const featureCycles = cycles(imports, isFeature);
  console.log(
    featureCycles.length ? `\nFeature cycles:\n${featureCycles.map((g) => `  ${g.join(' <-> ')}`).join('\n')}` : '\nNo feature cycles.',
  );
}
