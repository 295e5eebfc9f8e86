import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import {
  CASE_KINDS,
  DECISION_OUTCOMES,
  PARTY_TYPES,
  PUBLICATION_STATES,
} from '../../../../common/contracts/enforcement/dictionaries.js';
import { maskPersonName } from '../../../../common/privacy/masking.js';
import { type MetricArgs, metricScopeCondition, type RecordPage } from '../../../platform/reports/index.js';
import { enforcementCases as c } from '../cases/schema.js';

/** code → label of a dictionary, for breakdowns and drill-down cells. */
export const labelsOf = (list: readonly { code: string; label: string }[]): Record<string, string> =>
  Object.fromEntries(list.map((x) => [x.code, x.label]));

export const KIND_LABELS = labelsOf(CASE_KINDS);
export const OUTCOME_LABELS = labelsOf(DECISION_OUTCOMES);
const PARTY_TYPE_LABELS = labelsOf(PARTY_TYPES);
const PUBLICATION_LABELS = labelsOf(PUBLICATION_STATES);

export type PageArgs = MetricArgs & { cell?: string; limit: number; offset: number };

/** `column BETWEEN from AND to` for the metric's period. */
export const inPeriod = (args: MetricArgs, column: AnyPgColumn | SQL): SQL =>
  sql`${column} BETWEEN ${args.period.from} AND ${args.period.to}`;

/** ` AND column = cell` when a drill-down asks for one breakdown cell. */
export const cellOf = (column: AnyPgColumn | SQL, cell?: string): SQL =>
  cell ? sql` AND ${column} = ${cell}` : sql``;

/** A rate rounded to 4 decimals; 1 when nothing was due (nothing was missed). */
export const rateOf = (good: number, all: number): number =>
  all === 0 ? 1 : Math.round((good / all) * 10_000) / 10_000;

/** Every code at 0, then the counts a GROUP BY returned, and their total. */
export function tally(codes: readonly string[], rows: readonly { k: string | null; n: number | string }[]) {
  const breakdown: Record<string, number> = Object.fromEntries(codes.map((code) => [code, 0]));
  let value = 0;
  for (const row of rows) {
    const key = row.k ?? 'unknown';
    breakdown[key] = (breakdown[key] ?? 0) + Number(row.n);
    value += Number(row.n);
  }
  return { value, breakdown };
}

/** The case ledger limited to the metric's scope. */
export const casesInScope = (args: MetricArgs): SQL =>
  metricScopeCondition(args.scope, c.orgUnitId, c.districtId);

/** Counts cases by a column under a condition, every code present. */
export async function countCasesBy(args: MetricArgs, column: SQL, where: SQL, codes: readonly string[]) {
  const result = await args.db.execute<{ k: string; n: number }>(
    sql`SELECT ${column} AS k, count(*)::int AS n FROM ${c} WHERE ${casesInScope(args)} AND ${where} GROUP BY 1`,
  );
  return tally(codes, result.rows);
}

const CASE_COLUMNS = [
  { key: 'caseNumber', label: '案件编号' },
  { key: 'body', label: '执法主体' },
  { key: 'kind', label: '案件类型' },
  { key: 'cause', label: '案由' },
  { key: 'party', label: '当事人' },
  { key: 'openedOn', label: '立案日期' },
  { key: 'decidedOn', label: '决定日期' },
  { key: 'decisionNumber', label: '决定书文号' },
  { key: 'outcome', label: '决定结果' },
  { key: 'amountYuan', label: '罚没金额（元）' },
  { key: 'isMajor', label: '重大执法决定' },
  { key: 'closedOn', label: '结案日期' },
  { key: 'publicationDueOn', label: '应公示日期' },
  { key: 'publishedOn', label: '公示日期' },
  { key: 'publicationState', label: '公示状态' },
];

type CaseRecordRow = {
  id: string;
  case_number: string;
  body: string;
  body_code: string;
  kind: string;
  cause: string;
  party_type: string;
  party_name: string;
  opened_on: string;
  decided_on: string | null;
  decision_number: string | null;
  outcome: string | null;
  amount: string | null;
  is_major: boolean;
  closed_on: string | null;
  publication_due_on: string | null;
  published_on: string | null;
  publication_state: string | null;
};

/** The cases behind a figure, in one order, labels instead of codes; natural persons' names masked. */
export async function caseRecords(
  args: PageArgs,
  where: SQL,
  orderBy: SQL = sql`${c.openedOn}`,
): Promise<RecordPage> {
  const condition = sql`${casesInScope(args)} AND ${where}`;
  const [rows, total] = await Promise.all([
    args.db.execute<CaseRecordRow>(sql`
      SELECT ${c.id} AS id, ${c.caseNumber} AS case_number, u.name AS body, u.code AS body_code, ${c.kind} AS kind,
        ${c.cause} AS cause, ${c.partyType} AS party_type, ${c.partyName} AS party_name, ${c.openedOn} AS opened_on,
        ${c.decidedOn} AS decided_on, ${c.decisionNumber} AS decision_number, ${c.outcome} AS outcome,
        (COALESCE(${c.fineAmount}, 0) + COALESCE(${c.confiscationAmount}, 0))::text AS amount,
        ${c.isMajor} AS is_major, ${c.closedOn} AS closed_on, ${c.publicationDueOn} AS publication_due_on,
        ${c.publishedOn} AS published_on, ${c.publicationState} AS publication_state
      FROM ${c} JOIN org_units u ON u.id = ${c.orgUnitId}
      WHERE ${condition}
      ORDER BY ${orderBy}, ${c.caseNumber}, ${c.id}
      LIMIT ${args.limit} OFFSET ${args.offset}`),
    args.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${c} WHERE ${condition}`),
  ]);
  return { columns: CASE_COLUMNS, rows: rows.rows.map(presentCase), total: Number(total.rows[0]?.n ?? 0) };
}

function presentCase(r: CaseRecordRow): Record<string, unknown> {
  return {
    id: r.id,
    caseNumber: r.case_number,
    body: r.body,
    bodyCode: r.body_code,
    kind: KIND_LABELS[r.kind] ?? r.kind,
    cause: r.cause,
    party:
      r.party_type === 'natural_person'
        ? maskPersonName(r.party_name)
        : `${r.party_name}（${PARTY_TYPE_LABELS[r.party_type] ?? r.party_type}）`,
    openedOn: r.opened_on,
    decidedOn: r.decided_on,
    decisionNumber: r.decision_number,
    outcome: r.outcome ? (OUTCOME_LABELS[r.outcome] ?? r.outcome) : null,
    amountYuan: Number(r.amount ?? 0),
    isMajor: r.is_major ? '是' : '否',
    closedOn: r.closed_on,
    publicationDueOn: r.publication_due_on,
    publishedOn: r.published_on,
    publicationState: r.publication_state
      ? (PUBLICATION_LABELS[r.publication_state] ?? r.publication_state)
      : null,
  };
}

/** A plain list of rows with a total, for drill-downs that are not cases (bodies, officers, plans …). */
export async function listRows(
  args: PageArgs,
  columns: RecordPage['columns'],
  select: SQL,
  count: SQL,
): Promise<RecordPage> {
  const [rows, total] = await Promise.all([
    args.db.execute<Record<string, unknown>>(sql`${select} LIMIT ${args.limit} OFFSET ${args.offset}`),
    args.db.execute<{ n: number }>(count),
  ]);
  return { columns, rows: rows.rows, total: Number(total.rows[0]?.n ?? 0) };
}
