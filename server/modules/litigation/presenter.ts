import {
  type ActKind,
  type JudgmentType,
  judgmentTypeOf,
  type LawsuitDetail,
  type LawsuitState,
  type LawsuitSummary,
} from '../../../common/contracts/litigation.js';
import type { Locale } from '../../../common/text/localized.js';
import { presentActions, presentClock, presentStep } from '../../platform/procedures/index.js';
import { lawsuitProcedure } from './procedure.js';
import { DISTRICT_RECONSIDERATION_BODY, defendantsOf } from './rules.js';
import type { HearingRow } from './schema.js';
import type { LawsuitDetailData, LawsuitListItem } from './service/find.js';

/** A lawsuit as a row of the list. */
export function presentLawsuitSummary(l: LawsuitListItem): LawsuitSummary {
  const effective = l.effectiveType ? judgmentTypeOf(l.effectiveType) : undefined;
  return {
    id: l.id,
    version: l.version,
    caseNumber: l.caseNumber,
    court: l.court,
    state: l.state as LawsuitState,
    orgUnit: { id: l.orgUnitId, name: l.unitName, code: l.unitCode },
    plaintiff: l.plaintiffName,
    cause: l.cause,
    actKind: l.actKind as ActKind,
    afterReconsideration: l.afterReconsideration,
    filedOn: l.filedOn,
    answerDueOn: l.answerDueOn,
    judgmentType: (l.judgmentType as JudgmentType | null) ?? null,
    effectiveType: (l.effectiveType as JudgmentType | null) ?? null,
    lost: effective ? effective.lost : null,
    headAppeared: l.headAppeared,
  };
}

function presentHearing(h: HearingRow) {
  return {
    id: h.id,
    heldOn: h.heldOn,
    instance: h.instance as 'first' | 'second',
    headAppeared: h.headAppeared,
    headName: h.headName,
    headPosition: h.headPosition,
    headLevel: h.headLevel as 'principal' | 'deputy' | 'other_leader' | null,
    proofOfPosition: h.proofOfPosition,
    courtRequested: h.courtRequested,
    staffName: h.staffName,
  };
}

/** The lawsuit page: the case, its defendants, hearings, suggestions, clocks, history and next steps. */
export function presentLawsuitDetail(
  data: LawsuitDetailData,
  task: { id: string; number: string } | null,
  locale: Locale,
): LawsuitDetail {
  const l = data.lawsuit;
  const answer = data.clocks.find((c) => c.clockKey.startsWith('litigation.answer'));
  return {
    ...presentLawsuitSummary({
      ...l,
      headAppeared: data.hearings.some((h) => h.headAppeared),
      answerDueOn: answer?.dueOn ?? null,
    }),
    plaintiffKind: l.plaintiffKind as 'person' | 'organisation',
    actChallenged: l.actChallenged,
    actRef: l.actRef,
    defendants: defendantsOf(l.unitName, {
      after: l.afterReconsideration,
      result: l.reconsiderationResult as 'upheld' | 'changed' | 'silent' | null,
      body: DISTRICT_RECONSIDERATION_BODY,
    }),
    reconsiderationNumber: l.reconsiderationNumber,
    reconsiderationResult: l.reconsiderationResult as LawsuitDetail['reconsiderationResult'],
    simplified: l.simplified,
    servedOn: l.servedOn,
    answeredOn: l.answeredOn,
    answerEvidence: l.answerEvidence,
    answerBasis: l.answerBasis,
    judgedOn: l.judgedOn,
    judgmentServedOn: l.judgmentServedOn,
    judgmentSummary: l.judgmentSummary,
    appealedBy: l.appealedBy,
    appealedOn: l.appealedOn,
    secondCaseNumber: l.secondCaseNumber,
    secondCourt: l.secondCourt,
    secondResult: l.secondResult,
    secondJudgedOn: l.secondJudgedOn,
    effectiveOn: l.effectiveOn,
    closedOn: l.closedOn,
    performance: l.performance,
    correctiveTask: task,
    hearings: data.hearings.map(presentHearing),
    suggestions: data.suggestions.map((s) => ({
      id: s.id,
      receivedOn: s.receivedOn,
      content: s.content,
      repliedOn: s.repliedOn,
      reply: s.reply,
    })),
    clocks: data.clocks.map(presentClock),
    history: data.history.map((s) => presentStep(lawsuitProcedure, s, locale)),
    actions: presentActions(data.actions),
  };
}
