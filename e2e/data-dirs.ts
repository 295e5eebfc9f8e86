import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const PREFIX = 'fazhi-e2e-';
const STALE_AFTER_MS = 30 * 60_000;

/**
 * A fresh data folder for this run (the server loads the demo into it). Playwright stops the server
 * only after every teardown hook, so a run cannot delete its own folder: each run sweeps the folders
 * earlier runs left instead (about 100 MB each).
 */
export function newDataDir(): string {
  sweepStaleDataDirs();
  return mkdtempSync(path.join(os.tmpdir(), PREFIX));
}

/** Removes earlier runs' folders: older than half an hour and with no PostgreSQL running on them. */
function sweepStaleDataDirs(): void {
  const now = Date.now();
  for (const name of readdirSync(os.tmpdir())) {
    if (!name.startsWith(PREFIX)) continue;
    const dir = path.join(os.tmpdir(), name);
    try {
      if (now - statSync(dir).mtimeMs < STALE_AFTER_MS || isInUse(dir)) continue;
      rmSync(dir, { recursive: true, force: true });
    } catch {
      // Someone else's folder, or gone meanwhile: not ours to worry about.
    }
  }
}

function isInUse(dir: string): boolean {
  const lockFile = path.join(dir, 'db', 'postmaster.pid');
  if (!existsSync(lockFile)) return false;
  const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user (PostgreSQL runs as `postgres` under root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
