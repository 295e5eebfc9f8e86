import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The checkout's root (the folder with package.json), found from this file: the same whether the server runs
 * from its TypeScript sources (tsx, the tests) or from the compiled bundle in dist/server, whose files sit at
 * another depth. Data, migrations and the web build are read from here.
 */
function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`package.json not found above ${from}`);
  }
}

export const PROJECT_ROOT = findRoot(path.dirname(fileURLToPath(import.meta.url)));

/** A file or folder of the checkout, by its path from the root (e.g. `data/demo/org-yuhong.yaml`). */
export function projectPath(relative: string): string {
  return path.join(PROJECT_ROOT, relative);
}
