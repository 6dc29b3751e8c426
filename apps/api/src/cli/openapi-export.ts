/**
 * `pnpm openapi:export <file>`: writes the OpenAPI document of every route (what `/api/openapi.json` serves) to a file,
 * without a database: the app is built against an address where nothing listens, and never asked to reach it.
 */
import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { buildApp } from '../app.ts';

const target = process.argv[2];
if (!target) {
  console.error('Brug: pnpm openapi:export <fil>');
  process.exit(2);
}

const app = await buildApp({
  databaseUrl: 'postgres://openapi-export@127.0.0.1:1/none',
  jwtSecret: randomBytes(32).toString('hex'),
  logger: false,
});
try {
  await app.ready();
  const document = JSON.stringify(app.swagger(), null, 2);
  // Relative to where the command was typed (pnpm runs root scripts from the workspace root).
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), target);
  await writeFile(file, `${document}\n`);
  console.log(`${file}: ${Buffer.byteLength(document)} bytes`);
} finally {
  await app.close();
}
