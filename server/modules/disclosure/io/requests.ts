import {
  APPLICANT_ID_TYPES,
  APPLICANT_TYPES,
  DELIVERY_METHODS,
  FEE_METHODS,
  MAIL_KINDS,
  REQUEST_CHANNELS,
  REQUEST_FIELD_LABELS as L,
  REQUEST_STATUSES,
  THIRD_PARTY_OPINIONS,
} from '../../../../common/contracts/disclosure/dictionaries.js';
import { defineLedger } from '../../../platform/io/index.js';
import { applicantDisplayName } from '../presenter/requests.js';
import { maskEmail, maskIdNumber, maskPhone } from '../../../../common/privacy/masking.js';
import {
  NOT_HELD_KINDS,
  outcomeShortLabel,
  WITHHELD_GROUNDS,
  type WithheldPart,
} from '../../../../common/contracts/disclosure/outcomes.js';
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
  applicantPhone: string | null;
  applicantAddress: string | null;
  applicantEmail: string | null;
  orgName: string | null;
  orgCreditCode: string | null;
  informationDescription: string;
  documentNumber: string | null;
  purpose: string | null;
  /** Blank on historical rows (未注明). */
  deliveryMethod: string | null;
  correctionRequestedOn: string | null;
  correctionDeadlineOn: string | null;
  correctionReceivedOn: string | null;
  extensionApprovedOn: string | null;
  extensionReason: string | null;
  extensionNotifiedOn: string | null;
  thirdPartyName: string | null;
  thirdPartyConsultedOn: string | null;
  thirdPartyReceivedOn: string | null;
  thirdPartyAnsweredOn: string | null;
  thirdPartyOpinion: string | null;
  otherOrganName: string | null;
  otherOrganConsultedOn: string | null;
  otherOrganAnsweredOn: string | null;
  otherOrganOpinion: string | null;
  feeMethod: string | null;
  feeMethodReason: string | null;
  feePages: number | null;
  feeAmount: string | null;
  feeNoticeOn: string | null;
  feeNoticeReceivedOn: string | null;
  feePaidOn: string | null;
  status: string | null;
  /** Free text on import: the code, the table 三 label verbatim, or the short label (checked per row). */
  outcome: string | null;
  concludedOn: string | null;
  /** 部分公开: "内容：理由；内容：理由" (formatWithheldParts). */
  withheldParts: string | null;
  notHeldKind: string | null;
  competentOrgan: string | null;
  competentOrganContact: string | null;
  competentOrganUnknownReason: string | null;
  /** 答复书文号: exported as issued; an imported historical reply may carry its own. */
  replyDocumentNumber: string | null;
}

const GROUND_BY_TEXT = new Map<string, WithheldPart['ground']>(
  WITHHELD_GROUNDS.flatMap((g) => [
    [g.label, g.code],
    [g.code, g.code],
  ]),
);

/** The withheld parts as one ledger cell: 内容：理由；内容：理由 (the ground by its label). */
export function formatWithheldParts(parts: readonly WithheldPart[]): string | null {
  if (parts.length === 0) return null;
  const label = (code: string) => WITHHELD_GROUNDS.find((g) => g.code === code)?.label ?? code;
  return parts.map((p) => `${p.part}：${label(p.ground)}`).join('；');
}

/** Reads the withheld-parts cell back; the message names the item whose ground is not one of the list. */
export function parseWithheldParts(
  cell: string | null,
): { ok: true; parts: WithheldPart[] } | { ok: false; message: string } {
  const items = (cell ?? '')
    .split(/[；;\n]/)
    .map((x) => x.trim())
    .filter(Boolean);
  const parts: WithheldPart[] = [];
  for (const [i, item] of items.entries()) {
    const at = Math.max(item.lastIndexOf('：'), item.lastIndexOf(':'));
    const ground = at > 0 ? GROUND_BY_TEXT.get(item.slice(at + 1).trim()) : undefined;
    if (!ground) {
      return {
        ok: false,
        message: `第${i + 1}项应写作“内容：理由”，理由为不予公开理由之一（如“涉及个人隐私（第三方未同意公开）”）`,
      };
    }
    parts.push({ part: item.slice(0, at).trim(), ground });
  }
  return { ok: true, parts };
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
      maxLength: 40,
      note: '导出时只显示部分号码；电话、通信地址、电子邮箱至少填一项',
    },
    { key: 'applicantAddress', header: L.applicantAddress, type: 'string', maxLength: 300 },
    {
      key: 'applicantEmail',
      header: L.applicantEmail,
      type: 'string',
      maxLength: 200,
      note: '导出时只显示部分地址',
    },
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
    { key: 'purpose', header: L.purpose, type: 'string', maxLength: 500 },
    {
      key: 'deliveryMethod',
      header: L.deliveryMethod,
      type: 'enum',
      dict: dict(DELIVERY_METHODS),
      example: '纸质文本（邮寄）',
      note: '历史记录未注明的可留空',
    },
    { key: 'correctionRequestedOn', header: '告知补正日期', type: 'date' },
    { key: 'correctionDeadlineOn', header: '补正期限', type: 'date' },
    { key: 'correctionReceivedOn', header: '收到补正日期', type: 'date' },
    { key: 'extensionApprovedOn', header: '批准延期日期', type: 'date' },
    { key: 'extensionReason', header: '延期理由', type: 'string', maxLength: 1000 },
    { key: 'extensionNotifiedOn', header: '告知申请人延期日期', type: 'date', note: '有批准延期日期时必填' },
    { key: 'thirdPartyName', header: '第三方名称', type: 'string', maxLength: 200 },
    { key: 'thirdPartyConsultedOn', header: '征求第三方意见日期', type: 'date' },
    { key: 'thirdPartyReceivedOn', header: '第三方收到征求意见书日期', type: 'date' },
    { key: 'thirdPartyAnsweredOn', header: '第三方意见日期', type: 'date' },
    { key: 'thirdPartyOpinion', header: '第三方意见', type: 'enum', dict: dict(THIRD_PARTY_OPINIONS) },
    { key: 'otherOrganName', header: '被征求意见的其他机关', type: 'string', maxLength: 200 },
    { key: 'otherOrganConsultedOn', header: '征求其他机关意见日期', type: 'date' },
    { key: 'otherOrganAnsweredOn', header: '收到其他机关意见日期', type: 'date' },
    { key: 'otherOrganOpinion', header: '其他机关意见', type: 'string', maxLength: 1000 },
    { key: 'feeMethod', header: '计收方式', type: 'enum', dict: dict(FEE_METHODS) },
    {
      key: 'feeMethodReason',
      header: '未按本区计收方式的理由',
      type: 'string',
      maxLength: 1000,
      note: '计收方式与本区确定的不同时说明',
    },
    { key: 'feePages', header: '计费页数', type: 'integer', note: '按量计收时填写' },
    { key: 'feeAmount', header: '收费金额（元）', type: 'string', maxLength: 20 },
    { key: 'feeNoticeOn', header: '收费通知日期', type: 'date' },
    { key: 'feeNoticeReceivedOn', header: '申请人收到收费通知日期', type: 'date' },
    { key: 'feePaidOn', header: '缴费日期', type: 'date' },
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
      key: 'withheldParts',
      header: '不予公开的部分及理由',
      type: 'text',
      maxLength: 5000,
      width: 30,
      note: '部分公开时填写（条例第三十七条）：每项写作“内容：理由”，多项以“；”分隔',
    },
    {
      key: 'notHeldKind',
      header: '不掌握的情形',
      type: 'enum',
      dict: dict(NOT_HELD_KINDS),
      note: '本机关不掌握相关政府信息时填写（条例第三十六条第（四）项或第（五）项）',
    },
    { key: 'competentOrgan', header: '负责公开的行政机关', type: 'string', maxLength: 200 },
    { key: 'competentOrganContact', header: '负责公开机关的联系方式', type: 'string', maxLength: 300 },
    {
      key: 'competentOrganUnknownReason',
      header: '无法确定负责公开机关的理由',
      type: 'text',
      maxLength: 1000,
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
    applicantPhone: maskPhone(r.applicantPhone),
    applicantAddress: null,
    applicantEmail: maskEmail(r.applicantEmail),
    orgName: r.orgName,
    orgCreditCode: r.orgCreditCode,
    informationDescription: r.informationDescription,
    documentNumber: r.documentNumber,
    purpose: r.purpose,
    deliveryMethod: r.deliveryMethod,
    correctionRequestedOn: r.correctionRequestedOn,
    correctionDeadlineOn: r.correctionDeadlineOn,
    correctionReceivedOn: r.correctionReceivedOn,
    extensionApprovedOn: r.extensionApprovedOn,
    extensionReason: r.extensionReason,
    extensionNotifiedOn: r.extensionNotifiedOn,
    thirdPartyName: r.thirdPartyName,
    thirdPartyConsultedOn: r.thirdPartyConsultedOn,
    thirdPartyReceivedOn: r.thirdPartyReceivedOn,
    thirdPartyAnsweredOn: r.thirdPartyAnsweredOn,
    thirdPartyOpinion: r.thirdPartyOpinion,
    otherOrganName: r.otherOrganName,
    otherOrganConsultedOn: r.otherOrganConsultedOn,
    otherOrganAnsweredOn: r.otherOrganAnsweredOn,
    otherOrganOpinion: r.otherOrganOpinion,
    feeMethod: r.feeMethod,
    feeMethodReason: r.feeMethodReason,
    feePages: r.feePages,
    feeAmount: r.feeAmount,
    feeNoticeOn: r.feeNoticeOn,
    feeNoticeReceivedOn: r.feeNoticeReceivedOn,
    feePaidOn: r.feePaidOn,
    status: r.status,
    outcome: r.outcome ? outcomeShortLabel(r.outcome) : null,
    concludedOn: r.concludedOn,
    withheldParts: formatWithheldParts(r.withheldParts),
    notHeldKind: r.notHeldKind,
    competentOrgan: r.competentOrgan,
    competentOrganContact: r.competentOrganContact,
    competentOrganUnknownReason: r.competentOrganUnknownReason,
    replyDocumentNumber: r.replyDocumentNumber,
  };
}

/** The download's file name, e.g. 依申请公开台账-2021-01-05. */
export function exportFileName(today: string): string {
  return `依申请公开台账-${today}`;
}
