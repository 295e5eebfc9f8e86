import { type Text, zhText } from '../../../../common/text/localized.js';
import type ExcelJS from 'exceljs';
import { loadExcelJS } from '../../../platform/io/index.js';
import {
  CASE_KINDS,
  CASE_STATES,
  CIRCUMSTANCES,
  DECISION_OUTCOMES,
  MAJOR_REASONS,
  PARTY_TYPES,
  PUBLICATION_STATES,
  REVIEW_CONCLUSIONS,
} from '../../../../common/contracts/enforcement/dictionaries.js';
import { caseProcedure } from '../procedure.js';
import type { CaseArchiveData } from './load-archive.js';

/** Where each evidence item sits in the .zip, in evidence order. */
export interface EvidenceEntry {
  path: string;
}

export interface IndexWorkbookInput {
  data: CaseArchiveData;
  entries: EvidenceEntry[];
  generatedAt: string;
  generatedBy: string;
  redact: (text: string) => string;
}

type Cell = string | number | null | undefined;

const label = (list: readonly { code: string; label: string }[], code: string | null | undefined) =>
  code ? (list.find((x) => x.code === code)?.label ?? code) : '';
const json = (v: unknown) => (v === null || v === undefined ? '' : JSON.stringify(v));
const yesNo = (v: boolean) => (v ? '是' : '否');

function addSheet(
  wb: ExcelJS.Workbook,
  name: string,
  header: string[],
  rows: Cell[][],
  redact: (t: string) => string,
) {
  const sheet = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((v) => (typeof v === 'string' ? redact(v) : (v ?? ''))));
  sheet.columns.forEach((col, i) => {
    col.width = Math.min(60, Math.max(10, header[i]!.length * 2 + 2));
  });
}

function caseRows(d: CaseArchiveData, at: string, by: string): Cell[][] {
  const c = d.row;
  const contact = (v: string | null) => (d.showContact ? v : v ? '（仅承办人员可见）' : '');
  return [
    ['案件编号', c.caseNumber],
    ['执法主体', d.orgUnitName],
    ['案件类型', label(CASE_KINDS, c.kind)],
    ['行使的职权（权责清单事项）', d.power ? `${d.power.code} ${d.power.name}` : c.powerItemId],
    ['案由', c.cause],
    ['案件来源', c.source],
    ['当事人类型', label(PARTY_TYPES, c.partyType)],
    ['当事人', c.partyName],
    ['证件号码 / 统一社会信用代码', c.partyIdNumber],
    ['联系电话', contact(c.partyPhone)],
    ['地址', contact(c.partyAddress)],
    ['违法事实', c.facts],
    ['立案日期', c.openedOn],
    ['承办执法人员', d.officers.map((o) => `${o.name}（${o.certificateNumber}）`).join('、')],
    ['当前状态', label(CASE_STATES, c.state)],
    ['重大执法决定', yesNo(c.isMajor)],
    ['重大情形', c.majorReasons.map((m) => label(MAJOR_REASONS, m)).join('；')],
    ['告知日期', c.notifiedOn],
    ['拟作出的处罚', c.intendedPenalty],
    ['告知听证权利', yesNo(c.hearingRight)],
    ['申请听证日期', c.hearingRequestedOn],
    ['听证日期', c.hearingOn],
    ['听证举行日期', c.hearingHeldOn],
    ['听证笔录摘要', c.hearingRecord],
    ['集体讨论日期', c.collectiveDiscussedOn],
    ['集体讨论结论', c.collectiveConclusion],
    ['决定日期', c.decidedOn],
    ['决定书文号', c.decisionNumber],
    ['决定结果', label(DECISION_OUTCOMES, c.outcome)],
    ['违法情节', label(CIRCUMSTANCES, c.circumstance)],
    ['罚款（元）', c.fineAmount === null ? null : Number(c.fineAmount)],
    ['没收金额（元）', c.confiscationAmount === null ? null : Number(c.confiscationAmount)],
    ['决定内容', c.decisionText],
    ['偏离裁量基准', yesNo(c.benchmarkDeviation)],
    ['偏离理由', c.deviationReason],
    ['送达日期', c.servedOn],
    ['送达方式', c.serviceMethod],
    ['执行日期', c.executedOn],
    ['执行情况', c.executionNote],
    ['结案日期', c.closedOn],
    ['公示状态', label(PUBLICATION_STATES, c.publicationState)],
    ['公示期限', c.publicationDueOn],
    ['公示日期', c.publishedOn],
    ['决定变更、撤销日期', c.changedOn],
    ['变更、撤销原因', c.changeReason],
    ['撤回公示期限', c.withdrawalDueOn],
    ['撤回公示日期', c.withdrawnOn],
    ['档案生成时间', at],
    ['档案生成人', by],
  ];
}

function stepRows(d: CaseArchiveData): Cell[][] {
  const transitions = caseProcedure.transitions as Record<string, { label: Text } | undefined>;
  const states = (s: string) => label(CASE_STATES, s);
  return d.steps.map((s, i) => [
    i + 1,
    s.occurredAt,
    zhText(transitions[s.transition]?.label ?? s.transition),
    states(s.fromState),
    states(s.toState),
    s.actorName,
    (s.input as { on?: string } | null)?.on ?? '',
    json(s.input),
  ]);
}

function evidenceRows(d: CaseArchiveData, entries: EvidenceEntry[]): Cell[][] {
  return d.evidence.map((e, i) => [
    i + 1,
    e.fileName,
    e.evidenceType,
    e.description,
    e.collectedOn,
    e.sha256,
    e.sizeBytes,
    entries[i]!.path,
    e.contentType,
    e.uploadedAt.toISOString(),
  ]);
}

function reviewRows(d: CaseArchiveData): Cell[][] {
  return d.reviews.map((r, i) => [
    i + 1,
    r.submittedOn,
    r.reviewerName,
    r.concludedOn,
    label(REVIEW_CONCLUSIONS, r.conclusion),
    r.opinion,
    yesNo(r.deviationFlagged),
  ]);
}

function auditRows(d: CaseArchiveData): Cell[][] {
  return d.auditEvents.map((a) => [
    a.seq,
    a.occurredAt.toISOString(),
    a.actorName,
    a.action,
    a.subjectType,
    a.subjectId,
    json(a.before),
    json(a.after),
    json(a.data),
    a.prevHash,
    a.hash,
  ]);
}

/**
 * index.xlsx of the case archive (全过程记录, 《行政处罚法》第四十七条): the case, its steps, the evidence list
 * with each file's SHA-256 and place in the .zip, the 法制审核 opinions, and the audit events with their chain.
 */
export async function buildIndexWorkbook(input: IndexWorkbookInput): Promise<Buffer> {
  const { data: d, redact } = input;
  const wb = new (await loadExcelJS()).Workbook();
  wb.creator = 'Fazhi';
  addSheet(wb, '案件信息', ['项目', '内容'], caseRows(d, input.generatedAt, input.generatedBy), redact);
  addSheet(
    wb,
    '办理步骤',
    ['序号', '记录时间', '操作', '原状态', '新状态', '办理人', '办理日期', '登记内容'],
    stepRows(d),
    redact,
  );
  addSheet(
    wb,
    '证据清单',
    [
      '序号',
      '文件名',
      '证据类型',
      '证据说明',
      '收集日期',
      'SHA-256',
      '大小（字节）',
      '压缩包内路径',
      '文件类型',
      '上传时间',
    ],
    evidenceRows(d, input.entries),
    redact,
  );
  addSheet(
    wb,
    '法制审核',
    ['序号', '提交日期', '审核人', '审核完成日期', '审核结论', '审核意见', '涉及裁量基准偏离'],
    reviewRows(d),
    redact,
  );
  addSheet(
    wb,
    '审计记录',
    [
      '序号',
      '时间',
      '操作人',
      '动作',
      '对象类型',
      '对象编号',
      '变更前',
      '变更后',
      '附加数据',
      '前一事件哈希（SM3）',
      '本事件哈希（SM3）',
    ],
    auditRows(d),
    redact,
  );
  return Buffer.from(await wb.xlsx.writeBuffer());
}
