import { and, asc, eq, gt, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import { sm3 } from '../audit/hash.js';
import type { Db, Executor, Tx } from '../db/client.js';
import { inTransaction } from '../db/transaction.js';
import {
  countAttempt,
  MAX_MEMORY_HOURS,
  retryAt,
  type ThrottleCounter,
  type ThrottleSettings,
} from './login-throttle.js';
import { loginThrottles } from './schema.js';

// The login throttle's counters in the database (decision 0020); the rules are in login-throttle.ts.

/** The counters one attempt touches: its name's, and its name's from its address. */
export interface ThrottleKeys {
  account: string;
  pair: string;
}

/** The digest a name is known by in the throttle and, for a name that is no account, in the audit record. */
export function loginNameDigest(username: string): string {
  return sm3(`login:${username}`);
}

/** The keys of a (normalized) name and an address; 'a:' sorts before 'p:', the order rows are locked in. */
export function throttleKeys(username: string, ip: string | null): ThrottleKeys {
  return {
    account: `a:${loginNameDigest(username)}`,
    pair: `p:${sm3(`login:${username}\n${ip ?? '-'}`)}`,
  };
}

export type Claim = { retryAt: Date } | { counted: { account: ThrottleCounter; pair: ThrottleCounter } };

/**
 * Claims one attempt under a row lock on both counters: refused while either waits, otherwise counted as a
 * failure now, before the password is checked, so parallel guesses queue here and the limit holds.
 */
export function claimAttempt(db: Db, keys: ThrottleKeys, now: Date, s: ThrottleSettings): Promise<Claim> {
  return inTransaction(db, async (tx) => {
    const { account, pair } = await lockCounters(tx, keys);
    const until = retryAt([account, pair], now);
    if (until) return { retryAt: until };
    const counted = {
      account: countAttempt(account, 'account', now, s),
      pair: countAttempt(pair, 'pair', now, s),
    };
    await tx.update(loginThrottles).set(counted.account).where(eq(loginThrottles.key, keys.account));
    await tx.update(loginThrottles).set(counted.pair).where(eq(loginThrottles.key, keys.pair));
    return { counted };
  });
}

async function lockCounters(tx: Tx, keys: ThrottleKeys) {
  const ordered = [keys.account, keys.pair].sort();
  await tx
    .insert(loginThrottles)
    .values(ordered.map((key) => ({ key, accountKey: keys.account })))
    .onConflictDoNothing();
  const rows = await tx
    .select()
    .from(loginThrottles)
    .where(inArray(loginThrottles.key, ordered))
    .orderBy(asc(loginThrottles.key))
    .for('update');
  const of = (key: string) => rows.find((r) => r.key === key) as ThrottleCounter;
  return { account: of(keys.account), pair: of(keys.pair) };
}

/** A successful login clears its name's counter and its own address's (other addresses keep waiting). */
export async function clearAfterSuccess(tx: Tx, keys: ThrottleKeys): Promise<void> {
  await tx.delete(loginThrottles).where(inArray(loginThrottles.key, [keys.account, keys.pair]));
}

/** Clears every counter of a name (an administrator's unlock); returns how many there were. */
export async function clearName(tx: Tx, username: string): Promise<number> {
  const removed = await tx
    .delete(loginThrottles)
    .where(eq(loginThrottles.accountKey, throttleKeys(username, null).account))
    .returning({ key: loginThrottles.key });
  return removed.length;
}

/** Until when each name waits, from any address (names not waiting are absent). */
export async function throttledUntil(
  db: Executor,
  usernames: string[],
  now: Date,
): Promise<Map<string, Date>> {
  const byKey = new Map(usernames.map((u) => [throttleKeys(u, null).account, u]));
  if (byKey.size === 0) return new Map();
  const rows = await db
    .select({ accountKey: loginThrottles.accountKey, until: sql<Date>`max(${loginThrottles.blockedUntil})` })
    .from(loginThrottles)
    .where(and(inArray(loginThrottles.accountKey, [...byKey.keys()]), gt(loginThrottles.blockedUntil, now)))
    .groupBy(loginThrottles.accountKey);
  return new Map(rows.map((r) => [byKey.get(r.accountKey)!, new Date(r.until)]));
}

/** Deletes counters quiet for longer than any memory period: names sprayed at random do not pile up. */
export async function purgeStaleThrottles(db: Db, now: Date): Promise<number> {
  const before = new Date(now.getTime() - MAX_MEMORY_HOURS * 3600_000);
  const removed = await db
    .delete(loginThrottles)
    .where(
      and(
        or(isNull(loginThrottles.lastFailureAt), lt(loginThrottles.lastFailureAt, before)),
        or(isNull(loginThrottles.blockedUntil), lt(loginThrottles.blockedUntil, before)),
      ),
    )
    .returning({ key: loginThrottles.key });
  return removed.length;
}
