import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../platform/context.js';
import { blockedReason } from '../../platform/procedures/index.js';
import { installModules } from '../../platform/install-modules.js';
import { proposalsModule } from './index.js';
import { type ProposalFacts, type ProposalRecord, proposalProcedure } from './procedure.js';
import { DEFAULT_SETTINGS } from './rules.js';

installModules([proposalsModule]);

const TODAY = '2026-06-15';

function item(over: Partial<ProposalRecord> = {}): ProposalRecord {
  return {
    id: 'p1',
    state: 'handling',
    version: 1,
    orgUnitId: 'u1',
    districtId: 'd1',
    kind: 'cppcc',
    round: 1,
    assignedOn: '2026-06-01',
    difficult: false,
    returnDueOn: '2026-06-08',
    resultClass: null,
    followUpDone: false,
    today: TODAY,
    stepOn: TODAY,
    caption: '001 关于加装电梯的提案',
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

const facts = (over: Partial<ProposalFacts> = {}) => ({
  steps: [],
  meetingHeld: true,
  coViewsPending: 0,
  settings: DEFAULT_SETTINGS,
  ...over,
});

type Case = [string, string, Partial<ProposalRecord>, Partial<ProposalFacts>, Role, string | undefined];

// [what, transition, record, facts, role, the blocking code or undefined when allowed]
const CASES: Case[] = [
  [
    'the office assigns a registered item',
    'assign',
    { state: 'registered', assignedOn: null, returnDueOn: null },
    {},
    'coordinator',
    undefined,
  ],
  ['a unit cannot assign', 'assign', { state: 'registered' }, {}, 'department_officer', 'FORBIDDEN'],
  [
    'an assignment cannot be dated after today',
    'assign',
    { state: 'registered', stepOn: '2026-06-16' },
    {},
    'coordinator',
    'STEP_DATE_IN_FUTURE',
  ],
  [
    'a unit returns within the window',
    'return',
    { stepOn: '2026-06-08' },
    {},
    'department_officer',
    undefined,
  ],
  [
    'not the day after the window',
    'return',
    { stepOn: '2026-06-09' },
    {},
    'department_officer',
    'RETURN_WINDOW_PASSED',
  ],
  [
    'not once answered and re-handled',
    'return',
    { round: 2, stepOn: '2026-06-05' },
    {},
    'department_officer',
    'ALREADY_ANSWERED_ONCE',
  ],
  [
    'a step cannot precede the assignment',
    'contact',
    { stepOn: '2026-05-31' },
    {},
    'department_officer',
    'STEP_BEFORE_ASSIGNMENT',
  ],
  [
    'the answer needs the meeting',
    'answer',
    {},
    { meetingHeld: false },
    'department_officer',
    'MEETING_REQUIRED',
  ],
  [
    'unless the district does not require it',
    'answer',
    {},
    { meetingHeld: false, settings: { ...DEFAULT_SETTINGS, requireMeetingBeforeAnswer: false } },
    'department_officer',
    undefined,
  ],
  [
    "the answer waits for the co-handlers' views",
    'answer',
    {},
    { coViewsPending: 1 },
    'department_officer',
    'CO_VIEWS_PENDING',
  ],
  ['a co-handler sends its views', 'co_views', {}, { coViewsPending: 1 }, 'department_officer', undefined],
  ['no views are owed without a co-handler', 'co_views', {}, {}, 'department_officer', 'NO_CO_VIEWS_PENDING'],
  ['answered with meeting and views', 'answer', {}, {}, 'department_officer', undefined],
  ['six months once', 'mark_difficult', { difficult: true }, {}, 'coordinator', 'ALREADY_DIFFICULT'],
  ['the office marks it difficult', 'mark_difficult', {}, {}, 'coordinator', undefined],
  [
    'only the office records the evaluation',
    'evaluate',
    { state: 'answered' },
    {},
    'department_officer',
    'FORBIDDEN',
  ],
  ['不满意 reopens handling', 'dissatisfied', { state: 'answered' }, {}, 'coordinator', undefined],
  [
    'an A answer has nothing to follow up',
    'follow_up',
    { state: 'closed', resultClass: 'A' },
    {},
    'department_officer',
    'NO_PROMISE_TO_FOLLOW',
  ],
  [
    'a B promise is followed up',
    'follow_up',
    { state: 'closed', resultClass: 'B' },
    {},
    'department_officer',
    undefined,
  ],
  [
    'until it is done',
    'follow_up',
    { state: 'closed', resultClass: 'C', followUpDone: true },
    {},
    'department_officer',
    'NO_PROMISE_TO_FOLLOW',
  ],
  [
    'a closed item is not answered again',
    'answer',
    { state: 'closed' },
    {},
    'department_officer',
    'TRANSITION_NOT_ALLOWED',
  ],
];

describe('建议提案 procedure gates', () => {
  it.each(CASES)('%s', (_what, transition, record, f, role, code) => {
    const reason = blockedReason(proposalProcedure, transition, {
      actor: actor(role),
      record: item(record),
      facts: facts(f),
    });
    expect(reason?.code).toBe(code);
  });
});
