// The login throttle as pure rules: when a name (from one address, or from all) must wait, and how long.
// Basis: GB/T 22239-2019 8.1.4.1 b) 应具有登录失败处理功能，应配置并启用结束会话、限制非法登录次数…;
// decision: docs/decisions/0020-login-throttling.md

/** The throttle's settings (config `LOGIN_*`, defaults in decision 0020). */
export interface ThrottleSettings {
  /** Failures of one name from one address before that address waits. */
  pairMaxFailures: number;
  /** Failures of one name from all addresses together before every address waits. */
  accountMaxFailures: number;
  /** The first wait; each further failure doubles it. */
  firstWaitMinutes: number;
  /** The longest wait. */
  maxWaitMinutes: number;
  /** A counter is forgotten after this long without a failure (counted from the end of its wait). */
  memoryHours: number;
}

/** The longest memory a deployment may set (config refuses more); the nightly purge keeps rows this long. */
export const MAX_MEMORY_HOURS = 7 * 24;

export const DEFAULT_THROTTLE: ThrottleSettings = {
  pairMaxFailures: 5,
  accountMaxFailures: 20,
  firstWaitMinutes: 15,
  maxWaitMinutes: 24 * 60,
  memoryHours: 24,
};

/** One counter: of a name from one address ('pair') or of a name from everywhere ('account'). */
export interface ThrottleCounter {
  failures: number;
  blockedUntil: Date | null;
  lastFailureAt: Date | null;
}

export type ThrottleScope = 'pair' | 'account';

const MINUTE = 60_000;

/** The wait after the n-th failure: none below the limit, then the first wait doubling per failure, capped. */
export function waitAfter(failures: number, limit: number, s: ThrottleSettings): number {
  if (failures < limit) return 0;
  const doublings = Math.min(failures - limit, 30); // 2^30 × a minute is past any cap
  return Math.min(s.firstWaitMinutes * 2 ** doublings, s.maxWaitMinutes) * MINUTE;
}

/** True while the counter makes an attempt wait. */
export function isBlocked(counter: ThrottleCounter, now: Date): boolean {
  return counter.blockedUntil !== null && counter.blockedUntil > now;
}

/** The failures still remembered at `now`: none once the counter has been quiet for the memory period. */
function remembered(counter: ThrottleCounter, now: Date, s: ThrottleSettings): number {
  const lastEvent = Math.max(counter.lastFailureAt?.getTime() ?? 0, counter.blockedUntil?.getTime() ?? 0);
  return now.getTime() - lastEvent >= s.memoryHours * 3600_000 ? 0 : counter.failures;
}

/**
 * Counts an admitted attempt as a failure before its password is checked (a success clears the counter
 * afterwards), so that parallel guesses cannot overtake the limit.
 */
export function countAttempt(
  counter: ThrottleCounter,
  scope: ThrottleScope,
  now: Date,
  s: ThrottleSettings,
): ThrottleCounter {
  const failures = remembered(counter, now, s) + 1;
  const limit = scope === 'pair' ? s.pairMaxFailures : s.accountMaxFailures;
  const wait = waitAfter(failures, limit, s);
  return { failures, lastFailureAt: now, blockedUntil: wait ? new Date(now.getTime() + wait) : null };
}

/** When the attempt may be made again: the latest end of the waits that block it, or null. */
export function retryAt(counters: ThrottleCounter[], now: Date): Date | null {
  const ends = counters.filter((c) => isBlocked(c, now)).map((c) => c.blockedUntil!.getTime());
  return ends.length ? new Date(Math.max(...ends)) : null;
}
