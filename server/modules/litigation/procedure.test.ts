import { beforeAll, describe, expect, it } from 'vitest';
import { computeDue, createWorkCalendar, type WorkCalendar } from '../../../common/calendar/index.js';
import { JUDGMENT_TYPES } from '../../../common/contracts/litigation.js';
import type { Actor, Role } from '../../platform/context.js';
import { readBundledHolidays } from '../../platform/calendar/index.js';
import { installModules } from '../../platform/install-modules.js';
import { blockedReason } from '../../platform/procedures/index.js';
import { correctionsModule } from '../corrections/index.js';
import { powersModule } from '../powers/index.js';
import { litigationModule } from './index.js';
import {
  answerClockFor,
  appealEndsOn,
  type LawsuitFacts,
  type LawsuitRecord,
  lawsuitProcedure,
} from './procedure.js';
import { defendantsOf, litigationPeriodsOn } from './rules.js';

installModules([powersModule, correctionsModule, litigationModule]);

let cal: WorkCalendar;
beforeAll(async () => {
  const years = await readBundledHolidays();
  cal = createWorkCalendar({ years: years.map((y) => y.year), days: years.flatMap((y) => y.days) });
});

function lawsuit(over: Partial<LawsuitRecord> = {}): LawsuitRecord {
  return {
    id: 'l1',
    state: 'received',
    version: 1,
    orgUnitId: 'u1',
    districtId: 'd1',
    caseNumber: '（2024）辽0114行初1号',
    judgmentType: null,
    judgmentServedOn: null,
    today: '2024-10-20',
    ...over,
  };
}
const facts = (over: Partial<LawsuitFacts> = {}) => ({
  steps: [],
  heard: false,
  appealEndsOn: null,
  recordingJudgment: false,
  ...over,
});
const actor = (role: Role): Actor => ({
  userId: 'x',
  username: 'x',
  displayName: 'x',
  role,
  orgUnitId: 'u1',
  orgPath: '/d1/u1/',
  districtId: 'd1',
});

describe('lawsuit procedure: gates and roles', () => {
  type Case = [
    string,
    keyof typeof lawsuitProcedure.transitions,
    Role,
    Partial<LawsuitRecord>,
    Partial<LawsuitFacts>,
    string | undefined,
  ];
  const cases: Case[] = [
    ['the department answers', 'answer', 'department_officer', {}, {}, undefined],
    ['a leader only reads', 'answer', 'leader', {}, {}, 'FORBIDDEN'],
    [
      'a judgment needs a hearing on file',
      'judge_first',
      'department_officer',
      { state: 'answered' },
      { recordingJudgment: true },
      'HEARING_REQUIRED',
    ],
    [
      'a ruling needs none (准予撤诉)',
      'judge_first',
      'department_officer',
      { state: 'answered' },
      { recordingJudgment: false },
      undefined,
    ],
    [
      'after a hearing a judgment is recorded',
      'judge_first',
      'coordinator',
      { state: 'heard' },
      { recordingJudgment: true, heard: true },
      undefined,
    ],
    [
      'no effect while the appeal window runs',
      'take_effect',
      'coordinator',
      { state: 'judged' },
      { appealEndsOn: '2024-10-20' },
      'APPEAL_WINDOW_OPEN',
    ],
    [
      'in effect the day after the window',
      'take_effect',
      'coordinator',
      { state: 'judged', today: '2024-10-21' },
      { appealEndsOn: '2024-10-20' },
      undefined,
    ],
    [
      'a 调解书 cannot be appealed',
      'appeal',
      'coordinator',
      { state: 'judged', judgmentType: 'mediated' },
      {},
      'NOT_APPEALABLE',
    ],
    ['a judgment can', 'appeal', 'coordinator', { state: 'judged', judgmentType: 'revoke' }, {}, undefined],
    [
      'a closed case moves no more',
      'answer',
      'coordinator',
      { state: 'closed' },
      {},
      'TRANSITION_NOT_ALLOWED',
    ],
  ];
  for (const [name, transition, role, rec, f, code] of cases)
    it(name, () => {
      const reason = blockedReason(lawsuitProcedure, transition, {
        actor: actor(role),
        record: lawsuit(rec),
        facts: facts(f),
      });
      expect(reason?.code).toBe(code);
    });
});

describe('periods by the text in force, on the working-day calendar', () => {
  it('gives 15 days to answer from 2015-05-01 and 10 days before', () => {
    expect(litigationPeriodsOn('2015-05-01').answer.amount).toBe(15);
    expect(litigationPeriodsOn('2015-04-30').answer.amount).toBe(10);
    expect(answerClockFor('2024-01-02').key).toBe('litigation.answer');
    expect(answerClockFor('2014-06-01').key).toBe('litigation.answer_1989');
  });

  it('rolls an answer deadline that ends in the National Day holiday to the next working day', () => {
    // Served 2024-09-16: the 15th day is 2024-10-01 (国庆节, off through 10-07) → 2024-10-08.
    const due = computeDue(cal, { from: '2024-09-16', amount: 15, unit: 'calendar_days' });
    expect(due.dueOn).toBe('2024-10-08');
  });

  it('closes a judgment’s appeal window after 15 days and a ruling’s after 10, rolled past holidays', () => {
    // 2020-06-10 + 15 = 06-25 (端午节, off through 06-27); 06-28 is a 调休 working Sunday.
    expect(appealEndsOn(cal, 'reject_claims', '2020-06-10')).toBe('2020-06-28');
    expect(appealEndsOn(cal, 'withdrawn', '2024-04-24')).toBe('2024-05-06');
    expect(appealEndsOn(cal, 'mediated', '2024-04-24')).toBeNull();
  });
});

describe('who is sued, and what a judgment means', () => {
  it('names the co-defendants after 复议 (行政诉讼法 第二十六条)', () => {
    const body = '区人民政府';
    expect(defendantsOf('区住建局', { after: false, result: null, body })).toEqual(['区住建局']);
    expect(defendantsOf('区住建局', { after: true, result: 'upheld', body })).toEqual(['区住建局', body]);
    expect(defendantsOf('区住建局', { after: true, result: 'changed', body })).toEqual([body]);
    expect(defendantsOf('区住建局', { after: true, result: 'silent', body })).toEqual(['区住建局']);
  });

  it('opens a corrective task exactly for the judgments table 四 counts as corrected', () => {
    for (const j of JUDGMENT_TYPES) expect(j.corrects !== null, j.code).toBe(j.table4 === 'corrected');
    for (const j of JUDGMENT_TYPES) if (j.corrects) expect(j.lost, j.code).toBe(true);
  });
});
