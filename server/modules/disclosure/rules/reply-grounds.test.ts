import { describe, expect, it } from 'vitest';
import { type ReplyGrounds, replyGroundProblems } from './reply-grounds.js';
import { remedyRegimeOn } from './remedies.js';

const none: ReplyGrounds = {
  withheldParts: [],
  notHeldKind: null,
  competentOrgan: null,
  competentOrganContact: null,
  competentOrganUnknownReason: null,
};
const paths = (outcome: string, g: Partial<ReplyGrounds>, opinion: string | null = null) =>
  replyGroundProblems(outcome, { ...none, ...g }, opinion).map((p) => p.path);

describe('remedy regimes', () => {
  it('switch to the 2023 行政复议法 on 2024-01-01', () => {
    expect(remedyRegimeOn('2023-12-31').law).toContain('2017');
    expect(remedyRegimeOn('2024-01-01').law).toContain('2023');
  });
});

describe('reply grounds (条例 第三十七条, 第三十六条第（五）项)', () => {
  it('refuses a partial reply without a ground per withheld part', () => {
    expect(paths('partially_granted', {})).toEqual(['withheldParts']);
    expect(
      paths('partially_granted', { withheldParts: [{ part: '电话', ground: 'personal_privacy' }] }),
    ).toEqual([]);
  });
  it('refuses a 第十五条 ground when the third party consented', () => {
    const withheldParts = [{ part: '报价', ground: 'commercial_secret' as const }];
    expect(paths('partially_granted', { withheldParts }, 'consent')).toEqual(['withheldParts']);
    expect(paths('partially_granted', { withheldParts }, 'objection')).toEqual([]);
  });
  it('asks which item of 第三十六条 applies, and the competent organ or why it cannot be named', () => {
    expect(paths('unable_not_held', {})).toEqual(['notHeldKind']);
    expect(paths('unable_not_held', { notHeldKind: 'not_exist' })).toEqual([]);
    expect(paths('unable_not_held', { notHeldKind: 'not_competent' })).toEqual(['competentOrgan']);
    expect(paths('unable_not_held', { notHeldKind: 'not_competent', competentOrgan: '区民政局' })).toEqual([
      'competentOrganContact',
    ]);
    expect(
      paths('unable_not_held', { notHeldKind: 'not_competent', competentOrganUnknownReason: '无主管部门' }),
    ).toEqual([]);
    expect(paths('granted', {})).toEqual([]);
  });
});
