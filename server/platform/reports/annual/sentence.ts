/**
 * The figures of a report sentence (pure): `{metric.key}`, `{metric.key:cell}`, `|previous` for last year's
 * value of the same figure (decision 0037) and an optional format (`|亿`, `|万`, `|%`). A sentence is stored
 * with its placeholders, so the figure stays live until it is signed off and frozen.
 */

export type FigureFormat = '亿' | '万' | '%';

export interface FigureRef {
  key: string;
  cell?: string;
  format?: FigureFormat;
  /** `{key|previous}`: last year's value of the figure ("低于上年（{…|previous}）"). */
  previous?: boolean;
  /** The placeholder as written, e.g. `{disclosure.requests_received:letter}`. */
  token: string;
}

const TOKEN = /\{([a-z][a-z0-9_]*\.[a-z][a-z0-9_]*)(?::([a-z0-9_]+))?(\|previous)?(?:\|(亿|万|%))?\}/g;

/** The figures a sentence names, in order (a figure named twice is listed twice). */
export function figureRefs(text: string): FigureRef[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    key: m[1] as string,
    cell: m[2],
    format: m[4] as FigureFormat | undefined,
    ...(m[3] ? { previous: true } : {}),
    token: m[0],
  }));
}

/** `key` or `key:cell`: how checks and values name one figure. */
export const figureId = (ref: { key: string; cell?: string }) =>
  ref.cell ? `${ref.key}:${ref.cell}` : ref.key;

/** Parses `key` or `key:cell`. */
export function parseFigureId(id: string): { key: string; cell?: string } {
  const [key, cell] = id.split(':');
  return { key: key as string, cell };
}

/** Drops trailing zeros of a one-decimal number: 1.80 → 1.8, 100.0 → 100. */
const trimmed = (n: number, digits: number) => String(Number(n.toFixed(digits)));

/**
 * A figure as a report writes it: counts as digits; `|亿` / `|万` in those units to one decimal (1.8亿, as the
 * seed writes ¥180,000,000); `|%` and rates as a percentage.
 */
export function formatFigure(value: number, format: FigureFormat | undefined, unit: string): string {
  if (format === '亿') return `${trimmed(value / 1e8, 1)}亿`;
  if (format === '万') return `${trimmed(value / 1e4, 1)}万`;
  if (format === '%' || unit === 'rate') return `${trimmed(value * 100, 1)}%`;
  return Number.isInteger(value) ? String(value) : trimmed(value, 1);
}

export type FigureValues = ReadonlyMap<string, { value: number; unit: string }>;

/**
 * The sentence with its figures filled in (`|previous` ones from last year's values); an unknown figure stays as
 * its placeholder (the checks name it).
 */
export function fillFigures(text: string, values: FigureValues, previous?: FigureValues): string {
  return text.replace(
    TOKEN,
    (
      token,
      key: string,
      cell: string | undefined,
      prev: string | undefined,
      format: FigureFormat | undefined,
    ) => {
      const found = (prev ? previous : values)?.get(figureId({ key, cell }));
      return found ? formatFigure(found.value, format, found.unit) : token;
    },
  );
}
