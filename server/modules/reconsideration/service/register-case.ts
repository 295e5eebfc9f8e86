import type { IsoDate } from '../../../../common/calendar/index.js';
import type {
  PortalApplicationInput,
  RegisterCaseInput,
} from '../../../../common/contracts/reconsideration.js';
import { maskIdNumber, maskPhone } from '../../../../common/privacy/masking.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { assertCan } from '../../../platform/authz/index.js';
import { loadCalendar } from '../../../platform/calendar/index.js';
import { findClocksForSubject, startClock } from '../../../platform/clocks/index.js';
import type { Ctx } from '../../../platform/context.js';
import { inTransaction, type Tx } from '../../../platform/db/index.js';
import { allocateDocumentNumber } from '../../../platform/documents/index.js';
import { validationFailed } from '../../../platform/errors.js';
import { defaultDistrictId, type OrgUnit } from '../../../platform/org/index.js';
import { disclosure } from '../../disclosure/index.js';
import { clockFor } from '../clocks.js';
import { caseProcedure } from '../procedure.js';
import { applicationTimeliness } from '../rules/deadlines.js';
import { lawTextForCase } from '../rules/law-texts.js';
import { type ReconsiderationCaseRow, reconsiderationCases } from '../schema.js';
import { caseNumberKind, respondentUnits } from './records.js';

type Application = PortalApplicationInput & {
  channel: ReconsiderationCaseRow['channel'];
  receivedOn: IsoDate;
  oralRecord?: string | null;
};

/** The respondent named by the form: an organ whose acts the district government reviews. */
async function resolveRespondent(tx: Tx, districtId: string, unitId: string): Promise<OrgUnit> {
  const unit = (await respondentUnits(tx, districtId)).find((u) => u.id === unitId);
  if (!unit)
    throw validationFailed([{ path: 'respondentUnitId', message: '被申请人不是本区政府管辖的行政机关' }]);
  return unit;
}

/** The disclosure request the application challenges, when the act is a disclosure reply (table 四). */
async function disclosureLink(tx: Tx, districtId: string, input: Application): Promise<string | null> {
  if (!input.disclosureTrackingCode) return null;
  if (input.actType !== 'disclosure')
    throw validationFailed([
      { path: 'disclosureTrackingCode', message: '只有政府信息公开答复才能填写依申请公开查询码' },
    ]);
  const request = await disclosure.requestForRemedy(tx, districtId, input.disclosureTrackingCode);
  if (!request)
    throw validationFailed([
      { path: 'disclosureTrackingCode', message: '该查询码对应的依申请公开申请不存在' },
    ]);
  return request.id;
}

/**
 * Writes a new case under acceptance review with its audit event, its 案号 and tracking code, and starts the
 * 5-WD review and the 补正 window from receipt, under the text of the law chosen by date (rules/law-texts.ts).
 */
export async function insertCase(
  tx: Tx,
  ctx: Ctx,
  districtId: string,
  input: Application,
  action: 'reconsideration.case.registered' | 'reconsideration.case.submitted',
): Promise<ReconsiderationCaseRow> {
  if (input.actKnownOn > input.receivedOn)
    throw validationFailed([{ path: 'actKnownOn', message: '知道该行政行为的日期不能晚于收到申请的日期' }]);
  if (input.actOn && input.actOn > input.actKnownOn)
    throw validationFailed([{ path: 'actOn', message: '行政行为作出日期不能晚于申请人知道的日期' }]);
  const unit = await resolveRespondent(tx, districtId, input.respondentUnitId);
  const text = lawTextForCase({ receivedOn: input.receivedOn, actOn: input.actOn });
  // A warning, not a gate: counted on the loaded calendar even where a year's notice is still missing.
  const cal = await loadCalendar(tx);
  const timeliness = applicationTimeliness(cal, text, input.actKnownOn, input.receivedOn);
  const year = Number(input.receivedOn.slice(0, 4));
  const number = await allocateDocumentNumber(tx, { unitId: districtId, kind: caseNumberKind, year });
  const [row] = await tx
    .insert(reconsiderationCases)
    .values({
      districtId,
      orgUnitId: unit.id,
      caseNumber: number.number,
      trackingCode: disclosure.newTrackingCode(),
      lawText: text.key,
      channel: input.channel,
      receivedOn: input.receivedOn,
      reviewFromOn: input.receivedOn,
      oralRecord: input.oralRecord ?? null,
      applicantType: input.applicantType,
      applicantName: input.applicantName,
      applicantIdNumber: input.applicantIdNumber?.toUpperCase() ?? null,
      applicantPhone: input.applicantPhone,
      applicantAddress: input.applicantAddress,
      actType: input.actType,
      actDescription: input.actDescription,
      actDocumentNumber: input.actDocumentNumber,
      actOn: input.actOn,
      actKnownOn: input.actKnownOn,
      actAmountYuan: input.actAmountYuan == null ? null : input.actAmountYuan.toFixed(2),
      actOnTheSpot: input.actOnTheSpot,
      disclosureRequestId: await disclosureLink(tx, districtId, input),
      requestText: input.requestText,
      reasons: input.reasons,
      lateApplication: !timeliness.inTime,
      status: 'received',
      createdBy: ctx.actor?.userId ?? null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning();
  const c = row!;
  await recordAudit(tx, ctx, {
    action,
    subjectType: caseProcedure.subjectType,
    subjectId: c.id,
    orgUnitId: c.orgUnitId,
    districtId: c.districtId,
    // The audit chain is kept forever: personal identifiers go in masked.
    after: {
      caseNumber: c.caseNumber,
      channel: c.channel,
      receivedOn: c.receivedOn,
      lawText: c.lawText,
      applicantIdNumber: maskIdNumber(c.applicantIdNumber),
      applicantPhone: maskPhone(c.applicantPhone),
      actDescription: c.actDescription,
      lateApplication: c.lateApplication,
    },
  });
  for (const def of [clockFor(text.key, 'acceptance_review'), clockFor(text.key, 'correction_notice')]) {
    await startClock(tx, ctx, {
      def: def!,
      subjectType: caseProcedure.subjectType,
      subjectId: c.id,
      title: `行政复议 ${c.caseNumber}`,
      orgUnitId: c.orgUnitId,
      districtId: c.districtId,
      handlerUserId: ctx.actor?.userId ?? null,
      startedOn: c.receivedOn,
    });
  }
  return c;
}

/** Staff intake from any channel (written, by post, or oral recorded on the spot: 第二十二条). */
export async function registerCase(ctx: Ctx, input: RegisterCaseInput): Promise<ReconsiderationCaseRow> {
  const actor = ctx.actor;
  assertCan(actor, 'reconsideration.register_case');
  if (input.receivedOn > ctx.today)
    throw validationFailed([{ path: 'receivedOn', message: '收到申请的日期不能晚于今天' }]);
  if (input.channel === 'oral' && !input.oralRecord)
    throw validationFailed([
      {
        path: 'oralRecord',
        message: '口头申请应当当场制作行政复议申请笔录交申请人核对或者向申请人宣读，并由申请人确认',
      },
    ]);
  return inTransaction(ctx.db, (tx) =>
    insertCase(tx, ctx, actor.districtId, input, 'reconsideration.case.registered'),
  );
}

export interface OnlineApplication {
  row: ReconsiderationCaseRow;
  respondent: string;
  reviewDueOn: string | null;
}

/** An application filed by the public on the portal (第二十二条: 指定的互联网渠道); received today. */
export async function submitOnlineApplication(
  ctx: Ctx,
  input: PortalApplicationInput,
): Promise<OnlineApplication> {
  const districtId = await defaultDistrictId(ctx.db);
  return inTransaction(ctx.db, async (tx) => {
    const row = await insertCase(
      tx,
      ctx,
      districtId,
      { ...input, channel: 'online', receivedOn: ctx.today },
      'reconsideration.case.submitted',
    );
    const units = await respondentUnits(tx, districtId);
    const clocks = await findClocksForSubject(tx, caseProcedure.subjectType, row.id);
    return {
      row,
      respondent: units.find((u) => u.id === row.orgUnitId)?.name ?? '',
      reviewDueOn:
        clocks.find((c) => c.clockKey.startsWith('reconsideration.acceptance_review'))?.dueOn ?? null,
    };
  });
}

/** The organs the public may name as respondent, for the portal's form. */
export async function portalRespondents(ctx: Ctx) {
  const units = await respondentUnits(ctx.db, await defaultDistrictId(ctx.db));
  return units.map((u) => ({ id: u.id, name: u.name, code: u.code }));
}
