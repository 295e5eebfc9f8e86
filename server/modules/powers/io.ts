import {
  EXERCISE_LEVELS,
  POWER_FIELD_LABELS as L,
  POWER_ITEM_STATUSES,
} from '../../../common/contracts/powers.js';
import { defineLedger } from '../../platform/io/index.js';
import { CATEGORY_LABELS } from './rules.js';
import type { PowerItemRow } from './schema.js';

/** One row of the power-list sheet (权责清单台账): what a department fills in and what an export shows. */
export interface PowerLedgerRow {
  code: string;
  name: string;
  subItemName: string | null;
  category: string;
  /** 实施主体 as typed: the department's name, short name or code. */
  orgUnit: string;
  legalBasis: string | null;
  handlingUnit: string | null;
  exerciseLevel: string | null;
  process: string | null;
  responsibility: string | null;
  accountability: string | null;
  timeLimit: string | null;
  feeBasis: string | null;
  supervisionPhone: string | null;
  remarks: string | null;
  status: string | null;
  publishedOn: string | null;
  version: number | null;
}

const dict = <T extends readonly { code: string; label: string }[]>(entries: T) =>
  Object.fromEntries(entries.map((e) => [e.code, e.label]));

/** The columns, in the order of the usual provincial template (legal-rules §11, recommended fields). */
export const powerLedger = defineLedger<PowerLedgerRow>({
  key: 'powers.items',
  sheetName: '权责清单',
  columns: [
    {
      key: 'code',
      header: L.code,
      type: 'string',
      required: true,
      unique: true,
      maxLength: 64,
      example: '210114-D22-CF-001',
    },
    {
      key: 'name',
      header: L.name,
      type: 'string',
      required: true,
      maxLength: 200,
      width: 40,
      example: '对未取得营业执照从事经营活动的行政处罚',
    },
    { key: 'subItemName', header: L.subItemName, type: 'string', maxLength: 200 },
    {
      key: 'category',
      header: L.category,
      type: 'enum',
      required: true,
      dict: CATEGORY_LABELS,
      example: '行政处罚',
    },
    {
      key: 'orgUnit',
      header: L.orgUnitId,
      type: 'string',
      required: true,
      maxLength: 100,
      example: '区市场监督管理局',
      note: '填部门全称、简称或机构代码',
    },
    {
      key: 'legalBasis',
      header: L.legalBasis,
      type: 'text',
      maxLength: 5000,
      note: '发布前必填：法律、法规、规章名称及条款',
    },
    { key: 'handlingUnit', header: L.handlingUnit, type: 'string', maxLength: 200 },
    { key: 'exerciseLevel', header: L.exerciseLevel, type: 'enum', dict: dict(EXERCISE_LEVELS) },
    { key: 'process', header: L.process, type: 'text', maxLength: 5000, note: '发布前必填' },
    { key: 'responsibility', header: L.responsibility, type: 'text', maxLength: 5000, note: '发布前必填' },
    { key: 'accountability', header: L.accountability, type: 'text', maxLength: 5000 },
    { key: 'timeLimit', header: L.timeLimit, type: 'string', maxLength: 200 },
    { key: 'feeBasis', header: L.feeBasis, type: 'text', maxLength: 1000 },
    { key: 'supervisionPhone', header: L.supervisionPhone, type: 'string', maxLength: 50 },
    { key: 'remarks', header: L.remarks, type: 'text', maxLength: 1000 },
    {
      key: 'status',
      header: '状态',
      type: 'enum',
      dict: dict(POWER_ITEM_STATUSES),
      note: '导入时可填“草稿”（默认）或“已发布”；“已发布”仅限依法治区办导入',
    },
    {
      key: 'publishedOn',
      header: '发布日期',
      type: 'date',
      note: '仅对“已发布”有效，默认为导入当日；不得晚于当日',
    },
    { key: 'version', header: '版本', type: 'integer', min: 0, note: '导出时填写，导入时忽略' },
  ],
});

/** An item as a sheet row (the export); the department appears by its full name. */
export function toLedgerRow(item: PowerItemRow & { orgUnitName: string }): PowerLedgerRow {
  return {
    code: item.code,
    name: item.name,
    subItemName: item.subItemName,
    category: item.category,
    orgUnit: item.orgUnitName,
    legalBasis: item.legalBasis,
    handlingUnit: item.handlingUnit,
    exerciseLevel: item.exerciseLevel,
    process: item.process,
    responsibility: item.responsibility,
    accountability: item.accountability,
    timeLimit: item.timeLimit,
    feeBasis: item.feeBasis,
    supervisionPhone: item.supervisionPhone,
    remarks: item.remarks,
    status: item.status,
    publishedOn: item.publishedOn,
    version: item.currentVersion || null,
  };
}
