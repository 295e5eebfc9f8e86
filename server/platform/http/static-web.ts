import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { App } from './types.js';

export const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

/**
 * Serves files under web/dist as they are now (wildcard: a rebuild needs no restart), the admin app at / and the portal at /portal (SPA fallbacks); API misses stay JSON 404s. */
export async function registerStaticWeb(app: App, serveWeb: boolean): Promise<void> {
  const hasWeb = serveWeb && existsSync(path.join(WEB_DIST, 'index.html'));
  if (hasWeb)
    await app.register(fastifyStatic, { root: WEB_DIST, prefix: '/', wildcard: true, index: 'index.html' });
  const portalHtml = ['portal.html', 'portal/index.html'].find((f) => existsSync(path.join(WEB_DIST, f)));
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
