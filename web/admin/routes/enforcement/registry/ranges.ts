import {
  CIRCUMSTANCE_CODES,
  type Circumstance,
} from '../../../../../common/contracts/enforcement/dictionaries.js';

export interface RangeRow {
  circumstance?: Circumstance;
  fineMin?: number | null;
  fineMax?: number | null;
  description?: string | null;
}

export interface RangeProblem {
  /** Antd name path of the offending cell. */
  name: (string | number)[];
  message: string;
}

/** Yuan with thousands separators, no decimals unless there are fen. */
export function formatYuan(amount: number): string {
  return amount.toLocaleString('zh-CN', { maximumFractionDigits: 2 });
}

/** The ranges lightest first (轻微 → 一般 → 严重), as the benchmark reads. */
export function sortRanges<R extends RangeRow>(ranges: readonly R[]): R[] {
  const rank = (r: RangeRow) => (r.circumstance ? CIRCUMSTANCE_CODES.indexOf(r.circumstance) : 99);
  return [...ranges].sort((a, b) => rank(a) - rank(b));
}

/** One line for the list: "轻微 0–1,000；一般 1,000–5,000" (labels supplied by the caller's locale). */
export function rangesSummary(ranges: readonly RangeRow[], labelOf: (code: Circumstance) => string): string {
  return sortRanges(ranges)
    .filter((r) => r.circumstance)
    .map(
      (r) =>
        `${labelOf(r.circumstance as Circumstance)} ${formatYuan(r.fineMin ?? 0)}–${formatYuan(r.fineMax ?? 0)}`,
    )
    .join('；');
}

/**
 * What the editable ranges table refuses before sending: a circumstance twice, a missing bound, a minimum above
 * the maximum. (The server checks the same; this puts the message on the cell at once.)
 */
export function checkRanges(ranges: readonly RangeRow[]): RangeProblem[] {
  const problems: RangeProblem[] = [];
  const seen = new Set<string>();
  ranges.forEach((r, i) => {
    if (r.circumstance && seen.has(r.circumstance))
      problems.push({ name: ['ranges', i, 'circumstance'], message: '同一情节只能设置一次' });
    if (r.circumstance) seen.add(r.circumstance);
    const hasMin = typeof r.fineMin === 'number';
    const hasMax = typeof r.fineMax === 'number';
    if (!hasMin) problems.push({ name: ['ranges', i, 'fineMin'], message: '请填写罚款下限' });
    if (!hasMax) problems.push({ name: ['ranges', i, 'fineMax'], message: '请填写罚款上限' });
    if (hasMin && hasMax && (r.fineMin as number) > (r.fineMax as number))
      problems.push({ name: ['ranges', i, 'fineMax'], message: '罚款上限不能低于下限' });
  });
  return problems;
}

/** The first circumstance not yet in the table, for the "add a row" button. */
export function nextCircumstance(ranges: readonly RangeRow[]): Circumstance | undefined {
  const used = new Set(ranges.map((r) => r.circumstance));
  return CIRCUMSTANCE_CODES.find((c) => !used.has(c));
}
