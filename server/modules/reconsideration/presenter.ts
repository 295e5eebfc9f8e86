import type {
  CaseDetail,
  CaseSummary,
  PublicCaseStatus,
  PublicDecision,
} from '../../../common/contracts/reconsideration.js';
import { maskIdNumber, maskPersonName, maskPhone } from '../../../common/privacy/masking.js';
import type { Locale } from '../../../common/text/localized.js';
import {
  type ClockView,
  presentActions,
  presentClock,
  presentStep,
} from '../../platform/procedures/index.js';
import { disclosure } from '../disclosure/index.js';
import { caseProcedure } from './procedure.js';
import { lawText, type LawTextKey } from './rules/law-texts.js';
import type { CaseDetailData } from './service/queries.js';
import type { CaseWithUnit } from './service/records.js';

type S = CaseSummary;

const clockOf = (c: ClockView | null) =>
  c ? { key: c.clockKey, dueOn: c.dueOn, status: c.status, urgency: c.urgencyToday } : null;

/** The applicant as lists and the portal show them: an organisation by name, a person by surname (张*). */
export const applicantDisplayName = (c: Pick<CaseWithUnit, 'applicantType' | 'applicantName'>) =>
  c.applicantType === 'natural_person' ? (maskPersonName(c.applicantName) ?? '') : c.applicantName;

export function presentSummary(c: CaseWithUnit, clock: ClockView | null): CaseSummary {
  return {
    id: c.id,
    version: c.version,
    caseNumber: c.caseNumber,
    lawText: c.lawText as S['lawText'],
    channel: c.channel as S['channel'],
    receivedOn: c.receivedOn,
    applicantName: applicantDisplayName(c),
    respondent: { id: c.orgUnitId, name: c.orgUnitName, code: c.orgUnitCode },
    actType: c.actType as S['actType'],
    actDescription: c.actDescription,
    status: c.status as S['status'],
    procedureKind: c.procedureKind as S['procedureKind'],
    outcome: c.outcome as S['outcome'],
    concludedOn: c.concludedOn,
    lateApplication: c.lateApplication,
    clock: clockOf(clock),
  };
}

/**
 * A case for the staff page. The ID number is always masked; the phone and address are shown in full only to
 * the handling 复议机构 (policy maySeeApplicantContact); the applicant's name in full to staff in scope.
 */
export function presentDetail(data: CaseDetailData, locale: Locale = 'zh-CN'): CaseDetail {
  const c = data.c;
  const full = data.showContact;
  const current = data.clocks.findLast((k) => k.status !== 'stopped') ?? null;
  const D = {} as CaseDetail;
  return {
    ...presentSummary(c, current),
    applicantName: c.applicantName,
    trackingCode: disclosure.formatTrackingCode(c.trackingCode),
    applicantType: c.applicantType as (typeof D)['applicantType'],
    applicantIdNumber: maskIdNumber(c.applicantIdNumber),
    applicantPhone: full ? c.applicantPhone : maskPhone(c.applicantPhone),
    applicantAddress: full ? c.applicantAddress : null,
    oralRecord: c.oralRecord,
    actDocumentNumber: c.actDocumentNumber,
    actOn: c.actOn,
    actKnownOn: c.actKnownOn,
    actAmountYuan: c.actAmountYuan === null ? null : Number(c.actAmountYuan),
    actOnTheSpot: c.actOnTheSpot,
    disclosureLinked: c.disclosureRequestId !== null,
    requestText: c.requestText,
    reasons: c.reasons,
    applicationLastDayOn: data.applicationLastDayOn,
    correctionItems: c.correctionItems,
    correctionDeadlineOn: c.correctionDeadlineOn,
    acceptedOn: c.acceptedOn,
    acceptanceDeemed: c.acceptanceDeemed,
    simplifiedGround: c.simplifiedGround as (typeof D)['simplifiedGround'],
    rejectionReason: c.rejectionReason,
    competentOrgan: c.competentOrgan,
    copySentOn: c.copySentOn,
    answerReceivedOn: c.answerReceivedOn,
    answerEvidence: c.answerEvidence,
    noAnswer: c.noAnswer,
    hearingOn: c.hearingOn,
    hearingHeadAttended: c.hearingHeadAttended,
    hearingAttendee: c.hearingAttendee,
    committeeOpinion: c.committeeOpinion,
    normativeDocument: c.normativeDocument,
    suspensionGround: c.suspensionGround as (typeof D)['suspensionGround'],
    extendedOn: c.extendedOn,
    decisionNumber: c.decisionNumber,
    decisionSummary: c.decisionSummary,
    redoWithinDays: c.redoWithinDays,
    decidedOnTime: c.decidedOnTime,
    adviceKind: c.adviceKind as (typeof D)['adviceKind'],
    adviceIssuedOn: c.adviceIssuedOn,
    adviceAddressee: c.adviceAddressee,
    adviceReportedOn: c.adviceReportedOn,
    imported: c.imported,
    correctiveTask:
      c.correctiveTaskId && c.correctiveTaskNumber
        ? { id: c.correctiveTaskId, number: c.correctiveTaskNumber }
        : null,
    lawBasis: lawText(c.lawText as LawTextKey).law,
    actions: presentActions(data.actions),
    history: data.history.map((s) => presentStep(caseProcedure, s, locale)),
    clocks: data.clocks.map(presentClock),
  };
}

/** The portal's status page: the procedural facts of one case, nothing personal. */
export function presentPublicStatus(c: CaseWithUnit, clock: ClockView | null): PublicCaseStatus {
  return {
    trackingCode: disclosure.formatTrackingCode(c.trackingCode),
    caseNumber: c.caseNumber,
    respondent: c.orgUnitName,
    channel: c.channel as PublicCaseStatus['channel'],
    status: c.status as PublicCaseStatus['status'],
    receivedOn: c.receivedOn,
    acceptedOn: c.acceptedOn,
    correctionItems: c.status === 'awaiting_correction' ? c.correctionItems : null,
    correctionDeadlineOn: c.status === 'awaiting_correction' ? c.correctionDeadlineOn : null,
    outcome: c.outcome as PublicCaseStatus['outcome'],
    concludedOn: c.concludedOn,
    decisionNumber: c.decisionNumber,
    clock: clockOf(clock),
  };
}

/** A published decision: the applicant masked (张*), the act and the decision's gist. */
export function presentPublicDecision(c: CaseWithUnit): PublicDecision {
  return {
    id: c.id,
    decisionNumber: c.decisionNumber!,
    respondent: c.orgUnitName,
    applicantName: applicantDisplayName(c),
    actType: c.actType as PublicDecision['actType'],
    actDescription: c.actDescription,
    outcome: c.outcome as PublicDecision['outcome'],
    concludedOn: c.concludedOn!,
    summary: c.decisionSummary,
  };
}
