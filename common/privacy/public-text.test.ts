import { describe, expect, it } from 'vitest';
import { maskPublicText } from './public-text.js';

const people = { names: ['张三丰', '李四'] };

describe('maskPublicText', () => {
  it('hides resident ID numbers however typed: full-width, x, spaced, 15 digits', () => {
    for (const id of [
      '21011419900101123X',
      '２１０１１４１９９００１０１１２３４',
      '210114 1990 0101 1234',
      '210114900101123',
    ])
      expect(maskPublicText(`当事人身份证${id}，经查`, people)).toBe('当事人身份证（证件号码已隐去），经查');
  });

  it('hides mobiles and landlines in any spacing', () => {
    for (const phone of [
      '13812345678',
      '138 1234 5678',
      '138-1234-5678',
      '+86 138 1234 5678',
      '024-25551234',
      '(024) 2555 1234',
    ])
      expect(maskPublicText(`联系电话${phone}。`, people)).toBe('联系电话（电话已隐去）。');
  });

  it('masks every recorded person, a name with a space between its characters too', () => {
    expect(maskPublicText('张三丰与张 三 丰、李　四共同经营', people)).toBe('张**与张**、李*共同经营');
  });

  it('leaves amounts, dates, decision numbers and credit codes alone', () => {
    const text = '于2020年6月1日罚款3000元，于市监罚〔2020〕12号，统一社会信用代码91350100M000100Y43';
    expect(maskPublicText(text, people)).toBe(text);
  });
});

describe('bidi control characters in public text (#11.14)', () => {
  it('are removed, so the text shows as it reads and a split name is still masked', () => {
    const out = maskPublicText('当事人张\u202E三\u202C（\u2066电话\u2069）无证经营\u200F', { names: ['张三'] });
    expect(out).toBe('当事人张*（电话）无证经营');
  });
});
