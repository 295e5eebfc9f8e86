import { describe, expect, it } from 'vitest';
import type { AmountThresholds } from './discretion.js';
import {
  decisionTerms,
  hearingRightGrounds,
  heavierThanNotified,
  type PenaltyTerms,
} from './penalty-rights.js';
import { isInTime, servedOnOf } from './service.js';

const t: AmountThresholds = {
  majorAmountPerson: 10_000,
  majorAmountOrganisation: 100_000,
  hearingAmountPerson: 5_000,
  hearingAmountOrganisation: 50_000,
};
const terms = (kinds: PenaltyTerms['kinds'], fineAmount = 0, confiscationAmount = 0): PenaltyTerms => ({
  kinds,
  fineAmount,
  confiscationAmount,
});

describe('hearingRightGrounds (rule 1: by kind, not only by amount)', () => {
  it.each([
    ['2021 text: 吊销许可证件 with no fine', '2022-03-01', terms(['licence_revocation']), true],
    ['2021 text: 降低资质等级', '2022-03-01', terms(['qualification_downgrade']), true],
    ['2021 text: 责令关闭', '2022-03-01', terms(['closure']), true],
    ['2021 text: 限制从业', '2022-03-01', terms(['practice_restriction']), true],
    ['2021 text: 暂扣许可证件 is not listed', '2022-03-01', terms(['licence_suspension']), false],
    ['2017 text: 吊销许可证或者执照', '2020-06-01', terms(['licence_revocation']), true],
    ['2017 text: 责令停产停业', '2020-06-01', terms(['production_suspension']), true],
    ['2017 text: 责令关闭 is not listed', '2020-06-01', terms(['closure']), false],
    ['2017 text: 降低资质等级 is not listed', '2020-06-01', terms(['qualification_downgrade']), false],
  ] as const)('%s', (_, on, penalty, right) => {
    expect(hearingRightGrounds(on, penalty, t, 'legal_person').length > 0).toBe(right);
  });

  it('treats the fine and the confiscation apart, never summed (第六十三条第一款(一)(二))', () => {
    const split = terms(['fine', 'confiscation'], 30_000, 30_000);
    expect(hearingRightGrounds('2022-03-01', split, t, 'legal_person')).toEqual([]);
    const confiscation = terms(['confiscation'], 0, 50_000);
    expect(hearingRightGrounds('2022-03-01', confiscation, t, 'legal_person')).toEqual([
      '没收违法所得、没收非法财物 50000 元达到较大数额 50000 元（《行政处罚法》（2021年修订）第六十三条第一款第（二）项）',
    ]);
    // The 2017 text lists only 较大数额罚款.
    expect(hearingRightGrounds('2020-06-01', confiscation, t, 'legal_person')).toEqual([]);
  });

  it('names the kind and the article', () => {
    expect(hearingRightGrounds('2022-03-01', terms(['licence_revocation']), t, 'natural_person')).toEqual([
      '“吊销许可证件”（《行政处罚法》（2021年修订）第六十三条第一款第（三）项）',
    ]);
  });
});

describe('heavierThanNotified (rule 4)', () => {
  const notice = terms(['fine'], 20_000);
  it.each([
    ['the same', terms(['fine'], 20_000), []],
    ['lighter', terms(['fine'], 10_000), []],
    ['a larger fine', terms(['fine'], 20_001), ['罚款 20001 元高于告知的 20000 元']],
    ['a kind not notified', terms(['fine', 'licence_revocation'], 20_000), ['“吊销许可证件”未经告知']],
    [
      'a confiscation not notified',
      terms(['fine', 'confiscation'], 20_000, 5_000),
      ['“没收违法所得、没收非法财物”未经告知', '没收 5000 元高于告知的 0 元'],
    ],
  ] as const)('%s', (_, decision, reasons) => {
    expect(heavierThanNotified(notice, decision)).toEqual(reasons);
  });
});

describe('decisionTerms', () => {
  it('derives the kinds from the outcome and the amounts', () => {
    expect(decisionTerms({ outcome: 'fine', fineAmount: 100, confiscationAmount: 50 })).toEqual(
      terms(['fine', 'confiscation'], 100, 50),
    );
    expect(
      decisionTerms({ outcome: 'licence_sanction', penaltyKinds: ['licence_revocation'] }).kinds,
    ).toEqual(['licence_revocation']);
    expect(decisionTerms({ outcome: 'no_penalty' }).kinds).toEqual([]);
  });
});

describe('service (rule 3)', () => {
  it.each([
    ['direct: the day of the step', { method: 'direct', stepOn: '2022-03-01' }, '2022-03-01'],
    [
      'mail: the signed-for date',
      { method: 'mail', stepOn: '2022-03-01', signedForOn: '2022-03-04' },
      '2022-03-04',
    ],
    ['mail without receipt', { method: 'mail', stepOn: '2022-03-01' }, null],
    ['公告: 30 days after publication', { method: 'public_notice', stepOn: '2022-03-01' }, '2022-03-31'],
  ] as const)('%s', (_, facts, served) => {
    expect(servedOnOf(facts)).toBe(served);
  });

  it('counts a mailed request by its postmark', () => {
    expect(isInTime('2022-03-08', '2022-03-10', '2022-03-08')).toBe(true);
    expect(isInTime('2022-03-08', '2022-03-10')).toBe(false);
  });
});
