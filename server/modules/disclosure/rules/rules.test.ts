import { beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays, createWorkCalendar, type WorkCalendar } from '../../../../common/calendar/index.js';
import { readBundledHolidays } from '../../../platform/calendar/index.js';
import { correctionWindowEndsOn, isWithinCorrectionWindow, perApplicationFee } from './deadlines.js';
import { maskEmail, maskIdNumber, maskPersonName, maskPhone } from '../../../../common/privacy/masking.js';
import { isDenial, outcomeFromLabel } from './outcomes.js';
import { deriveReceivedOn, type ReceiptFacts } from './receipt.js';
import { formatTrackingCode, trackingCodeFrom } from './tracking-code.js';

let cal: WorkCalendar;
beforeAll(async () => {
  const years = await readBundledHolidays();
  cal = createWorkCalendar({ years: years.map((y) => y.year), days: years.flatMap((y) => y.days) });
});

const TODAY = '2020-12-31';

describe('receipt date per channel (条例 第三十一条)', () => {
  const cases: [string, ReceiptFacts, string | { code: string; field: string }][] = [
    ['in person: the day submitted', { channel: 'in_person', arrivedOn: '2020-03-02' }, '2020-03-02'],
    [
      'registered mail: the day signed for',
      { channel: 'letter', mailKind: 'registered', arrivedOn: '2020-03-02', signedOn: '2020-03-03' },
      '2020-03-03',
    ],
    [
      'registered mail without a signing date',
      { channel: 'letter', mailKind: 'registered', arrivedOn: '2020-03-02' },
      { code: 'SIGNED_ON_REQUIRED', field: 'signedOn' },
    ],
    [
      'ordinary mail confirmed the same day',
      { channel: 'letter', mailKind: 'ordinary', arrivedOn: '2020-03-02', confirmedOn: '2020-03-02' },
      '2020-03-02',
    ],
    [
      'ordinary mail confirmed late: still the day it arrived',
      { channel: 'letter', mailKind: 'ordinary', arrivedOn: '2020-03-02', confirmedOn: '2020-03-05' },
      '2020-03-02',
    ],
    [
      'a letter of unknown kind',
      { channel: 'letter', arrivedOn: '2020-03-02' },
      { code: 'MAIL_KIND_REQUIRED', field: 'mailKind' },
    ],
    [
      'online: the day both confirm',
      { channel: 'online', arrivedOn: '2020-03-01', confirmedOn: '2020-03-02' },
      '2020-03-02',
    ],
    [
      'fax: the day both confirm',
      { channel: 'fax', arrivedOn: '2020-03-02', confirmedOn: '2020-03-04' },
      '2020-03-04',
    ],
    [
      'e-mail without confirmation',
      { channel: 'email', arrivedOn: '2020-03-02' },
      { code: 'CONFIRMED_ON_REQUIRED', field: 'confirmedOn' },
    ],
    [
      'confirmation before arrival',
      { channel: 'fax', arrivedOn: '2020-03-02', confirmedOn: '2020-03-01' },
      { code: 'DATE_SEQUENCE_INVALID', field: 'confirmedOn' },
    ],
    [
      'a receipt in the future',
      { channel: 'in_person', arrivedOn: '2021-01-04' },
      { code: 'DATE_IN_FUTURE', field: 'arrivedOn' },
    ],
  ];
  it.each(cases)('%s', (_name, facts, expected) => {
    const result = deriveReceivedOn(facts, TODAY);
    if (typeof expected === 'string') expect(result).toMatchObject({ ok: true, receivedOn: expected });
    else expect(result).toMatchObject({ ok: false, ...expected });
  });

  it('notes a late confirmation of ordinary mail', () => {
    const r = deriveReceivedOn(
      { channel: 'letter', mailKind: 'ordinary', arrivedOn: '2020-03-02', confirmedOn: '2020-03-05' },
      TODAY,
    );
    expect(r.ok && r.note).toContain('按收信日期');
  });
});

describe('correction window: 7 working days after receipt (条例 第三十条)', () => {
  it.each([
    ['an ordinary week', '2020-03-02', '2020-03-11'],
    ['across the extended Spring Festival, with the make-up Sunday 01-19', '2020-01-16', '2020-02-03'],
    ['across 国庆中秋 2020 with make-up days 09-27 and 10-10', '2020-09-28', '2020-10-14'],
    ['received on a Saturday', '2020-03-07', '2020-03-17'],
  ])('%s', (_n, receivedOn, last) => {
    expect(correctionWindowEndsOn(cal, receivedOn)).toBe(last);
    expect(isWithinCorrectionWindow(cal, receivedOn, last)).toBe(true);
    expect(isWithinCorrectionWindow(cal, receivedOn, addWorkingDays(cal, last, 1))).toBe(false);
    expect(isWithinCorrectionWindow(cal, receivedOn, '2020-01-01')).toBe(false);
  });
});

describe('信息处理费 按件 bands (109号 第四条)', () => {
  it.each([
    [1, 0],
    [10, 0],
    [11, 100],
    [30, 100],
    [31, 200],
    [40, 200],
    [41, 300],
    [55, 400],
  ])('application no. %i in the month costs %i 元', (n, fee) => {
    expect(perApplicationFee(n)).toBe(fee);
  });
});

describe('masking', () => {
  it.each([
    ['210114199001011234', '2101**********1234'],
    ['21011419900101123X', '2101**********123X'],
    ['E12345678', 'E1*****78'],
    ['1234', '****'],
  ])('ID %s → %s', (id, masked) => {
    expect(maskIdNumber(id)).toBe(masked);
  });
  it('phones keep 3 + 4', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('024-25601234')).toBe('024*****1234');
    expect(maskPhone(null)).toBeNull();
  });
  it('names keep the surname', () => {
    expect(maskPersonName('张三')).toBe('张*');
    expect(maskPersonName('张三丰')).toBe('张**');
    expect(maskPersonName('张')).toBe('张*');
  });
  it('e-mail keeps the first letter and the domain', () => {
    expect(maskEmail('zhang@example.com')).toBe('z****@example.com');
  });
});

describe('outcomes and tracking codes', () => {
  it('reads outcomes by code, verbatim table 三 label or short label, and nothing else', () => {
    expect(outcomeFromLabel('partially_granted')?.code).toBe('partially_granted');
    expect(outcomeFromLabel('1.本机关不掌握相关政府信息')?.code).toBe('unable_not_held');
    expect(outcomeFromLabel('予以公开')?.code).toBe('granted');
    expect(outcomeFromLabel('同意公开')).toBeUndefined();
    expect(isDenial('denied_third_party')).toBe(true);
    expect(isDenial('partially_granted')).toBe(false);
  });
  it('makes 12-character Crockford codes, different for different bytes', () => {
    const a = trackingCodeFrom(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
    const b = trackingCodeFrom(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 9]));
    expect(a).toMatch(/^[0-9A-HJKMNP-TV-Z]{12}$/);
    expect(a).not.toBe(b);
    expect(formatTrackingCode(a)).toMatch(/^.{4}-.{4}-.{4}$/);
  });
});
