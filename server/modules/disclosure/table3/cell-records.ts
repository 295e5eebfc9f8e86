/**
 * Drill-down: the requests behind one cell of table 三 — the same date rules as compute.ts, so the count
 * of the list equals the figure in the cell.
 */
import { type SQL, sql } from 'drizzle-orm';
import {
  applicantTypeLabel,
  channelLabel,
  requestStatusLabel,
} from '../../../../common/contracts/disclosure/dictionaries.js';
import { outcomeShortLabel } from '../../../../common/contracts/disclosure/outcomes.js';
import type { Executor } from '../../../platform/db/index.js';
import type { RecordPage } from '../../../platform/reports/index.js';
import { disclosureRequests as r } from '../schema/requests.js';
import { scopeSql, type Table3Scope, yearBounds } from './compute.js';
import { OUTCOME_CODES, type Table3ColumnKey, type Table3Format, table3Layout } from './layout.js';

export interface CellQuery {
  year: number;
  format: Table3Format;
  /** 0-based index of the data row in the format's layout (the `rows` array of the table). */
  row: number;
  column: Table3ColumnKey;
  limit: number;
  offset: number;
}

/** The condition selecting the records counted in a row, or null when the row does not exist. */
export function rowCondition(year: number, format: Table3Format, row: number): SQL | null {
  const layoutRow = table3Layout(format).rows[row];
  if (!layoutRow) return null;
  const { from, to } = yearBounds(year);
  const concludedInYear = sql`${r.concludedOn} BETWEEN ${from} AND ${to}`;
  const outcomeIn = (codes: readonly string[]) =>
    sql`${r.outcome} IN (${sql.join(
      codes.map((c) => sql`${c}`),
      sql`, `,
    )})`;
  switch (layoutRow.kind) {
    case 'received':
      return sql`${r.receivedOn} BETWEEN ${from} AND ${to}`;
    case 'carried_in':
      return sql`${r.receivedOn} < ${from} AND (${r.concludedOn} IS NULL OR ${r.concludedOn} >= ${from})`;
    case 'carried_out':
      return sql`${r.receivedOn} <= ${to} AND (${r.concludedOn} IS NULL OR ${r.concludedOn} > ${to})`;
    case 'outcome_total':
      return sql`${concludedInYear} AND ${outcomeIn(OUTCOME_CODES)}`;
    case 'outcome':
      return sql`${concludedInYear} AND ${outcomeIn(layoutRow.outcomes)}`;
  }
}

/** A natural person's name shows its first character only (张**); organisations in full. */
export function maskApplicant(type: string, name: string): string {
  if (type !== 'natural_person') return name;
  const chars = [...name];
  return chars.length <= 1 ? '*' : `${chars[0]}${'*'.repeat(Math.min(chars.length - 1, 2))}`;
}

const COLUMNS = [
  { key: 'trackingCode', label: '查询码' },
  { key: 'department', label: '受理机关' },
  { key: 'receivedOn', label: '收到申请日期' },
  { key: 'channel', label: '申请方式' },
  { key: 'applicantType', label: '申请人类型' },
  { key: 'applicant', label: '申请人' },
  { key: 'informationDescription', label: '申请内容' },
  { key: 'status', label: '办理状态' },
  { key: 'outcome', label: '办理结果' },
  { key: 'concludedOn', label: '办结日期' },
];

type CellRecordRow = {
  id: string;
  tracking_code: string;
  department: string;
  received_on: string;
  channel: string;
  applicant_type: string;
  applicant_name: string;
  org_name: string | null;
  information_description: string;
  status: string;
  outcome: string | null;
  concluded_on: string | null;
};

/** A page of requests matching a condition, in the drill-down's zh-CN columns. */
export async function listRequestRecords(
  db: Executor,
  where: SQL,
  page: { limit: number; offset: number },
): Promise<RecordPage> {
  const [rows, total] = await Promise.all([
    db.execute<CellRecordRow>(sql`
      SELECT ${r.id} AS id, ${r.trackingCode} AS tracking_code, u.name AS department,
        ${r.receivedOn} AS received_on, ${r.channel} AS channel, ${r.applicantType} AS applicant_type,
        ${r.applicantName} AS applicant_name, ${r.orgName} AS org_name,
        ${r.informationDescription} AS information_description, ${r.status} AS status,
        ${r.outcome} AS outcome, ${r.concludedOn} AS concluded_on
      FROM ${r} JOIN org_units u ON u.id = ${r.orgUnitId}
      WHERE ${where}
      ORDER BY ${r.receivedOn}, ${r.trackingCode}
      LIMIT ${page.limit} OFFSET ${page.offset}`),
    db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM ${r} WHERE ${where}`),
  ]);
  return {
    columns: COLUMNS,
    rows: rows.rows.map((row) => ({
      id: row.id,
      trackingCode: row.tracking_code,
      department: row.department,
      receivedOn: row.received_on,
      channel: channelLabel(row.channel),
      applicantType: applicantTypeLabel(row.applicant_type),
      applicant: row.org_name ?? maskApplicant(row.applicant_type, row.applicant_name),
      informationDescription: row.information_description,
      status: requestStatusLabel(row.status),
      outcome: row.outcome ? outcomeShortLabel(row.outcome) : null,
      concludedOn: row.concluded_on,
    })),
    total: Number(total.rows[0]?.n ?? 0),
  };
}

/** The records behind one cell (row × column) of table 三 for a scope, a page at a time. */
export async function findCellRecords(
  db: Executor,
  scope: Table3Scope,
  q: CellQuery,
): Promise<RecordPage | null> {
  const rowSql = rowCondition(q.year, q.format, q.row);
  if (!rowSql) return null;
  const columnSql = q.column === 'total' ? sql`TRUE` : sql`${r.applicantType} = ${q.column}`;
  return listRequestRecords(db, sql`${scopeSql(scope)} AND ${rowSql} AND ${columnSql}`, q);
}
