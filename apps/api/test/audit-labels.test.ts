import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { AUDIT_ACTION_LABELS, AUDIT_PURPOSE_LABELS, CaseType, CITIZEN_PURPOSES } from '@skranke/contracts';
import { describe, expect, it } from 'vitest';

/**
 * Every audit action and purpose the API records is read by people (the audit search, the citizen's page, the log
 * extract), so each needs a Danish and an English label. The codes are collected from the API's source, the only
 * place they are written, so a new one without a label fails here.
 */
const SRC = path.resolve(import.meta.dirname, '../src');
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(path.join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
        ? [path.join(dir, e.name)]
        : [],
  );
const sources = files(SRC).map((file) => ({ file: path.relative(SRC, file), text: readFileSync(file, 'utf8') }));

/** `export const NAME = 'value'` anywhere in the API. */
const constants = new Map(
  sources.flatMap(({ text }) => [...text.matchAll(/\bconst ([A-Z][A-Z0-9_]*) = '([^']+)'/g)].map((m) => [m[1]!, m[2]!] as const)),
);

/** What follows `key:` up to the next key or the end of the object or line. */
const valuesOf = (key: string) =>
  sources.flatMap(({ file, text }) =>
    [...text.matchAll(new RegExp(`\\b${key}: ([^\\n]*)`, 'g'))].map((m) => ({ file, expression: m[1]!.split(/[,}]/)[0]!.trim() })),
  );
const literals = (expression: string) => [...expression.matchAll(/(['`])([^'`]*)\1/g)].map((m) => m[2]!);

const ACTION = /^[a-z][a-z-]*(\.[a-z][a-z-]*|\.\$\{[a-zA-Z]+\})+$/;

function recordedActions(): string[] {
  const found = new Set<string>();
  for (const { expression } of valuesOf('action')) {
    for (const literal of literals(expression)) if (ACTION.test(literal)) found.add(literal);
    const constant = /^[A-Z][A-Z0-9_]*$/.test(expression) ? constants.get(expression) : undefined;
    if (constant) found.add(constant);
  }
  // The audit helpers that take the action as an argument: audit(tx, staff, row, 'case.read'), auditConfig(tx, actor, 'config.…').
  for (const { text } of sources) {
    for (const call of text.matchAll(/\baudit\w*\(([^)]*)/g))
      for (const literal of literals(call[1]!)) if (ACTION.test(literal)) found.add(literal);
  }
  return [...found].sort();
}

/** Where a purpose is not written as a code but passed on: from a validated request, the case type, or a record read back. */
const PASSED_ON: Record<string, () => string[]> = {
  'input.purpose': () => [...CITIZEN_PURPOSES],
  'row.type': () => CaseType.anyOf.map((t) => t.const),
  // A representative checked in a case step: the case type (floor/representative-check.ts).
  'check.auditPurpose': () => CaseType.anyOf.map((t) => t.const),
  'audit.purpose': () => [],
  'entry.purpose ?? null': () => [],
  'row.purpose': () => [],
  'auditEvents.purpose': () => [],
};

function recordedPurposes(): { purposes: string[]; unknown: string[] } {
  const purposes = new Set<string>();
  const unknown: string[] = [];
  for (const { file, expression } of valuesOf('purpose')) {
    if (/^(string\b|the |Type\.)/.test(expression)) continue; // a type or prose, not a value
    const [literal] = literals(expression);
    if (literal !== undefined) purposes.add(literal);
    else if (constants.has(expression)) purposes.add(constants.get(expression)!);
    else if (expression in PASSED_ON) PASSED_ON[expression]!().forEach((p) => purposes.add(p));
    else unknown.push(`${file}: purpose: ${expression}`);
  }
  return { purposes: [...purposes].sort(), unknown };
}

const labelled = (table: Record<string, { da: string; en: string }>, code: string) => {
  const label = table[code];
  return Boolean(label?.da.trim() && label.en.trim());
};

describe('audit labels', () => {
  it('finds the actions the API records (the scan works)', () => {
    const actions = recordedActions();
    expect(actions).toEqual(
      expect.arrayContaining([
        'auth.login',
        'case.start',
        'citizen.lookup',
        'audit.retention',
        'admin.fee-table.create',
        'config.rules.update',
      ]),
    );
  });

  it('every action the API records has a Danish and an English label', () => {
    const unlabelled = recordedActions().filter((action) =>
      action.includes('${')
        ? !Object.keys(AUDIT_ACTION_LABELS).some((code) =>
            new RegExp(`^${action.replace(/\$\{\w+\}/g, '[a-z-]+').replaceAll('.', '\\.')}$`).test(code),
          )
        : !labelled(AUDIT_ACTION_LABELS, action),
    );
    expect(unlabelled).toEqual([]);
  });

  it('every purpose the API records has a Danish and an English label', () => {
    const { purposes, unknown } = recordedPurposes();
    expect(unknown, 'a purpose written in a form this test does not know: add it to PASSED_ON or write the code').toEqual([]);
    expect(purposes).toEqual(expect.arrayContaining(['pas', 'passport', 'self_service_exemption', 'case_list', 'indsigt']));
    expect(purposes.filter((p) => !labelled(AUDIT_PURPOSE_LABELS, p))).toEqual([]);
  });
});
