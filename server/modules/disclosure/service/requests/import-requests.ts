import { inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { isOrganisationApplicant } from '../../../../../common/contracts/disclosure/dictionaries.js';
import {
  RequestExportQuery,
  RequestImportResult,
} from '../../../../../common/contracts/disclosure/requests.js';
import { can } from '../../../../platform/authz/index.js';
import { extendClock, startClock, stopClock } from '../../../../platform/clocks/index.js';
import type { Actor, Ctx } from '../../../../platform/context.js';
import type { Tx } from '../../../../platform/db/index.js';
import type { FieldProblem, ParsedLedger } from '../../../../platform/io/index.js';
import { importLedger, type LedgerEntrySpec } from '../../../../platform/ledgers/index.js';
import { recordAudit } from '../../../../platform/audit/index.js';
import type { OrgUnit } from '../../../../platform/org/index.js';
import { parseWithheldParts, type RequestLedgerRow, requestLedger, toLedgerRow } from '../../io/requests.js';
import { groundsToStore } from '../../rules/reply-grounds.js';
import type { NotHeldKind } from '../../../../../common/contracts/disclosure/outcomes.js';
import { mayActForUnit } from '../../policy.js';
import { correctionNoticeClock, replyClockFor, requestProcedure } from '../../procedure.js';
import { maskIdNumber } from '../../../../../common/privacy/masking.js';
import { outcomeFromLabel } from '../../rules/outcomes.js';
import { deriveReceivedOn } from '../../rules/receipt.js';
import {
  type DisclosureRequestRow,
  disclosureRequests,
  type NewDisclosureRequestRow,
} from '../../schema/requests.js';
import { findRequestsForExport } from './find-requests.js';
import { applicableUnits, newTrackingCode } from './records.js';
import { noteImportedReplyNumber } from './reply-number.js';

type Problems = FieldProblem<RequestLedgerRow>[];
type Prepared = Omit<NewDisclosureRequestRow, 'trackingCode'> & { trackingCode?: string };

function unitMatcher(units: readonly OrgUnit[]) {
  const byText = new Map<string, OrgUnit>();
  for (const u of units) {
    if (u.shortName) byText.set(u.shortName.trim(), u);
    byText.set(u.name.trim(), u);
  }
  for (const u of units) byText.set(u.code.trim(), u);
  return (text: string) => byText.get(text.trim());
}

/** Dates that must not precede one another (the ledger's header names each one in the message). */
function dateProblems(row: RequestLedgerRow, receivedOn: string, today: string): Problems {
  const p: Problems = [];
  const after = (
    field: keyof RequestLedgerRow & string,
    value: string | null,
    floor: string,
    what: string,
  ) => {
    if (value && value < floor) p.push({ field, message: `不能早于${what}（${floor}）` });
  };
  after('correctionRequestedOn', row.correctionRequestedOn, receivedOn, '收到申请日期');
  after(
    'correctionDeadlineOn',
    row.correctionDeadlineOn,
    row.correctionRequestedOn ?? receivedOn,
    '告知补正日期',
  );
  after(
    'correctionReceivedOn',
    row.correctionReceivedOn,
    row.correctionRequestedOn ?? receivedOn,
    '告知补正日期',
  );
  after('extensionApprovedOn', row.extensionApprovedOn, receivedOn, '收到申请日期');
  after(
    'concludedOn',
    row.concludedOn,
    row.correctionReceivedOn ?? receivedOn,
    row.correctionReceivedOn ? '收到补正日期' : '收到申请日期',
  );
  for (const f of [
    'concludedOn',
    'correctionRequestedOn',
    'correctionReceivedOn',
    'extensionApprovedOn',
  ] as const) {
    if (row[f] && row[f] > today) p.push({ field: f, message: '不能晚于今天' });
  }
  if (row.correctionReceivedOn && !row.correctionRequestedOn)
    p.push({ field: 'correctionRequestedOn', message: '有收到补正日期时须填写告知补正日期' });
  after('thirdPartyConsultedOn', row.thirdPartyConsultedOn, receivedOn, '收到申请日期');
  after(
    'thirdPartyReceivedOn',
    row.thirdPartyReceivedOn,
    row.thirdPartyConsultedOn ?? receivedOn,
    '征求第三方意见日期',
  );
  after(
    'thirdPartyAnsweredOn',
    row.thirdPartyAnsweredOn,
    row.thirdPartyConsultedOn ?? receivedOn,
    '征求第三方意见日期',
  );
  after('otherOrganConsultedOn', row.otherOrganConsultedOn, receivedOn, '收到申请日期');
  after(
    'otherOrganAnsweredOn',
    row.otherOrganAnsweredOn,
    row.otherOrganConsultedOn ?? receivedOn,
    '征求其他机关意见日期',
  );
  after('feeNoticeOn', row.feeNoticeOn, receivedOn, '收到申请日期');
  after('feeNoticeReceivedOn', row.feeNoticeReceivedOn, row.feeNoticeOn ?? receivedOn, '收费通知日期');
  after('feePaidOn', row.feePaidOn, row.feeNoticeOn ?? receivedOn, '收费通知日期');
  after(
    'extensionNotifiedOn',
    row.extensionNotifiedOn,
    row.extensionApprovedOn ?? receivedOn,
    '批准延期日期',
  );
  return p;
}

/**
 * The facts an imported row must carry to be what Fazhi itself would have recorded: an outcome only with the
 * steps that lead to it, a contact, a fee with its notice. Decision 0018 §5.
 */
function factProblems(row: RequestLedgerRow, outcome: string | undefined): Problems {
  const p: Problems = [];
  // Basis: 条例 第三十条 — (六)1 逾期不补正 presupposes a correction notice.
  if (outcome === 'other_no_correction' && !row.correctionRequestedOn)
    p.push({ field: 'correctionRequestedOn', message: '“逾期不补正”须填写告知补正日期' });
  // Basis: 条例 第三十条 — (四)3 补正后仍不明确 presupposes a correction received.
  if (outcome === 'unable_unclear' && !row.correctionReceivedOn)
    p.push({ field: 'correctionReceivedOn', message: '“补正后申请内容仍不明确”须填写收到补正日期' });
  // Basis: 国办函〔2020〕109号 — (六)2 逾期未缴费 presupposes a fee notice.
  if (outcome === 'other_fee_unpaid' && !row.feeNoticeOn)
    p.push({ field: 'feeNoticeOn', message: '“逾期未缴费”须填写收费通知日期' });
  if (row.feeNoticeOn && !row.feeAmount)
    p.push({ field: 'feeAmount', message: '有收费通知日期时须填写收费金额' });
  if (row.feeAmount && !/^\d{1,9}(\.\d{1,2})?$/.test(row.feeAmount))
    p.push({ field: 'feeAmount', message: '收费金额应为数字（元，最多两位小数）' });
  if (row.feeMethod === 'per_page' && !row.feePages)
    p.push({ field: 'feePages', message: '按量计收须填写计费页数' });
  if (row.feeMethod === 'per_application' && row.feePages)
    p.push({ field: 'feePages', message: '按件计收不填页数（只能选一种计收方式）' });
  // Basis: 条例 第二十九条第（一）项 — 联系方式: a phone, an address or an e-mail.
  if (!row.applicantPhone && !row.applicantAddress && !row.applicantEmail)
    p.push({ field: 'applicantPhone', message: '联系电话、通信地址、电子邮箱至少填写一项' });
  return p;
}

/** One row's problems, or the request it describes. */
function checkRow(
  row: RequestLedgerRow,
  actor: Actor,
  match: (t: string) => OrgUnit | undefined,
  today: string,
): Problems | Prepared {
  const problems: Problems = [];
  const unit = match(row.orgUnit);
  if (!unit) problems.push({ field: 'orgUnit', message: `未找到受理机关“${row.orgUnit}”` });
  else if (!mayActForUnit(actor, unit))
    problems.push({ field: 'orgUnit', message: `只能导入本单位的申请，不能导入“${unit.name}”的申请` });
  const mailKind = row.channel === 'letter' ? (row.mailKind as 'registered' | 'ordinary' | null) : null;
  const receipt = deriveReceivedOn({ ...row, channel: row.channel as never, mailKind }, today);
  if (!receipt.ok)
    problems.push({ field: receipt.field as keyof RequestLedgerRow & string, message: receipt.message });
  const outcome = row.outcome ? outcomeFromLabel(row.outcome) : undefined;
  if (row.outcome && !outcome)
    problems.push({ field: 'outcome', message: `未知的办理结果“${row.outcome}”，请按表三的答复类型填写` });
  if (row.outcome && !row.concludedOn)
    problems.push({ field: 'concludedOn', message: '有办理结果时须填写办结日期' });
  if (!row.outcome && row.concludedOn)
    problems.push({ field: 'outcome', message: '有办结日期时须填写办理结果' });
  if (!row.outcome && row.replyDocumentNumber)
    problems.push({ field: 'replyDocumentNumber', message: '未办结的申请没有答复书文号，请留空' });
  if (isOrganisationApplicant(row.applicantType) && !row.orgName)
    problems.push({ field: 'orgName', message: '法人或其他组织须填写单位名称' });
  if (row.extensionApprovedOn && !can(actor, 'disclosure.approve_extension'))
    problems.push({ field: 'extensionApprovedOn', message: '含批准延期的记录须由有延期审批权限的人员导入' });
  if (receipt.ok) problems.push(...dateProblems(row, receipt.receivedOn, today));
  const withheld = parseWithheldParts(row.withheldParts);
  if (!withheld.ok) problems.push({ field: 'withheldParts', message: withheld.message });
  problems.push(...factProblems(row, outcome?.code));
  if (problems.length > 0 || !unit || !receipt.ok || !withheld.ok) return problems;
  const awaiting = row.correctionRequestedOn && !row.correctionReceivedOn && !outcome;
  return {
    districtId: unit.districtId,
    orgUnitId: unit.id,
    channel: row.channel,
    mailKind,
    arrivedOn: row.arrivedOn,
    signedOn: row.signedOn,
    confirmedOn: row.confirmedOn,
    receivedOn: receipt.receivedOn,
    applicantType: row.applicantType,
    applicantName: row.applicantName,
    applicantIdType: row.applicantIdType,
    applicantIdNumber: row.applicantIdNumber,
    applicantPhone: row.applicantPhone,
    applicantAddress: row.applicantAddress,
    applicantEmail: row.applicantEmail,
    orgName: row.orgName,
    orgCreditCode: row.orgCreditCode,
    informationDescription: row.informationDescription,
    documentNumber: row.documentNumber,
    purpose: row.purpose,
    deliveryMethod: row.deliveryMethod,
    correctionRequestedOn: row.correctionRequestedOn,
    correctionDeadlineOn: row.correctionDeadlineOn,
    correctionReceivedOn: row.correctionReceivedOn,
    extensionApprovedOn: row.extensionApprovedOn,
    extensionReason: row.extensionReason,
    extensionNotifiedOn: row.extensionNotifiedOn,
    thirdPartyName: row.thirdPartyName,
    thirdPartyConsultedOn: row.thirdPartyConsultedOn,
    thirdPartyReceivedOn: row.thirdPartyReceivedOn,
    thirdPartyAnsweredOn: row.thirdPartyAnsweredOn,
    thirdPartyOpinion: row.thirdPartyOpinion,
    otherOrganName: row.otherOrganName,
    otherOrganConsultedOn: row.otherOrganConsultedOn,
    otherOrganAnsweredOn: row.otherOrganAnsweredOn,
    otherOrganOpinion: row.otherOrganOpinion,
    feeMethod: row.feeMethod,
    feeMethodReason: row.feeMethodReason,
    feePages: row.feePages,
    feeAmount: row.feeAmount,
    feeNoticeOn: row.feeNoticeOn,
    feeNoticeReceivedOn: row.feeNoticeReceivedOn,
    feePaidOn: row.feePaidOn,
    extensionApprovedBy: row.extensionApprovedOn ? actor.userId : null,
    status: outcome ? 'concluded' : awaiting ? 'awaiting_correction' : 'registered',
    outcome: outcome?.code ?? null,
    concludedOn: outcome ? row.concludedOn : null,
    // Historical rows may lack the grounds (decision 0017 §4); what they carry is kept as the outcome allows.
    ...groundsToStore(outcome?.code ?? '', {
      withheldParts: withheld.parts,
      notHeldKind: row.notHeldKind as NotHeldKind | null,
      competentOrgan: row.competentOrgan,
      competentOrganContact: row.competentOrganContact,
      competentOrganUnknownReason: row.competentOrganUnknownReason,
    }),
    replyDocumentNumber: outcome ? row.replyDocumentNumber : null,
    handlerUserId: actor.userId,
    createdBy: actor.userId,
  };
}

type ExportQuery = z.output<typeof RequestExportQuery>;

/** A file's 查询码 as stored (XXXX-XXXX-XXXX → 12 characters), or null when it is not one of ours. */
function storedTrackingCode(text: string): string | null {
  const code = text.replace(/[-\s]/g, '').toUpperCase();
  return /^[0-9A-HJKMNP-TV-Z]{12}$/.test(code) ? code : null;
}

/**
 * The request ledger (依申请公开办理台账) as a declared ledger, keyed by 查询码. A row without one is a new
 * request and gets a code; a row with a code keeps it, so importing the same file twice changes nothing (it
 * used to register every request again and double table 三). Unknown organs or outcome labels and impossible
 * date sequences (a reply before receipt, a correction before the notice) reject the whole file. A row that
 * differs from the request on record is refused: a registered request moves on only through its procedure,
 * and a concluded one is not rewritten (政府信息公开条例 第三十三条 counts from the recorded dates).
 */
export const requestsLedger: LedgerEntrySpec<RequestLedgerRow, ExportQuery, Prepared> = {
  key: 'disclosure.requests',
  aliases: ['disclosure-requests'],
  ledger: requestLedger,
  title: '依申请公开台账',
  base: '/api/v1/disclosure/requests',
  tag: 'disclosure',
  naturalKey: ['trackingCode'],
  exportOnly: ['status'],
  export: {
    permission: 'disclosure.export_requests',
    query: RequestExportQuery,
    sheetTitle: '政府信息公开申请办理台账',
    rows: async (ctx, { format: _format, ...filters }) =>
      (await findRequestsForExport(ctx, filters)).map(toLedgerRow),
  },
  import: {
    permissions: ['disclosure.import_requests'],
    changed: '已登记的申请不能通过导入改写，请在系统中办理（已办结的申请不得改写）',
    result: RequestImportResult,
    prepare: async (tx, ctx, rows) => {
      const actor = ctx.actor!;
      const match = unitMatcher(await applicableUnits(tx, actor.districtId));
      const codes = rows.flatMap((r) => {
        const code = r.trackingCode && storedTrackingCode(r.trackingCode);
        return code ? [code] : [];
      });
      const taken = await takenTrackingCodes(tx, codes);
      return {
        create: (row) => {
          const checked = checkRow(row, actor, match, ctx.today);
          if (!row.trackingCode) return checked;
          const code = storedTrackingCode(row.trackingCode);
          const problem = !code
            ? '查询码格式不正确（应为 12 位，如 ABCD-EFGH-JKMN），新申请请留空'
            : taken.has(code)
              ? '查询码已被其他申请使用'
              : null;
          if (problem) return [{ field: 'trackingCode', message: problem }];
          return Array.isArray(checked) ? checked : { ...checked, trackingCode: code! };
        },
        write: async (created) => {
          for (const p of created) await writeImported(tx, ctx, p);
          return { concluded: created.filter((p) => p.status === 'concluded').length };
        },
      };
    },
  },
};

/** Imports a request ledger, all or nothing, idempotent on 查询码 (see `requestsLedger`). */
export function importRequests(
  ctx: Ctx,
  parsed: ParsedLedger<RequestLedgerRow>,
): Promise<RequestImportResult> {
  return importLedger(requestsLedger, ctx, parsed) as Promise<RequestImportResult>;
}

async function takenTrackingCodes(tx: Tx, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await tx
    .select({ code: disclosureRequests.trackingCode })
    .from(disclosureRequests)
    .where(inArray(disclosureRequests.trackingCode, codes));
  return new Set(rows.map((r) => r.code));
}

/** Writes one imported request with its audit event and replays its clocks from the ledger's dates. */
async function writeImported(tx: Tx, ctx: Ctx, p: Prepared): Promise<DisclosureRequestRow> {
  const [row] = await tx
    .insert(disclosureRequests)
    .values({
      ...p,
      trackingCode: p.trackingCode ?? newTrackingCode(),
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning();
  const r = row!;
  if (r.replyDocumentNumber) await noteImportedReplyNumber(tx, r.orgUnitId, r.replyDocumentNumber);
  await recordAudit(tx, ctx, {
    action: 'disclosure.request.imported',
    subjectType: requestProcedure.subjectType,
    subjectId: r.id,
    orgUnitId: r.orgUnitId,
    districtId: r.districtId,
    after: {
      trackingCode: r.trackingCode,
      receivedOn: r.receivedOn,
      status: r.status,
      outcome: r.outcome,
      concludedOn: r.concludedOn,
      replyDocumentNumber: r.replyDocumentNumber,
      applicantIdNumber: maskIdNumber(r.applicantIdNumber),
    },
  });
  await replayImportedClocks(tx, ctx, r);
  return r;
}

async function replayImportedClocks(tx: Tx, ctx: Ctx, r: DisclosureRequestRow): Promise<void> {
  const base = {
    subjectType: requestProcedure.subjectType,
    subjectId: r.id,
    title: `依申请公开 ${r.trackingCode}`,
    orgUnitId: r.orgUnitId,
    districtId: r.districtId,
    handlerUserId: r.handlerUserId,
  };
  const notice = await startClock(tx, ctx, { ...base, def: correctionNoticeClock, startedOn: r.receivedOn });
  // Rule 14: the reply clock of the 条例 text in force on the day of receipt (15 WD before 2019-05-15).
  const replyClock = replyClockFor(r.receivedOn);
  let reply = await startClock(tx, ctx, { ...base, def: replyClock, startedOn: r.receivedOn });
  const firstStop = r.correctionRequestedOn ?? r.concludedOn;
  if (firstStop) await stopClock(tx, ctx, notice.id, firstStop, '导入');
  if (r.correctionRequestedOn) {
    await stopClock(tx, ctx, reply.id, r.correctionRequestedOn, '告知补正');
    if (!r.correctionReceivedOn) return;
    reply = await startClock(tx, ctx, { ...base, def: replyClock, startedOn: r.correctionReceivedOn });
  }
  // A ledger's extension is history: kept even when approved after the due date, which it then leaves as it was.
  if (r.extensionApprovedOn)
    await extendClock(tx, ctx, reply.id, { on: r.extensionApprovedOn, reason: '导入', historical: true });
  if (r.concludedOn) await stopClock(tx, ctx, reply.id, r.concludedOn, '办结');
}
