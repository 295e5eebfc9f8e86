import { describe, expect, it } from 'vitest';
import {
  creditCodeCheckChar,
  creditCodeProblem,
  residentIdCheckDigit,
  residentIdProblem,
} from './check-digits.js';

describe('resident ID numbers (GB 11643)', () => {
  it('computes the check digit, X included', () => {
    // The standard's own example: 11010519491231002X.
    expect(residentIdCheckDigit('11010519491231002')).toBe('X');
    expect(residentIdProblem('11010519491231002X')).toBeNull();
    expect(residentIdProblem('11010519491231002x')).toBeNull();
  });

  it('refuses a wrong check digit, an impossible birth date and a wrong length', () => {
    expect(residentIdProblem('110105194912310021')).toContain('校验位');
    expect(residentIdProblem('110105194902300024')).toContain('出生日期');
    expect(residentIdProblem('11010519491231002')).toContain('18 位');
  });
});

describe('unified social credit codes (GB 32100)', () => {
  it('computes the check character', () => {
    // A published code (国家市场监督管理总局 example format): 91350100M000100Y43.
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(creditCodeProblem('91350100M000100Y43')).toBeNull();
  });

  it('refuses a resident ID number typed as a credit code, and letters outside the alphabet', () => {
    expect(creditCodeProblem('11010519491231002X')).not.toBeNull();
    expect(creditCodeProblem('91350100M000100Y44')).toContain('校验位');
    expect(creditCodeProblem('9135010OM000100Y43')).toContain('18 位');
  });
});
