import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const API_DIR = fileURLToPath(new URL('..', import.meta.url));

/** Starts server.ts with only the given variables (and PATH); resolves with its exit code and output. */
function start(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
      cwd: API_DIR,
      env: { PATH: process.env.PATH ?? '', ...env },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('a start with a bad variable', () => {
  it('stops before touching any database and names every bad variable in Danish and English', async () => {
    const { code, output } = await start({
      NODE_ENV: 'prod',
      SKRANKE_COOKIE_SECURE: 'yes',
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
    });
    expect(code).toBe(1);
    expect(output).toContain(
      'NODE_ENV="prod": skal være en af development, production, test / must be one of development, production, test',
    );
    expect(output).toContain('SKRANKE_COOKIE_SECURE="yes": skal være true eller false (1 eller 0) / must be true or false (1 or 0)');
    expect(output).not.toContain('migreret');
  });

  it('refuses a production start whose refresh cookie would not be Secure', async () => {
    const { code, output } = await start({
      NODE_ENV: 'production',
      SKRANKE_COOKIE_SECURE: 'false',
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
    });
    expect(code).toBe(1);
    expect(output).toContain('SKRANKE_COOKIE_SECURE=false: ikke tilladt når NODE_ENV=production');
  });
});
