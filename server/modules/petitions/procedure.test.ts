import { describe, expect, it } from 'vitest';
import type { Actor, Role } from '../../platform/context.js';
import { installModules } from '../../platform/install-modules.js';
import { availableActions, blockedReason } from '../../platform/procedures/index.js';
import { petitionsModule } from './index.js';
import { type PetitionFacts, type PetitionRecord, petitionClock, petitionProcedure } from './procedure.js';

installModules([petitionsModule]);

function petition(over: Partial<PetitionRecord> = {}): PetitionRecord {
  return {
    id: 'p1',
    state: 'registered',
    version: 1,
    orgUnitId: 'u1',
    districtId: 'd1',
    number: 'XF2023-0001',
    law: '2022',
    category: 'appeal',
    receivedOn: '2023-03-01',
    answeredOn: null,
    reviewDecidedOn: null,
    extendedOn: null,
    stepOn: '2023-03-05',
    ...over,
  };
}

const actor = (role: Role): Actor => ({
  userId: 'x',
  username: 'x',
  displayName: 'x',
  role,
  orgUnitId: 'u1',
  orgPath: '/d1/u1/',
  districtId: 'd1',
});
const NO_WINDOWS: PetitionFacts = {
  objectionDueOn: null,
  reviewRequestDueOn: null,
  reexamRequestDueOn: null,
};
const check = (record: PetitionRecord, facts: Partial<PetitionFacts> = {}, role: Role = 'coordinator') => ({
  actor: actor(role),
  record,
  facts: { steps: [], ...NO_WINDOWS, ...facts },
});
const blocked = (t: keyof typeof petitionProcedure.transitions, ...args: Parameters<typeof check>) =>
  blockedReason(petitionProcedure, t, check(...args));

describe('petition procedure gates', () => {
  it.each([
    ['object_assignment', 'routed', { objectionDueOn: '2023-03-08' }, '2023-03-08', undefined],
    [
      'object_assignment',
      'routed',
      { objectionDueOn: '2023-03-08' },
      '2023-03-09',
      'OBJECTION_WINDOW_PASSED',
    ],
    // 2005 text: no objection period, no clock: the objection is not timed.
    ['object_assignment', 'routed', {}, '2023-05-30', undefined],
    ['request_review', 'answered', { reviewRequestDueOn: '2023-06-30' }, '2023-06-30', undefined],
    [
      'request_review',
      'answered',
      { reviewRequestDueOn: '2023-06-30' },
      '2023-07-01',
      'REVIEW_WINDOW_PASSED',
    ],
    [
      'request_reexam',
      'reviewed',
      { reexamRequestDueOn: '2023-08-10' },
      '2023-08-11',
      'REEXAM_WINDOW_PASSED',
    ],
    ['close', 'answered', { reviewRequestDueOn: '2023-06-30' }, '2023-06-30', 'REQUEST_WINDOW_OPEN'],
    ['close', 'answered', { reviewRequestDueOn: '2023-06-30' }, '2023-07-01', undefined],
    ['close', 'reviewed', { reexamRequestDueOn: '2023-08-10' }, '2023-08-10', 'REQUEST_WINDOW_OPEN'],
    ['accept', 'registered', {}, '2023-02-28', 'STEP_BEFORE_RECEIPT'],
  ] as const)('%s from %s with %o on %s → %s', (transition, state, facts, stepOn, code) => {
    const reason = blocked(transition, petition({ state, stepOn }), facts);
    if (code) expect(reason).toMatchObject({ kind: 'gate', code });
    else expect(reason).toBeUndefined();
  });

  it('directs only 申诉求决 matters to litigation, reconsideration or arbitration (诉访分离)', () => {
    expect(blocked('divert', petition({ category: 'appeal' }))).toBeUndefined();
    expect(blocked('divert', petition({ category: 'suggestion' }))).toMatchObject({
      code: 'DIVERSION_NOT_APPEAL',
    });
  });

  it('extends the handling period once, with the approval of a leader or the coordinator', () => {
    const handling = petition({ state: 'handling' });
    expect(blocked('extend', handling)).toBeUndefined();
    expect(blocked('extend', petition({ state: 'handling', extendedOn: '2023-04-01' }))).toMatchObject({
      code: 'EXTENSION_ALREADY_USED',
    });
    expect(blocked('extend', handling, {}, 'department_officer')).toMatchObject({ kind: 'permission' });
  });

  it('leaves 复查 and 复核 to the level above (coordinator, leader), not the handling department', () => {
    const answered = petition({ state: 'answered' });
    expect(blocked('request_review', answered, {}, 'leader')).toBeUndefined();
    expect(blocked('request_review', answered, {}, 'department_officer')).toMatchObject({
      kind: 'permission',
    });
  });

  it('ends after 复核: nothing leaves 已办结', () => {
    const actions = availableActions(petitionProcedure, check(petition({ state: 'closed' })));
    expect(actions.filter((a) => a.allowed)).toEqual([]);
  });

  it('runs the clocks of the text in force: the 2005 text has its own, and no objection clock', () => {
    expect(petitionClock('2022', 'handling')?.basis).toBe('《信访工作条例》第三十四条');
    expect(petitionClock('2005', 'handling')?.basis).toBe('《信访条例》（2005年）第三十三条');
    expect(petitionClock('2005', 'objection')).toBeNull();
    expect(petitionClock('2022', 'handling')?.extension).toMatchObject({ amount: 30, times: 1 });
  });

  it('requires the handling organ and the outcome in the forms', () => {
    expect(petitionProcedure.transitions.route.input.safeParse({ mode: 'assign' }).success).toBe(false);
    const answer = petitionProcedure.transitions.answer.input;
    expect(answer.safeParse({ outcome: 'maybe', summary: 'x' }).success).toBe(false);
    expect(answer.safeParse({ outcome: 'explain', summary: '解释说明' }).success).toBe(true);
  });
});
