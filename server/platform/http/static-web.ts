import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { App } from './types.js';
import { projectPath } from '../paths.js';

export const WEB_DIST = projectPath('web/dist');

const A_YEAR = 365 * 24 * 3600;

/**
 * Build output under /assets/ carries its content hash in its name, so a browser keeps it for a year without
 * asking again; the pages and anything else unhashed (index.html, the favicon) are revalidated on each visit,
 * so a new build is seen at once (issue #10).
 */
export function cacheControlFor(filePath: string): string {
  return /(^|[\\/])assets[\\/]/.test(filePath) ? `public, max-age=${A_YEAR}, immutable` : 'no-cache';
}

/**
 * Serves files under web/dist as they are now (wildcard: a rebuild needs no restart), the admin app at / and
 * the portal at /portal (SPA fallbacks); API misses stay JSON 404s. The build writes a .br and a .gz beside
 * each text file (vite.config.ts): the one the browser accepts is sent, none is compressed per request.
 */
export async function registerStaticWeb(app: App, serveWeb: boolean, root = WEB_DIST): Promise<void> {
  const hasWeb = serveWeb && existsSync(path.join(root, 'index.html'));
  if (hasWeb)
    await app.register(fastifyStatic, {
      root,
      prefix: '/',
      wildcard: true,
      index: 'index.html',
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply, filePath) => reply.header('cache-control', cacheControlFor(filePath)),
    });
  const portalHtml = ['portal.html', 'portal/index.html'].find((f) => existsSync(path.join(root, f)));
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    if (!hasWeb || url.startsWith('/api/') || path.extname(url)) {
      return reply
        .status(404)
        .send({ error: { code: 'NOT_FOUND', message: `没有这个地址：${request.method} ${url}` } });
    }
    const page =
      url === '/portal' || url.startsWith('/portal/') ? (portalHtml ?? 'index.html') : 'index.html';
    return reply.type('text/html').sendFile(page);
  });
}
