import { describe, expect, it } from 'vitest';
import { petitionProcedure } from './procedure.js';
import { plan2005Text, plan2020, planCurrentYear } from './demo-plan.js';

const route = (code: string) => `unit:${code}`;
const FINAL = ['close', 'decide_reexam', 'not_accept', 'divert'];
/** The state a petition stands in after its steps (the procedure's `to`; legal support moves no state). */
function stateAfter(steps: { transition: string }[]): string {
  const moves = steps.filter((s) => s.transition !== 'legal_support');
  const last = moves.at(-1)?.transition as keyof typeof petitionProcedure.transitions | undefined;
  return last ? petitionProcedure.transitions[last].to : 'registered';
}

describe('the petitions demo plan', () => {
  it('ends every 2020 petition in a final state, two of them key cases with legal support', () => {
    const plans = plan2020(route);
    expect(plans).toHaveLength(52);
    for (const p of plans) expect(FINAL).toContain(p.steps.at(-1)!.transition);
    expect(plans.filter((p) => p.steps.some((s) => s.transition === 'legal_support'))).toHaveLength(2);
    expect(plans.every((p) => p.receivedOn.startsWith('2020-'))).toBe(true);
  });

  it('keeps one petition under the 2005 信访条例, taken to 复核', () => {
    const p = plan2005Text(route);
    expect(p.receivedOn < '2022-05-01').toBe(true);
    expect(p.steps.map((s) => s.transition)).toContain('decide_reexam');
  });

  it.each(['2026-12-08', '2027-01-20'])(
    'puts this year in every state, no step after the load day (%s)',
    (today) => {
      const plans = planCurrentYear(today, route);
      for (const p of plans) for (const s of p.steps) expect(s.on <= today).toBe(true);
      const states = new Set(plans.map((p) => stateAfter(p.steps)));
      expect([...states].sort()).toEqual(Object.keys(petitionProcedure.states).sort());
    },
  );
});
