import { DEFAULT_LOCALE, type Locale, pickText, type Text } from '../../common/text/localized.js';
import type { Db } from './db/client.js';

/** The request context: who acts, when, on which database, under which request id. */
export const ROLES = [
  'coordinator',
  'legal_reviewer',
  'department_officer',
  'legal_adviser',
  'mediator',
  'leader',
] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  userId: string;
  username: string;
  displayName: string;
  role: Role;
  orgUnitId: string;
  /** Materialized path of the actor's org unit, e.g. "/<district>/<dept>/"; the data scope is this subtree. */
  orgPath: string;
  districtId: string;
}

export interface Ctx {
  db: Db;
  actor: Actor | null;
  requestId: string;
  now: Date;
  /** The working date in Asia/Shanghai, YYYY-MM-DD; rules receive it as an argument, never read a clock. */
  today: string;
  /**
   * The record version the user saw before this write (HTTP `If-Match`), checked by `assertSeenVersion`
   * under the row lock; absent when the client names none (decision 0022).
   */
  seenVersion?: number;
  /** The language server-made text is presented in (HTTP `Accept-Language`, decision 0030); zh-CN by default. */
  locale: Locale;
  /** A declared text (a step label, a clock's name) in `locale`. */
  t(text: Text): string;
}

/** The calendar date in China (UTC+8, no DST) of an instant. */
export function chinaDate(instant: Date): string {
  return new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export function makeCtx(
  db: Db,
  actor: Actor | null,
  requestId: string,
  now = new Date(),
  locale: Locale = DEFAULT_LOCALE,
): Ctx {
  return { db, actor, requestId, now, today: chinaDate(now), locale, t: (text) => pickText(text, locale) };
}
