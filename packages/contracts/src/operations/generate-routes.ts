import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { operations } from './index.ts';

/** The text of routes.gen.ts: method and path per operationId, no schemas (so the SPA's bundle stays small). */
export function routesSource(): string {
  const lines = Object.entries(operations)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, op]) => `  ${id}: { method: '${op.method}', path: '${op.path}' },`);
  return [
    '// Generated from packages/contracts/src/operations by `pnpm contracts:routes`; do not edit.',
    "import type { OperationRoute } from './define.ts';",
    '',
    'export const ROUTES = {',
    ...lines,
    '} as const satisfies Record<string, OperationRoute>;',
    '',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL('./routes.gen.ts', import.meta.url), routesSource());
}
