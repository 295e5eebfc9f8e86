import {
  POWER_CATEGORIES,
  POWER_FIELD_LABELS,
  type PowerCategory,
  type PowerItemContentOut,
} from '../../../common/contracts/powers.js';

/**
 * The one dictionary of the ten categories (职权类别), code ↔ label. It lives in the API contract so the
 * browser reads the same list; io, metrics and the demo use it through here.
 * Basis: 中办发〔2015〕21号 (legal-rules §11).
 */
export const CATEGORIES = POWER_CATEGORIES;
export const CATEGORY_LABELS: Readonly<Record<PowerCategory, string>> = Object.fromEntries(
  POWER_CATEGORIES.map((c) => [c.code, c.label]),
) as Record<PowerCategory, string>;

// Local lists name two categories differently (legal-rules §11, "Local variants"); an import accepts them.
const CATEGORY_ALIASES: Readonly<Record<string, PowerCategory>> = {
  行政审批: 'licensing',
  行政监督: 'inspection',
  其他: 'other',
  其他权力: 'other',
};

/** The category a cell names, by code, label or a known local variant; null when it names none. */
export function categoryFromText(text: string): PowerCategory | null {
  const t = text.trim();
  const found = POWER_CATEGORIES.find((c) => c.code === t || c.label === t);
  return found ? found.code : (CATEGORY_ALIASES[t] ?? null);
}

export function categoryAbbrev(category: PowerCategory): string {
  return POWER_CATEGORIES.find((c) => c.code === category)?.abbrev ?? 'QT';
}

/** Item code in the district's scheme: `<department code>-<category abbreviation>-<nnn>`. */
export function itemCode(departmentCode: string, category: PowerCategory, serial: number): string {
  return `${departmentCode}-${categoryAbbrev(category)}-${String(serial).padStart(3, '0')}`;
}

/**
 * The elements a list must state for each power before it is published: its basis, its process and the
 * matching responsibility. Basis: 中办发〔2015〕21号 (依据、行使主体、运行流程、对应的责任), legal-rules §11.
 */
export const REQUIRED_FOR_PUBLICATION = ['legalBasis', 'process', 'responsibility'] as const;
export type RequiredForPublication = (typeof REQUIRED_FOR_PUBLICATION)[number];

type ContentLike = Partial<Record<RequiredForPublication, string | null>>;

/** The publication elements still empty in this content, in the order the form shows them. */
export function missingForPublication(content: ContentLike): RequiredForPublication[] {
  return REQUIRED_FOR_PUBLICATION.filter((field) => !content[field]?.trim());
}

/** A zh-CN sentence naming the missing elements, e.g. "发布前须填写：实施依据、责任事项". */
export function describeMissing(missing: readonly RequiredForPublication[]): string {
  return `发布前须填写：${missing.map((f) => POWER_FIELD_LABELS[f]).join('、')}`;
}

export const CONTENT_KEYS = [
  'name',
  'subItemName',
  'category',
  'legalBasis',
  'handlingUnit',
  'exerciseLevel',
  'process',
  'responsibility',
  'accountability',
  'timeLimit',
  'feeBasis',
  'supervisionPhone',
  'remarks',
] as const satisfies readonly (keyof PowerItemContentOut)[];

/** The content fields of any item-shaped object (a row, a form, a snapshot), absent ones as null. */
export type ContentKey = (typeof CONTENT_KEYS)[number];
type ContentSource = { [K in ContentKey]?: unknown };

export function contentOf(source: ContentSource): PowerItemContentOut {
  const out: Record<string, unknown> = {};
  for (const key of CONTENT_KEYS) out[key] = source[key] ?? null;
  return out as PowerItemContentOut;
}

/** The fields whose values differ between two contents: what a revision changes (for the audit record). */
export function changedFields(before: ContentSource, after: ContentSource): ContentKey[] {
  return CONTENT_KEYS.filter((key) => (before[key] ?? null) !== (after[key] ?? null));
}

export interface VersionDates {
  publishedOn: string;
  supersededOn: string | null;
  repealedOn: string | null;
}

/**
 * Is this published version the one in force at the end of `day`? Published on or before it, and neither
 * superseded by a revision nor repealed on or before it (the same test as the metrics' SQL).
 */
export function isInForceOn(version: VersionDates, day: string): boolean {
  if (version.publishedOn > day) return false;
  if (version.supersededOn !== null && version.supersededOn <= day) return false;
  return !(version.repealedOn !== null && version.repealedOn <= day);
}

/** Whether a publication date given for a backfilled list is acceptable: a real day, not in the future. */
export function isValidPublicationDate(day: string, today: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const parsed = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === day && day <= today;
}

const TERM_SEPARATORS = /[\s,.;:!?/|()（）【】《》，。、；：！？·“”"']+/u;
const HAN_RUN = /^\p{Script=Han}+$/u;
const MAX_TERMS = 12;

/**
 * The words a citizen's query holds, for the any-term search when the whole phrase finds nothing: pieces
 * between spaces and punctuation; a Chinese piece longer than three characters (typed without spaces, as
 * 办理食品经营许可证) becomes its overlapping two-character words, so 食品 and 许可 can each be found.
 */
export function searchTerms(q: string): string[] {
  const terms = q
    .split(TERM_SEPARATORS)
    .filter((piece) => piece.length > 0)
    .flatMap((piece) => (HAN_RUN.test(piece) && piece.length > 3 ? bigramsOf(piece) : [piece]));
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

function bigramsOf(run: string): string[] {
  const chars = Array.from(run);
  return chars.slice(0, -1).map((c, i) => c + chars[i + 1]);
}
