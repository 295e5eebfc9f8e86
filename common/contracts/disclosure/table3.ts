import { APPLICANT_TYPE_CODES } from './dictionaries.js';
import { ListQuery } from '../kit.js';
import { z } from '../zod-setup.js';

/**
 * Table 三 of the annual disclosure report (收到和处理政府信息公开申请情况), computed from the request
 * records: the query, the JSON answer (`{ year, format, rows: [{ label, values }] }`, values in the order
 * 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他, 总计) and the drill-down.
 * Basis: 国办公开办函〔2021〕30号; trial format 国办公开办函〔2019〕60号 (reports for 2019–2020).
 */
export const TABLE3_FORMAT_CODES = ['2021', '2019'] as const;
/**
 * The format a year's report was made in: the 2019 trial format (国办公开办函〔2019〕60号) for the 2019 and 2020
 * reports, the 2021 format (国办公开办函〔2021〕30号) from the 2021 report on (and for years before 2019).
 */
export function defaultTable3Format(year: number): (typeof TABLE3_FORMAT_CODES)[number] {
  return year >= 2019 && year <= 2020 ? '2019' : '2021';
}
export const TABLE3_COLUMN_KEYS = [...APPLICANT_TYPE_CODES, 'total'] as [string, ...string[]];

const Year = z.coerce
  .number({ message: '年度应为数字' })
  .int({ message: '年度应为整数' })
  .min(2008, { message: '年度不能早于 2008 年（条例施行）' })
  .max(2100, { message: '年度不正确' });

export const Table3Query = z.object({
  year: Year,
  /** An org unit's id: that unit and the units below it; omitted = the caller's whole scope. */
  unit: z.uuid({ message: '机构编号格式不正确' }).optional(),
  /** Omitted: the format the report of that year was made in (defaultTable3Format). */
  format: z.enum(TABLE3_FORMAT_CODES, { message: '表格格式应为 2021 或 2019' }).optional(),
});
export type Table3Query = z.output<typeof Table3Query>;

export const Table3CellQuery = Table3Query.extend({
  /** 0-based index into `rows` of the table in the same format. */
  row: z.coerce.number({ message: '行号应为数字' }).int().min(0, { message: '行号从 0 开始' }),
  column: z.enum(TABLE3_COLUMN_KEYS, { message: '列应为申请人类型代码或 total' }),
  page: ListQuery.shape.page,
  /** 50 rows by default, not ListQuery's 20. */
  pageSize: z.coerce.number().int().min(1).max(200, { message: '每页最多 200 条' }).default(50),
});
export type Table3CellQuery = z.output<typeof Table3CellQuery>;

export const Table3Check = z.object({
  rule: z.enum(['balance', 'row_total', 'outcome_total', 'concluded_without_outcome']),
  where: z.string(),
  expected: z.number(),
  actual: z.number(),
  message: z.string(),
});

export const Table3Response = z.object({
  year: z.number(),
  format: z.enum(TABLE3_FORMAT_CODES),
  rows: z.array(z.object({ label: z.string(), values: z.array(z.number()) })),
  /** 勾稽 findings; empty when the table balances. */
  checks: z.array(Table3Check),
  /** Whose table: the unit asked for, or the caller's scope. */
  unit: z.object({ id: z.string(), name: z.string() }),
  columns: z.array(z.object({ key: z.string(), label: z.string() })),
});
export type Table3Response = z.infer<typeof Table3Response>;

export const Table3CellPage = z.object({
  columns: z.array(z.object({ key: z.string(), label: z.string() })),
  rows: z.array(z.record(z.string(), z.unknown())),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
export type Table3CellPage = z.infer<typeof Table3CellPage>;
