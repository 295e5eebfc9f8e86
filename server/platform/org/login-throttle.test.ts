import { describe, expect, it } from 'vitest';
import {
  countAttempt,
  DEFAULT_THROTTLE,
  retryAt,
  type ThrottleCounter,
  waitAfter,
} from './login-throttle.js';

const T0 = new Date('2020-06-01T01:00:00Z');
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const fresh: ThrottleCounter = { failures: 0, blockedUntil: null, lastFailureAt: null };
const s = DEFAULT_THROTTLE;

describe('waitAfter', () => {
  it.each([
    [4, 0],
    [5, 15],
    [6, 30],
    [7, 60],
    [11, 960],
    [12, 1440], // 1920 capped at a day
    [500, 1440],
  ])('after %i failures from one address waits %i minutes', (failures, minutes) => {
    expect(waitAfter(failures, s.pairMaxFailures, s)).toBe(minutes * 60_000);
  });

  it('the account-wide limit is higher', () => {
    expect(waitAfter(19, s.accountMaxFailures, s)).toBe(0);
    expect(waitAfter(20, s.accountMaxFailures, s)).toBe(15 * 60_000);
  });
});

describe('countAttempt', () => {
  it('counts up and blocks at the limit', () => {
    let c = fresh;
    for (let i = 0; i < 4; i += 1) c = countAttempt(c, 'pair', T0, s);
    expect(c).toEqual({ failures: 4, blockedUntil: null, lastFailureAt: T0 });
    c = countAttempt(c, 'pair', T0, s);
    expect(c.blockedUntil).toEqual(at(15));
    expect(retryAt([c, fresh], at(10))).toEqual(at(15));
    expect(retryAt([c], at(15))).toBeNull();
  });

  it('forgets a counter quiet for the memory period after its wait ended', () => {
    const blocked = { failures: 9, blockedUntil: at(240), lastFailureAt: T0 };
    expect(countAttempt(blocked, 'pair', at(240 + 24 * 60 - 1), s).failures).toBe(10);
    expect(countAttempt(blocked, 'pair', at(240 + 24 * 60), s)).toMatchObject({
      failures: 1,
      blockedUntil: null,
    });
  });
});
