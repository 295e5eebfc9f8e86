import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../common/api.js';
import {
  adoptsSuggestion,
  asksForDeviationReason,
  decideBody,
  fieldErrorsOf,
  filingLateness,
  officerValidOn,
  openCaseBody,
  toBody,
} from './form-values.js';

describe('toBody', () => {
  it('formats dates, trims text, nulls blanks and drops untouched fields', () => {
    expect(toBody({ on: dayjs('2021-08-02'), note: '  ', cause: ' 无证经营 ', x: undefined, n: 0 })).toEqual({
      on: '2021-08-02',
      note: null,
      cause: '无证经营',
      n: 0,
    });
  });
});

describe('openCaseBody', () => {
  const officers = ['a', 'b'];
  it('drops the major reasons of a case that is not major', () => {
    const body = openCaseBody({ isMajor: false, majorReasons: ['complex'], handlerOfficerIds: officers });
    expect(body.majorReasons).toEqual([]);
    expect(body.isMajor).toBe(false);
    expect(body.collectiveRequired).toBe(false);
    expect(body.benchmarkId).toBeNull();
  });
  it('keeps the reasons of a major case and the opening date as YYYY-MM-DD', () => {
    const body = openCaseBody({
      isMajor: true,
      majorReasons: ['complex'],
      openedOn: dayjs('2020-03-09'),
      handlerOfficerIds: officers,
    });
    expect(body).toMatchObject({ isMajor: true, majorReasons: ['complex'], openedOn: '2020-03-09' });
  });
});

describe('decideBody', () => {
  it('leaves out amounts and the circumstance that were not entered', () => {
    expect(
      decideBody({ outcome: 'warning', fineAmount: null, circumstance: undefined, decisionText: '警告' }),
    ).toEqual({ outcome: 'warning', decisionText: '警告' });
  });
});

describe('server field errors', () => {
  const error = new ApiError(400, 'VALIDATION_FAILED', '请求参数不正确', [
    { path: 'body.partyName', message: '请填写当事人名称' },
    { path: 'handlerOfficerIds.1', message: '执法证件已过期' },
    { path: 'body.unknown', message: 'x' },
  ]);
  it('maps body paths and array items to the form fields', () => {
    expect(fieldErrorsOf(error, ['partyName', 'handlerOfficerIds'])).toEqual([
      { name: 'partyName', errors: ['请填写当事人名称'] },
      { name: 'handlerOfficerIds', errors: ['执法证件已过期'] },
    ]);
  });
  it('ignores errors that are not the server’s', () => {
    expect(fieldErrorsOf(new Error('x'), ['partyName'])).toEqual([]);
  });
  it('recognises a refused deviation without a reason', () => {
    const e = new ApiError(400, 'VALIDATION_FAILED', 'x', [{ path: 'deviationReason', message: '请说明' }]);
    expect(asksForDeviationReason(e)).toBe(true);
    expect(asksForDeviationReason(error)).toBe(false);
  });
});

describe('filingLateness', () => {
  it('tells late, overdue and on time apart', () => {
    expect(filingLateness({ dueOn: '2020-05-15', filedOn: '2020-05-16' }, '2020-06-01')).toBe('late');
    expect(filingLateness({ dueOn: '2020-05-15', filedOn: '2020-05-15' }, '2020-06-01')).toBeNull();
    expect(filingLateness({ dueOn: '2020-05-15', filedOn: null }, '2020-05-16')).toBe('overdue');
    expect(filingLateness({ dueOn: '2020-05-15', filedOn: null }, '2020-05-15')).toBeNull();
  });
});

describe('officerValidOn', () => {
  it('refuses inactive officers and certificates expired on the opening day', () => {
    expect(officerValidOn({ isActive: false }, '2020-01-01')).toBe(false);
    expect(officerValidOn({ certificateValidUntil: '2019-12-31' }, '2020-01-01')).toBe(false);
    expect(officerValidOn({ certificateValidUntil: '2020-01-01' }, '2020-01-01')).toBe(true);
  });
});

describe('adoptsSuggestion', () => {
  it('fills an empty field and replaces its own earlier suggestion', () => {
    expect(adoptsSuggestion(undefined, null)).toBe(true);
    expect(adoptsSuggestion('  ', null)).toBe(true);
    expect(adoptsSuggestion('于市监立〔2026〕3号', '于市监立〔2026〕3号')).toBe(true);
  });

  it('never overwrites a number the officer typed', () => {
    expect(adoptsSuggestion('市监案字2026-9', '于市监立〔2026〕3号')).toBe(false);
    expect(adoptsSuggestion('于市监立〔2026〕5号', null)).toBe(false);
  });
});
