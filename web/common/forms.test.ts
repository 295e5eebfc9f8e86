import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { ApiError } from './api.js';
import { fieldErrorsFor, toBody, toNamePath } from './forms.js';

describe('toNamePath', () => {
  it('drops the request part and turns list indexes into numbers', () => {
    expect(toNamePath('body.ranges.1.fineMax')).toEqual(['ranges', 1, 'fineMax']);
    expect(toNamePath('items[0].powerItemId')).toEqual(['items', 0, 'powerItemId']);
    expect(toNamePath('officerIds')).toEqual(['officerIds']);
  });
});

describe('fieldErrorsFor', () => {
  const error = new ApiError(400, 'VALIDATION_FAILED', '输入有误', [
    { path: 'body.ranges.0.fineMin', message: '金额不能为负数' },
    { path: 'body.code', message: '请填写基准编号' },
    { path: 'body.unknown', message: 'x' },
  ]);

  it('keeps the errors of the form’s own fields, nested ones on their row', () => {
    expect(fieldErrorsFor(error, ['ranges', 'code'])).toEqual([
      { name: ['ranges', 0, 'fineMin'], errors: ['金额不能为负数'] },
      { name: ['code'], errors: ['请填写基准编号'] },
    ]);
  });

  it('gives nothing for errors that are not the server’s', () => {
    expect(fieldErrorsFor(new Error('boom'), ['code'])).toEqual([]);
  });
});

describe('toBody', () => {
  it('formats dates, blanks become null, untouched fields are left out', () => {
    expect(
      toBody({
        confirmedOn: dayjs('2020-03-05'),
        confirmationDocument: '  ',
        legalBasis: '行政处罚法',
        scope: undefined,
        n: 3,
      }),
    ).toEqual({ confirmedOn: '2020-03-05', confirmationDocument: null, legalBasis: '行政处罚法', n: 3 });
  });
});
