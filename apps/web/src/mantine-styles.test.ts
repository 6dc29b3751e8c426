import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The app loads only the stylesheets of the Mantine components it uses (src/mantine-styles.ts). A component imported
// without its stylesheet renders unstyled, which no other test would notice: this one derives the list from the code.
const SRC = path.dirname(import.meta.filename ?? __filename);
const MANTINE = path.join(SRC, '../node_modules/@mantine/core/');
const COMPONENTS = path.join(MANTINE, 'esm/components');

const read = (file: string) => readFileSync(file, 'utf8');
const hasStylesheet = (component: string) => existsSync(path.join(MANTINE, 'styles', `${component}.css`));

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, keep);
    return keep(entry.name) ? [full] : [];
  });
}

/** Every name @mantine/core exports from a component folder, mapped to that folder (`Select` → Select, …). */
function exportOwners(): Map<string, string> {
  const owners = new Map<string, string>();
  for (const component of readdirSync(COMPONENTS)) {
    for (const file of filesUnder(path.join(COMPONENTS, component), (name) => name.endsWith('.mjs'))) {
      for (const match of read(file).matchAll(/export \{([^}]*)\}/g)) {
        for (const part of match[1]!.split(',')) {
          const name = part.trim().split(' as ').pop()!.trim();
          if (name && !owners.has(name)) owners.set(name, component);
        }
      }
    }
  }
  return owners;
}

/** The component folders (and shared utils with styles, e.g. InlineInput) that a component's code imports. */
function usesOf(component: string): string[] {
  const used = new Set<string>();
  for (const file of filesUnder(path.join(COMPONENTS, component), (name) => name.endsWith('.mjs'))) {
    for (const match of read(file).matchAll(/from '\.\.\/(?:\.\.\/utils\/)?([A-Za-z]+)\//g)) used.add(match[1]!);
  }
  return [...used];
}

function importedByApp(owners: Map<string, string>): Set<string> {
  const components = new Set<string>();
  const sources = filesUnder(SRC, (name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name));
  for (const file of sources) {
    for (const match of read(file).matchAll(/import\s*\{([^}]*)\}\s*from\s*'@mantine\/core'/g)) {
      for (const part of match[1]!.split(',')) {
        const name = part.trim();
        if (!name || name.startsWith('type ')) continue;
        const owner = owners.get(name.split(' as ')[0]!.trim());
        if (owner) components.add(owner);
      }
    }
  }
  return components;
}

function needed(): string[] {
  const seen = new Set<string>();
  const queue = [...importedByApp(exportOwners())];
  while (queue.length > 0) {
    const component = queue.pop()!;
    if (seen.has(component)) continue;
    seen.add(component);
    if (existsSync(path.join(COMPONENTS, component))) queue.push(...usesOf(component));
  }
  // A component's sub-parts with stylesheets of their own (Checkbox → CheckboxIndicator, Radio → RadioIndicator).
  const all = readdirSync(path.join(MANTINE, 'styles'))
    .filter((file) => file.endsWith('.css') && !file.endsWith('.layer.css'))
    .map((file) => file.slice(0, -'.css'.length));
  for (const sheet of all) if ([...seen].some((c) => sheet.startsWith(`${c}Indicator`))) seen.add(sheet);
  return [...seen].filter(hasStylesheet).sort();
}

const GLOBAL_SHEETS = ['baseline', 'default-css-variables', 'global'];

const loaded = () =>
  [...read(path.join(SRC, 'mantine-styles.ts')).matchAll(/^import '@mantine\/core\/styles\/([A-Za-z-]+)\.css';$/gm)].map(
    (match) => match[1]!,
  );

describe('the Mantine stylesheets the app loads', () => {
  it('include every component the app uses, and the components those are built from', () => {
    const missing = needed().filter((component) => !loaded().includes(component));
    expect(missing).toEqual([]);
  });

  it('name nothing else (a component the app stopped using takes its stylesheet with it)', () => {
    const extra = loaded().filter((sheet) => !GLOBAL_SHEETS.includes(sheet) && !needed().includes(sheet));
    expect(extra).toEqual([]);
  });

  it('start with the global styles, and name only stylesheets that exist', () => {
    expect(loaded().slice(0, 3)).toEqual(GLOBAL_SHEETS);
    expect(loaded().filter((sheet) => !hasStylesheet(sheet))).toEqual([]);
  });

  it('finds what it looks for (a Select needs the combobox, its input and the popover)', () => {
    const owners = exportOwners();
    expect(owners.get('Select')).toBe('Select');
    expect(usesOf('Select')).toEqual(expect.arrayContaining(['Combobox', 'InputBase']));
    expect(needed()).toEqual(expect.arrayContaining(['Combobox', 'Input', 'Popover', 'InlineInput', 'CheckboxIndicator']));
  });
});
