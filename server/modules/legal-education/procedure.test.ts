import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../platform/context.js';
import { installModules } from '../../platform/install-modules.js';
import { blockedReason } from '../../platform/procedures/index.js';
import { legalEducationModule } from './index.js';
import { type ReportRecord, reportProcedure } from './procedure.js';
import { dutyCode, dutyTemplateFor, lawsCited, planCodeOn } from './rules.js';

installModules([legalEducationModule]);

const TODAY = '2026-12-08';
const report = (over: Partial<ReportRecord> = {}): ReportRecord => ({
  id: 'r1',
  state: 'draft',
  version: 1,
  orgUnitId: 'u1',
  districtId: 'd1',
  year: 2026,
  today: TODAY,
  stepOn: TODAY,
  submittedOn: null,
  caption: '刘国庆 2026年',
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

type Case = [string, string, Partial<ReportRecord>, Role, string | undefined];
// [what, transition, record, role, the blocking code or undefined when allowed]
const CASES: Case[] = [
  ['a unit submits its head’s 述法 in December', 'submit', {}, 'department_officer', undefined],
  [
    'not before 1 December of its year',
    'submit',
    { stepOn: '2026-11-30' },
    'department_officer',
    'REPORT_NOT_YET_OPEN',
  ],
  [
    'last year’s may be submitted in January',
    'submit',
    { year: 2025, stepOn: '2026-01-10' },
    'leader',
    undefined,
  ],
  ['not dated after today', 'submit', { stepOn: '2026-12-09' }, 'coordinator', 'STEP_DATE_IN_FUTURE'],
  ['a mediator may not submit', 'submit', {}, 'mediator', 'FORBIDDEN'],
  [
    'the office reviews a submitted report',
    'review',
    { state: 'submitted', submittedOn: '2026-12-02' },
    'coordinator',
    undefined,
  ],
  [
    'a leader may not review',
    'review',
    { state: 'submitted', submittedOn: '2026-12-02' },
    'leader',
    'FORBIDDEN',
  ],
  [
    'a review is not before the submission',
    'review',
    { state: 'submitted', submittedOn: '2026-12-05', stepOn: '2026-12-04' },
    'coordinator',
    'STEP_BEFORE_SUBMISSION',
  ],
  [
    'a leader evaluates a reviewed report',
    'evaluate',
    { state: 'reviewed', submittedOn: '2026-12-02' },
    'leader',
    undefined,
  ],
  ['a draft cannot be evaluated', 'evaluate', { state: 'draft' }, 'leader', 'TRANSITION_NOT_ALLOWED'],
  [
    'the office returns a reviewed report',
    'return',
    { state: 'reviewed', submittedOn: '2026-12-02' },
    'coordinator',
    undefined,
  ],
];

describe('述法 procedure gates', () => {
  it.each(CASES)('%s', (_what, transition, record, role, code) => {
    const reason = blockedReason(reportProcedure, transition, {
      actor: actor(role),
      record: report(record),
      facts: { steps: [] },
    });
    expect(reason?.code).toBe(code);
  });
});

describe('rules', () => {
  it('takes the duty list in force on the year’s last day (law by date)', () => {
    expect(dutyTemplateFor(2020).key).toBe('rules_2016');
    expect(dutyTemplateFor(2022).key).toBe('rules_2016');
    expect(dutyTemplateFor(2023).key).toBe('liaoning_2023');
    expect(() => dutyTemplateFor(2015)).toThrow();
  });
  it('names the 普法 plan in force on a day, and none after 2025', () => {
    expect(planCodeOn('2020-12-31')).toBe('qiwu');
    expect(planCodeOn('2021-01-01')).toBe('bawu');
    expect(planCodeOn('2026-03-01')).toBeNull();
  });
  it('reads the laws a legal basis cites, each once', () => {
    expect(
      lawsCited(
        '《中华人民共和国食品安全法》有关规定；《中华人民共和国行政处罚法》；《中华人民共和国食品安全法》',
      ),
    ).toEqual(['中华人民共和国食品安全法', '中华人民共和国行政处罚法']);
    expect(lawsCited('有关法律法规')).toEqual([]);
    expect(lawsCited(null)).toEqual([]);
  });
  it('codes a generated duty stably by unit and law', () => {
    expect(dutyCode('210114-D22', '中华人民共和国食品安全法')).toBe(
      dutyCode('210114-D22', '中华人民共和国食品安全法'),
    );
    expect(dutyCode('210114-D22', '中华人民共和国食品安全法')).not.toBe(
      dutyCode('210114-D13', '中华人民共和国食品安全法'),
    );
  });
});
