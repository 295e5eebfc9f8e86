import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, projectPath } from './paths.js';

/** Every server source file (tests aside), relative to the root. */
function serverSources(dir = projectPath('server')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return serverSources(full);
    return entry.name.endsWith('.ts') && !entry.name.includes('.test.')
      ? [path.relative(PROJECT_ROOT, full)]
      : [];
  });
}

// Files that may use their own location: this one, and one that resolves an npm package from it (any depth works).
const ALLOWED = new Set(['server/platform/paths.ts', 'server/platform/db/root-access.ts']);

describe('project paths', () => {
  it('finds the checkout root and its data', () => {
    expect(existsSync(path.join(PROJECT_ROOT, 'package.json'))).toBe(true);
    expect(existsSync(projectPath('data/calendar/holidays.yaml'))).toBe(true);
  });

  it('no server file reads a file relative to its own location (the compiled bundle sits at another depth)', () => {
    const offenders = serverSources().filter(
      (file) =>
        !ALLOWED.has(file) &&
        /import\.meta\.(url|dirname|filename)/.test(readFileSync(projectPath(file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
