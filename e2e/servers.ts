import path from 'node:path';
import { newDataDir } from './data-dirs.js';

/**
 * Journeys side by side (decision 0044): `E2E_WORKERS` workers (default 1; CI 2), each driving its own server
 * on its own port and data folder, so no journey sees another's writes and each server loads the demo once.
 * Worker i (Playwright's parallelIndex) uses E2E_PORT + i.
 */
export function e2eWorkers(): number {
  const asked = Number(process.env.E2E_WORKERS ?? 1);
  return Number.isInteger(asked) && asked > 0 ? asked : 1;
}

export function serverPort(index: number): number {
  return Number(process.env.E2E_PORT ?? 3107) + index;
}

export function serverUrl(index: number): string {
  return `http://localhost:${serverPort(index)}`;
}

/**
 * One data folder per server: E2E_DATA_DIR (folders joined by the path delimiter) where given, fresh
 * throw-away ones for the rest. Written back to the environment: Playwright's worker processes load the
 * config again and must inherit the folders instead of making (and sweeping) others.
 */
export function serverDataDirs(count: number): string[] {
  const dirs = (process.env.E2E_DATA_DIR ?? '').split(path.delimiter).filter(Boolean).slice(0, count);
  while (dirs.length < count) dirs.push(newDataDir());
  process.env.E2E_DATA_DIR = dirs.join(path.delimiter);
  return dirs;
}
