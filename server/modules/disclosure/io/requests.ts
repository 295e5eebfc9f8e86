import {
  APPLICANT_ID_TYPES,
  APPLICANT_TYPES,
  DELIVERY_METHODS,
  MAIL_KINDS,
  REQUEST_CHANNELS,
  REQUEST_FIELD_LABELS as L,
  REQUEST_STATUSES,
} from '../../../../common/contracts/disclosure/dictionaries.js';
import { defineLedger } from '../../../platform/io/index.js';
import { applicantDisplayName } from '../presenter/requests.js';
import { maskIdNumber, maskPhone } from '../../../../common/privacy/masking.js';
import { outcomeShortLabel } from '../../../../common/contracts/disclosure/outcomes.js';
import { formatTrackingCode } from '../rules/tracking-code.js';
import type { RequestWithUnit } from '../service/requests/records.js';

/** One row of the request ledger (依申请公开办理台账): what an import brings and an export shows. */
export interface RequestLedgerRow {
  trackingCode: string | null;
  orgUnit: string;
  channel: string;
  mailKind: string | null;
  arrivedOn: string;
  signedOn: string | null;
  confirmedOn: string | null;
  receivedOn: string | null;
  applicantType: string;
  applicantName: string;
  applicantIdType: string | null;
  applicantIdNumber: string | null;
  applicantPhone: string;
  applicantAddress: string | null;
  orgName: string | null;
  orgCreditCode: string | null;
  informationDescription: string;
  documentNumber: string | null;
  deliveryMethod: string;
  correctionRequestedOn: string | null;
  correctionDeadlineOn: string | null;
  correctionReceivedOn: string | null;
  extensionApprovedOn: string | null;
  status: string | null;
  /** Free text on import: the code, the table 三 label verbatim, or the short label (checked per row). */
  outcome: string | null;
  concludedOn: string | null;
  /** 答复书文号: exported as issued; an imported historical reply may carry its own. */
  replyDocumentNumber: string | null;
}

const dict = <T extends readonly { code: string; label: string }[]>(entries: T) =>
  Object.fromEntries(entries.map((e) => [e.code, e.label]));

export const requestLedger = defineLedger<RequestLedgerRow>({
  key: 'disclosure.requests',
  sheetName: '依申请公开台账',
  columns: [
    {
      key: 'trackingCode',
      header: L.trackingCode,
      type: 'string',
      maxLength: 20,
      note: '新申请留空，由系统生成；填写时按查询码识别已有申请，重复导入不新增',
    },
    {
      key: 'orgUnit',
      header: L.orgUnitId,
      type: 'string',
      required: true,
      maxLength: 100,
      example: '区自然资源分局',
      note: '填机关全称、简称或机构代码',
    },
    {
      key: 'channel',
      header: L.channel,
      type: 'enum',
      required: true,
      dict: dict(REQUEST_CHANNELS),
      example: '信函',
    },
    {
      key: 'mailKind',
      header: L.mailKind,
      type: 'enum',
      dict: dict(MAIL_KINDS),
      note: '申请方式为信函时必填',
    },
    { key: 'arrivedOn', header: L.arrivedOn, type: 'date', required: true, example: '2020-03-02' },
    { key: 'signedOn', header: L.signedOn, type: 'date', note: '挂号信/EMS 必填' },
    {
      key: 'confirmedOn',
      header: L.confirmedOn,
      type: 'date',
      note: '网上申请、传真、电子邮件必填；平常信函为收到当日',
    },
    {
      key: 'receivedOn',
      header: L.receivedOn,
      type: 'date',
      note: '导出时填写；导入时由申请方式和上述日期计算（条例第三十一条）',
    },
    {
      key: 'applicantType',
      header: L.applicantType,
      type: 'enum',
      required: true,
      dict: dict(APPLICANT_TYPES),
      example: '自然人',
    },
    { key: 'applicantName', header: L.applicantName, type: 'string', required: true, maxLength: 100 },
    { key: 'applicantIdType', header: L.applicantIdType, type: 'enum', dict: dict(APPLICANT_ID_TYPES) },
    {
      key: 'applicantIdNumber',
      header: L.applicantIdNumber,
      type: 'string',
      maxLength: 40,
      note: '导出时只显示部分号码',
    },
    {
      key: 'applicantPhone',
      header: L.applicantPhone,
      type: 'string',
      required: true,
      maxLength: 40,
      note: '导出时只显示部分号码',
    },
    { key: 'applicantAddress', header: L.applicantAddress, type: 'string', maxLength: 300 },
    { key: 'orgName', header: L.orgName, type: 'string', maxLength: 200, note: '法人或其他组织必填' },
    { key: 'orgCreditCode', header: L.orgCreditCode, type: 'string', maxLength: 18 },
    {
      key: 'informationDescription',
      header: L.informationDescription,
      type: 'text',
      required: true,
      maxLength: 2000,
      width: 40,
    },
    { key: 'documentNumber', header: L.documentNumber, type: 'string', maxLength: 100 },
    {
      key: 'deliveryMethod',
      header: L.deliveryMethod,
      type: 'enum',
      required: true,
      dict: dict(DELIVERY_METHODS),
      example: '纸质文本（邮寄）',
    },
    { key: 'correctionRequestedOn', header: '告知补正日期', type: 'date' },
    { key: 'correctionDeadlineOn', header: '补正期限', type: 'date' },
    { key: 'correctionReceivedOn', header: '收到补正日期', type: 'date' },
    { key: 'extensionApprovedOn', header: '批准延期日期', type: 'date' },
    {
      key: 'status',
      header: L.status,
      type: 'enum',
      dict: dict(REQUEST_STATUSES),
      note: '导出时填写，导入时由其他列推定',
    },
    {
      key: 'outcome',
      header: L.outcome,
      type: 'string',
      maxLength: 80,
      example: '予以公开',
      note: '填表三的答复类型，如“予以公开”“部分公开”“无法提供（本机关不掌握相关政府信息）”；未办结的留空',
    },
    {
      key: 'concludedOn',
      header: L.concludedOn,
      type: 'date',
      note: '有办理结果时必填，不得早于收到申请日期',
    },
    {
      key: 'replyDocumentNumber',
      header: '答复书文号',
      type: 'string',
      maxLength: 80,
      example: '于市监公开〔2020〕3号',
      note: '已办结的可填原答复书文号；在系统中办结的由系统按机关代字编号',
    },
  ],
});

/** A request as a sheet row (the export): ID numbers and phones masked, persons by surname only. */
export function toLedgerRow(r: RequestWithUnit): RequestLedgerRow {
  return {
    trackingCode: formatTrackingCode(r.trackingCode),
    orgUnit: r.orgUnitName,
    channel: r.channel,
    mailKind: r.mailKind,
    arrivedOn: r.arrivedOn,
    signedOn: r.signedOn,
    confirmedOn: r.confirmedOn,
    receivedOn: r.receivedOn,
    applicantType: r.applicantType,
    applicantName: applicantDisplayName(r),
    applicantIdType: r.applicantIdType,
    applicantIdNumber: maskIdNumber(r.applicantIdNumber),
    applicantPhone: maskPhone(r.applicantPhone) ?? '',
    applicantAddress: null,
    orgName: r.orgName,
    orgCreditCode: r.orgCreditCode,
    informationDescription: r.informationDescription,
    documentNumber: r.documentNumber,
    deliveryMethod: r.deliveryMethod,
    correctionRequestedOn: r.correctionRequestedOn,
    correctionDeadlineOn: r.correctionDeadlineOn,
    correctionReceivedOn: r.correctionReceivedOn,
    extensionApprovedOn: r.extensionApprovedOn,
    status: r.status,
    outcome: r.outcome ? outcomeShortLabel(r.outcome) : null,
    concludedOn: r.concludedOn,
    replyDocumentNumber: r.replyDocumentNumber,
  };
}

/** The download's file name, e.g. 依申请公开台账-2021-01-05. */
export function exportFileName(today: string): string {
  return `依申请公开台账-${today}`;
}
