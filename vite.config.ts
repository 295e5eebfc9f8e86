import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'web');

type Next = () => void;

/** Deep links under /portal/… get the portal page (the admin page is Vite's own fallback), as the server does. */
function portalFallback(): Plugin {
  const rewrite = (req: IncomingMessage, _res: ServerResponse, next: Next) => {
    const url = req.url ?? '/';
    const pathname = url.split('?')[0] ?? '/';
    const isPage = (pathname === '/portal' || pathname.startsWith('/portal/')) && !path.extname(pathname);
    if (isPage && req.headers.accept?.includes('text/html')) req.url = '/portal/index.html';
    next();
  };
  return {
    name: 'fazhi-portal-fallback',
    configureServer: (server) => void server.middlewares.use(rewrite),
    configurePreviewServer: (server) => void server.middlewares.use(rewrite),
  };
}

const COMPRESSIBLE = /\.(js|css|html|svg|json|txt)$/;

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

/**
 * Writes a .br and a .gz beside each text file of the build, once, at the best ratio: the server sends the
 * one the browser accepts (@fastify/static preCompressed) and compresses nothing per request (issue #10).
 */
function precompress(): Plugin {
  return {
    name: 'fazhi-precompress',
    apply: 'build',
    closeBundle() {
      for (const file of filesUnder(path.join(root, 'dist')).filter((f) => COMPRESSIBLE.test(f))) {
        const content = readFileSync(file);
        if (content.length < 1024) continue;
        writeFileSync(`${file}.br`, brotliCompressSync(content, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }));
        writeFileSync(`${file}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

/** Code both apps load first: our shared web code (minus the chart wrapper) and the small libraries it uses. */
function isShared(id: string): boolean {
  if (/[\\/]web[\\/]common[\\/](echarts\.ts|components[\\/]EChart\.tsx)$/.test(id)) return false;
  return /[\\/]web[\\/]common[\\/]|node_modules[\\/](@tanstack|dayjs)[\\/]/.test(id);
}

/**
 * Libraries that get their own long-cached chunk (antd alone is large). Other libraries are left to the
 * automatic split, so e.g. js-yaml loads only with the calendar page and echarts only where a chart is drawn.
 */
const VENDOR_GROUPS: { name: string; test: RegExp | ((id: string) => boolean); priority: number }[] = [
  { name: 'echarts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 30 },
  { name: 'antd-icons', test: /node_modules[\\/]@ant-design[\\/]icons/, priority: 25 },
  { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[^\\/]+)[\\/]/, priority: 20 },
  { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/, priority: 15 },
  { name: 'shared', test: isShared, priority: 5 },
];

export default defineConfig({
  root,
  plugins: [react(), portalFallback(), precompress()],
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  preview: {
    port: 4173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: path.join(root, 'dist'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: {
        admin: path.join(root, 'index.html'),
        portal: path.join(root, 'portal/index.html'),
      },
      output: { codeSplitting: { groups: VENDOR_GROUPS } },
    },
  },
});
