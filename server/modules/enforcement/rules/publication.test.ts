import { describe, expect, it } from 'vitest';
import { establishedViolation, isTradeName, publicPartyName } from './publication.js';

const mask = (name: string) => `${[...name][0]}*`;

describe('establishedViolation', () => {
  it.each([
    ['fine', '涉嫌销售过期食品', '销售过期食品'],
    ['warning', '  涉嫌未按规定公示价格', '未按规定公示价格'],
    ['no_penalty', '涉嫌未亮证经营', '未亮证经营'],
    ['licence_sanction', '以欺骗手段取得许可证', '以欺骗手段取得许可证'],
  ])('a %s decision publishes the established violation of “%s”', (outcome, cause, shown) => {
    expect(establishedViolation(cause, outcome)).toBe(shown);
  });

  it.each(['not_established', 'transferred', 'licence_granted', 'coercive_measure', null])(
    'an outcome %s establishes no violation',
    (outcome) => {
      expect(establishedViolation('涉嫌销售过期食品', outcome)).toBeNull();
    },
  );
});

describe('publicPartyName', () => {
  it('shows an individual business by its trade name, not masked', () => {
    const party = {
      partyType: 'individual_business',
      partyName: '于洪区永信药店',
      partyOperatorName: '王建国',
    };
    expect(publicPartyName(party, mask)).toBe('于洪区永信药店');
  });

  it('masks an individual business registered under the operator’s own name', () => {
    expect(
      publicPartyName(
        { partyType: 'individual_business', partyName: '王建国', partyOperatorName: '王建国' },
        mask,
      ),
    ).toBe('王*');
    // No operator on record: a name as short as a person's is taken for one.
    expect(
      publicPartyName({ partyType: 'individual_business', partyName: '李四', partyOperatorName: null }, mask),
    ).toBe('李*');
    expect(isTradeName({ partyName: '永信药店', partyOperatorName: null })).toBe(true);
  });

  it('masks natural persons and shows organisations in full', () => {
    expect(
      publicPartyName({ partyType: 'natural_person', partyName: '张三丰', partyOperatorName: null }, mask),
    ).toBe('张*');
    expect(
      publicPartyName(
        { partyType: 'legal_person', partyName: '沈阳某某有限公司', partyOperatorName: null },
        mask,
      ),
    ).toBe('沈阳某某有限公司');
  });
});
