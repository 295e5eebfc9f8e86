import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  createWorkCalendar,
  expandHolidayYear,
  type HolidayYearEntry,
} from '../../../common/calendar/index.js';
import type { Actor, Role } from '../../platform/context.js';
import { installModules } from '../../platform/install-modules.js';
import { blockedReason } from '../../platform/procedures/index.js';
import { legalAffairsModule } from './index.js';
import { type MatterRecord, matterProcedure } from './procedure.js';
import { categoryFitsKind, opinionClockFor, outcomeFitsKind, SERVICE_LEVELS } from './rules.js';

installModules([legalAffairsModule]);

function matter(over: Partial<MatterRecord> = {}): MatterRecord {
  return {
    id: 'm1',
    state: 'in_progress',
    version: 1,
    orgUnitId: 'u1',
    districtId: 'd1',
    kind: 'contract_review',
    subject: '合同审查',
    matterNumber: '法务〔2024〕0001号',
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

const check = (record: MatterRecord, role: Role, opinions = 0) => ({
  actor: actor(role),
  record,
  facts: { steps: [], opinions },
});

describe('legal matter procedure: who may do what, when', () => {
  const cases: [string, string, MatterRecord, Role, number, string | undefined][] = [
    [
      'the 司法局 assigns a new request',
      'assign',
      matter({ state: 'requested' }),
      'coordinator',
      0,
      undefined,
    ],
    [
      'the review office assigns the review it sends',
      'assign',
      matter({ state: 'requested' }),
      'legal_reviewer',
      0,
      undefined,
    ],
    ['an adviser does not assign', 'assign', matter({ state: 'requested' }), 'legal_adviser', 0, 'FORBIDDEN'],
    [
      'a concluded matter is not reassigned',
      'assign',
      matter({ state: 'concluded' }),
      'coordinator',
      0,
      'TRANSITION_NOT_ALLOWED',
    ],
    [
      'the adviser starts an assigned matter',
      'start',
      matter({ state: 'assigned' }),
      'legal_adviser',
      0,
      undefined,
    ],
    [
      'a department cannot start the adviser’s work',
      'start',
      matter({ state: 'assigned' }),
      'department_officer',
      0,
      'FORBIDDEN',
    ],
    ['an opinion is issued while in progress', 'issue_opinion', matter(), 'legal_adviser', 0, undefined],
    [
      'no opinion before the work starts',
      'issue_opinion',
      matter({ state: 'assigned' }),
      'legal_adviser',
      0,
      'TRANSITION_NOT_ALLOWED',
    ],
    [
      'a contract review is not concluded without its opinion',
      'conclude',
      matter(),
      'legal_adviser',
      0,
      'OPINION_REQUIRED',
    ],
    ['a contract review with its opinion is concluded', 'conclude', matter(), 'legal_adviser', 1, undefined],
    [
      'a legal opinion matter needs the opinion',
      'conclude',
      matter({ kind: 'legal_opinion' }),
      'legal_adviser',
      0,
      'OPINION_REQUIRED',
    ],
    [
      'a legality review needs the opinion',
      'conclude',
      matter({ kind: 'legality_review' }),
      'legal_adviser',
      0,
      'OPINION_REQUIRED',
    ],
    [
      'a lawsuit ends with its judgment, no opinion needed',
      'conclude',
      matter({ kind: 'litigation' }),
      'legal_adviser',
      0,
      undefined,
    ],
    [
      'a meeting attended is concluded',
      'conclude',
      matter({ kind: 'meeting' }),
      'legal_adviser',
      0,
      undefined,
    ],
    [
      'only a fresh request is returned',
      'return',
      matter({ state: 'assigned' }),
      'coordinator',
      0,
      'TRANSITION_NOT_ALLOWED',
    ],
    [
      'the 司法局 returns a fresh request',
      'return',
      matter({ state: 'requested' }),
      'coordinator',
      0,
      undefined,
    ],
    [
      'the unit withdraws its open request',
      'withdraw',
      matter({ state: 'in_progress' }),
      'department_officer',
      0,
      undefined,
    ],
    [
      'a concluded matter is not withdrawn',
      'withdraw',
      matter({ state: 'concluded' }),
      'department_officer',
      0,
      'TRANSITION_NOT_ALLOWED',
    ],
    ['a leader only reads', 'withdraw', matter({ state: 'requested' }), 'leader', 0, 'FORBIDDEN'],
  ];
  it.each(cases)('%s', (_, transition, record, role, opinions, code) => {
    const reason = blockedReason(matterProcedure, transition, check(record, role, opinions));
    expect(reason?.code).toBe(code);
  });
});

describe('legal matter rules as data', () => {
  it('fits categories and outcomes to their kind', () => {
    expect(categoryFitsKind('litigation', 'arbitration')).toBe(true);
    expect(categoryFitsKind('litigation', 'procurement')).toBe(false);
    expect(outcomeFitsKind('contract_review', 'approved_with_changes')).toBe(true);
    expect(outcomeFitsKind('contract_review', 'won')).toBe(false);
    expect(outcomeFitsKind('non_litigation', 'opinion_given')).toBe(true);
  });

  it('runs an opinion clock only for the kinds that end in an opinion', () => {
    expect(opinionClockFor('contract_review')?.length).toEqual({
      amount: SERVICE_LEVELS.contract_review,
      unit: 'working_days',
    });
    expect(opinionClockFor('legality_review')?.basis).toContain('重大行政决策程序暂行条例');
    expect(opinionClockFor('litigation')).toBeNull();
    expect(opinionClockFor('meeting')).toBeNull();
  });

  it('counts the service levels in working days across the National Day holiday', () => {
    // The bundled notices: 2024-10-01…10-07 off, Sunday 09-29 and Saturday 10-12 worked (legal-rules §14).
    const file = load(
      readFileSync(new URL('../../../data/calendar/holidays.yaml', import.meta.url), 'utf8'),
      {
        schema: CORE_SCHEMA,
      },
    ) as { years: HolidayYearEntry[] };
    const cal = createWorkCalendar({
      years: file.years.map((y) => y.year),
      days: file.years.flatMap((y) => expandHolidayYear(y).days),
    });
    // Assigned Friday 27 September: 5 WD → Sun 29 (worked), Mon 30, Tue 8, Wed 9, Thu 10 October.
    expect(addWorkingDays(cal, '2024-09-27', SERVICE_LEVELS.contract_review)).toBe('2024-10-10');
    // Requested Monday 30 September: assignment within 3 WD → 8, 9, 10 October.
    expect(addWorkingDays(cal, '2024-09-30', SERVICE_LEVELS.assignment)).toBe('2024-10-10');
  });
});
