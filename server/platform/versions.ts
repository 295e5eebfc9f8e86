/**
 * Optimistic concurrency (issue #11.9, docs/decisions/0022-optimistic-concurrency.md): every editable record
 * carries a `version`, raised by one on each change; a write that names the version its user saw (HTTP
 * `If-Match`, carried on the ctx) is refused with VERSION_CONFLICT when the record has moved on since.
 */
import type { Ctx } from './context.js';
import { AppError } from './errors.js';

/** What the concurrency check needs of a record: its current version (0 for a record not yet written). */
export interface Versioned {
  version: number;
}

/** The refusal of a stale write; nothing is changed (it is thrown inside the write's transaction). */
export function versionConflict(seen: number, current: number): AppError {
  return new AppError(
    'VERSION_CONFLICT',
    `该记录已被他人修改（您看到的是第 ${seen} 版，现为第 ${current} 版），请刷新后重试`,
    undefined,
    { seenVersion: seen, currentVersion: current },
  );
}

/**
 * Refuses the write when the user saw another version than the record's, read under its row lock (so two
 * writers that saw the same version cannot both pass). Without a seen version (CLI, import) it passes.
 */
export function assertSeenVersion(ctx: Ctx, current: Versioned | null | undefined): void {
  const seen = ctx.seenVersion;
  if (seen === undefined) return;
  const version = current?.version ?? 0;
  if (seen !== version) throw versionConflict(seen, version);
}

/** The version a change writes: one above the version it replaced (0 when the record is new). */
export function nextVersion(current: Versioned | null | undefined): number {
  return (current?.version ?? 0) + 1;
}
