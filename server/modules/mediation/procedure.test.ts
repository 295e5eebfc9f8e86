import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  createWorkCalendar,
  expandHolidayYear,
  type HolidayYearEntry,
} from '../../../common/calendar/index.js';
import { AgreeCaseInput } from '../../../common/contracts/mediation.js';
import type { Actor } from '../../platform/context.js';
import { installModules } from '../../platform/install-modules.js';
import { blockedReason } from '../../platform/procedures/index.js';
import { mediationModule } from './index.js';
import { type CaseFacts, type CaseRecord, type CaseTransitionKey, caseProcedure } from './procedure.js';
import {
  committeeProblems,
  confirmationDueOn,
  judicialConfirmationClock,
  termEndsSoon,
  warningReasons,
} from './rules.js';

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

installModules([mediationModule]);

const agreed: CaseRecord = {
  id: 'c1',
  state: 'agreed',
  version: 1,
  orgUnitId: 'u1',
  districtId: 'd1',
  number: 'TJ2020-0001',
  summary: '宅基地边界纠纷',
  mediators: ['李秀英'],
  stepMediators: [],
  agreementEffectiveOn: '2020-09-01',
  confirmationAppliedOn: null,
  confirmedOn: null,
  stepOn: '2020-09-02',
};
const mediator: Actor = {
  userId: 'x',
  username: 'x',
  displayName: 'x',
  role: 'mediator',
  orgUnitId: 'u1',
  orgPath: '/d1/u1/',
  districtId: 'd1',
};

describe('the case steps and their gates (kernel procedure)', () => {
  const cases: [CaseTransitionKey, Partial<CaseRecord>, string | null][] = [
    ['start', { state: 'registered', mediators: [] }, 'MEDIATOR_REQUIRED'],
    ['start', { state: 'registered', mediators: [], stepMediators: ['王明'] }, null],
    ['agree', { state: 'mediating' }, null],
    ['agree', { state: 'registered' }, 'TRANSITION_NOT_ALLOWED'],
    ['apply_confirmation', { stepOn: '2020-10-09' }, null],
    ['apply_confirmation', { stepOn: '2020-10-10' }, 'CONFIRMATION_WINDOW_PASSED'],
    [
      'apply_confirmation',
      { confirmationAppliedOn: '2020-09-10', stepOn: '2020-09-12' },
      'CONFIRMATION_ALREADY_APPLIED',
    ],
    ['apply_confirmation', { stepOn: '2020-08-30' }, 'STEP_BEFORE_AGREEMENT'],
    ['confirm', { stepOn: '2020-09-20' }, 'CONFIRMATION_NOT_PENDING'],
    ['confirm', { confirmationAppliedOn: '2020-09-10', stepOn: '2020-09-20' }, null],
    ['confirm', { confirmationAppliedOn: '2020-09-10', stepOn: '2020-09-09' }, 'STEP_BEFORE_APPLICATION'],
    [
      'confirm_revisited',
      { state: 'revisited', confirmationAppliedOn: '2020-09-10', stepOn: '2020-09-20' },
      null,
    ],
    [
      'confirm_revisited',
      { confirmationAppliedOn: '2020-09-10', stepOn: '2020-09-20' },
      'TRANSITION_NOT_ALLOWED',
    ],
    ['revisit', { stepOn: '2020-08-30' }, 'STEP_BEFORE_AGREEMENT'],
    ['revisit', { stepOn: '2020-09-30' }, null],
    ['close', {}, 'TRANSITION_NOT_ALLOWED'],
    ['close', { state: 'revisited' }, null],
    ['fail', { state: 'mediating' }, null],
    ['end', {}, 'TRANSITION_NOT_ALLOWED'],
  ];
  it.each(cases)('%s on %o → %s', (step, over, code) => {
    const record = { ...agreed, ...over };
    const due = record.agreementEffectiveOn ? confirmationDueOn(cal, record.agreementEffectiveOn) : null;
    const reason = blockedReason<CaseRecord, CaseFacts>(caseProcedure, step, {
      actor: mediator,
      record,
      facts: { steps: [], confirmationDueOn: due },
    });
    expect(reason?.code ?? null).toBe(code);
  });
  it('a leader may read but not take a step', () => {
    const reason = blockedReason<CaseRecord, CaseFacts>(caseProcedure, 'revisit', {
      actor: { ...mediator, role: 'leader' },
      record: { ...agreed, stepOn: '2020-09-30' },
      facts: { steps: [], confirmationDueOn: '2020-10-09' },
    });
    expect(reason?.kind).toBe('permission');
  });
});

describe('the step forms', () => {
  it('a written agreement states its content (第二十九条); an oral one need not', () => {
    const written = AgreeCaseInput.safeParse({ on: '2020-03-05', agreementForm: 'written' });
    expect(written.success).toBe(false);
    expect(written.error?.issues[0]?.path).toEqual(['agreementTerms']);
    expect(AgreeCaseInput.safeParse({ on: '2020-03-05', agreementForm: 'oral' }).success).toBe(true);
    expect(AgreeCaseInput.safeParse({ on: '2020-03-05' }).error?.issues[0]?.message).toContain('协议形式');
  });
  it("the clock runs 30 calendar days from the agreement, lapsing unused (the parties' right)", () => {
    expect(judicialConfirmationClock.length).toEqual({ amount: 30, unit: 'calendar_days' });
    expect(judicialConfirmationClock.lapses).toBe(true);
    expect(caseProcedure.transitions.agree.clocks.start[0]).toMatchObject({ def: judicialConfirmationClock });
    expect(caseProcedure.transitions.apply_confirmation.clocks.stop).toContain(judicialConfirmationClock);
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
