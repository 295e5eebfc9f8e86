import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  computeDue,
  createWorkCalendar,
  expandHolidayYear,
  type HolidayYearEntry,
} from '../../../common/calendar/index.js';
import { petitionPeriodsOn, representativesProblem } from './rules.js';

const file = load(readFileSync(new URL('../../../data/calendar/holidays.yaml', import.meta.url), 'utf8'), {
  schema: CORE_SCHEMA,
}) as { years: HolidayYearEntry[] };
const cal = createWorkCalendar({
  years: file.years.map((y) => y.year),
  days: file.years.flatMap((y) => expandHolidayYear(y).days),
});

/** The due day of one of the text's periods, counted from `from` on the shared calendar. */
function due(
  receivedOn: string,
  period: 'routing' | 'notice' | 'objection' | 'handling' | 'reviewDecision',
  from: string,
) {
  const p = petitionPeriodsOn(receivedOn)[period];
  if (!p) return null;
  return computeDue(cal, { from, amount: p.amount, unit: p.unit }).dueOn;
}

describe('信访 law by date: the text in force on the day of receipt', () => {
  it('applies the 2005 信访条例 up to 2022-04-30 and the 信访工作条例 from 2022-05-01', () => {
    expect(petitionPeriodsOn('2022-04-30')).toMatchObject({ law: '2005', title: '《信访条例》（2005年）' });
    expect(petitionPeriodsOn('2022-05-01')).toMatchObject({ law: '2022', title: '《信访工作条例》' });
    expect(petitionPeriodsOn('2020-06-01').handling.article).toBe('第三十三条');
    expect(petitionPeriodsOn('2023-06-01').handling.article).toBe('第三十四条');
  });

  it('has the objection to a wrong assignment (5 working days) only in the 2022 text', () => {
    expect(petitionPeriodsOn('2022-05-01').objection).toMatchObject({ amount: 5, unit: 'working_days' });
    expect(petitionPeriodsOn('2022-04-30').objection).toBeNull();
  });

  it('gives both texts the same lengths: 15 / 15 days, 60 + 30, 复查 30 + 30, 复核 30 + 30 (calendar days)', () => {
    for (const on of ['2021-01-04', '2023-01-04']) {
      const v = petitionPeriodsOn(on);
      expect([v.routing, v.notice, v.handling, v.handlingExtension].map((p) => p.amount)).toEqual([
        15, 15, 60, 30,
      ]);
      expect(
        [v.reviewRequest, v.reviewDecision, v.reexamRequest, v.reexamDecision].map((p) => p.amount),
      ).toEqual([30, 30, 30, 30]);
      expect(v.handling.unit).toBe('calendar_days');
    }
  });
});

describe('信访 clocks across holidays', () => {
  it('2022 text: the 5 working days to object skip 国庆 2022 and count the worked Saturday and Sunday', () => {
    // Thu 09-29 → Fri 09-30 (1), 10-01…07 off, Sat 10-08 (2), Sun 10-09 (3), Mon 10-10 (4), Tue 10-11 (5).
    expect(due('2022-09-20', 'objection', '2022-09-29')).toBe('2022-10-11');
  });

  it('2022 text: 15 calendar days to route ending inside 国庆 move to the first working day after it', () => {
    // 09-20 + 15 = 10-05 (holiday) → Sat 10-08, a 调休上班日 (legal-rules §0.10).
    expect(due('2022-09-20', 'routing', '2022-09-20')).toBe('2022-10-08');
    expect(due('2022-09-10', 'routing', '2022-09-10')).toBe('2022-09-26');
  });

  it('2005 text: 15 days to tell the petitioner ending in the 2022 劳动节 holiday end on 05-05', () => {
    // Received 2022-04-18 (2005 text still in force): 04-18 + 15 = 05-03 (holiday 04-30…05-04) → 05-05.
    expect(due('2022-04-18', 'notice', '2022-04-18')).toBe('2022-05-05');
    expect(due('2022-04-18', 'objection', '2022-04-20')).toBeNull();
  });

  it('2005 text: 60 days of handling ending in 国庆 2020 end on the first working day after it', () => {
    // 2020-08-05 + 60 = 10-04 (holiday 10-01…10-08) → Fri 10-09.
    expect(due('2020-08-05', 'handling', '2020-08-05')).toBe('2020-10-09');
  });

  it('2022 text: the 30 days of a 复查 ending on a plain Sunday move to Monday', () => {
    // 2023-06-19 + 30 = Wed 07-19; 2023-06-23 + 30 = Sun 07-23 → Mon 07-24.
    expect(due('2023-06-01', 'reviewDecision', '2023-06-19')).toBe('2023-07-19');
    expect(due('2023-06-01', 'reviewDecision', '2023-06-23')).toBe('2023-07-24');
  });
});

describe('group visits (信访工作条例 第二十条)', () => {
  it('allows up to 5 representatives, and only on a visit', () => {
    expect(representativesProblem('visit', 5)).toBeNull();
    expect(representativesProblem('visit', 6)).toContain('不超过5人');
    expect(representativesProblem('letter', 2)).toContain('走访');
    expect(representativesProblem('letter', 0)).toBeNull();
  });
});
