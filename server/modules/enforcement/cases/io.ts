import {
  CASE_KINDS,
  CASE_STATES,
  CIRCUMSTANCES,
  DECISION_OUTCOMES,
  PARTY_TYPES,
  PENALTY_KINDS,
  PUBLICATION_STATES,
  SERVICE_METHODS,
} from '../../../../common/contracts/enforcement/dictionaries.js';
import { labelOf } from '../../../../common/contracts/dictionary.js';
import { MONEY_MAX_YUAN } from '../../../../common/contracts/fields.js';
import { maskIdNumber, maskPhone } from '../../../../common/privacy/masking.js';
import { defineLedger } from '../../../platform/io/index.js';
import type { CaseListRow } from './service/index.js';

/** One row of the case ledger (行政执法案件台账): what an import brings and an export shows. */
export interface CaseLedgerRow {
  caseNumber: string;
  orgUnit: string;
  kind: string;
  powerItemCode: string;
  benchmarkCode: string | null;
  cause: string;
  source: string | null;
  partyType: string;
  partyName: string;
  partyOperatorName: string | null;
  partyIdNumber: string | null;
  partyPhone: string | null;
  partyAddress: string | null;
  openedOn: string;
  discoveredOn: string | null;
  openingExtended: boolean | null;
  violationOn: string | null;
  concernsLifeHealthOrFinance: boolean | null;
  handlerCertificates: string;
  isMajor: boolean | null;
  state: string | null;
  reviewedOn: string | null;
  decidedOn: string | null;
  decisionNumber: string | null;
  outcome: string | null;
  circumstance: string | null;
  fineAmount: number | null;
  confiscationAmount: number | null;
  deviationReason: string | null;
  decisionText: string | null;
  decisionBasis: string | null;
  notifiedKinds: string | null;
  noticeService: string | null;
  statement: string | null;
  penaltyKinds: string | null;
  servedOn: string | null;
  closedOn: string | null;
  publicationState: string | null;
  publishedOn: string | null;
  handlingDueOn: string | null;
}

const dictOf = (d: readonly { code: string; label: string }[]) =>
  Object.fromEntries(d.map((e) => [e.code, e.label]));
const EXPORT_ONLY = '导出时填写，导入时忽略';

export const caseLedger = defineLedger<CaseLedgerRow>({
  key: 'enforcement.cases',
  sheetName: '行政执法案件台账',
  columns: [
    {
      key: 'caseNumber',
      header: '案件编号',
      type: 'string',
      required: true,
      unique: true,
      maxLength: 60,
      example: '于市监立〔2020〕15号',
    },
    {
      key: 'orgUnit',
      header: '执法主体',
      type: 'string',
      required: true,
      maxLength: 100,
      example: '区市场监督管理局',
      note: '填单位全称、简称或机构代码',
    },
    {
      key: 'kind',
      header: '案件类型',
      type: 'enum',
      required: true,
      dict: dictOf(CASE_KINDS),
      example: '行政处罚',
    },
    {
      key: 'powerItemCode',
      header: '职权编码',
      type: 'string',
      required: true,
      maxLength: 60,
      note: '该执法主体权责清单中现行有效事项的编码',
    },
    { key: 'benchmarkCode', header: '裁量基准编号', type: 'string', maxLength: 60 },
    { key: 'cause', header: '案由', type: 'string', required: true, maxLength: 300 },
    { key: 'source', header: '案件来源', type: 'string', maxLength: 100, example: '投诉举报' },
    {
      key: 'partyType',
      header: '当事人类型',
      type: 'enum',
      required: true,
      dict: dictOf(PARTY_TYPES),
      example: '法人',
    },
    { key: 'partyName', header: '当事人', type: 'string', required: true, maxLength: 200 },
    {
      key: 'partyOperatorName',
      header: '经营者姓名',
      type: 'string',
      maxLength: 50,
      note: '个体工商户填写；“当事人”栏填写字号',
    },
    {
      key: 'partyIdNumber',
      header: '身份证号或统一社会信用代码',
      type: 'string',
      maxLength: 30,
      note: '导出时自然人身份证号只显示部分号码',
    },
    {
      key: 'partyPhone',
      header: '联系电话',
      type: 'string',
      maxLength: 30,
      note: '导出时自然人电话只显示部分号码',
    },
    { key: 'partyAddress', header: '地址', type: 'string', maxLength: 300 },
    { key: 'openedOn', header: '立案日期', type: 'date', required: true, example: '2020-05-11' },
    {
      key: 'discoveredOn',
      header: '发现线索或收到材料日期',
      type: 'date',
      note: '立案期限：自该日起15个工作日，经批准可延长15个工作日（《市场监督管理行政处罚程序规定》第十八条）',
    },
    { key: 'openingExtended', header: '立案期限经批准延长', type: 'boolean' },
    {
      key: 'violationOn',
      header: '违法行为发生（终了）日期',
      type: 'date',
      note: '追责时效：二年；涉及生命健康安全、金融安全的五年（《行政处罚法》第三十六条）',
    },
    { key: 'concernsLifeHealthOrFinance', header: '涉及生命健康安全或金融安全', type: 'boolean' },
    {
      key: 'handlerCertificates',
      header: '执法人员证件号',
      type: 'string',
      required: true,
      maxLength: 300,
      example: 'LN-SC-0001、LN-SC-0002',
      note: '至少两人，以顿号或逗号分隔；须在立案日期持有效证件（《行政处罚法》第四十二条）',
    },
    { key: 'isMajor', header: '重大执法决定', type: 'boolean', note: '列入目录或罚没金额达到标准的自动认定' },
    {
      key: 'state',
      header: '办理状态',
      type: 'enum',
      dict: dictOf(CASE_STATES),
      note: '导出时填写；导入时由所填日期推定',
    },
    {
      key: 'reviewedOn',
      header: '法制审核通过日期',
      type: 'date',
      note: '已决定的重大执法决定必填（《行政处罚法》第五十八条）',
    },
    { key: 'decidedOn', header: '决定日期', type: 'date' },
    { key: 'decisionNumber', header: '决定书文号', type: 'string', maxLength: 80 },
    { key: 'outcome', header: '决定结果', type: 'enum', dict: dictOf(DECISION_OUTCOMES), example: '罚款' },
    { key: 'circumstance', header: '违法情节', type: 'enum', dict: dictOf(CIRCUMSTANCES) },
    // The forms' bound (below numeric(14, 2)): beyond it PostgreSQL refused the row with a 500 (issue #11).
    { key: 'fineAmount', header: '罚款金额（元）', type: 'decimal', min: 0, max: MONEY_MAX_YUAN },
    { key: 'confiscationAmount', header: '没收金额（元）', type: 'decimal', min: 0, max: MONEY_MAX_YUAN },
    { key: 'deviationReason', header: '偏离裁量基准理由', type: 'text', maxLength: 2000 },
    { key: 'decisionText', header: '决定内容', type: 'text', maxLength: 5000 },
    { key: 'decisionBasis', header: '处罚依据', type: 'text', maxLength: 2000 },
    // The party's rights before the decision (decision 0014): shown on export, not imported.
    { key: 'notifiedKinds', header: '告知的处罚种类及金额', type: 'text', maxLength: 500, note: EXPORT_ONLY },
    { key: 'noticeService', header: '告知书送达', type: 'text', maxLength: 100, note: EXPORT_ONLY },
    { key: 'statement', header: '陈述、申辩', type: 'text', maxLength: 5000, note: EXPORT_ONLY },
    {
      key: 'penaltyKinds',
      header: '决定的处罚种类',
      type: 'text',
      maxLength: 500,
      example: '警告、通报批评；罚款',
      note: '可并处多种，以分号分隔；罚款、没收按所填金额自动计入',
    },
    { key: 'servedOn', header: '送达日期', type: 'date' },
    { key: 'closedOn', header: '结案日期', type: 'date' },
    {
      key: 'publicationState',
      header: '公示状态',
      type: 'enum',
      dict: dictOf(PUBLICATION_STATES),
      note: EXPORT_ONLY,
    },
    { key: 'publishedOn', header: '公示日期', type: 'date' },
    { key: 'handlingDueOn', header: '办案期限', type: 'date', note: EXPORT_ONLY },
  ],
});

// Kinds are joined with 分号: a kind's own label may hold a 顿号 (警告、通报批评).
const kindsText = (kinds: readonly string[] | null) =>
  kinds ? kinds.map((k) => labelOf(PENALTY_KINDS, k)).join('；') : null;

/** 告知, its service, the 陈述、申辩 and the decision's kinds as readable cells. */
function rightsColumns(r: CaseListRow) {
  const amounts = [
    Number(r.notifiedFineAmount ?? 0) > 0 ? `罚款 ${Number(r.notifiedFineAmount)} 元` : null,
    Number(r.notifiedConfiscationAmount ?? 0) > 0 ? `没收 ${Number(r.notifiedConfiscationAmount)} 元` : null,
  ].filter(Boolean);
  const notified = kindsText(r.notifiedKinds);
  const method = r.noticeServiceMethod ? labelOf(SERVICE_METHODS, r.noticeServiceMethod) : null;
  return {
    notifiedKinds: notified && [notified, ...amounts].join('；'),
    noticeService: r.noticeServedOn ? `${r.noticeServedOn} ${method ?? ''}`.trim() : null,
    statement: r.statementReceivedOn
      ? `${r.statementReceivedOn} 提出：${r.statementSummary ?? ''}`
      : r.statementWaivedOn
        ? `${r.statementWaivedOn} 书面放弃`
        : null,
    penaltyKinds: kindsText(r.penaltyKinds),
  };
}

const isPerson = (r: CaseListRow) => r.partyType === 'natural_person';

/** A case as an export row: a natural person's ID number and phone masked. */
export function toCaseLedgerRow(
  r: CaseListRow,
  codes: { power: string; benchmark: string | null; certificates: string },
): CaseLedgerRow {
  return {
    caseNumber: r.caseNumber,
    orgUnit: r.orgUnitName,
    kind: r.kind,
    powerItemCode: codes.power,
    benchmarkCode: codes.benchmark,
    cause: r.cause,
    source: r.source,
    partyType: r.partyType,
    partyName: r.partyName,
    partyOperatorName: r.partyOperatorName,
    partyIdNumber: isPerson(r) ? maskIdNumber(r.partyIdNumber) : r.partyIdNumber,
    partyPhone: isPerson(r) ? maskPhone(r.partyPhone) : r.partyPhone,
    partyAddress: isPerson(r) ? null : r.partyAddress,
    openedOn: r.openedOn,
    discoveredOn: r.discoveredOn,
    openingExtended: r.openingExtended,
    violationOn: r.violationOn,
    concernsLifeHealthOrFinance: r.concernsLifeHealthOrFinance,
    handlerCertificates: codes.certificates,
    isMajor: r.isMajor,
    state: r.state,
    reviewedOn: null,
    decidedOn: r.decidedOn,
    decisionNumber: r.decisionNumber,
    outcome: r.outcome,
    circumstance: r.circumstance,
    fineAmount: r.fineAmount === null ? null : Number(r.fineAmount),
    confiscationAmount: r.confiscationAmount === null ? null : Number(r.confiscationAmount),
    deviationReason: r.deviationReason,
    decisionText: r.decisionText,
    decisionBasis: r.decisionBasis,
    ...rightsColumns(r),
    servedOn: r.servedOn,
    closedOn: r.closedOn,
    publicationState: r.publicationState,
    publishedOn: r.publishedOn,
    handlingDueOn: r.handlingDueOn,
  };
}

export const caseExportFileName = (today: string) => `行政执法案件台账-${today}`;
