import { describe, expect, it } from 'vitest';
import {
  defaultDocumentPrefix,
  defineDocumentKind,
  formatDocumentNumber,
  parseDocumentNumber,
} from './numbering.js';

const reply = defineDocumentKind({ key: 'disclosure_reply', word: '公开', label: '政府信息公开申请答复书' });
const penalty = defineDocumentKind({ key: 'penalty_decision', word: '罚', label: '行政处罚决定书' });
const district = { name: '于洪区', shortName: '于洪', type: 'district' as const };

describe('document numbers (发文字号, GB/T 9704-2012 §7.2.4)', () => {
  it('is 代字 + 〔year〕 + sequence + 号, full-width brackets, no 第, no zero padding', () => {
    expect(formatDocumentNumber({ prefix: '于司', kind: reply, year: 2024, sequence: 3 })).toBe(
      '于司公开〔2024〕3号',
    );
    expect(formatDocumentNumber({ prefix: '于市监', kind: penalty, year: 2026, sequence: 12 })).toBe(
      '于市监罚〔2026〕12号',
    );
  });

  it('reads a number of ours back, and nothing else', () => {
    expect(parseDocumentNumber('于司公开〔2024〕3号', '于司', reply)).toEqual({ year: 2024, sequence: 3 });
    expect(parseDocumentNumber('于司公开〔2024〕03号', '于司', reply)).toBeNull();
    expect(parseDocumentNumber('于司公开[2024]3号', '于司', reply)).toBeNull();
    expect(parseDocumentNumber('于市监罚〔2024〕3号', '于司', reply)).toBeNull();
  });

  it('derives a default 代字 from the district and the unit’s short name', () => {
    expect(
      defaultDocumentPrefix({ name: '区司法局', shortName: '区司法局', type: 'department' }, district),
    ).toBe('于司法');
    expect(
      defaultDocumentPrefix(
        { name: '区市场监督管理局', shortName: '区市场监管局', type: 'department' },
        district,
      ),
    ).toBe('于市场监管');
    expect(
      defaultDocumentPrefix({ name: '区生态环境分局', shortName: null, type: 'department' }, district),
    ).toBe('于生态环境');
    expect(
      defaultDocumentPrefix(
        { name: '区人民防空办公室', shortName: '区人防办', type: 'department' },
        district,
      ),
    ).toBe('于人防');
    expect(defaultDocumentPrefix(district, district)).toBe('于政');
    expect(defaultDocumentPrefix({ name: '迎宾路街道', shortName: null, type: 'street' }, district)).toBe(
      '于迎宾路',
    );
  });

  it('refuses a kind word that is not Chinese text', () => {
    expect(() => defineDocumentKind({ key: 'x', word: 'AB', label: 'x' })).toThrow();
  });
});
