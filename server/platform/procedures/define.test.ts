import { describe, expect, it } from 'vitest';
import { defineProcedure } from './define.js';
import { describeProcedure } from './describe.js';
import { defineGate } from './gates.js';
import { testProcedure, testProcedureModule } from './test-procedure.js';
import { installModules } from '../install-modules.js';

installModules([testProcedureModule]);

describe('defineProcedure', () => {
  const base = { key: 'x.thing', subjectType: 'thing', label: '事项', states: { a: { label: '甲' } } };

  it('refuses a transition to an undeclared state', () => {
    // The type system catches this in module code; the runtime check covers data built dynamically.
    const transitions = {
      go: { label: '走', from: ['a'], to: 'b', permission: 'x.go' },
    } as unknown as Record<string, { label: string; from: 'a'[]; to: 'a'; permission: string }>;
    expect(() => defineProcedure({ ...base, transitions })).toThrow(/unknown to-state "b"/);
  });

  it('refuses a gate code that is not UPPER_SNAKE', () => {
    const gate = defineGate({ code: 'not-a-code', message: '不行', check: () => true });
    expect(() =>
      defineProcedure({
        ...base,
        transitions: { go: { label: '走', from: ['a'], to: 'a', permission: 'x.go', gates: [gate] } },
      }),
    ).toThrow(/UPPER_SNAKE/);
  });

  it('refuses a transition out of a final state', () => {
    expect(() =>
      defineProcedure({
        ...base,
        states: { a: { label: '甲', final: true } },
        transitions: { go: { label: '走', from: ['a'], to: 'a', permission: 'x.go' } },
      }),
    ).toThrow(/leaves final state/);
  });
});

describe('describeProcedure', () => {
  const described = describeProcedure(testProcedure);

  it('lists the states with their labels', () => {
    expect(described.states).toContainEqual({ key: 'published', label: '已发布', final: true });
    expect(described.states).toHaveLength(5);
  });

  it('lists every clock a transition may choose among, marked as chosen by the record', () => {
    const escalate = described.transitions.find((t) => t.key === 'escalate');
    expect(escalate?.clocks.start).toEqual([
      expect.objectContaining({ key: 'testproc.review', chosenByRecord: true }),
      expect.objectContaining({
        key: 'testproc.urgent_review',
        chosenByRecord: true,
        length: { amount: 3, unit: 'working_days' },
      }),
    ]);
  });

  it('gives each transition its permission with roles, gates with messages, clocks with basis, audit action', () => {
    const publish = described.transitions.find((t) => t.key === 'publish');
    expect(publish).toMatchObject({
      from: ['reviewed'],
      to: 'published',
      permission: { key: 'testproc.publish', label: '发布测试事项', roles: ['coordinator'] },
      gates: [
        {
          code: 'LEGALITY_REVIEW_REQUIRED',
          message: '须经合法性审查且结论为合法后方可发布',
          kind: 'step',
          step: 'conclude_review',
          outcome: 'lawful',
          basis: '《重大行政决策程序暂行条例》第二十五条',
        },
      ],
      auditAction: 'testproc.item.published',
      hasForm: true,
    });
    const submit = described.transitions.find((t) => t.key === 'submit');
    expect(submit?.clocks.start).toEqual([
      {
        key: 'testproc.review',
        label: '审查期限',
        basis: '《测试条例》第七条',
        length: { amount: 7, unit: 'working_days' },
      },
    ]);
    expect(submit?.gates[0]).toMatchObject({ kind: 'field', field: 'title', code: 'FIELD_REQUIRED' });
    const revise = described.transitions.find((t) => t.key === 'revise');
    expect(revise?.clocks.start[0]).toMatchObject({ key: 'testproc.review', startsOnComputedDate: true });
  });

  it('defaults the audit action to <procedure>.<transition>', () => {
    expect(described.transitions.find((t) => t.key === 'conclude_review')?.auditAction).toBe(
      'testproc.item.conclude_review',
    );
    expect(described.transitions.find((t) => t.key === 'withdraw')?.clocks.stop).toEqual(['testproc.review']);
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(described))).toEqual(described);
  });
});
