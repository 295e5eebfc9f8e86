import { describe, expect, it } from 'vitest';
import { replyPeriodsOn } from './periods.js';

describe('reply periods by the 条例 text in force on the day of receipt (rule 14)', () => {
  it.each([
    ['2018-03-05', 15, 15, 'disclosure.reply_2008'],
    ['2019-05-14', 15, 15, 'disclosure.reply_2008'],
    ['2019-05-15', 20, 20, 'disclosure.reply'],
    ['2024-02-01', 20, 20, 'disclosure.reply'],
  ])('a request received %s: %i WD + %i WD (%s)', (on, reply, extension, key) => {
    const p = replyPeriodsOn(on);
    expect([p.reply.amount, p.extension.amount, p.clockKey]).toEqual([reply, extension, key]);
  });
  it('has no period before the 2008 条例 came into force', () => {
    expect(() => replyPeriodsOn('2008-04-30')).toThrow(/2008-05-01/);
  });
});
