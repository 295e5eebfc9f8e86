/**
 * Optimistic concurrency (issue #11.9, docs/decisions/0022-optimistic-concurrency.md): every editable record
 * carries a `version`, raised by one on each change; a write that names the version its user saw (HTTP
 * `If-Match`, carried on the ctx) is refused with VERSION_CONFLICT when the record has moved on since.
 */
import { eq, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Ctx } from './context.js';
import { AppError } from './errors.js';

/** What the concurrency check needs of a record: its current version (0 for a record not yet written). */
export interface Versioned {
  version: number;
}

/** The refusal of a stale write; nothing is changed (it is thrown inside the write's transaction). */
export function versionConflict(seen: number, current?: number): AppError {
  const now = current === undefined ? '其后已有他人保存' : `现为第 ${current} 版`;
  return new AppError(
    'VERSION_CONFLICT',
    `该记录已被他人修改（您看到的是第 ${seen} 版，${now}），请刷新后重试`,
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

/**
 * For a record written by upsert (settings, a unit's guide): the `SET` of the version and the condition
 * under which ON CONFLICT may overwrite — only the version the user saw, so a concurrent writer that got
 * there first leaves this upsert writing nothing (see `assertUpserted`). A new row starts at version 1.
 */
export function versionedUpsert(ctx: Ctx, column: AnyPgColumn): { version: SQL; setWhere?: SQL } {
  const seen = ctx.seenVersion;
  return { version: sql`${column} + 1`, setWhere: seen === undefined ? undefined : eq(column, seen) };
}

/** The row a versioned upsert wrote; none means another writer moved the record on: VERSION_CONFLICT. */
export function assertUpserted<T extends Versioned>(ctx: Ctx, rows: readonly T[]): T {
  const [row] = rows;
  if (!row) throw versionConflict(ctx.seenVersion ?? 0);
  return row;
}
