import type { IsoDate } from '../../../../../common/calendar/index.js';
import type {
  PortalRequestInput,
  RegisterRequestInput,
} from '../../../../../common/contracts/disclosure/requests.js';
import { recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import { startClock } from '../../../../platform/clocks/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction, type Tx } from '../../../../platform/db/index.js';
import { validationFailed } from '../../../../platform/errors.js';
import type { OrgUnit } from '../../../../platform/org/index.js';
import { correctionNoticeClock, replyClockFor, requestProcedure } from '../../procedure.js';
import { maskIdNumber, maskPhone } from '../../../../../common/privacy/masking.js';
import { deriveReceivedOn, type ReceiptFacts } from '../../rules/receipt.js';
import {
  type DisclosureRequestRow,
  disclosureRequests,
  type NewDisclosureRequestRow,
} from '../../schema/requests.js';
import { newTrackingCode, resolveStaffUnit } from './records.js';

/** The applicant and content fields of a form, as columns (no dates, no unit). */
export function applicationColumns(input: PortalRequestInput) {
  const isOrg = input.applicantType !== 'natural_person';
  return {
    applicantType: input.applicantType,
    applicantName: input.applicantName,
    applicantIdType: isOrg ? null : (input.applicantIdType ?? null),
    applicantIdNumber: isOrg ? null : (input.applicantIdNumber?.toUpperCase() ?? null),
    applicantPhone: input.applicantPhone,
    applicantAddress: input.applicantAddress ?? null,
    applicantPostcode: input.applicantPostcode ?? null,
    applicantEmail: input.applicantEmail ?? null,
    orgName: isOrg ? input.orgName : null,
    orgCreditCode: isOrg ? (input.orgCreditCode ?? null) : null,
    orgLegalRepresentative: isOrg ? input.orgLegalRepresentative : null,
    informationDescription: input.informationDescription,
    documentNumber: input.documentNumber ?? null,
    purpose: input.purpose ?? null,
    deliveryMethod: input.deliveryMethod,
  };
}

/** The legal receipt date of the facts, or a 400 naming the field that makes it impossible. */
export function receivedOnOrRefuse(facts: ReceiptFacts, today: IsoDate): IsoDate {
  const result = deriveReceivedOn(facts, today);
  if (!result.ok) throw validationFailed([{ path: result.field, message: result.message }]);
  return result.receivedOn;
}

type Insert = Omit<NewDisclosureRequestRow, 'districtId' | 'orgUnitId' | 'trackingCode' | 'status'>;

/**
 * Writes a new registered request with its audit event, and starts its clocks: the reply period of the 条例
 * text in force on the receipt date (20 WD; 15 WD before 2019-05-15) and the 7 WD correction-notice window,
 * both from the legal receipt date (条例 第三十条、第三十三条; 2008 条例 第二十四条).
 */
export async function insertRegisteredRequest(
  tx: Tx,
  ctx: Ctx,
  unit: OrgUnit,
  values: Insert,
  action: 'disclosure.request.registered' | 'disclosure.request.submitted',
): Promise<DisclosureRequestRow> {
  const [row] = await tx
    .insert(disclosureRequests)
    .values({
      ...values,
      districtId: unit.districtId,
      orgUnitId: unit.id,
      trackingCode: newTrackingCode(),
      status: 'registered',
      createdAt: ctx.now,
      updatedAt: ctx.now,
    })
    .returning();
  const request = row!;
  await recordAudit(tx, ctx, {
    action,
    subjectType: requestProcedure.subjectType,
    subjectId: request.id,
    orgUnitId: request.orgUnitId,
    districtId: request.districtId,
    // The audit chain is kept forever: personal identifiers go in masked.
    after: {
      trackingCode: request.trackingCode,
      channel: request.channel,
      mailKind: request.mailKind,
      arrivedOn: request.arrivedOn,
      receivedOn: request.receivedOn,
      applicantType: request.applicantType,
      applicantIdNumber: maskIdNumber(request.applicantIdNumber),
      applicantPhone: maskPhone(request.applicantPhone),
      informationDescription: request.informationDescription,
    },
  });
  for (const def of [replyClockFor(request.receivedOn), correctionNoticeClock]) {
    await startClock(tx, ctx, {
      def,
      subjectType: requestProcedure.subjectType,
      subjectId: request.id,
      title: `依申请公开 ${request.trackingCode}`,
      orgUnitId: request.orgUnitId,
      districtId: request.districtId,
      handlerUserId: request.handlerUserId,
      startedOn: request.receivedOn,
    });
  }
  return request;
}

/** Staff intake of a request from any channel; the receipt date follows 条例 第三十一条. */
export async function registerRequest(ctx: Ctx, input: RegisterRequestInput): Promise<DisclosureRequestRow> {
  const actor = ctx.actor;
  assertCan(actor, 'disclosure.register_request');
  const mailKind = input.channel === 'letter' ? (input.mailKind ?? null) : null;
  const facts = { ...input, mailKind };
  const receivedOn = receivedOnOrRefuse(facts, ctx.today);
  return inTransaction(ctx.db, async (tx) => {
    const unit = await resolveStaffUnit(tx, actor, input.orgUnitId);
    return insertRegisteredRequest(
      tx,
      ctx,
      unit,
      {
        ...applicationColumns(input),
        channel: input.channel,
        mailKind,
        arrivedOn: input.arrivedOn,
        signedOn: input.signedOn ?? null,
        confirmedOn: input.confirmedOn ?? null,
        receivedOn,
        handlerUserId: actor.userId,
        createdBy: actor.userId,
      },
      'disclosure.request.registered',
    );
  });
}
