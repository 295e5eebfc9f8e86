import { randomInt } from 'node:crypto';
import { demoOrgData } from './demo-data.js';

export const PASSWORD_MIN_LENGTH = 10;

/**
 * Passwords too common to allow whatever their length or mix (the head of the leaked-password lists,
 * plus the local favourites). Compared case-insensitively.
 */
const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  '1234567890',
  '12345678910',
  '0123456789',
  '1111111111',
  '1q2w3e4r5t',
  '1qaz2wsx3edc',
  'qwertyuiop',
  'qwerty12345',
  'qwerty@123',
  'password123',
  'password@123',
  'password1!',
  'p@ssw0rd123',
  'passw0rd!23',
  'admin@12345',
  'admin123456',
  'abc@123456',
  'abcd@12345',
  'iloveyou123',
  'woaini1314',
  'woaini520!',
  'a123456789',
  'aa123456789',
  'welcome@123',
  'changeme123',
  'p@ssword123',
  'zaq12wsxcde',
  'asdfghjkl1',
  'test@12345',
  'root@123456',
]);

const CLASSES: { test: RegExp; label: string }[] = [
  { test: /[A-Z]/, label: '大写字母' },
  { test: /[a-z]/, label: '小写字母' },
  { test: /[0-9]/, label: '数字' },
  { test: /[^A-Za-z0-9]/, label: '符号' },
];

/**
 * The password policy (GB/T 22239-2019 等保 2.0 requires complexity and no reuse of identity): returns the
 * problems in zh-CN, empty when the password is acceptable. Only the demo loader's accounts (`demoAccount`)
 * may carry a published demo password; they are marked so and production refuses to start with them.
 */
export function checkPasswordPolicy(
  password: string,
  username: string,
  opts: { demoAccount?: boolean } = {},
): string[] {
  const problems: string[] = [];
  if ([...password].length < PASSWORD_MIN_LENGTH) problems.push(`密码长度至少 ${PASSWORD_MIN_LENGTH} 位`);
  const classes = CLASSES.filter((c) => c.test.test(password)).length;
  if (classes < 3) problems.push('密码须包含大写字母、小写字母、数字、符号中的至少三类');
  const name = username.trim().toLowerCase();
  if (name.length >= 3 && password.toLowerCase().includes(name)) problems.push('密码不得包含用户名');
  if (COMMON_PASSWORDS.has(password.toLowerCase())) problems.push('该密码过于常见，请另选');
  // The demo passwords are published in the README: as a new password they would pass the production gate.
  if (!opts.demoAccount && demoPasswords().has(password)) problems.push('该密码是公开的演示密码，请另选');
  return problems;
}

let demo: ReadonlySet<string> | null = null;
const demoPasswords = () => {
  demo ??= new Set(demoOrgData().users.map((u) => u.password));
  return demo;
};

const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const LOWER = 'abcdefghijkmnpqrstuvwxyz';
const DIGITS = '23456789';
const SYMBOLS = '@#%+=-_!';

/** A random password meeting the policy (16 characters, all four classes, no look-alike characters). */
export function generateStrongPassword(length = 16): string {
  const all = UPPER + LOWER + DIGITS + SYMBOLS;
  const pick = (set: string) => set[randomInt(set.length)] as string;
  const chars = [pick(UPPER), pick(LOWER), pick(DIGITS), pick(SYMBOLS)];
  while (chars.length < length) chars.push(pick(all));
  for (let i = chars.length - 1; i > 0; i -= 1) {
    const j = randomInt(i + 1);
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
  }
  return chars.join('');
}
