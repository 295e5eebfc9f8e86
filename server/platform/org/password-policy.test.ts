import { describe, expect, it } from 'vitest';
import { demoAccounts } from './demo.js';
import { checkPasswordPolicy, generateStrongPassword } from './password-policy.js';

describe('checkPasswordPolicy', () => {
  it.each([
    ['Yuhong#2020x', 'zhangsan', []],
    ['yuhong#2020x', 'zhangsan', []],
    ['YUHONG2020xx', 'zhangsan', []],
    ['Short#1a', 'zhangsan', ['密码长度至少 10 位']],
    ['onlylowercaseletters', 'zhangsan', ['密码须包含大写字母、小写字母、数字、符号中的至少三类']],
    ['lowercase123456', 'zhangsan', ['密码须包含大写字母、小写字母、数字、符号中的至少三类']],
    ['Zhangsan#2020', 'zhangsan', ['密码不得包含用户名']],
    ['xxZHANGSANxx#1', 'ZhangSan', ['密码不得包含用户名']],
    ['Password@123', 'zhangsan', ['该密码过于常见，请另选']],
    ['abc', 'zhangsan', ['密码长度至少 10 位', '密码须包含大写字母、小写字母、数字、符号中的至少三类']],
    ['密码很长但是只有中文字符', 'zhangsan', ['密码须包含大写字母、小写字母、数字、符号中的至少三类']],
    ['法治于洪区2020ab', 'zhangsan', []],
  ])('%s for %s → %j', (password, username, problems) => {
    expect(checkPasswordPolicy(password, username)).toEqual(problems);
  });

  it('counts characters, not UTF-16 units, for the length', () => {
    expect(checkPasswordPolicy('法治A1b#', 'x')).toContain('密码长度至少 10 位');
  });

  it('generates passwords that pass the policy', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i += 1) {
      const p = generateStrongPassword();
      expect(p).toHaveLength(16);
      expect(checkPasswordPolicy(p, 'admin')).toEqual([]);
      seen.add(p);
    }
    expect(seen.size).toBe(200);
  });

  it("refuses the published demo passwords as anyone's new password (else they pass the production gate)", () => {
    const accounts = demoAccounts();
    expect(new Set(accounts.map((a) => a.role)).size).toBe(6);
    for (const a of accounts)
      expect(checkPasswordPolicy(a.password, 'someone')).toEqual(['该密码是公开的演示密码，请另选']);
  });
});
