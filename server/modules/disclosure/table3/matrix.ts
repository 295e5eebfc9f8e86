/**
 * From bucket counts to the rows of table 三, and the template's consistency rules (勾稽关系). Pure.
 * Basis: 国办公开办函〔2021〕30号 表三 (the 勾稽 note); legal-rules §2.3 "Consistency rules".
 */
import {
  APPLICANT_COLUMNS,
  type OutcomeCode,
  TABLE3_COLUMNS,
  type Table3Format,
  table3Layout,
} from './layout.js';

/** Seven numbers: the six applicant columns, then 总计. */
export type Values = number[];

/**
 * Counts per bucket as read from the records. The 总计 entry is counted over all records of the bucket,
 * independently of the six columns, so that a record with no known applicant type shows up as a
 * 总计 ≠ sum violation instead of vanishing.
 */
export interface Table3Counts {
  received: Values;
  carriedIn: Values;
  carriedOut: Values;
  /** Concluded in the year, by outcome (a missing outcome: not there). */
  outcomes: Partial<Record<OutcomeCode, Values>>;
  /** All concluded in the year, with or without a valid outcome (feeds the outcome-total check). */
  concluded: Values;
}

export interface Table3Row {
  label: string;
  values: Values;
}

export interface Table3Check {
  rule: 'balance' | 'row_total' | 'outcome_total' | 'concluded_without_outcome';
  /** Row label (row_total) or column label (the column rules). */
  where: string;
  expected: number;
  actual: number;
  message: string;
}

export const zeros = (): Values => [0, 0, 0, 0, 0, 0, 0];
const add = (a: Values, b: Values): Values => a.map((x, i) => x + (b[i] ?? 0));

/** The data rows of table 三 in template order, for one format. */
export function buildRows(counts: Table3Counts, format: Table3Format): Table3Row[] {
  const layout = table3Layout(format);
  const outcomeRows = layout.rows
    .filter((r) => r.kind === 'outcome')
    .map((r) => r.outcomes.reduce((sum, code) => add(sum, counts.outcomes[code] ?? zeros()), zeros()));
  // （七）总计 is the sum of the outcome rows, as the template defines it — not a separate count.
  const outcomeTotal = outcomeRows.reduce(add, zeros());
  let next = 0;
  return layout.rows.map((row) => {
    const values =
      row.kind === 'received'
        ? counts.received
        : row.kind === 'carried_in'
          ? counts.carriedIn
          : row.kind === 'carried_out'
            ? counts.carriedOut
            : row.kind === 'outcome_total'
              ? outcomeTotal
              : (outcomeRows[next++] ?? zeros());
    return { label: row.label, values: [...values] };
  });
}

const columnLabel = (i: number) => TABLE3_COLUMNS[i]?.label ?? String(i);

/**
 * The 勾稽 rules on a finished table (computed, or typed into an imported report): per column
 * 一 + 二 = （七）总计 + 四; （七）总计 = the sum of the outcome rows; per row 总计 = the six columns.
 * An empty list means the table balances.
 */
export function checkTable3(rows: readonly Table3Row[], format: Table3Format): Table3Check[] {
  const layout = table3Layout(format);
  const at = (kind: string) => rows[layout.rows.findIndex((r) => r.kind === kind)]?.values ?? zeros();
  const [received, carriedIn, total, carriedOut] = [
    at('received'),
    at('carried_in'),
    at('outcome_total'),
    at('carried_out'),
  ];
  const outcomeSum = rows
    .filter((_, i) => layout.rows[i]?.kind === 'outcome')
    .reduce((s, r) => add(s, r.values), zeros());
  const checks: Table3Check[] = [];
  for (let c = 0; c < TABLE3_COLUMNS.length; c++) {
    const left = (received[c] ?? 0) + (carriedIn[c] ?? 0);
    const right = (total[c] ?? 0) + (carriedOut[c] ?? 0);
    if (left !== right)
      checks.push({
        rule: 'balance',
        where: columnLabel(c),
        expected: left,
        actual: right,
        message: `“${columnLabel(c)}”列：第一项加第二项之和为 ${left}，第三项（总计）加第四项之和为 ${right}，二者应相等`,
      });
    if ((total[c] ?? 0) !== (outcomeSum[c] ?? 0))
      checks.push({
        rule: 'outcome_total',
        where: columnLabel(c),
        expected: outcomeSum[c] ?? 0,
        actual: total[c] ?? 0,
        message: `“${columnLabel(c)}”列：（七）总计为 ${total[c] ?? 0}，各项办理结果之和为 ${outcomeSum[c] ?? 0}`,
      });
  }
  for (const row of rows) {
    const sum = row.values.slice(0, APPLICANT_COLUMNS.length).reduce((a, b) => a + b, 0);
    const stated = row.values[APPLICANT_COLUMNS.length] ?? 0;
    if (sum !== stated)
      checks.push({
        rule: 'row_total',
        where: row.label,
        expected: sum,
        actual: stated,
        message: `“${row.label}”行：总计为 ${stated}，自然人与五类法人或其他组织之和为 ${sum}`,
      });
  }
  return checks;
}

/** Data-quality findings the table alone cannot show: concluded requests that no outcome row counts. */
export function checkCounts(counts: Table3Counts): Table3Check[] {
  const counted = Object.values(counts.outcomes).reduce((s, v) => add(s, v ?? zeros()), zeros());
  const checks: Table3Check[] = [];
  for (let c = 0; c < TABLE3_COLUMNS.length; c++) {
    const concluded = counts.concluded[c] ?? 0;
    if (concluded !== (counted[c] ?? 0))
      checks.push({
        rule: 'concluded_without_outcome',
        where: columnLabel(c),
        expected: concluded,
        actual: counted[c] ?? 0,
        message: `“${columnLabel(c)}”列：本年办结 ${concluded} 件，其中有办理结果的 ${counted[c] ?? 0} 件`,
      });
  }
  return checks;
}
