/**
 * The masking pass that produces the text the public sees (个人信息保护法 第五十一条; 国办发〔2018〕118号:
 * 公示 must not disclose personal information). It works by pattern, not by exact stored values, so an ID
 * number typed with full-width digits, a phone with spaces or a name written with a space between its
 * characters is caught too (issue #11); the names of every person recorded on the record are masked.
 */
import { maskPersonName } from './masking.js';
import { withoutBidiControls } from '../text/bidi.js';

const FULL_WIDTH = /[０-９Ｘｘ]/g;
/** Full-width digits and Ｘ to ASCII, one character for one, so positions stay where they were. */
const halfWidth = (text: string) =>
  text.replace(FULL_WIDTH, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));

const SEP = '[\\s\\-－—–.·]*';
const digitsWithSeparators = (n: number) => `\\d(?:${SEP}\\d){${n - 1}}`;
// 18-digit (x/X last) and 15-digit resident IDs, digits possibly separated by spaces.
const ID_NUMBER = new RegExp(
  `(?<![\\dA-Za-z])(?:${digitsWithSeparators(17)}${SEP}[\\dXx]|${digitsWithSeparators(15)})(?![\\dA-Za-z])`,
  'g',
);
// Mobiles (1[3-9] + 9 digits) and landlines with an area code (0 + 2–3 digits, then 7–8 digits), any spacing.
const PHONE = new RegExp(
  `(?<!\\d)(?:(?:\\+?86${SEP})?1[3-9](?:${SEP}\\d){9}|\\(?0\\d{2,3}\\)?${SEP}\\d(?:${SEP}\\d){6,7})(?!\\d)`,
  'g',
);
const ID_SHOWN = '（证件号码已隐去）';
const PHONE_SHOWN = '（电话已隐去）';

export interface PublicTextPeople {
  /** Natural persons named on the record (the party, third persons): shown as 张*. */
  names: readonly string[];
  /** People never named at all on public pages (the officers): shown as **. */
  unnamed?: readonly string[];
  /** Other exact values to hide (an address), with what is shown instead. */
  values?: readonly (readonly [string, string])[];
}

/** The public version of a free text; null stays null. */
export function maskPublicText(text: string | null, people: PublicTextPeople): string | null {
  if (text === null) return null;
  // Bidi controls first: a name split by one would escape the masking below (decision 0024 §8).
  let out = halfWidth(withoutBidiControls(text)).replace(ID_NUMBER, ID_SHOWN).replace(PHONE, PHONE_SHOWN);
  for (const [value, shown] of people.values ?? []) {
    const v = value.trim();
    if ([...v].length >= 2) out = out.split(v).join(shown);
  }
  for (const name of people.names)
    out = replaceName(out, name, (chars) => maskPersonName(chars.join('')) ?? '');
  for (const name of people.unnamed ?? []) out = replaceName(out, name, (chars) => '*'.repeat(chars.length));
  return out;
}

/** Replaces a name wherever it appears, spaces between its characters included. */
function replaceName(text: string, name: string, shown: (chars: string[]) => string): string {
  const chars = [...name.replace(/\s+/g, '')];
  // A one-character name would blank out ordinary words.
  if (chars.length < 2) return text;
  const spaced = new RegExp(chars.map(escapeRegExp).join('[\\s\\u3000·•]*'), 'g');
  return text.replace(spaced, shown(chars));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
