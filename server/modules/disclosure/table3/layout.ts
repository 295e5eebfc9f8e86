/**
 * Table 三 of the annual disclosure report (收到和处理政府信息公开申请情况) as data: the template's rows,
 * verbatim, with their merged label cells, and which outcome code lands in which row.
 * Basis: 国办公开办函〔2021〕30号 (format 2021); 国办公开办函〔2019〕60号 (trial format, reports 2019–2020);
 * legal-rules §2.3, §2.6. Pure: no database.
 */

import { APPLICANT_TYPES, type ApplicantType } from '../../../../common/contracts/disclosure/dictionaries.js';
import { REQUEST_OUTCOMES, type RequestOutcome } from '../../../../common/contracts/disclosure/outcomes.js';

export const TABLE3_FORMATS = ['2021', '2019'] as const;
export type Table3Format = (typeof TABLE3_FORMATS)[number];

/** The six applicant columns in template order (codes = the request's `applicantType`). */
export const APPLICANT_COLUMNS: readonly { key: ApplicantType; label: string }[] = APPLICANT_TYPES.map(
  (t) => ({ key: t.code, label: t.label }),
);
export type ApplicantColumn = ApplicantType;
export const TOTAL_COLUMN = { key: 'total', label: '总计' } as const;
export type Table3ColumnKey = ApplicantType | 'total';
/** The seven value columns: the six applicant types, then 总计. */
export const TABLE3_COLUMNS: readonly { key: Table3ColumnKey; label: string }[] = [
  ...APPLICANT_COLUMNS,
  TOTAL_COLUMN,
];

/** The national outcome codes in table 三 row order, with the template's row labels (the contract's). */
export type OutcomeCode = RequestOutcome;
export const OUTCOME_CODES: readonly OutcomeCode[] = REQUEST_OUTCOMES.map((o) => o.code);

/** What a data row counts (see compute.ts for the date rules of each). */
export type RowKind = 'received' | 'carried_in' | 'outcome' | 'outcome_total' | 'carried_out';

export interface LayoutRow {
  /** Stable key: the bucket, or the outcome code, or `other_all` for the 2019 single （六）row. */
  key: string;
  label: string;
  kind: RowKind;
  /** Outcome codes counted in this row (kind `outcome` only). */
  outcomes: readonly OutcomeCode[];
  /** The label cell: first label column (1–3) and how many label columns it spans. */
  labelCol: 1 | 2 | 3;
  labelSpan: 1 | 2 | 3;
}

/** A merged label cell standing over several data rows (三、本年度办理结果, （三）不予公开 …). */
export interface LayoutGroup {
  label: string;
  col: 1 | 2;
  /** Index (0-based) of the first data row it covers, and how many. */
  firstRow: number;
  rowspan: number;
}

export interface Table3Layout {
  format: Table3Format;
  rows: readonly LayoutRow[];
  groups: readonly LayoutGroup[];
}

/** The 勾稽 note in the top-left merged header cell, verbatim. */
export const BALANCE_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
export const APPLICANT_HEADER = '申请人情况';
export const LEGAL_PERSON_HEADER = '法人或其他组织';
export const TABLE3_TITLE = '收到和处理政府信息公开申请情况';

const outcomeLabel = (code: OutcomeCode): string =>
  REQUEST_OUTCOMES.find((o) => o.code === code)?.label ?? code;

function outcomeRow(code: OutcomeCode, labelCol: 2 | 3): LayoutRow {
  return {
    key: code,
    label: outcomeLabel(code),
    kind: 'outcome',
    outcomes: [code],
    labelCol,
    labelSpan: labelCol === 2 ? 2 : 1,
  };
}

const codesOf = (prefix: string): OutcomeCode[] => OUTCOME_CODES.filter((c) => c.startsWith(prefix));
const OTHER_CODES: OutcomeCode[] = ['other_no_correction', 'other_fee_unpaid', 'other'];

function buildLayout(format: Table3Format): Table3Layout {
  const rows: LayoutRow[] = [
    {
      key: 'received',
      label: '一、本年新收政府信息公开申请数量',
      kind: 'received',
      outcomes: [],
      labelCol: 1,
      labelSpan: 3,
    },
    {
      key: 'carried_in',
      label: '二、上年结转政府信息公开申请数量',
      kind: 'carried_in',
      outcomes: [],
      labelCol: 1,
      labelSpan: 3,
    },
    outcomeRow('granted', 2),
    outcomeRow('partially_granted', 2),
  ];
  const groups: LayoutGroup[] = [];
  const subGroup = (label: string, codes: OutcomeCode[]) => {
    groups.push({ label, col: 2, firstRow: rows.length, rowspan: codes.length });
    for (const code of codes) rows.push(outcomeRow(code, 3));
  };
  subGroup('（三）不予公开', codesOf('denied_'));
  subGroup('（四）无法提供', codesOf('unable_'));
  subGroup('（五）不予处理', codesOf('not_processed_'));
  if (format === '2021') subGroup('（六）其他处理', OTHER_CODES);
  // 60号: （六）其他处理 is one row; the three 30号 sub-reasons all count there.
  else
    rows.push({
      key: 'other_all',
      label: '（六）其他处理',
      kind: 'outcome',
      outcomes: OTHER_CODES,
      labelCol: 2,
      labelSpan: 2,
    });
  rows.push({
    key: 'outcome_total',
    label: '（七）总计',
    kind: 'outcome_total',
    outcomes: [],
    labelCol: 2,
    labelSpan: 2,
  });
  groups.unshift({ label: '三、本年度办理结果', col: 1, firstRow: 2, rowspan: rows.length - 2 });
  rows.push({
    key: 'carried_out',
    label: '四、结转下年度继续办理',
    kind: 'carried_out',
    outcomes: [],
    labelCol: 1,
    labelSpan: 3,
  });
  return { format, rows, groups };
}

const LAYOUTS: Record<Table3Format, Table3Layout> = {
  '2021': buildLayout('2021'),
  '2019': buildLayout('2019'),
};

/** The template of a format: 2021 = 25 data rows (三 spans 22); 2019 trial = 23 rows (三 spans 20). */
export function table3Layout(format: Table3Format): Table3Layout {
  return LAYOUTS[format];
}

/** Whether a format may be chosen for a year: 2021 always; the trial format only for 2019–2020. */
export function isFormatAllowed(format: Table3Format, year: number): boolean {
  return format === '2021' || (year >= 2019 && year <= 2020);
}

/** The data row (0-based index) in which a concluded request with this outcome is counted. */
export function outcomeRowIndex(format: Table3Format, outcome: OutcomeCode): number {
  const index = LAYOUTS[format].rows.findIndex((r) => r.outcomes.includes(outcome));
  if (index < 0) throw new Error(`outcome ${outcome} has no row in format ${format}`);
  return index;
}
