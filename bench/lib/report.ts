/** The common shape every benchmark reports in, and the console table `npm run bench` prints. */

export type Verdict = 'met' | 'missed' | 'info';

/** One line of the results table: a measured figure, its target (if any) and its same-run baseline. */
export interface ResultRow {
  benchmark: string;
  metric: string;
  result: string;
  target: string;
  baseline: string;
  /** result ÷ baseline, as the row defines it (written out in `metric` or the docs). */
  ratio: string;
  verdict: Verdict;
}

export function fmt(n: number, digits = 1): string {
  if (!Number.isFinite(n)) return '—';
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

export function ratioText(n: number): string {
  return Number.isFinite(n) ? `${fmt(n, 2)}×` : '—';
}

/** `met` when the figure is on the right side of the target; both bounds are inclusive. */
export function verdict(value: number, target: { max?: number; min?: number }): Verdict {
  if (!Number.isFinite(value)) return 'missed';
  if (target.max !== undefined && value > target.max) return 'missed';
  if (target.min !== undefined && value < target.min) return 'missed';
  return 'met';
}

const HEADERS: Record<keyof ResultRow, string> = {
  benchmark: 'benchmark',
  metric: 'metric',
  result: 'result',
  target: 'target',
  baseline: 'baseline',
  ratio: 'ratio',
  verdict: 'verdict',
};

/** East Asian characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, w: number): string {
  return s + ' '.repeat(Math.max(0, w - width(s)));
}

/** A plain-text table for the console. */
export function renderTable(rows: readonly ResultRow[]): string {
  const keys = Object.keys(HEADERS) as (keyof ResultRow)[];
  const widths = keys.map((k) => Math.max(width(HEADERS[k]), ...rows.map((r) => width(r[k]))));
  const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i] ?? 0)).join('  ');
  return [
    line(keys.map((k) => HEADERS[k])),
    line(widths.map((w) => '-'.repeat(w))),
    ...rows.map((r) => line(keys.map((k) => r[k]))),
  ].join('\n');
}

/** The same table in Markdown, for pasting into docs/benchmarks.md. */
export function renderMarkdown(rows: readonly ResultRow[]): string {
  const keys = Object.keys(HEADERS) as (keyof ResultRow)[];
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  return [
    `| ${keys.map((k) => HEADERS[k]).join(' | ')} |`,
    `|${keys.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${keys.map((k) => esc(r[k])).join(' | ')} |`),
  ].join('\n');
}
