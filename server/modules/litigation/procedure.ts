import { computeDue, type WorkCalendar } from '../../../common/calendar/index.js';
import {
  AnswerInput,
  AppealInput,
  CloseInput,
  HearingInput,
  JudgmentInput,
  judgmentTypeOf,
  SecondJudgmentInput,
  TakeEffectInput,
} from '../../../common/contracts/litigation.js';
import { tx } from '../../../common/text/localized.js';
import { defineClock } from '../../platform/clocks/index.js';
import { defineGate, defineProcedure, type ProcedureRecord } from '../../platform/procedures/index.js';
import { LITIGATION_LAW_VERSIONS, type LitigationPeriods, litigationPeriodsOn } from './rules.js';

/** What the procedure sees of a lawsuit. */
export interface LawsuitRecord extends ProcedureRecord {
  caseNumber: string;
  judgmentType: string | null;
  judgmentServedOn: string | null;
  /** The acting day (the gates compare the appeal window with it). */
  today: string;
}

/** The answer clock of each text (15 days from 2015-05-01, 10 days before), chosen by the day of service. */
function answerClock(v: LitigationPeriods) {
  return defineClock({
    key: v.clockKey,
    label: tx('答辩及提交证据期限', 'Period to answer and file the evidence'),
    length: { amount: v.answer.amount, unit: v.answer.unit },
    basis: `${v.law}${v.answer.article}`,
    startPhrase: tx('收到起诉状副本', 'service of the complaint copy'),
  });
}
export const answerClocks = LITIGATION_LAW_VERSIONS.map(answerClock);

export function answerClockFor(servedOn: string) {
  const key = litigationPeriodsOn(servedOn).clockKey;
  return answerClocks.find((c) => c.key === key)!;
}

const CURRENT = LITIGATION_LAW_VERSIONS[0]!;

/** The parties' appeal windows: they close unused (lapse) — the decision then takes effect. */
export const appealJudgmentClock = defineClock({
  key: 'litigation.appeal_judgment',
  label: tx('不服判决上诉期限', 'Appeal period (judgment)'),
  length: { amount: CURRENT.appealJudgment.amount, unit: CURRENT.appealJudgment.unit },
  basis: `${CURRENT.law}${CURRENT.appealJudgment.article}`,
  startPhrase: tx('判决书送达', 'service of the judgment'),
  lapses: true,
});
export const appealRulingClock = defineClock({
  key: 'litigation.appeal_ruling',
  label: tx('不服裁定上诉期限', 'Appeal period (ruling)'),
  length: { amount: CURRENT.appealRuling.amount, unit: CURRENT.appealRuling.unit },
  basis: `${CURRENT.law}${CURRENT.appealRuling.article}`,
  startPhrase: tx('裁定书送达', 'service of the ruling'),
  lapses: true,
});

/** Which appeal window a first-instance decision opens: 15 days for a judgment, 10 for a ruling, none for 调解. */
export function appealClockFor(judgmentType: string) {
  const kind = judgmentTypeOf(judgmentType)?.kind;
  if (kind === 'judgment') return appealJudgmentClock;
  if (kind === 'ruling') return appealRulingClock;
  return null;
}

/** The last day to appeal a served first-instance decision, on the calendar (null: no appeal, e.g. 调解书). */
export function appealEndsOn(cal: WorkCalendar, judgmentType: string, servedOn: string): string | null {
  const clock = appealClockFor(judgmentType);
  if (!clock) return null;
  return computeDue(cal, { from: servedOn, amount: clock.length.amount, unit: clock.length.unit }).dueOn;
}

export interface LawsuitFacts {
  /** The last day to appeal, when the first-instance decision can be appealed. */
  appealEndsOn: string | null;
  /** A first-instance hearing is on file. */
  heard: boolean;
  /** The decision being recorded is a judgment (a ruling or a 调解书 may come without a hearing). */
  recordingJudgment: boolean;
}

/** A judgment (not a ruling or 调解) follows a hearing (行政诉讼法 第五十四条: 公开审理). */
const hearingHeld = defineGate<LawsuitRecord, LawsuitFacts>({
  code: 'HEARING_REQUIRED',
  message: tx('尚未记录开庭，不能登记一审判决', 'No hearing on file: a judgment cannot be recorded'),
  basis: '《行政诉讼法》第五十四条',
  describe: { kind: 'step', step: 'record_hearing' },
  check: (_record, facts) => !facts.recordingJudgment || facts.heard,
});

/** A decision takes effect when the appeal window has passed unused (第八十五条). */
const appealWindowClosed = defineGate<LawsuitRecord, LawsuitFacts>({
  code: 'APPEAL_WINDOW_OPEN',
  message: tx(
    '上诉期限尚未届满，裁判尚未生效',
    'The appeal period has not ended: the decision is not yet in effect',
  ),
  basis: '《行政诉讼法》第八十五条',
  check: (record, facts) => facts.appealEndsOn === null || record.today > facts.appealEndsOn,
});

/** Only a judgment or ruling can be appealed (a 调解书 cannot). */
const appealable = defineGate<LawsuitRecord, LawsuitFacts>({
  code: 'NOT_APPEALABLE',
  message: tx('调解书不能上诉', 'A mediation settlement cannot be appealed'),
  check: (record) => appealClockFor(record.judgmentType ?? '') !== null,
});

const LAW = '《行政诉讼法》';

/**
 * 行政应诉: complaint copy served (登记, the answer clock starts) → answer with evidence and normative basis →
 * hearings (负责人出庭) → first-instance decision (appeal window) → appeal and second instance, or the window
 * passes → decision in effect (a correcting decision opens a corrective task) → performed and closed.
 */
export const lawsuitProcedure = defineProcedure({
  key: 'litigation.lawsuit',
  subjectType: 'lawsuit',
  label: tx('行政应诉案件', 'Administrative lawsuit'),
  states: {
    received: { label: tx('待答辩', 'Awaiting answer') },
    answered: { label: tx('已答辩', 'Answered') },
    heard: { label: tx('已开庭', 'Heard') },
    judged: { label: tx('一审已裁判', 'First-instance decision') },
    appealed: { label: tx('二审中', 'On appeal') },
    effective: { label: tx('裁判已生效', 'Decision in effect') },
    closed: { label: tx('已结案', 'Closed'), final: true },
  },
  transitions: {
    answer: {
      label: tx('提交答辩状及证据', 'File the answer and evidence'),
      from: ['received'],
      to: 'answered',
      permission: 'litigation.handle',
      input: AnswerInput,
      basis: `${LAW}第六十七条`,
      clocks: { stop: answerClocks },
      effectiveOn: (_r, input) => (input as { answeredOn: string }).answeredOn,
      auditAction: 'litigation.lawsuit.answered',
    },
    record_hearing: {
      label: tx('记录开庭（负责人出庭）', 'Record a hearing (head in court)'),
      from: ['answered', 'heard'],
      to: 'heard',
      permission: 'litigation.handle',
      input: HearingInput,
      basis: `${LAW}第三条第三款；法释〔2018〕1号第一百二十八条至第一百三十二条`,
      auditAction: 'litigation.lawsuit.hearing_recorded',
    },
    judge_first: {
      label: tx('登记一审裁判', 'Record the first-instance decision'),
      from: ['answered', 'heard'],
      to: 'judged',
      permission: 'litigation.handle',
      gates: [hearingHeld],
      input: JudgmentInput,
      basis: `${LAW}第六十九条至第七十八条`,
      clocks: {
        start: [
          {
            among: [appealJudgmentClock, appealRulingClock],
            select: (_r, input) => appealClockFor((input as { judgmentType: string }).judgmentType),
          },
        ],
      },
      effectiveOn: (_r, input) => (input as { servedOn: string }).servedOn,
      auditAction: 'litigation.lawsuit.judged',
    },
    appeal: {
      label: tx('登记上诉', 'Record an appeal'),
      from: ['judged'],
      to: 'appealed',
      permission: 'litigation.handle',
      gates: [appealable],
      input: AppealInput,
      basis: `${LAW}第八十五条`,
      clocks: { stop: [appealJudgmentClock, appealRulingClock] },
      auditAction: 'litigation.lawsuit.appealed',
    },
    take_effect: {
      label: tx('确认裁判生效', 'Record the decision in effect'),
      from: ['judged'],
      to: 'effective',
      permission: 'litigation.handle',
      gates: [appealWindowClosed],
      input: TakeEffectInput,
      basis: `${LAW}第八十五条`,
      // The window lapsed unused; the daily sweep may not have closed it yet.
      clocks: { stop: [appealJudgmentClock, appealRulingClock] },
      auditAction: 'litigation.lawsuit.took_effect',
    },
    judge_second: {
      label: tx('登记二审裁判', 'Record the second-instance decision'),
      from: ['appealed'],
      to: 'effective',
      permission: 'litigation.handle',
      input: SecondJudgmentInput,
      basis: `${LAW}第八十九条`,
      auditAction: 'litigation.lawsuit.second_judged',
    },
    close: {
      label: tx('履行完毕，结案', 'Performed: close the case'),
      from: ['effective'],
      to: 'closed',
      permission: 'litigation.handle',
      input: CloseInput,
      basis: `${LAW}第九十四条至第九十六条`,
      auditAction: 'litigation.lawsuit.closed',
    },
  },
});
