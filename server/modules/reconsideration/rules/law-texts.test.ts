import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  computeDue,
  createWorkCalendar,
  expandHolidayYear,
  type HolidayYearEntry,
} from '../../../../common/calendar/index.js';
import { clockFor } from '../clocks.js';
import {
  applicationTimeliness,
  deemedAcceptedOn,
  endOf,
  hearingNoticeProblem,
  simplifiedProblem,
} from './deadlines.js';
import { lawText, lawTextForCase, lawTextOn } from './law-texts.js';

const file = load(readFileSync(new URL('../../../../data/calendar/holidays.yaml', import.meta.url), 'utf8'), {
  schema: CORE_SCHEMA,
}) as { years: HolidayYearEntry[] };
const cal = createWorkCalendar({
  years: file.years.map((y) => y.year),
  days: file.years.flatMap((y) => expandHolidayYear(y).days),
});
const T2017 = lawText('2017');
const T2023 = lawText('2023');
/** The due date a clock of this text and kind gives from `from` (the kernel's count, as the clocks use it). */
const due = (text: '2017' | '2023', kind: Parameters<typeof clockFor>[1], from: string) => {
  const def = clockFor(text, kind)!;
  return computeDue(cal, { from, amount: def.length.amount, unit: def.length.unit }).dueOn;
};

describe('which text of the 行政复议法 applies (law by date, decision 0042 §1)', () => {
  it('switches on 2024-01-01', () => {
    expect(lawTextOn('2023-12-31').key).toBe('2017');
    expect(lawTextOn('2024-01-01').key).toBe('2023');
  });
  it('reads the application day by default, the act day when an install chooses it', () => {
    const c = { receivedOn: '2024-01-05', actOn: '2023-12-20' };
    expect(lawTextForCase(c).key).toBe('2023');
    expect(lawTextForCase(c, 'act').key).toBe('2017');
    expect(lawTextForCase({ ...c, actOn: null }, 'act').key).toBe('2023');
  });
});

describe('2017 text: 五日、七日 are working days (第四十条), 十日、六十日 calendar days — across 国庆 2020', () => {
  // 2020: 10-01…10-08 off; Sun 09-27 and Sat 10-10 worked.
  it('acceptance review: 5 WD from Fri 2020-09-25 → 2020-10-09 (Sun 09-27 counts, the holiday does not)', () => {
    expect(due('2017', 'acceptance_review', '2020-09-25')).toBe('2020-10-09');
  });
  it('copy: 7 WD from acceptance Wed 2020-09-30 → 2020-10-16 (Sat 10-10 counts)', () => {
    expect(due('2017', 'copy', '2020-09-30')).toBe('2020-10-16');
  });
  it('answer: 10 calendar days from 2020-09-25 end on 10-05, a holiday → 2020-10-09', () => {
    expect(due('2017', 'answer', '2020-09-25')).toBe('2020-10-09');
  });
  it('decision: 60 days from 2020-08-03 end on 10-02 → 2020-10-09; no simplified procedure', () => {
    expect(due('2017', 'decision', '2020-08-03')).toBe('2020-10-09');
    expect(clockFor('2017', 'decision')!.extension).toMatchObject({
      amount: 30,
      unit: 'calendar_days',
      times: 1,
    });
    expect(clockFor('2017', 'copy_simplified')).toBeNull();
    expect(clockFor('2017', 'decision_simplified')).toBeNull();
  });
  it('deems an application accepted from its receipt (第十七条第二款)', () => {
    expect(deemedAcceptedOn(cal, T2017, '2020-09-25')).toBe('2020-09-25');
  });
});

describe('2023 text: 三日、五日、七日、十日 are working days (第八十八条) — across 国庆 2024 and 春节 2024', () => {
  // 2024: 10-01…10-07 off; Sun 09-29 and Sat 10-12 worked. 春节 02-10…02-17 off; Sun 02-04 and 02-18 worked.
  it('acceptance review: 5 WD from Fri 2024-09-27 → 2024-10-10; deemed accepted from that day (第三十条第三款)', () => {
    expect(due('2023', 'acceptance_review', '2024-09-27')).toBe('2024-10-10');
    expect(deemedAcceptedOn(cal, T2023, '2024-09-27')).toBe('2024-10-10');
  });
  it('answer: 10 WD from Mon 2024-09-30 → 2024-10-18 (the 2017 text would give 10-10)', () => {
    expect(due('2023', 'answer', '2024-09-30')).toBe('2024-10-18');
    expect(due('2017', 'answer', '2024-09-30')).toBe('2024-10-10');
  });
  it('simplified: copy 3 WD from Thu 2024-02-08 → Mon 2024-02-19 (Fri 02-09 and Sun 02-18 worked)', () => {
    expect(due('2023', 'copy_simplified', '2024-02-08')).toBe('2024-02-19');
    expect(due('2023', 'answer_simplified', '2024-02-08')).toBe('2024-02-21');
  });
  it('decision: 60 days (simplified 30) from acceptance, rolled off the holiday', () => {
    expect(due('2023', 'decision', '2024-08-05')).toBe('2024-10-08');
    expect(due('2023', 'decision_simplified', '2024-09-03')).toBe('2024-10-08');
  });
  it('correction: notice within 5 WD of receipt, the applicant 10 WD from the notice', () => {
    expect(due('2023', 'correction_notice', '2024-09-27')).toBe('2024-10-10');
    expect(due('2023', 'applicant_correction', '2024-09-27')).toBe('2024-10-16'); // Sat 10-12 counts
  });
  it('advice letter: the correction report within 60 days', () => {
    expect(due('2023', 'advice_report', '2024-08-05')).toBe('2024-10-08');
  });
});

describe('application period (第二十条 / 2017 第九条)', () => {
  it('gives 60 days from knowing of the act, rolled off 国庆 2020, and warns after it', () => {
    expect(applicationTimeliness(cal, T2017, '2020-08-03', '2020-10-09')).toMatchObject({
      lastDayOn: '2020-10-09',
      inTime: true,
      warning: null,
    });
    const late = applicationTimeliness(cal, T2017, '2020-08-03', '2020-10-10');
    expect(late.inTime).toBe(false);
    expect(late.warning).toContain('第九条');
    expect(endOf(cal, '2024-08-05', T2023.application)).toBe('2024-10-08');
  });
});

describe('simplified procedure (第五十三条)', () => {
  const facts = { actType: 'penalty', actAmountYuan: 2000, actOnTheSpot: false };
  it.each([
    ['small_amount', facts, null],
    ['small_amount', { ...facts, actAmountYuan: 3000.01 }, '三千元'],
    ['small_amount', { ...facts, actAmountYuan: null }, '三千元'],
    ['on_the_spot', facts, '当场'],
    ['on_the_spot', { ...facts, actOnTheSpot: true }, null],
    ['disclosure', facts, '政府信息公开'],
    ['disclosure', { ...facts, actType: 'disclosure' }, null],
    ['agreed', facts, null],
    [null, facts, '第五十三条'],
  ] as const)('%s with %o → %s', (ground, f, problem) => {
    const found = simplifiedProblem(T2023, ground, f);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
  it('does not exist under the 2017 text', () => {
    expect(simplifiedProblem(T2017, 'agreed', facts)).toContain('没有简易程序');
  });
});

describe('hearing notice (第五十一条: five working days before)', () => {
  it('counts working days across 国庆 2024', () => {
    expect(hearingNoticeProblem(cal, T2023, '2024-09-27', '2024-10-09')).toContain('2024-10-10');
    expect(hearingNoticeProblem(cal, T2023, '2024-09-27', '2024-10-10')).toBeNull();
    expect(hearingNoticeProblem(cal, T2023, '2024-10-10', '2024-10-09')).toContain('不能晚于');
    expect(hearingNoticeProblem(cal, T2017, '2020-09-27', '2020-09-28')).toBeNull();
  });
});
