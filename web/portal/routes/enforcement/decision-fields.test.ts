import { describe, expect, it } from 'vitest';
import type { PublicDecision } from '../../../../common/contracts/enforcement/publication.js';
import { fieldsOf } from './decision-fields.js';

const decision = (over: Partial<PublicDecision> = {}): PublicDecision => ({
  id: '00000000-0000-4000-8000-000000000001',
  decisionNumber: '于市监罚〔2026〕3号',
  orgUnitId: '00000000-0000-4000-8000-000000000002',
  orgUnitName: '区市场监督管理局',
  kind: 'penalty',
  kindLabel: '行政处罚',
  cause: '涉嫌销售过期食品',
  partyType: 'individual_business',
  partyTypeLabel: '个体工商户',
  partyName: '于洪区永信药店',
  partyCreditCode: null,
  facts: null,
  violation: '销售过期食品',
  legalBasis: '《中华人民共和国食品安全法》第一百二十四条',
  penaltyKindLabels: ['警告、通报批评', '罚款'],
  outcome: 'fine',
  outcomeLabel: '罚款',
  decisionText: '警告，并处罚款500元',
  fineAmount: 500,
  confiscationAmount: null,
  decidedOn: '2026-03-02',
  publishedOn: '2026-03-03',
  ...over,
});

const keys = (d: PublicDecision) => fieldsOf(d, 'zh-CN').map((f) => f.key);

describe('fieldsOf (portal decision page)', () => {
  it('shows the established violation instead of the 涉嫌 cause, with every kind and the legal basis', () => {
    const shown = keys(decision());
    expect(shown).toContain('violation');
    expect(shown).not.toContain('cause');
    expect(shown).toEqual(expect.arrayContaining(['penaltyKinds', 'legalBasis']));
    const kinds = fieldsOf(decision(), 'zh-CN').find((f) => f.key === 'penaltyKinds');
    expect(kinds?.value).toBe('警告、通报批评；罚款');
  });

  it('keeps the cause where no violation was established and leaves out what was not recorded', () => {
    const shown = keys(
      decision({ violation: null, legalBasis: null, penaltyKindLabels: [], outcome: 'not_established' }),
    );
    expect(shown).toContain('cause');
    expect(shown).not.toEqual(expect.arrayContaining(['violation']));
    expect(shown).not.toContain('legalBasis');
    expect(shown).not.toContain('penaltyKinds');
  });
});
