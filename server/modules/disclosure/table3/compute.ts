/**
 * Table 三 computed from the request records in one GROUP BY pass. Which request lands in which row
 * (docs/decisions/0010-disclosure-table3.md), for the year [Y-01-01, Y-12-31]:
 *   一  received in the year;
 *   二  received before the year and not concluded before 1 January;
 *   三  concluded in the year, by its one outcome code (a partial disclosure only in （二）);
 *   四  received on or before 31 December and not concluded by 31 December.
 * Basis: 国办公开办函〔2021〕30号 表三; 条例 第五十条.
 */
import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/index.js';
import { disclosureRequests as r } from '../schema/requests.js';
import { APPLICANT_COLUMNS, OUTCOME_CODES, type OutcomeCode, type Table3Format } from './layout.js';
import {
  buildRows,
  checkCounts,
  checkTable3,
  type Table3Check,
  type Table3Counts,
  type Table3Row,
  type Values,
  zeros,
} from './matrix.js';

/**
 * Whose requests: one district (optionally one org unit's subtree), or every district of the install
 * (`districtId: null`, a province-wide roll-up).
 */
export interface Table3Scope {
  districtId: string | null;
  orgPath: string | null;
}

export interface Table3Result {
  year: number;
  format: Table3Format;
  rows: Table3Row[];
  checks: Table3Check[];
}

/** The first and last day of the statistical period (1 Jan – 31 Dec, legal-rules §2.1). */
export function yearBounds(year: number): { from: string; to: string } {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The scope as SQL on disclosure_requests. */
export function scopeSql(scope: Table3Scope): SQL {
  const parts: SQL[] = [];
  if (scope.districtId) parts.push(sql`${r.districtId} = ${scope.districtId}`);
  if (scope.orgPath)
    parts.push(sql`${r.orgUnitId} IN (SELECT id FROM org_units WHERE path LIKE ${`${scope.orgPath}%`})`);
  return parts.length ? sql.join(parts, sql` AND `) : sql`TRUE`;
}

/**
 * Requests that touch the year at all: received by its end and not concluded before its start — or
 * received in the year whatever their conclusion date says, so that a record concluded "before" it was
 * received still counts in 一 and shows up as a 勾稽 violation instead of vanishing.
 */
export function touchesYear(year: number): SQL {
  const { from, to } = yearBounds(year);
  return sql`${r.receivedOn} <= ${to}
    AND (${r.concludedOn} IS NULL OR ${r.concludedOn} >= ${from} OR ${r.receivedOn} >= ${from})`;
}

type GroupRow = {
  applicant_type: string;
  outcome: string | null;
  received: number;
  carried_in: number;
  carried_out: number;
  concluded: number;
};

/**
 * The one aggregate: applicant type × outcome (the bare columns, so the planner estimates the handful of
 * groups right and hashes them), each bucket a FILTER count over the same scan. A group's `concluded`
 * count is its outcome row's figure.
 */
export function table3Query(year: number, scope: Table3Scope): SQL {
  const { from, to } = yearBounds(year);
  return sql`
    SELECT ${r.applicantType} AS applicant_type, ${r.outcome} AS outcome,
      count(*) FILTER (WHERE ${r.receivedOn} >= ${from})::int AS received,
      count(*) FILTER (WHERE ${r.receivedOn} < ${from})::int AS carried_in,
      count(*) FILTER (WHERE ${r.concludedOn} IS NULL OR ${r.concludedOn} > ${to})::int AS carried_out,
      count(*) FILTER (WHERE ${r.concludedOn} BETWEEN ${from} AND ${to})::int AS concluded
    FROM ${r}
    WHERE ${scopeSql(scope)} AND ${touchesYear(year)}
    GROUP BY 1, 2`;
}

const COLUMN_INDEX = new Map<string, number>(APPLICANT_COLUMNS.map((c, i) => [c.key, i]));
const TOTAL_INDEX = APPLICANT_COLUMNS.length;
const isOutcome = (code: string | null): code is OutcomeCode =>
  code !== null && (OUTCOME_CODES as readonly string[]).includes(code);

function addTo(target: Values, column: number | undefined, n: number): void {
  if (column !== undefined) target[column] = (target[column] ?? 0) + n;
  target[TOTAL_INDEX] = (target[TOTAL_INDEX] ?? 0) + n;
}

/** Folds the grouped rows into bucket counts; 总计 counts every record, known applicant type or not. */
export function foldCounts(groups: readonly GroupRow[]): Table3Counts {
  const counts: Table3Counts = {
    received: zeros(),
    carriedIn: zeros(),
    carriedOut: zeros(),
    concluded: zeros(),
    outcomes: {},
  };
  for (const g of groups) {
    const col = COLUMN_INDEX.get(g.applicant_type);
    addTo(counts.received, col, Number(g.received));
    addTo(counts.carriedIn, col, Number(g.carried_in));
    addTo(counts.carriedOut, col, Number(g.carried_out));
    addTo(counts.concluded, col, Number(g.concluded));
    if (isOutcome(g.outcome) && Number(g.concluded) > 0) {
      const values = counts.outcomes[g.outcome] ?? zeros();
      addTo(values, col, Number(g.concluded));
      counts.outcomes[g.outcome] = values;
    }
  }
  return counts;
}

/** Reads the bucket counts of a year and scope from the records (one query). */
export async function countTable3(db: Executor, year: number, scope: Table3Scope): Promise<Table3Counts> {
  const result = await db.execute<GroupRow>(table3Query(year, scope));
  return foldCounts(result.rows);
}

/** Table 三 of a year for a scope, in a format, with its 勾稽 findings (empty when it balances). */
export async function computeTable3(
  db: Executor,
  input: { year: number; format: Table3Format; scope: Table3Scope },
): Promise<Table3Result> {
  const counts = await countTable3(db, input.year, input.scope);
  const rows = buildRows(counts, input.format);
  return {
    year: input.year,
    format: input.format,
    rows,
    checks: [...checkTable3(rows, input.format), ...checkCounts(counts)],
  };
}
