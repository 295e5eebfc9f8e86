import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  createWorkCalendar,
  expandHolidayYear,
  type HolidayYearEntry,
} from '../../../common/calendar/index.js';
import { type CaseFacts, type CaseStep, checkStep, type StepInput } from './procedure.js';
import { committeeProblems, confirmationDueOn, termEndsSoon, warningReasons } from './rules.js';

const file = load(readFileSync(new URL('../../../data/calendar/holidays.yaml', import.meta.url), 'utf8'), {
  schema: CORE_SCHEMA,
}) as { years: HolidayYearEntry[] };
const cal = createWorkCalendar({
  years: file.years.map((y) => y.year),
  days: file.years.flatMap((y) => expandHolidayYear(y).days),
});

describe('judicial confirmation within 30 days of the agreement taking effect (第三十三条)', () => {
  it.each([
    ['2020-06-10', '2020-07-10', 'an ordinary Friday'],
    ['2020-09-01', '2020-10-09', 'day 30 falls in the National Day holiday: the first working day after it'],
    ['2020-06-13', '2020-07-13', 'day 30 a Sunday: the Monday'],
    ['2021-01-12', '2021-02-18', 'day 30 in the Spring Festival holiday (2021-02-11…17)'],
  ])('effective %s → apply by %s (%s)', (effective, due) => {
    expect(confirmationDueOn(cal, effective)).toBe(due);
  });
});

const agreed: CaseFacts = {
  state: 'agreed',
  mediators: ['李秀英'],
  agreementForm: 'written',
  agreementEffectiveOn: '2020-09-01',
  confirmationAppliedOn: null,
  confirmedOn: null,
};

describe('the case steps and their gates', () => {
  const cases: [CaseStep, Partial<CaseFacts>, StepInput, string | null][] = [
    ['start', { state: 'registered', mediators: [] }, { on: '2020-03-02' }, '调解员'],
    ['start', { state: 'registered', mediators: [] }, { on: '2020-03-02', mediators: ['王明'] }, null],
    ['agree', { state: 'mediating' }, { on: '2020-03-05' }, '协议形式'],
    ['agree', { state: 'mediating' }, { on: '2020-03-05', agreementForm: 'written' }, '协议内容'],
    ['agree', { state: 'mediating' }, { on: '2020-03-05', agreementForm: 'oral' }, null],
    ['agree', { state: 'registered' }, { on: '2020-03-05', agreementForm: 'oral' }, '不能达成调解协议'],
    ['apply_confirmation', {}, { on: '2020-10-09' }, null],
    ['apply_confirmation', {}, { on: '2020-10-10' }, '期限至2020-10-09'],
    ['apply_confirmation', { confirmationAppliedOn: '2020-09-10' }, { on: '2020-09-12' }, '已申请'],
    ['confirm', {}, { on: '2020-09-20' }, '尚未申请'],
    ['confirm', { confirmationAppliedOn: '2020-09-10' }, { on: '2020-09-20' }, null],
    ['revisit', {}, { on: '2020-08-30' }, '不得早于'],
    ['revisit', {}, { on: '2020-09-30' }, null],
    ['close', {}, { on: '2020-09-30' }, '不能结案归档'],
    ['close', { state: 'revisited' }, { on: '2020-10-12' }, null],
    ['fail', { state: 'mediating' }, { on: '2020-03-05' }, null],
    ['end', { state: 'agreed' }, { on: '2020-03-05' }, '不能终止调解'],
  ];
  it.each(cases)('%s on %o with %o → %s', (step, facts, input, blocked) => {
    const reason = checkStep(step, { ...agreed, ...facts }, input, cal);
    if (blocked === null) expect(reason).toBeNull();
    else expect(reason).toContain(blocked);
  });
});

describe('committees (第八、九条) and early warnings (第二十五条)', () => {
  const woman = { gender: 'female' as const };
  const man = { gender: 'male' as const };
  it.each([
    [[woman, man, man], '2021-07-01', '2024-06-30', []],
    [[woman, man], '2021-07-01', '2024-06-30', ['members']],
    [[man, man, man], '2021-07-01', '2024-06-30', ['members']],
    [Array(10).fill(woman), '2021-07-01', '2024-06-30', ['members']],
    [[woman, man, man], '2021-07-01', '2025-06-30', ['termEndOn']],
  ])('members %o, term %s–%s → problems in %o', (members, termStartOn, termEndOn, fields) => {
    expect(committeeProblems({ members, termStartOn, termEndOn }).map((p) => p.field)).toEqual(fields);
  });
  it('reminds in the 60 days before a term ends, not after', () => {
    expect(termEndsSoon('2024-06-30', '2024-05-01')).toBe(true);
    expect(termEndsSoon('2024-06-30', '2024-04-30')).toBe(false);
    expect(termEndsSoon('2024-06-30', '2024-07-01')).toBe(false);
  });
  it('warns on a case at risk, a party seen again within a year, or five people and more', () => {
    expect(warningReasons({ atRisk: false, peopleInvolved: 2, sameParty: 1 })).toEqual([]);
    expect(warningReasons({ atRisk: true, peopleInvolved: 5, sameParty: 2 })).toEqual([
      'atRisk',
      'repeated',
      'manyPeople',
    ]);
  });
});
