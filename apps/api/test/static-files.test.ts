import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, type TestContext } from './helpers.ts';

// The SPA's files: precompressed when the browser accepts it, hashed assets cached for a year, index.html revalidated.
let ctx: TestContext;
let webRoot: string;
const html = `<!doctype html><title>Skranke</title>${'<p>x</p>'.repeat(300)}`;
const publicHtml = `<!doctype html><title>Tidsbestilling</title>${'<p>y</p>'.repeat(300)}`;
const js = `console.log(${JSON.stringify('skranke'.repeat(800))});`;

beforeAll(async () => {
  webRoot = await mkdtemp(path.join(os.tmpdir(), 'skranke-webroot-'));
  await mkdir(path.join(webRoot, 'assets'));
  const files = { 'index.html': html, 'public.html': publicHtml, 'assets/index-Ab12Cd.js': js };
  for (const [name, content] of Object.entries(files)) {
    await writeFile(path.join(webRoot, name), content);
    await writeFile(path.join(webRoot, `${name}.br`), brotliCompressSync(content));
    await writeFile(path.join(webRoot, `${name}.gz`), gzipSync(content));
  }
  ctx = await build({ webRoot });
});
afterAll(async () => {
  await ctx.close();
  await rm(webRoot, { recursive: true, force: true });
});

describe('static files', () => {
  it('a hashed asset goes out brotli-compressed with immutable caching', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/assets/index-Ab12Cd.js',
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
    expect(String(response.headers['content-type'])).toMatch(/javascript/);
    expect(brotliDecompressSync(response.rawPayload).toString()).toBe(js);
  });

  it('gzip for a client without brotli, the plain file for one that accepts neither', async () => {
    const gz = await ctx.app.inject({ method: 'GET', url: '/assets/index-Ab12Cd.js', headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await ctx.app.inject({ method: 'GET', url: '/assets/index-Ab12Cd.js', headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(js);
  });

  it('index.html, also as the fallback of a client-side route, is revalidated on every load', async () => {
    for (const url of ['/index.html', '/skranke', '/koeoversigt']) {
      const response = await ctx.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br' } });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(String(response.headers['content-type']), url).toMatch(/text\/html/);
    }
  });

  it("the citizens' pages load the small public entry (public.html), revalidated like index.html", async () => {
    const publicPages = ['/public.html', '/tidsbestilling', '/tidsbestilling/', '/tidsbestilling/min-tid', '/billet/Ab3_x-9?ref=qr'];
    for (const url of publicPages) {
      const response = await ctx.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'identity' } });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('no-cache');
      expect(String(response.headers['content-type']), url).toMatch(/text\/html/);
      expect(response.body, url).toBe(publicHtml);
    }
    // Only those paths: a staff page with a similar name, and /billet without a token, load the staff SPA.
    for (const url of ['/tidsbestillinger', '/billetter', '/billet', '/skranke/tidsbestilling']) {
      const response = await ctx.app.inject({ method: 'GET', url, headers: { 'accept-encoding': 'identity' } });
      expect(response.body, url).toBe(html);
    }
  });
});
