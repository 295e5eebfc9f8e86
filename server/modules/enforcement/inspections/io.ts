import { INSPECTION_RESULTS } from '../../../../common/contracts/enforcement/dictionaries.js';
import { defineLedger } from '../../../platform/io/index.js';
import type { InspectionView } from './service/index.js';

/** One row of the inspections ledger (行政检查台账): what a body fills in and what an export shows. */
export interface InspectionLedgerRow {
  /** 执法主体 as typed: the unit's name, short name or code. */
  orgUnit: string;
  /** 检查事项编码: the power-list code of a 行政检查 item of the body. */
  powerCode: string;
  powerName: string | null;
  inspectedOn: string;
  targetName: string;
  /** 执法证号 of the officers, separated by 、 , ， ; or ；. */
  officerCertificates: string;
  officerNames: string | null;
  result: string;
  note: string | null;
  isUnplanned: boolean | null;
}

const EXPORT_ONLY = '导出时填写，导入时忽略';

export const inspectionLedger = defineLedger<InspectionLedgerRow>({
  key: 'enforcement.inspections',
  sheetName: '行政检查台账',
  columns: [
    {
      key: 'orgUnit',
      header: '执法主体',
      type: 'string',
      required: true,
      maxLength: 100,
      example: '区市场监督管理局',
      note: '填已确认的行政执法主体的全称、简称或机构代码',
    },
    {
      key: 'powerCode',
      header: '检查事项编码',
      type: 'string',
      required: true,
      maxLength: 60,
      note: '权责清单中本主体现行有效的行政检查事项的编码',
    },
    {
      key: 'powerName',
      header: '检查事项名称',
      type: 'string',
      maxLength: 300,
      width: 36,
      note: EXPORT_ONLY,
    },
    { key: 'inspectedOn', header: '检查日期', type: 'date', required: true, note: '不得晚于导入当日' },
    { key: 'targetName', header: '检查对象', type: 'string', required: true, maxLength: 200, width: 30 },
    {
      key: 'officerCertificates',
      header: '执法证号',
      type: 'string',
      required: true,
      maxLength: 300,
      example: 'LN-SC-0001、LN-SC-0002',
      note: '至少两名本主体执法人员的执法证号，用顿号分隔；证件须在检查日期有效',
    },
    { key: 'officerNames', header: '执法人员', type: 'string', maxLength: 300, note: EXPORT_ONLY },
    {
      key: 'result',
      header: '检查结果',
      type: 'enum',
      required: true,
      dict: Object.fromEntries(INSPECTION_RESULTS.map((r) => [r.code, r.label])),
    },
    { key: 'note', header: '备注', type: 'text', maxLength: 2000 },
    {
      key: 'isUnplanned',
      header: '计划外检查',
      type: 'boolean',
      note: `${EXPORT_ONLY}；导入时按本主体已备案的年度检查计划自动判断`,
    },
  ],
});

/** The certificate numbers typed in a cell. */
export function parseCertificates(text: string): string[] {
  return text
    .split(/[、,，;；\s]+/)
    .map((w) => w.trim())
    .filter(Boolean);
}

/** An inspection as a sheet row (the export). */
export function toLedgerRow(view: InspectionView): InspectionLedgerRow {
  const x = view.inspection;
  return {
    orgUnit: view.orgUnit.name,
    powerCode: view.powerItem.code,
    powerName: view.powerItem.name,
    inspectedOn: x.inspectedOn,
    targetName: x.targetName,
    officerCertificates: view.officers.map((o) => o.certificateNumber).join('、'),
    officerNames: view.officers.map((o) => o.name).join('、'),
    result: x.result,
    note: x.note,
    isUnplanned: x.planItemId === null,
  };
}

/** The download's file name, e.g. 行政检查台账-2020-12-31. */
export function exportFileName(today: string): string {
  return `行政检查台账-${today}`;
}
