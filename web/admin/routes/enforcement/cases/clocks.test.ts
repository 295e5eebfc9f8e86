import { describe, expect, it } from 'vitest';
import { clockFamily, urgencyOfDue } from './clocks.js';

describe('urgencyOfDue', () => {
  it('is overdue after the due date, due soon within five days, ok before', () => {
    expect(urgencyOfDue('2020-06-01', '2020-06-02')).toBe('overdue');
    expect(urgencyOfDue('2020-06-01', '2020-06-01')).toBe('due_soon');
    expect(urgencyOfDue('2020-06-06', '2020-06-01')).toBe('due_soon');
    expect(urgencyOfDue('2020-06-07', '2020-06-01')).toBe('ok');
  });
});

describe('clockFamily', () => {
  it('names the family of each case clock', () => {
    expect(clockFamily('enforcement.handling_penalty')).toBe('handling');
    expect(clockFamily('enforcement.hearing_request_2021')).toBe('hearing_request');
    expect(clockFamily('enforcement.service_2017')).toBe('service');
    expect(clockFamily('enforcement.publication_coercion')).toBe('publication');
    expect(clockFamily('enforcement.publication_withdrawal')).toBe('publication_withdrawal');
    expect(clockFamily('enforcement.payment')).toBe('payment');
    expect(clockFamily('disclosure.reply')).toBeNull();
  });
});
