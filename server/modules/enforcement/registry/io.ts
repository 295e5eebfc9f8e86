import {
  BODY_AUTHORITY_KINDS,
  CIRCUMSTANCES,
  type Circumstance,
} from '../../../../common/contracts/enforcement/dictionaries.js';
import { MONEY_MAX_YUAN } from '../../../../common/contracts/fields.js';
import { maskIdNumber, maskPhone } from '../../../../common/privacy/masking.js';
import type { Actor } from '../../../platform/context.js';
import { defineLedger, type LedgerColumn } from '../../../platform/io/index.js';
import type { BenchmarkWithRefs } from './service/benchmark-records.js';
import type { BodyWithCounts } from './service/body-records.js';
import type { FeeWithCollections } from './service/fee-records.js';
import { maySeeOfficerPersonalData, type OfficerWithUnit } from './service/officer-records.js';

/** The ledgers of the enforcement registers (.xlsx/.csv export, template, all-or-nothing import). */

const ORG_UNIT_NOTE = '填单位全称、简称或机构代码';
const EXPORT_ONLY = '导出时填写，导入时忽略';
const dictOf = (d: readonly { code: string; label: string }[]) =>
  Object.fromEntries(d.map((e) => [e.code, e.label]));

// ── 行政执法主体 ──

export interface BodyLedgerRow {
  orgUnit: string;
  authorityKind: string;
  legalBasis: string;
  scope: string;
  confirmedOn: string;
  confirmationDocument: string | null;
  revokedOn: string | null;
  officerCount: number | null;
  validCertificateCount: number | null;
}

export const bodyLedger = defineLedger<BodyLedgerRow>({
  key: 'enforcement.bodies',
  sheetName: '行政执法主体',
  columns: [
    {
      key: 'orgUnit',
      header: '执法主体',
      type: 'string',
      required: true,
      unique: true,
      maxLength: 100,
      example: '区市场监督管理局',
      note: ORG_UNIT_NOTE,
    },
    {
      key: 'authorityKind',
      header: '主体资格',
      type: 'enum',
      required: true,
      dict: dictOf(BODY_AUTHORITY_KINDS),
      example: '法定行政机关',
    },
    { key: 'legalBasis', header: '执法依据', type: 'text', required: true, maxLength: 2000 },
    { key: 'scope', header: '执法职责范围', type: 'text', required: true, maxLength: 2000 },
    { key: 'confirmedOn', header: '确认日期', type: 'date', required: true },
    {
      key: 'confirmationDocument',
      header: '确认文件文号',
      type: 'string',
      maxLength: 100,
      example: '于政办发〔2020〕8号',
    },
    { key: 'revokedOn', header: '撤销确认日期', type: 'date', note: EXPORT_ONLY },
    { key: 'officerCount', header: '执法人员数', type: 'integer', note: EXPORT_ONLY },
    { key: 'validCertificateCount', header: '有效执法证件数', type: 'integer', note: EXPORT_ONLY },
  ],
});

export function toBodyLedgerRow(body: BodyWithCounts): BodyLedgerRow {
  return {
    orgUnit: body.orgUnitName,
    authorityKind: body.authorityKind,
    legalBasis: body.legalBasis,
    scope: body.scope,
    confirmedOn: body.confirmedOn,
    confirmationDocument: body.confirmationDocument,
    revokedOn: body.revokedOn,
    officerCount: body.officerCount,
    validCertificateCount: body.validCertificateCount,
  };
}

// ── 执法人员、执法证件 ──

export interface OfficerLedgerRow {
  orgUnit: string;
  name: string;
  idNumber: string | null;
  phone: string | null;
  certificateNumber: string;
  certificateIssuer: string;
  certificateIssuedOn: string | null;
  certificateValidUntil: string;
  hasLegalQualification: boolean | null;
  isActive: boolean | null;
}

export const officerLedger = defineLedger<OfficerLedgerRow>({
  key: 'enforcement.officers',
  sheetName: '执法人员',
  columns: [
    {
      key: 'orgUnit',
      header: '执法主体',
      type: 'string',
      required: true,
      maxLength: 100,
      example: '区市场监督管理局',
      note: ORG_UNIT_NOTE,
    },
    { key: 'name', header: '姓名', type: 'string', required: true, maxLength: 50 },
    {
      key: 'idNumber',
      header: '身份证号',
      type: 'string',
      maxLength: 30,
      note: '导出时除本单位人员外均作遮蔽处理',
    },
    { key: 'phone', header: '联系电话', type: 'string', maxLength: 30 },
    {
      key: 'certificateNumber',
      header: '执法证号',
      type: 'string',
      required: true,
      unique: true,
      maxLength: 60,
      note: '同一区内不能重复',
    },
    {
      key: 'certificateIssuer',
      header: '发证机关',
      type: 'string',
      required: true,
      maxLength: 100,
      example: '沈阳市人民政府',
    },
    { key: 'certificateIssuedOn', header: '发证日期', type: 'date' },
    { key: 'certificateValidUntil', header: '有效期至', type: 'date', required: true },
    { key: 'hasLegalQualification', header: '具有法律职业资格', type: 'boolean' },
    { key: 'isActive', header: '在岗', type: 'boolean', note: EXPORT_ONLY },
  ],
});

/** An officer as a sheet row; ID number and phone masked unless the actor may see them (as on screen). */
export function toOfficerLedgerRow(officer: OfficerWithUnit, actor: Actor): OfficerLedgerRow {
  const whole = maySeeOfficerPersonalData(actor, officer);
  return {
    orgUnit: officer.orgUnitName,
    name: officer.name,
    idNumber: whole ? officer.idNumber : maskIdNumber(officer.idNumber),
    phone: whole ? officer.phone : maskPhone(officer.phone),
    certificateNumber: officer.certificateNumber,
    certificateIssuer: officer.certificateIssuer,
    certificateIssuedOn: officer.certificateIssuedOn,
    certificateValidUntil: officer.certificateValidUntil,
    hasLegalQualification: officer.hasLegalQualification,
    isActive: officer.isActive,
  };
}

// ── 裁量基准 ──

type BandKeys = `${Circumstance}${'Min' | 'Max' | 'Description'}`;
export type BenchmarkLedgerRow = {
  orgUnit: string | null;
  powerItemCode: string | null;
  code: string;
  violation: string;
  violationBasis: string | null;
  penaltyBasis: string;
} & { [K in BandKeys]: K extends `${string}Description` ? string | null : number | null };

function bandColumns(): LedgerColumn<BenchmarkLedgerRow>[] {
  return CIRCUMSTANCES.flatMap(({ code, label }) => [
    {
      key: `${code}Min` as const,
      header: `${label}情节罚款下限（元）`,
      type: 'decimal' as const,
      min: 0,
      max: MONEY_MAX_YUAN,
    },
    {
      key: `${code}Max` as const,
      header: `${label}情节罚款上限（元）`,
      type: 'decimal' as const,
      min: 0,
      max: MONEY_MAX_YUAN,
    },
    {
      key: `${code}Description` as const,
      header: `${label}情节说明`,
      type: 'text' as const,
      maxLength: 1000,
    },
  ]);
}

export const benchmarkLedger = defineLedger<BenchmarkLedgerRow>({
  key: 'enforcement.benchmarks',
  sheetName: '裁量基准',
  columns: [
    {
      key: 'orgUnit',
      header: '执法主体',
      type: 'string',
      maxLength: 100,
      note: `${ORG_UNIT_NOTE}；不填为全区通用（仅依法治区办）`,
    },
    {
      key: 'powerItemCode',
      header: '权责清单事项编码',
      type: 'string',
      maxLength: 60,
      note: '该主体的行政处罚类事项，可不填',
    },
    { key: 'code', header: '基准编号', type: 'string', required: true, unique: true, maxLength: 60 },
    { key: 'violation', header: '违法行为', type: 'text', required: true, maxLength: 500 },
    { key: 'violationBasis', header: '违法依据', type: 'text', maxLength: 2000 },
    { key: 'penaltyBasis', header: '处罚依据', type: 'text', required: true, maxLength: 2000 },
    ...bandColumns(),
  ],
});

export function toBenchmarkLedgerRow(b: BenchmarkWithRefs): BenchmarkLedgerRow {
  const bands = Object.fromEntries(
    CIRCUMSTANCES.flatMap(({ code }) => {
      const r = b.ranges.find((x) => x.circumstance === code);
      return [
        [`${code}Min`, r?.fineMin ?? null],
        [`${code}Max`, r?.fineMax ?? null],
        [`${code}Description`, r?.description || null],
      ];
    }),
  ) as Pick<BenchmarkLedgerRow, BandKeys>;
  return {
    orgUnit: b.orgUnitName,
    powerItemCode: b.power?.code ?? null,
    code: b.code,
    violation: b.violation,
    violationBasis: b.violationBasis,
    penaltyBasis: b.penaltyBasis,
    ...bands,
  };
}

// ── 涉企行政事业性收费目录 ──

export interface FeeLedgerRow {
  orgUnit: string;
  code: string;
  name: string;
  legalBasis: string;
  standard: string;
  publishedOn: string;
  repealedOn: string | null;
}

export const feeLedger = defineLedger<FeeLedgerRow>({
  key: 'enforcement.fees',
  sheetName: '涉企收费目录',
  columns: [
    {
      key: 'orgUnit',
      header: '收费单位',
      type: 'string',
      required: true,
      maxLength: 100,
      example: '区市场监督管理局',
      note: ORG_UNIT_NOTE,
    },
    { key: 'code', header: '收费项目编码', type: 'string', required: true, unique: true, maxLength: 60 },
    { key: 'name', header: '收费项目名称', type: 'string', required: true, maxLength: 200 },
    { key: 'legalBasis', header: '收费依据', type: 'text', required: true, maxLength: 2000 },
    { key: 'standard', header: '收费标准', type: 'text', required: true, maxLength: 2000 },
    { key: 'publishedOn', header: '公布日期', type: 'date', required: true },
    { key: 'repealedOn', header: '取消日期', type: 'date', note: EXPORT_ONLY },
  ],
});

export function toFeeLedgerRow(f: FeeWithCollections): FeeLedgerRow {
  return {
    orgUnit: f.orgUnitName,
    code: f.code,
    name: f.name,
    legalBasis: f.legalBasis,
    standard: f.standard,
    publishedOn: f.publishedOn,
    repealedOn: f.repealedOn,
  };
}

/** The download's file name, e.g. 执法人员-2020-12-31. */
export const registryFileName = (title: string, today: string) => `${title}-${today}`;
