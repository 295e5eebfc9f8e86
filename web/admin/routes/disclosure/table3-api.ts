import type { Table3CellPage, Table3Response } from '../../../../common/contracts/disclosure/table3.js';
import { api, type Query } from '../../../common/api.js';

/** Value columns of table 三, in template order (the six applicant types, then 总计). */
export const TABLE3_COLUMN_KEYS = [
  'natural_person',
  'business',
  'research',
  'public_interest',
  'legal_service',
  'other_org',
  'total',
] as const;

export interface Table3Params {
  year: number;
  format: '2021' | '2019';
  unit?: string;
}

const q = (p: Table3Params): Query => ({ year: p.year, format: p.format, unit: p.unit });

/** Table 三 computed from the request records, its drill-down and its .xlsx in the official layout. */
export const table3Api = {
  get: (p: Table3Params) => api.get<Table3Response>('/disclosure/table3', q(p)),
  cell: (p: Table3Params, row: number, column: string, page: number, pageSize: number) =>
    api.get<Table3CellPage>('/disclosure/table3/cells', { ...q(p), row, column, page, pageSize }),
  export: (p: Table3Params) => api.download('/disclosure/table3.xlsx', q(p)),
};
