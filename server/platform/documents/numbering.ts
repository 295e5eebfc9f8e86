import type { OrgUnitType } from '../org/schema.js';

/**
 * A kind of official document an organ numbers on its own sequence (答复书, 处罚决定书 …). `word` follows the
 * organ's 代字 in the number (于司 + 公开 → 于司公开〔2024〕3号); modules declare their kinds.
 */
export interface DocumentKind {
  key: string;
  word: string;
  label: string;
}

/** Declares a document kind; the word must be Chinese text (it sits inside the 发文字号). */
export function defineDocumentKind(kind: DocumentKind): DocumentKind {
  if (!/^[\u4e00-\u9fff]{1,6}$/.test(kind.word)) {
    throw new Error(`document kind ${kind.key}: the word “${kind.word}” must be 1–6 Chinese characters`);
  }
  return kind;
}

export interface DocumentNumberParts {
  prefix: string;
  kind: DocumentKind;
  year: number;
  sequence: number;
}

/**
 * 发文字号: 发文机关代字 + 年份 + 发文顺序号. Basis: GB/T 9704-2012 §7.2.4 — the year in full inside 六角括号
 * 〔〕, the sequence without 第 and without zero padding, then 号 (e.g. 于司公开〔2024〕3号).
 */
export function formatDocumentNumber(p: DocumentNumberParts): string {
  return `${p.prefix}${p.kind.word}〔${p.year}〕${p.sequence}号`;
}

/** The year and sequence of a number written in this organ's and kind's form, or null when it is not one. */
export function parseDocumentNumber(
  text: string,
  prefix: string,
  kind: DocumentKind,
): { year: number; sequence: number } | null {
  const head = `${prefix}${kind.word}〔`;
  if (!text.startsWith(head)) return null;
  const m = /^(\d{4})〕([1-9]\d*)号$/.exec(text.slice(head.length));
  return m ? { year: Number(m[1]), sequence: Number(m[2]) } : null;
}

/** What the default 代字 is derived from. */
export interface PrefixSource {
  name: string;
  shortName: string | null;
  type: OrgUnitType;
}

// Institutional words that end a unit's name and are not part of its 代字 (longest first).
const TRAILING_WORDS = ['办公室', '委员会', '分局', '街道', '中心', '局', '办', '委', '镇', '乡'];

/**
 * The default 发文机关代字 when a unit has none set (decision 0019 §2): the district's first character, then
 * the unit's short name without the leading 区 and the trailing institutional word (区司法局 → 于司法); the
 * district government itself is X政. Practice varies (于司, 于市监), so every unit can set its own.
 */
export function defaultDocumentPrefix(unit: PrefixSource, district: PrefixSource): string {
  const head = (district.shortName ?? district.name).slice(0, 1);
  if (unit.type === 'district') return `${head}政`;
  let core = (unit.shortName ?? unit.name).trim().replace(/^区/, '');
  const word = TRAILING_WORDS.find((w) => core.endsWith(w) && core.length > w.length);
  if (word) core = core.slice(0, -word.length);
  return `${head}${core}`;
}

/** A 代字 an organ may set: Chinese characters only (it is printed inside the number). */
export function isValidDocumentPrefix(prefix: string): boolean {
  return /^[\u4e00-\u9fff]{1,10}$/.test(prefix);
}
