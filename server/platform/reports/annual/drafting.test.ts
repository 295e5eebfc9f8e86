import { describe, expect, it } from 'vitest';
import { agreementChecks, statedFigures } from './agreements.js';
import { defineAgreement, defineIndicator, type FigureSide } from './define-indicator.js';
import type { DraftParagraph } from './draft.js';
import { figureRefs, fillFigures } from './sentence.js';
import { draftPlans, draftShortfalls, judgeIndicator } from './shortfalls.js';
import { changeOf, yearOnYearChecks } from './year-over-year.js';

const values = (entries: Record<string, number>, unit = 'count') =>
  new Map(Object.entries(entries).map(([k, value]) => [k, { value, unit }]));

const rates = (entries: Record<string, number>) => values(entries, 'rate');

const replyRate = defineIndicator({
  key: 'disclosure.reply_on_time_rate',
  figure: 'disclosure.reply_on_time_rate',
  better: 'higher',
  target: 1,
  base: 'disclosure.requests_concluded',
  reports: ['rule_of_law_annual'],
  order: 50,
  sentences: {
    worse:
      '按期答复率为{disclosure.reply_on_time_rate}，低于上年（{disclosure.reply_on_time_rate|previous}）。',
    belowTarget: '按期答复率为{disclosure.reply_on_time_rate}，未达到{target}。',
  },
});

const overdue = defineIndicator({
  key: 'enforcement.publications_overdue',
  figure: 'enforcement.publications_overdue',
  better: 'lower',
  target: 0,
  reports: ['rule_of_law_annual'],
  order: 10,
  sentences: { belowTarget: '逾期公示{enforcement.publications_overdue}件。' },
});

const withBase = (rate: number, concluded: number) =>
  new Map([
    ['disclosure.reply_on_time_rate', { value: rate, unit: 'rate' }],
    ['disclosure.requests_concluded', { value: concluded, unit: 'count' }],
  ]);

describe('last year in a sentence', () => {
  it('fills {…|previous} from last year and lists it as a previous reference', () => {
    const text = '为{a.b|%}，上年{a.b|previous|%}，逾期{a.b:late}件';
    expect(figureRefs(text).map((r) => [r.key, r.cell, r.previous, r.format])).toEqual([
      ['a.b', undefined, undefined, '%'],
      ['a.b', undefined, true, '%'],
      ['a.b', 'late', undefined, undefined],
    ]);
    expect(fillFigures(text, values({ 'a.b': 0.5, 'a.b:late': 1 }), values({ 'a.b': 0.75 }))).toBe(
      '为50%，上年75%，逾期1件',
    );
    // Without last year's values the reference stays a placeholder, never a made-up number.
    expect(fillFigures('上年{a.b|previous}件', values({ 'a.b': 3 }))).toBe('上年{a.b|previous}件');
  });
});

describe('judging an indicator', () => {
  it('is worse than last year, below its target, or fine', () => {
    expect(judgeIndicator(replyRate, withBase(0.5, 4), withBase(1, 2))).toBe('worse');
    expect(judgeIndicator(replyRate, withBase(0.9, 4), withBase(0.8, 2))).toBe('below_target');
    expect(judgeIndicator(replyRate, withBase(1, 4), withBase(0.8, 2))).toBeNull();
  });

  it('does not judge a rate of nothing, nor compare with a year that had nothing', () => {
    expect(judgeIndicator(replyRate, withBase(0.5, 0), withBase(1, 2))).toBeNull();
    // Last year had no conclusions: its 100% is no benchmark, so only the target speaks.
    expect(judgeIndicator(replyRate, withBase(0.9, 4), withBase(1, 0))).toBe('below_target');
  });

  it('reads "lower is better" the other way round', () => {
    expect(judgeIndicator(overdue, values({ 'enforcement.publications_overdue': 3 }), values({}))).toBe(
      'below_target',
    );
    expect(judgeIndicator(overdue, values({ 'enforcement.publications_overdue': 0 }), values({}))).toBeNull();
  });

  it('refuses an indicator without a sentence, or a target sentence without a target', () => {
    expect(() => defineIndicator({ ...overdue, sentences: {} })).toThrow(/give a sentence/);
    expect(() => defineIndicator({ ...overdue, target: undefined })).toThrow(/needs a target/);
  });
});

describe('drafting section 二 and 四', () => {
  it('suggests one paragraph per shortfall, citing its figure, with no statement', () => {
    const now = withBase(0.5, 4);
    now.set('enforcement.publications_overdue', { value: 0, unit: 'count' });
    const [p, ...rest] = draftShortfalls([overdue, replyRate], 2, now, withBase(1, 2));
    expect(rest).toEqual([]);
    expect(p).toMatchObject({
      section: 2,
      statement: null,
      origin: 'suggested',
      suggestedBy: 'disclosure.reply_on_time_rate',
    });
    expect(fillFigures(p?.text ?? '', now, rates({ 'disclosure.reply_on_time_rate': 1 }))).toBe(
      '按期答复率为50%，低于上年（100%）。',
    );
  });

  it('writes the target as the figure is written', () => {
    const [p] = draftShortfalls([replyRate], 2, withBase(0.9, 4), withBase(0.8, 2));
    expect(p?.text).toBe('按期答复率为{disclosure.reply_on_time_rate}，未达到100%。');
  });

  it('drafts plan items in their order and nothing without a plan', () => {
    const drafted = draftPlans(
      [{ key: 'plans.work', items: [{ text: '修订权责清单', order: 2, lead: '深化改革' }] }],
      4,
    );
    expect(drafted).toEqual([
      {
        id: 'suggested-plans.work-1',
        section: 4,
        order: 2,
        statement: null,
        text: '修订权责清单',
        lead: '深化改革',
        origin: 'suggested',
        suggestedBy: 'plans.work',
      },
    ]);
    expect(draftPlans([], 4)).toEqual([]);
  });
});

describe('the same figure in two places', () => {
  const received = defineAgreement({
    key: 'disclosure.requests_received_in_both_reports',
    label: '本年新收政府信息公开申请数量',
    sides: [
      { report: 'rule_of_law_annual', figure: 'disclosure.requests_received' },
      { report: 'disclosure_annual', table: '三', figure: 'received:total' },
    ],
  });
  const carry = defineAgreement({
    key: 'disclosure.table3_carry_over',
    label: '表三上年结转',
    level: 'warning',
    sides: [
      { report: 'disclosure_annual', table: '三', figure: 'carried_in:total' },
      { report: 'disclosure_annual', table: '三', figure: 'carried_out:total', yearOffset: -1 },
    ],
  });
  const states = (answers: Record<string, number>) => (side: FigureSide) =>
    answers[`${side.report}${side.yearOffset ?? 0}${side.figure}`];

  it('fires when both places state a value and they differ, naming both', () => {
    const checks = agreementChecks(
      [received, carry],
      2020,
      states({
        'rule_of_law_annual0disclosure.requests_received': 44,
        'disclosure_annual0received:total': 43,
        'disclosure_annual0carried_in:total': 2,
        'disclosure_annual-1carried_out:total': 3,
      }),
    );
    expect(checks).toEqual([
      {
        level: 'error',
        message:
          '本年新收政府信息公开申请数量不一致：2020年法治政府建设年度报告 disclosure.requests_received 为 44，' +
          '2020年政府信息公开工作年度报告表三 received:total 为 43',
        keys: ['disclosure.requests_received'],
      },
      {
        level: 'warning',
        message:
          '表三上年结转不一致：2020年政府信息公开工作年度报告表三 carried_in:total 为 2，' +
          '2019年政府信息公开工作年度报告表三 carried_out:total 为 3',
        keys: [],
      },
    ]);
  });

  it('is silent when they agree or one place does not state the figure', () => {
    const agree = states({
      'rule_of_law_annual0disclosure.requests_received': 43,
      'disclosure_annual0received:total': 43,
    });
    expect(agreementChecks([received], 2020, agree)).toEqual([]);
    const oneSided = states({ 'rule_of_law_annual0disclosure.requests_received': 43 });
    expect(agreementChecks([received], 2020, oneSided)).toEqual([]);
  });

  it('takes what a draft states: the live value, or the number typed in its place', () => {
    const paragraph: DraftParagraph = {
      id: 'p',
      section: 1,
      order: 1,
      statement: null,
      text: '受理{disclosure.requests_received}件，主动公开约五千条，上年{disclosure.proactive_items|previous}条',
      overrides: [{ figure: 'disclosure.proactive_items', text: '5600', reason: '四舍五入' }],
    };
    const live = values({ 'disclosure.requests_received': 43, 'disclosure.proactive_items': 5604 });
    expect(Object.fromEntries(statedFigures([paragraph], live))).toEqual({
      'disclosure.requests_received': 43,
      'disclosure.proactive_items': 5600,
    });
  });
});

describe('year over year', () => {
  it('gives the change, absolute and as a share of last year', () => {
    expect(changeOf(43, 40)).toEqual({ absolute: 3, percent: 0.075 });
    expect(changeOf(0.95, 1)).toEqual({ absolute: -0.05, percent: -0.05 });
    expect(changeOf(5, 0)).toEqual({ absolute: 5, percent: null });
    expect(changeOf(5, null)).toBeNull();
  });

  it('mentions a figure that moved by more than the factor, above the floor', () => {
    const rule = { factor: 3, floor: 10 };
    const f = (value: number, previous: number | null, unit = 'count') => ({
      id: 'a.b',
      label: '受理申请数',
      value,
      previous,
      unit,
    });
    expect(yearOnYearChecks([f(130, 40)], rule)).toEqual([
      { level: 'info', message: '受理申请数 本年为 130，上年为 40，变化超过 3 倍，请核实', keys: ['a.b'] },
    ]);
    expect(yearOnYearChecks([f(0, 40)], rule)).toHaveLength(1);
    expect(yearOnYearChecks([f(110, 40)], rule)).toEqual([]); // under the factor
    expect(yearOnYearChecks([f(7, 2)], rule)).toEqual([]); // under the floor
    expect(yearOnYearChecks([f(5604, 0)], rule)).toEqual([]); // the ledger starts this year
    expect(yearOnYearChecks([f(0.2, 0.9, 'rate')], rule)[0]?.message).toBe(
      '受理申请数 本年为 20%，上年为 90%，变化超过 3 倍，请核实',
    );
  });
});
