// Compiles the server (server/main.ts, server/cli.ts) to JavaScript bundles in dist/server with esbuild: npm
// packages stay external (node_modules), our TypeScript becomes one file per entry. `npm start` runs the
// bundle instead of transpiling ~1 000 files through tsx at every start (issue #18). Skipped when the bundles
// are newer than every source file; `--force` rebuilds.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'dist/server');
const entries = ['server/main.ts', 'server/cli.ts'];

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** True when a bundle is missing or older than a file of server/ or common/ (or this script). */
export function serverBuildIsStale() {
  const outputs = entries.map((e) => path.join(outdir, `${path.basename(e, '.ts')}.mjs`));
  if (!outputs.every(existsSync)) return true;
  const built = Math.min(...outputs.map((f) => statSync(f).mtimeMs));
  const sources = ['server', 'common'].map((d) => newestMtime(path.join(root, d)));
  return Math.max(...sources, statSync(import.meta.filename).mtimeMs) > built;
}

export async function buildServer() {
  await build({
    entryPoints: entries.map((e) => path.join(root, e)),
    outdir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (import.meta.filename === process.argv[1]) {
  if (process.argv.includes('--force') || serverBuildIsStale()) {
    const began = Date.now();
    await buildServer();
    console.log(`server compiled to dist/server in ${Date.now() - began} ms`);
  }
}
