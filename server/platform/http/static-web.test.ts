import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControlFor, registerStaticWeb } from './static-web.js';
import type { App } from './types.js';

let dist: string;
let app: App;
const SCRIPT = `console.log(${JSON.stringify('法治'.repeat(2000))});`;
const YEAR = 'public, max-age=31536000, immutable';

/** A build as vite.config.ts leaves it: hashed assets with their .br and .gz, the two pages, the favicon. */
beforeAll(async () => {
  dist = mkdtempSync(path.join(tmpdir(), 'fazhi-dist-'));
  mkdirSync(path.join(dist, 'assets'));
  mkdirSync(path.join(dist, 'portal'));
  writeFileSync(path.join(dist, 'index.html'), '<title>admin</title>');
  writeFileSync(path.join(dist, 'portal/index.html'), '<title>portal</title>');
  writeFileSync(path.join(dist, 'favicon.svg'), '<svg/>');
  const asset = path.join(dist, 'assets/portal-Bx81kQ2a.js');
  writeFileSync(asset, SCRIPT);
  writeFileSync(`${asset}.br`, brotliCompressSync(SCRIPT));
  writeFileSync(`${asset}.gz`, gzipSync(SCRIPT));
  app = Fastify() as unknown as App;
  await registerStaticWeb(app, true, dist);
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  rmSync(dist, { recursive: true, force: true });
});

const get = (url: string, encoding?: string) =>
  app.inject({ url, headers: { accept: 'text/html', ...(encoding ? { 'accept-encoding': encoding } : {}) } });

describe('static web: compression and caching (issue #10)', () => {
  it('sends the brotli file to a browser that takes br, gzip to one that takes only gzip', async () => {
    const br = await get('/assets/portal-Bx81kQ2a.js', 'gzip, deflate, br');
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);
    expect(br.rawPayload.length).toBeLessThan(SCRIPT.length / 5);
    expect(br.headers.vary).toMatch(/accept-encoding/i);
    const gz = await get('/assets/portal-Bx81kQ2a.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(SCRIPT);
    const plain = await get('/assets/portal-Bx81kQ2a.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
  });

  it('caches hashed assets for a year, immutable, whatever the encoding', async () => {
    for (const encoding of ['br', 'gzip', undefined])
      expect((await get('/assets/portal-Bx81kQ2a.js', encoding)).headers['cache-control']).toBe(YEAR);
  });

  it('has the pages and the favicon revalidated, the portal deep links included', async () => {
    for (const url of ['/', '/portal/powers', '/favicon.svg']) {
      const res = await get(url, 'br');
      expect(res.statusCode).toBe(200);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
    expect((await get('/portal/powers')).body).toBe('<title>portal</title>');
  });

  it('reads "assets" only as a folder of the build', () => {
    expect(cacheControlFor('/srv/web/dist/assets/antd-C1.js')).toBe(YEAR);
    expect(cacheControlFor('assets/antd-C1.js.br')).toBe(YEAR);
    expect(cacheControlFor('/srv/web/dist/index.html')).toBe('no-cache');
    expect(cacheControlFor('/srv/web/dist/my-assets.txt')).toBe('no-cache');
  });
});
