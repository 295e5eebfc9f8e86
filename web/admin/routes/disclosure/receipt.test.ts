import { describe, expect, it } from 'vitest';
import { legalReceiptDate, receiptField } from './receipt.js';

const facts = { arrivedOn: '2024-09-23', signedOn: '2024-09-24', confirmedOn: '2024-09-25' };

describe('legal receipt date (条例 第三十一条)', () => {
  it.each([
    ['in_person', null, '2024-09-23'],
    ['letter', 'registered', '2024-09-24'],
    ['letter', 'ordinary', '2024-09-25'],
    ['online', null, '2024-09-25'],
    ['fax', null, '2024-09-25'],
    ['email', null, '2024-09-25'],
  ])('%s %s → %s', (channel, mailKind, expected) => {
    expect(legalReceiptDate({ ...facts, channel, mailKind })).toBe(expected);
  });

  it('is unknown until the channel (and for letters the kind of mail) is chosen', () => {
    expect(receiptField({ channel: null })).toBeNull();
    expect(legalReceiptDate({ ...facts, channel: 'letter' })).toBeNull();
    expect(
      legalReceiptDate({ channel: 'letter', mailKind: 'registered', arrivedOn: '2024-09-23' }),
    ).toBeNull();
  });
});
