import { describe, expect, it } from 'vitest';
import { CASE_TRANSITION_INPUTS } from '../../../../../common/contracts/enforcement/cases.js';
import { FORMS, visibleSpecs } from './transition-forms.js';

describe('transition forms', () => {
  it('ask, for every step, exactly the fields of the contract', () => {
    for (const [key, schema] of Object.entries(CASE_TRANSITION_INPUTS)) {
      const asked = (FORMS[key] ?? []).map((s) => s.name).sort();
      expect(asked, key).toEqual(Object.keys(schema.shape).sort());
    }
  });

  it('leave the amounts and circumstance out of a licensing decision', () => {
    const names = visibleSpecs('decide', { kind: 'licensing', benchmarkId: null }, false).map((s) => s.name);
    // The 决定书文号 is issued by the server from the body's sequence (decision 0019), not asked.
    expect(names).toEqual(['on', 'outcome', 'decisionText']);
  });

  it('require the circumstance with a benchmark, and the deviation reason once the server asks', () => {
    const specs = visibleSpecs('decide', { kind: 'penalty', benchmarkId: 'b' }, true);
    expect(specs.find((s) => s.name === 'circumstance')?.required).toBe(true);
    expect(specs.find((s) => s.name === 'deviationReason')?.required).toBe(true);
    const plain = visibleSpecs('decide', { kind: 'penalty', benchmarkId: null }, false);
    expect(plain.find((s) => s.name === 'circumstance')?.required).toBeFalsy();
    expect(plain.some((s) => s.name === 'deviationReason')).toBe(false);
  });

  it('ask the intended circumstance at submission only when the case has a benchmark', () => {
    const names = (benchmarkId: string | null) =>
      visibleSpecs('submit_review', { kind: 'penalty', benchmarkId }, false).map((s) => s.name);
    expect(names(null)).not.toContain('intendedCircumstance');
    expect(names('b')).toContain('intendedCircumstance');
  });
});
