import { describe, expect, it } from 'vitest';
import { CalendarYearNotLoadedError } from '../../../common/calendar/index.js';
import type { Actor } from '../context.js';
import { AppError } from '../errors.js';
import { assertTransition, availableActions, type ActionCheck } from './actions.js';
import { withLazyFacts } from './facts.js';
import { custom } from './gates.js';
import { parseInput } from './input.js';
import {
  buildActor,
  buildItem,
  buildStep,
  type TestItem,
  testProcedure,
  testProcedureModule,
} from './test-procedure.js';
import { installModules } from '../install-modules.js';
import type { ProcedureStep } from './types.js';

installModules([testProcedureModule]);

type Check = ActionCheck<TestItem, object>;

function check(actor: Actor | null, record: TestItem, steps: ProcedureStep[] = [], isInScope = true): Check {
  return { actor, record, facts: { steps }, isInScope };
}

const coordinator = buildActor('coordinator');
const officer = buildActor('department_officer');
const reviewer = buildActor('legal_reviewer');
const lawful = buildStep('conclude_review', { outcome: 'lawful', opinion: '合法' });
const unlawful = buildStep('conclude_review', { outcome: 'unlawful', opinion: '越权' });

describe('availableActions: one reason per way a transition can be out of reach', () => {
  const cases: {
    name: string;
    transition: string;
    check: Check;
    reason: { kind: string; code: string } | null;
  }[] = [
    { name: 'allowed', transition: 'submit', check: check(officer, buildItem()), reason: null },
    {
      name: 'wrong state',
      transition: 'publish',
      check: check(coordinator, buildItem({ state: 'draft' })),
      reason: { kind: 'state', code: 'TRANSITION_NOT_ALLOWED' },
    },
    {
      name: 'role lacks the permission',
      transition: 'publish',
      check: check(officer, buildItem({ state: 'reviewed' }), [lawful]),
      reason: { kind: 'permission', code: 'FORBIDDEN' },
    },
    {
      name: 'nobody logged in',
      transition: 'submit',
      check: check(null, buildItem()),
      reason: { kind: 'permission', code: 'UNAUTHENTICATED' },
    },
    {
      name: 'record outside the data scope',
      transition: 'submit',
      check: check(officer, buildItem(), [], false),
      reason: { kind: 'scope', code: 'OUT_OF_SCOPE' },
    },
    {
      name: 'required field blank',
      transition: 'submit',
      check: check(officer, buildItem({ title: '  ' })),
      reason: { kind: 'gate', code: 'FIELD_REQUIRED' },
    },
    {
      name: 'review never done',
      transition: 'publish',
      check: check(coordinator, buildItem({ state: 'reviewed' })),
      reason: { kind: 'gate', code: 'LEGALITY_REVIEW_REQUIRED' },
    },
    {
      name: 'review found unlawful',
      transition: 'publish',
      check: check(coordinator, buildItem({ state: 'reviewed' }), [unlawful]),
      reason: { kind: 'gate', code: 'LEGALITY_REVIEW_REQUIRED' },
    },
    {
      name: 'a later unlawful review supersedes an earlier lawful one',
      transition: 'publish',
      check: check(coordinator, buildItem({ state: 'reviewed' }), [lawful, unlawful]),
      reason: { kind: 'gate', code: 'LEGALITY_REVIEW_REQUIRED' },
    },
    {
      name: 'unlawful, revised, then lawful',
      transition: 'publish',
      check: check(coordinator, buildItem({ state: 'reviewed' }), [unlawful, lawful]),
      reason: null,
    },
    {
      name: 'state is checked before the role',
      transition: 'conclude_review',
      check: check(officer, buildItem({ state: 'draft' })),
      reason: { kind: 'state', code: 'TRANSITION_NOT_ALLOWED' },
    },
    {
      name: 'the role is checked before the gates',
      transition: 'submit',
      check: check(reviewer, buildItem({ title: null })),
      reason: { kind: 'permission', code: 'FORBIDDEN' },
    },
  ];

  it.each(cases)('$name', ({ transition, check: c, reason }) => {
    const action = availableActions(testProcedure, c).find((a) => a.key === transition);
    expect(action).toBeDefined();
    if (reason) {
      expect(action).toMatchObject({ allowed: false, reason });
      expect(action?.reason?.message).toMatch(/[\u4e00-\u9fff]/);
    } else {
      expect(action).toMatchObject({ allowed: true });
      expect(action?.reason).toBeUndefined();
    }
  });

  it('lists every declared transition, with label and target state', () => {
    const actions = availableActions(testProcedure, check(officer, buildItem()));
    expect(actions.map((a) => a.key)).toEqual([
      'submit',
      'conclude_review',
      'revise',
      'escalate',
      'publish',
      'withdraw',
    ]);
    expect(actions.filter((a) => a.allowed).map((a) => a.key)).toEqual(['submit', 'escalate', 'withdraw']);
    expect(actions[0]).toMatchObject({ label: '提交审查', to: 'reviewing' });
  });

  it('tells the user which state blocks and which role is missing, in Chinese', () => {
    const publish = availableActions(testProcedure, check(coordinator, buildItem({ state: 'draft' }))).find(
      (a) => a.key === 'publish',
    );
    expect(publish?.reason?.message).toBe('当前状态为“草稿”，不能发布');
    const denied = availableActions(
      testProcedure,
      check(officer, buildItem({ state: 'reviewed' }), [lawful]),
    );
    expect(denied.find((a) => a.key === 'publish')?.reason?.message).toBe('您的角色无权发布测试事项');
  });
});

describe('assertTransition', () => {
  function thrown(fn: () => void): AppError {
    try {
      fn();
    } catch (error) {
      if (error instanceof AppError) return error;
      throw error;
    }
    throw new Error('expected an AppError');
  }

  it('wrong state → TRANSITION_NOT_ALLOWED (409)', () => {
    const e = thrown(() => assertTransition(testProcedure, 'publish', check(coordinator, buildItem())));
    expect([e.code, e.status]).toEqual(['TRANSITION_NOT_ALLOWED', 409]);
  });

  it('missing permission → FORBIDDEN (403)', () => {
    const e = thrown(() =>
      assertTransition(testProcedure, 'conclude_review', check(officer, buildItem({ state: 'reviewing' }))),
    );
    expect([e.code, e.status]).toEqual(['FORBIDDEN', 403]);
  });

  it('outside the scope → NOT_FOUND (404: existence is not leaked)', () => {
    const e = thrown(() => assertTransition(testProcedure, 'submit', check(officer, buildItem(), [], false)));
    expect([e.code, e.status]).toEqual(['NOT_FOUND', 404]);
  });

  it("unmet gate → the gate's own code (409), its message and basis", () => {
    const e = thrown(() =>
      assertTransition(testProcedure, 'publish', check(coordinator, buildItem({ state: 'reviewed' }))),
    );
    expect([e.code, e.status, e.message]).toEqual([
      'LEGALITY_REVIEW_REQUIRED',
      409,
      '须经合法性审查且结论为合法后方可发布',
    ]);
    expect(e.details).toMatchObject({ basis: '《重大行政决策程序暂行条例》第二十五条' });
  });

  it('unknown transition key → TRANSITION_NOT_ALLOWED', () => {
    const e = thrown(() => assertTransition(testProcedure, 'launch', check(coordinator, buildItem())));
    expect(e.code).toBe('TRANSITION_NOT_ALLOWED');
  });

  it('passes when everything holds', () => {
    expect(() =>
      assertTransition(
        testProcedure,
        'publish',
        check(coordinator, buildItem({ state: 'reviewed' }), [lawful]),
      ),
    ).not.toThrow();
  });
});

describe("a transition's form", () => {
  const conclude = testProcedure.transitions.conclude_review.input;

  it('returns the parsed form', () => {
    expect(parseInput(conclude, { outcome: 'lawful', opinion: '符合法定权限' })).toEqual({
      outcome: 'lawful',
      opinion: '符合法定权限',
    });
  });

  it('lists each bad field with a zh-CN message', () => {
    const e = (() => {
      try {
        parseInput(conclude, { outcome: 'maybe' });
      } catch (error) {
        return error as AppError;
      }
    })();
    expect(e?.code).toBe('VALIDATION_FAILED');
    expect(e?.fields?.map((f) => f.path).sort()).toEqual(['opinion', 'outcome']);
    for (const f of e?.fields ?? []) expect(f.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('a transition without a form keeps nothing of what it is sent', () => {
    expect(parseInput(undefined, { anything: 1 })).toBeUndefined();
  });
});

// Decision 0016: a gate reading a statutory window that falls in a year without its holiday notice blocks
// with that reason, and only that gate.
describe('a gate whose window lies in a year whose holiday notice is not loaded', () => {
  const windowGate = custom<TestItem, { windowEndsOn: string }>({
    code: 'WINDOW_PASSED',
    message: '期限已过',
    check: (_r, f) => f.windowEndsOn >= '2027-01-01',
  });
  const procedure = {
    ...testProcedure,
    transitions: {
      ...testProcedure.transitions,
      submit: { ...testProcedure.transitions.submit, gates: [windowGate] },
    },
  } as unknown as typeof testProcedure;
  const facts = withLazyFacts(
    { steps: [] as ProcedureStep[] },
    {
      windowEndsOn: (): string => {
        throw new CalendarYearNotLoadedError(2027);
      },
    },
  );
  const message =
    '2027年的节假日安排尚未载入，无法确定法定期限；请协调员在“工作日历”中载入国务院办公厅通知后再办理';

  it('shows the reason on the blocked action and leaves the others alone', () => {
    const list = availableActions(procedure, { actor: officer, record: buildItem(), facts });
    expect(list.find((a) => a.key === 'submit')).toMatchObject({
      allowed: false,
      reason: { kind: 'gate', code: 'CALENDAR_YEAR_NOT_LOADED', message },
    });
    expect(list.find((a) => a.key === 'escalate')).toMatchObject({ allowed: true });
  });

  it('refuses the transition with 409 CALENDAR_YEAR_NOT_LOADED', () => {
    const fire = () => assertTransition(procedure, 'submit', { actor: officer, record: buildItem(), facts });
    expect(fire).toThrow(expect.objectContaining({ code: 'CALENDAR_YEAR_NOT_LOADED', status: 409, message }));
  });
});
