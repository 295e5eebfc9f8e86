import type { Locale } from '../../../../common/text/localized.js';
import {
  isOrganisationApplicant,
  requestStatusLabel,
} from '../../../../common/contracts/disclosure/dictionaries.js';
import { type NotHeldKind, outcomeShortLabel } from '../../../../common/contracts/disclosure/outcomes.js';
import type {
  ClockBadge,
  PortalSubmissionResult,
  PublicRequestStatus,
  RequestDetail,
  RequestSummary,
} from '../../../../common/contracts/disclosure/requests.js';
import { presentActions, presentClock, presentStep } from '../../../platform/procedures/index.js';
import { REPLY_CLOCK_KEYS, requestProcedure } from '../procedure.js';
import { maskIdNumber, maskPersonName, maskPhone } from '../../../../common/privacy/masking.js';
import { formatTrackingCode } from '../rules/tracking-code.js';
import type { ClockView } from '../service/requests/clocks.js';
import type { RequestListItem } from '../service/requests/find-requests.js';
import type { RequestDetailData } from '../service/requests/get-request.js';
import type { RequestWithUnit } from '../service/requests/records.js';
import type { OnlineSubmission } from '../service/requests/submit-online.js';
import type { TrackedRequest } from '../service/requests/track-request.js';

type S = RequestSummary;

function badge(c: ClockView | null): ClockBadge | null {
  if (!c) return null;
  return {
    key: c.clockKey,
    dueOn: c.dueOn,
    status: c.status,
    urgency: c.urgencyToday,
    extended: c.extensionsUsed > 0,
  };
}

/** The applicant as lists show it: an organisation by name, a natural person by surname only (张*). */
export function applicantDisplayName(
  r: Pick<RequestWithUnit, 'applicantType' | 'applicantName' | 'orgName'>,
) {
  if (isOrganisationApplicant(r.applicantType)) return r.orgName ?? r.applicantName;
  return maskPersonName(r.applicantName) ?? '';
}

function summaryOf(r: RequestWithUnit, clock: ClockView | null): S {
  return {
    id: r.id,
    version: r.version,
    trackingCode: formatTrackingCode(r.trackingCode),
    orgUnit: { id: r.orgUnitId, name: r.orgUnitName, code: r.orgUnitCode },
    channel: r.channel as S['channel'],
    mailKind: r.mailKind as S['mailKind'],
    receivedOn: r.receivedOn,
    applicantType: r.applicantType as S['applicantType'],
    applicantName: applicantDisplayName(r),
    informationDescription: r.informationDescription,
    status: r.status as S['status'],
    outcome: r.outcome as S['outcome'],
    concludedOn: r.concludedOn,
    replyDocumentNumber: r.replyDocumentNumber,
    replyClock: badge(clock),
  };
}

/** A request as a row of the staff list (personal data masked). */
export function presentSummary(item: RequestListItem): RequestSummary {
  return summaryOf(item.request, item.replyClock);
}

/**
 * A request for the staff detail page. The ID number is always masked; the phone, address and e-mail are
 * shown in full only to the handling roles (policy maySeeApplicantContact). Decision 0009 §5.
 */
export function presentDetail(data: RequestDetailData, locale: Locale = 'zh-CN'): RequestDetail {
  const r = data.request;
  const reply = data.clocks.findLast((c) => REPLY_CLOCK_KEYS.includes(c.clockKey)) ?? null;
  const full = data.showContact;
  return {
    ...summaryOf(r, reply),
    applicantName:
      full || isOrganisationApplicant(r.applicantType) ? r.applicantName : applicantDisplayName(r),
    arrivedOn: r.arrivedOn,
    signedOn: r.signedOn,
    confirmedOn: r.confirmedOn,
    applicantIdType: r.applicantIdType as RequestDetail['applicantIdType'],
    applicantIdNumber: maskIdNumber(r.applicantIdNumber),
    applicantPhone: full ? r.applicantPhone : maskPhone(r.applicantPhone),
    applicantAddress: full ? r.applicantAddress : null,
    applicantPostcode: full ? r.applicantPostcode : null,
    applicantEmail: full ? r.applicantEmail : null,
    orgName: r.orgName,
    orgCreditCode: r.orgCreditCode,
    orgLegalRepresentative: r.orgLegalRepresentative,
    documentNumber: r.documentNumber,
    purpose: r.purpose,
    deliveryMethod: r.deliveryMethod as RequestDetail['deliveryMethod'],
    handlerUserId: r.handlerUserId,
    correction: {
      requestedOn: r.correctionRequestedOn,
      deadlineOn: r.correctionDeadlineOn,
      receivedOn: r.correctionReceivedOn,
      note: r.correctionNote,
    },
    fee: {
      method: r.feeMethod as RequestDetail['fee']['method'],
      methodReason: r.feeMethodReason,
      pages: r.feePages,
      amount: r.feeAmount,
      noticeOn: r.feeNoticeOn,
      noticeReceivedOn: r.feeNoticeReceivedOn,
      paidOn: r.feePaidOn,
    },
    extension: {
      approvedBy: r.extensionApprovedBy,
      approvedOn: r.extensionApprovedOn,
      reason: r.extensionReason,
      notifiedOn: r.extensionNotifiedOn,
    },
    thirdParty: {
      name: r.thirdPartyName,
      consultedOn: r.thirdPartyConsultedOn,
      receivedOn: r.thirdPartyReceivedOn,
      answeredOn: r.thirdPartyAnsweredOn,
      opinion: r.thirdPartyOpinion as RequestDetail['thirdParty']['opinion'],
    },
    otherOrgan: {
      name: r.otherOrganName,
      consultedOn: r.otherOrganConsultedOn,
      answeredOn: r.otherOrganAnsweredOn,
      opinion: r.otherOrganOpinion,
    },
    replyText: r.replyText,
    withheldParts: r.withheldParts,
    notHeld: {
      kind: r.notHeldKind as NotHeldKind | null,
      competentOrgan: r.competentOrgan,
      competentOrganContact: r.competentOrganContact,
      competentOrganUnknownReason: r.competentOrganUnknownReason,
    },
    replyDocumentHash: r.replyDocumentHash,
    clocks: data.clocks.map(presentClock),
    history: data.history.map((step) => presentStep(requestProcedure, step, locale)),
    actions: presentActions(data.actions),
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  };
}

/** The portal's status page: procedural facts only — no names, numbers or content of the request. */
export function presentPublicStatus(t: TrackedRequest): PublicRequestStatus {
  const c = t.replyClock;
  // A stopped reply clock on an open request (awaiting correction) has no due date until it restarts.
  const concluded = t.status === 'concluded' || c?.status === 'stopped';
  return {
    trackingCode: formatTrackingCode(t.trackingCode),
    department: t.department,
    channel: t.channel as PublicRequestStatus['channel'],
    status: t.status as PublicRequestStatus['status'],
    statusLabel: requestStatusLabel(t.status),
    // dueOn / dueExplanation: null once concluded or while the reply period waits for a correction.
    receivedOn: t.receivedOn,
    dueOn: concluded ? null : (c?.dueOn ?? null),
    dueExplanation: concluded ? null : (c?.explanation ?? null),
    concludedOn: t.concludedOn,
    outcome: t.outcome as PublicRequestStatus['outcome'],
    outcomeLabel: t.outcome ? outcomeShortLabel(t.outcome) : null,
  };
}

/** The answer to a portal submission. */
export function presentSubmission(s: OnlineSubmission): PortalSubmissionResult {
  return {
    trackingCode: formatTrackingCode(s.request.trackingCode),
    receivedOn: s.request.receivedOn,
    dueOn: s.dueOn,
    department: s.department,
  };
}
