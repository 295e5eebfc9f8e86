import type { Locale } from '../../../../common/text/localized.js';
import type {
  CaseDetail,
  CaseListItem,
  FilingOut,
  ReviewQueueItem,
} from '../../../../common/contracts/enforcement/cases.js';
import { maskIdNumber, maskPhone } from '../../../../common/privacy/masking.js';
import { presentActions, presentClock, presentStep } from '../../../platform/procedures/index.js';
import { caseProcedure } from '../procedure.js';
import type { CaseDetailData, CaseListRow, CaseWithUnit, ReviewQueueRow } from './service/index.js';
import { type FilingWithCase, isLateFiling } from '../filings/service/index.js';

type L = CaseListItem;
const money = (v: string | null) => (v === null ? null : Number(v));
const isPerson = (k: Pick<CaseWithUnit, 'partyType'>) => k.partyType === 'natural_person';

/** A case as a row of the staff list. */
export function presentListItem(k: CaseWithUnit, handlingDueOn: string | null = null): CaseListItem {
  return {
    id: k.id,
    version: k.version,
    caseNumber: k.caseNumber,
    kind: k.kind as L['kind'],
    orgUnitId: k.orgUnitId,
    orgUnitName: k.orgUnitName,
    cause: k.cause,
    partyType: k.partyType as L['partyType'],
    partyName: k.partyName,
    openedOn: k.openedOn,
    state: k.state as L['state'],
    isMajor: k.isMajor,
    decidedOn: k.decidedOn,
    outcome: k.outcome as L['outcome'],
    fineAmount: money(k.fineAmount),
    publicationState: k.publicationState as L['publicationState'],
    handlingDueOn,
  };
}

export const presentListRow = (r: CaseListRow) => presentListItem(r, r.handlingDueOn);

function effectiveOn(input: unknown): string | null {
  const on = input && typeof input === 'object' ? (input as Record<string, unknown>).on : undefined;
  return typeof on === 'string' ? on : null;
}

/**
 * The party's identifiers: a natural person's ID number is always masked; phone and address are shown in
 * full only to the handling staff (in scope by construction). An organisation's credit code is public.
 */
function partyContact(k: CaseWithUnit, full: boolean) {
  const person = isPerson(k);
  return {
    partyIdNumber: person ? maskIdNumber(k.partyIdNumber) : k.partyIdNumber,
    partyPhone: full || !person ? k.partyPhone : maskPhone(k.partyPhone),
    partyAddress: full || !person ? k.partyAddress : null,
    partyOperatorName: k.partyOperatorName,
  };
}

function presentFacts(k: CaseWithUnit) {
  return {
    powerItemId: k.powerItemId,
    benchmarkId: k.benchmarkId,
    source: k.source,
    inspectionId: k.inspectionId,
    facts: k.facts,
    handlerOfficerIds: k.handlerOfficerIds,
    majorReasons: k.majorReasons,
    discoveredOn: k.discoveredOn,
    openingExtended: k.openingExtended,
    violationOn: k.violationOn,
    concernsLifeHealthOrFinance: k.concernsLifeHealthOrFinance,
    collectiveRequired: k.collectiveRequired,
    notifiedOn: k.notifiedOn,
    intendedPenalty: k.intendedPenalty,
    hearingRight: k.hearingRight,
    notifiedKinds: (k.notifiedKinds as CaseDetail['notifiedKinds']) ?? null,
    notifiedFineAmount: money(k.notifiedFineAmount),
    notifiedConfiscationAmount: money(k.notifiedConfiscationAmount),
    noticeServiceMethod: (k.noticeServiceMethod as CaseDetail['noticeServiceMethod']) ?? null,
    noticeServedOn: k.noticeServedOn,
    statementReceivedOn: k.statementReceivedOn,
    statementSummary: k.statementSummary,
    statementWaivedOn: k.statementWaivedOn,
    penaltyKinds: (k.penaltyKinds as CaseDetail['penaltyKinds']) ?? null,
    hearingRequestedOn: k.hearingRequestedOn,
    hearingNoticeOn: k.hearingNoticeOn,
    hearingOn: k.hearingOn,
    hearingHeldOn: k.hearingHeldOn,
    hearingRecord: k.hearingRecord,
    collectiveDiscussedOn: k.collectiveDiscussedOn,
    collectiveConclusion: k.collectiveConclusion,
    decisionNumber: k.decisionNumber,
    circumstance: k.circumstance as CaseDetail['circumstance'],
    confiscationAmount: money(k.confiscationAmount),
    decisionText: k.decisionText,
    decisionBasis: k.decisionBasis,
    benchmarkDeviation: k.benchmarkDeviation,
    deviationReason: k.deviationReason,
    servedOn: k.servedOn,
    serviceMethod: k.serviceMethod,
    executedOn: k.executedOn,
    executionNote: k.executionNote,
    closedOn: k.closedOn,
    publicationDueOn: k.publicationDueOn,
    publishedOn: k.publishedOn,
    changedOn: k.changedOn,
    changeReason: k.changeReason,
    withdrawalDueOn: k.withdrawalDueOn,
    withdrawnOn: k.withdrawnOn,
    createdAt: k.createdAt.toISOString(),
  };
}

/** A case for the staff detail page: facts, clocks explained, steps, evidence, reviews, filing, actions. */
export function presentDetail(d: CaseDetailData, today: string, locale: Locale = 'zh-CN'): CaseDetail {
  const k = d.kase;
  const handling = d.clocks.findLast((c) => c.clockKey.startsWith('enforcement.handling_'));
  return {
    ...presentListItem(k, handling?.dueOn ?? null),
    ...presentFacts(k),
    ...partyContact(k, d.showContact),
    powerItem: d.power ? { id: d.power.id, code: d.power.code, name: d.power.name } : null,
    benchmark: d.benchmark
      ? { id: d.benchmark.id, code: d.benchmark.code, violation: d.benchmark.violation }
      : null,
    handlers: d.handlers.map((o) => ({
      id: o.id,
      name: o.name,
      certificateNumber: o.certificateNumber,
      certificateValidUntil: o.certificateValidUntil,
    })),
    filing: d.filing
      ? {
          id: d.filing.id,
          dueOn: d.filing.dueOn,
          filedOn: d.filing.filedOn,
          isLate: isLateFiling(d.filing, today),
        }
      : null,
    clocks: d.clocks.map(presentClock),
    timeliness: d.timeliness,
    handlingPauses: d.handlingPauses,
    steps: d.steps.map((s) => ({
      ...presentStep(caseProcedure, s, locale),
      effectiveOn: effectiveOn(s.input),
      actorName: s.actorName,
    })),
    evidence: d.evidence.map((e) => ({
      id: e.id,
      evidenceType: e.evidenceType,
      description: e.description,
      collectedOn: e.collectedOn,
      fileName: e.fileName,
      contentType: e.contentType,
      sizeBytes: e.sizeBytes,
      sha256: e.sha256,
      uploadedAt: e.uploadedAt.toISOString(),
      uploadedByName: e.uploadedByName,
    })),
    reviews: d.reviews.map((r) => ({
      id: r.id,
      submittedOn: r.submittedOn,
      concludedOn: r.concludedOn,
      conclusion: r.conclusion as CaseDetail['reviews'][number]['conclusion'],
      opinion: r.opinion,
      reviewerName: r.reviewerName,
      deviationFlagged: r.deviationFlagged,
    })),
    // 延长办案期限 stands beside the procedure: shown to approvers even when refused for its state.
    actions: presentActions(d.actions, (a) => a.key === 'extend_handling'),
  };
}

/** A row of the legal reviewers' queue. */
export function presentQueueItem(r: ReviewQueueRow): ReviewQueueItem {
  return {
    ...presentListItem(r.kase),
    caseId: r.kase.id,
    reviewId: r.reviewId,
    submittedOn: r.submittedOn,
    deviationFlagged: r.deviationFlagged,
    circumstance: r.kase.circumstance as ReviewQueueItem['circumstance'],
    deviationReason: r.kase.deviationReason,
  };
}

/** A 重大处罚备案 row, with its late flag as of today. */
export function presentFiling(f: FilingWithCase, today: string): FilingOut {
  return {
    id: f.id,
    caseId: f.caseId,
    caseNumber: f.caseNumber,
    orgUnitId: f.orgUnitId,
    orgUnitName: f.orgUnitName,
    cause: f.cause,
    partyName: f.partyName,
    decisionNumber: f.decisionNumber,
    fineAmount: money(f.fineAmount),
    decidedOn: f.decidedOn,
    dueOn: f.dueOn,
    filedOn: f.filedOn,
    isLate: isLateFiling(f, today),
    reviewedOn: f.reviewedOn,
    conclusion: f.conclusion as FilingOut['conclusion'],
    opinion: f.opinion,
    reviewerName: f.reviewerName,
  };
}
