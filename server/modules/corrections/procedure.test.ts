import { beforeAll, describe, expect, it } from 'vitest';
import { createWorkCalendar, type WorkCalendar } from '../../../common/calendar/index.js';
import { readBundledHolidays } from '../../platform/calendar/index.js';
import type { Actor, Role } from '../../platform/context.js';
import { installModules } from '../../platform/install-modules.js';
import { blockedReason } from '../../platform/procedures/index.js';
import { powersModule } from '../powers/index.js';
import { correctionsModule } from './index.js';
import { type CorrectiveTaskRecord, correctiveTaskProcedure } from './procedure.js';
import { rectificationDue, taskNumber, yearsBefore } from './rules.js';

installModules([powersModule, correctionsModule]);

function task(over: Partial<CorrectiveTaskRecord> = {}): CorrectiveTaskRecord {
  return {
    id: 't1',
    state: 'open',
    version: 1,
    orgUnitId: 'u1',
    districtId: 'd1',
    decidedOn: '2024-09-20',
    rectification: null,
    ...over,
  };
}

function actor(role: Role): Actor {
  return {
    userId: 'x',
    username: 'x',
    displayName: 'x',
    role,
    orgUnitId: 'u1',
    orgPath: '/d1/u1/',
    districtId: 'd1',
  };
}

describe('corrective task procedure: who may do what, in which state', () => {
  const cases: [
    string,
    'submit' | 'accept' | 'return',
    Role,
    Partial<CorrectiveTaskRecord>,
    string | undefined,
  ][] = [
    ['the unit submits an open task', 'submit', 'department_officer', {}, undefined],
    [
      'the unit submits again after a return',
      'submit',
      'department_officer',
      { state: 'returned' },
      undefined,
    ],
    ['a leader cannot submit', 'submit', 'leader', {}, 'FORBIDDEN'],
    [
      'a closed task takes no rectification',
      'submit',
      'department_officer',
      { state: 'closed' },
      'TRANSITION_NOT_ALLOWED',
    ],
    [
      'the coordinator accepts a written rectification',
      'accept',
      'coordinator',
      { state: 'submitted', rectification: '已重作' },
      undefined,
    ],
    [
      'nothing written, nothing to accept',
      'accept',
      'coordinator',
      { state: 'submitted', rectification: '  ' },
      'RECTIFICATION_MISSING',
    ],
    [
      'the unit cannot accept its own rectification',
      'accept',
      'department_officer',
      { state: 'submitted', rectification: '已重作' },
      'FORBIDDEN',
    ],
    ['an open task cannot be accepted', 'accept', 'coordinator', { state: 'open' }, 'TRANSITION_NOT_ALLOWED'],
    [
      'a reviewer returns a submitted task',
      'return',
      'legal_reviewer',
      { state: 'submitted', rectification: 'x' },
      undefined,
    ],
  ];
  for (const [name, transition, role, over, code] of cases) {
    it(name, () => {
      const reason = blockedReason(correctiveTaskProcedure, transition, {
        actor: actor(role),
        record: task(over),
        facts: { steps: [] },
      });
      expect(reason?.code).toBe(code);
    });
  }
});

describe('rectification due dates', () => {
  // The bundled State Council notices (2024: 国庆节 10-01..10-07 off, 10-12 worked).
  let cal: WorkCalendar;
  beforeAll(async () => {
    const years = await readBundledHolidays();
    cal = createWorkCalendar({ years: years.map((y) => y.year), days: years.flatMap((y) => y.days) });
  });

  it('counts the default 60 days from the decision, rolled past a holiday', () => {
    // 2024-08-04 + 60 days = 2024-10-03 (国庆节) → the first working day after, 2024-10-08.
    const due = rectificationDue(cal, '2024-08-04', null);
    expect(due.dueOn).toBe('2024-10-08');
    expect(due.basis).toContain('第七十六条');
  });

  it('takes the time limit the decision set', () => {
    expect(rectificationDue(cal, '2024-08-04', { dueOn: '2024-09-01', basis: '判决限期三十日' })).toEqual({
      dueOn: '2024-09-01',
      basis: '判决限期三十日',
    });
  });

  it('numbers tasks per year and looks back whole years', () => {
    expect(taskNumber(2026, 7)).toBe('ZG2026-0007');
    expect(yearsBefore('2024-02-29', 3)).toBe('2021-02-28');
  });
});
