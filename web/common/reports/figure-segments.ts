import type { ReportFigure } from '../../../common/contracts/reports/annual.js';

/** A run of a printed paragraph: plain text, or a figure as printed with the figure it states. */
export type Segment = { kind: 'text'; text: string } | { kind: 'figure'; text: string; figure: ReportFigure };

/** Drops trailing zeros of a one-decimal number, as the engine prints it: 1.80 → 1.8, 100.0 → 100. */
const oneDecimal = (n: number) => String(Number(n.toFixed(1)));

/**
 * The ways the engine may print a value (`sentence.ts` formatFigure): a count as digits, `|亿` / `|万` to one
 * decimal, a rate or `|%` as a percentage. The paragraph's JSON does not say which format a figure used, so
 * every form is tried.
 */
export function printedForms(value: number): string[] {
  const forms = [
    Number.isInteger(value) ? String(value) : oneDecimal(value),
    `${oneDecimal(value / 1e8)}亿`,
    `${oneDecimal(value / 1e4)}万`,
    `${oneDecimal(value * 100)}%`,
  ];
  return [...new Set(forms)];
}

const isDigit = (c: string | undefined) => c !== undefined && /[0-9.]/.test(c);

/** The first place at or after `from` where `form` stands as a whole number (not inside 143 or 4.3). */
function findWhole(text: string, form: string, from: number): number {
  for (let at = text.indexOf(form, from); at >= 0; at = text.indexOf(form, at + 1)) {
    const endsInDigit = /[0-9]$/.test(form);
    if (!isDigit(text[at - 1]) && !(endsInDigit && isDigit(text[at + form.length]))) return at;
  }
  return -1;
}

/**
 * Splits a printed paragraph into text and figures, so each figure can be shown as a link (staff) or a token
 * (editing). The figures come in the order they stand in the sentence (the engine lists them so); each is
 * looked for after the previous one. A figure not found as printed (e.g. replaced by text) is left out.
 */
export function segmentFigures(text: string, figures: readonly ReportFigure[]): Segment[] {
  const segments: Segment[] = [];
  let cursor = 0;
  for (const figure of figures) {
    const hits = printedForms(figure.value)
      .map((form) => ({ form, at: findWhole(text, form, cursor) }))
      .filter((h) => h.at >= 0)
      // The earliest place wins; at the same place the longer form (1.8亿 over 1.8).
      .sort((a, b) => a.at - b.at || b.form.length - a.form.length);
    const hit = hits[0];
    if (!hit) continue;
    if (hit.at > cursor) segments.push({ kind: 'text', text: text.slice(cursor, hit.at) });
    segments.push({ kind: 'figure', text: hit.form, figure });
    cursor = hit.at + hit.form.length;
  }
  if (cursor < text.length) segments.push({ kind: 'text', text: text.slice(cursor) });
  return segments;
}

/** `key` or `key:cell`: how checks name a figure. */
export const figureName = (f: { key: string; cell?: string }) => (f.cell ? `${f.key}:${f.cell}` : f.key);

/** Last year's value and the change, for the figure panel; null when the metric had no value last year. */
export function yearOverYear(
  figure: Pick<ReportFigure, 'value' | 'previous'>,
): { previous: number; change: number; percent: number | null } | null {
  if (figure.previous === null) return null;
  const change = figure.value - figure.previous;
  const percent = figure.previous === 0 ? null : Number(((change / figure.previous) * 100).toFixed(1));
  return { previous: figure.previous, change: Number(change.toFixed(6)), percent };
}
