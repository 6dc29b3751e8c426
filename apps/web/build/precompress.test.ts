import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressDirectory } from './precompress.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'skranke-precompress-'));
  await mkdir(path.join(dir, 'assets'));
  await writeFile(path.join(dir, 'index.html'), `<!doctype html>${'<p>Skranke</p>'.repeat(200)}`);
  await writeFile(path.join(dir, 'assets/index-Ab12Cd.js'), `console.log(${JSON.stringify('x'.repeat(5000))});`);
  await writeFile(path.join(dir, 'assets/tiny-Ef34.js'), 'export {};');
  await writeFile(path.join(dir, 'assets/logo-Gh56.png'), Buffer.alloc(4096, 1));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('precompressDirectory', () => {
  it('writes brotli and gzip copies of text assets that decompress to the original, and skips tiny and binary files', async () => {
    expect(await precompressDirectory(dir)).toBe(4);
    for (const file of ['index.html', 'assets/index-Ab12Cd.js']) {
      const original = await readFile(path.join(dir, file));
      expect(brotliDecompressSync(await readFile(path.join(dir, `${file}.br`)))).toEqual(original);
      expect(gunzipSync(await readFile(path.join(dir, `${file}.gz`)))).toEqual(original);
      expect((await readFile(path.join(dir, `${file}.br`))).length).toBeLessThan(original.length / 4);
    }
    expect(existsSync(path.join(dir, 'assets/tiny-Ef34.js.br'))).toBe(false);
    expect(existsSync(path.join(dir, 'assets/logo-Gh56.png.br'))).toBe(false);
  });
});
