import {
  AnswerInput,
  AssignInput,
  ContactInput,
  CoViewsInput,
  DifficultInput,
  DissatisfiedInput,
  EvaluateInput,
  FollowUpInput,
  type ProposalKind,
  type ProposalSettings,
  ReturnInput,
} from '../../../common/contracts/proposals.js';
import { tx } from '../../../common/text/localized.js';
import { defineGate, defineProcedure, type ProcedureRecord } from '../../platform/procedures/index.js';
import {
  ANSWER_CLOCKS,
  answerClockFor,
  DIFFICULT_ANSWER_CLOCKS,
  needsFollowUp,
  NORMAL_ANSWER_CLOCKS,
  REHANDLE_CLOCK,
} from './rules.js';

/** What the procedure sees of an item. `stepOn` is the day the step being applied takes effect (its form's `on`). */
export interface ProposalRecord extends ProcedureRecord {
  kind: ProposalKind;
  round: number;
  assignedOn: string | null;
  difficult: boolean;
  returnDueOn: string | null;
  resultClass: string | null;
  followUpDone: boolean;
  today: string;
  stepOn: string;
  /** 编号 and 标题, for the reminders of its clocks. */
  caption: string;
}

/** What the gates need beyond the record: this round's contacts, the co-handlers' views, the settings. */
export interface ProposalFacts {
  meetingHeld: boolean;
  coViewsPending: number;
  settings: ProposalSettings;
}

const NPC_LAW = '《全国人民代表大会和地方各级人民代表大会代表法》';

const notInFuture = defineGate<ProposalRecord>({
  code: 'STEP_DATE_IN_FUTURE',
  message: tx('日期不能晚于今天', 'The date cannot be after today'),
  check: (r) => r.stepOn <= r.today,
});

const notBeforeAssignment = defineGate<ProposalRecord>({
  code: 'STEP_BEFORE_ASSIGNMENT',
  message: tx('日期不能早于交办日期', 'The date cannot be before the assignment'),
  check: (r) => r.assignedOn === null || r.stepOn >= r.assignedOn,
});

const withinReturnWindow = defineGate<ProposalRecord>({
  code: 'RETURN_WINDOW_PASSED',
  message: tx(
    '已超过退回期限，不能退回；确属交办不当的，请联系交办机关重新交办',
    'The return window has passed; ask the assigning office to reassign it',
  ),
  basis: '本区建议提案办理办法（退回期限，可配置）',
  check: (r) => r.returnDueOn !== null && r.stepOn <= r.returnDueOn,
});

const firstRound = defineGate<ProposalRecord>({
  code: 'ALREADY_ANSWERED_ONCE',
  message: tx(
    '已答复过的建议提案不能退回或改变办理期限',
    'An item answered once cannot be returned or re-timed',
  ),
  check: (r) => r.round === 1,
});

const notYetDifficult = defineGate<ProposalRecord>({
  code: 'ALREADY_DIFFICULT',
  message: tx('已按涉及面广、处理难度大确定六个月期限', 'Already marked broad or difficult (six months)'),
  check: (r) => !r.difficult,
});

const meetingHeld = defineGate<ProposalRecord, ProposalFacts>({
  code: 'MEETING_REQUIRED',
  message: tx(
    '答复前须与代表委员见面沟通（请先登记见面）',
    'Meet the deputy or member before answering (record the meeting first)',
  ),
  basis: '本区建议提案办理办法（办前面商、见面，可配置）',
  check: (_r, f) => !f.settings.requireMeetingBeforeAnswer || f.meetingHeld,
});

const coViewsReceived = defineGate<ProposalRecord, ProposalFacts>({
  code: 'CO_VIEWS_PENDING',
  message: tx(
    '协办单位的意见尚未送达主办单位',
    "The co-handling units' views have not reached the lead unit",
  ),
  basis: '本区建议提案办理办法（协办意见，可配置）',
  check: (_r, f) => !f.settings.requireCoViewsBeforeAnswer || f.coViewsPending === 0,
});

const coViewsExpected = defineGate<ProposalRecord, ProposalFacts>({
  code: 'NO_CO_VIEWS_PENDING',
  message: tx('本件没有尚待送达意见的协办单位', 'No co-handling unit still owes its views'),
  check: (_r, f) => f.coViewsPending > 0,
});

const promiseOpen = defineGate<ProposalRecord>({
  code: 'NO_PROMISE_TO_FOLLOW',
  message: tx(
    '只有B类、C类答复的承诺事项需要跟踪落实，且尚未落实完毕',
    'Only B and C answers carry a promise to follow up, until it is done',
  ),
  check: (r) => needsFollowUp(r.resultClass) && !r.followUpDone,
});

/** The day the step takes effect: its form's `on` (a step recorded after the fact), else today. */
const stepOn = (r: ProposalRecord, input: unknown) => (input as { on?: string } | undefined)?.on ?? r.today;
const dated = [notInFuture, notBeforeAssignment];
const answerClock = {
  among: ANSWER_CLOCKS,
  select: (r: ProposalRecord, input: unknown) => {
    const form = input as { on: string; difficult: boolean };
    return answerClockFor(r.kind, form.on, form.difficult);
  },
};

/**
 * 建议提案办理: registered (登记) → assigned and handled (交办, 面商, 协办意见, 见面) → answered (答复) → evaluated
 * (满意/基本满意 closes it; 不满意 reopens handling for a new answer) → B/C promises followed up until done. A
 * unit may return a wrongly assigned item within the window; the office reassigns it.
 */
export const proposalProcedure = defineProcedure({
  key: 'proposals.item',
  subjectType: 'proposal_item',
  label: tx('建议提案', 'Suggestion or proposal'),
  titleOf: (r) => `${r.caption} 答复期限`,
  states: {
    registered: { label: tx('待交办', 'To assign') },
    handling: { label: tx('办理中', 'Handling') },
    returned: { label: tx('已退回', 'Returned') },
    answered: { label: tx('已答复待评价', 'Answered, awaiting evaluation') },
    closed: { label: tx('已办结', 'Closed') },
  },
  transitions: {
    assign: {
      label: tx('交办', 'Assign'),
      from: ['registered'],
      to: 'handling',
      permission: 'proposals.assign',
      input: AssignInput,
      gates: [notInFuture],
      clocks: { start: [answerClock] },
      basis: `${NPC_LAW}第五十一条`,
      auditAction: 'proposals.item.assigned',
      effectiveOn: stepOn,
    },
    return: {
      label: tx('退回（交办不当）', 'Return (wrongly assigned)'),
      from: ['handling'],
      to: 'returned',
      permission: 'proposals.handle',
      input: ReturnInput,
      gates: [...dated, firstRound, withinReturnWindow],
      clocks: { stop: ANSWER_CLOCKS },
      auditAction: 'proposals.item.returned',
      effectiveOn: stepOn,
    },
    reassign: {
      label: tx('重新交办', 'Reassign'),
      from: ['returned'],
      to: 'handling',
      permission: 'proposals.assign',
      input: AssignInput,
      gates: [notInFuture],
      clocks: { start: [answerClock] },
      basis: `${NPC_LAW}第五十一条`,
      auditAction: 'proposals.item.reassigned',
      effectiveOn: stepOn,
    },
    mark_difficult: {
      label: tx('确定为涉及面广、处理难度大（六个月）', 'Mark broad or difficult (six months)'),
      from: ['handling'],
      to: 'handling',
      permission: 'proposals.assign',
      input: DifficultInput,
      gates: [notYetDifficult, firstRound],
      // The six months run from the same assignment day (代表法 第五十一条), so the clock restarts there.
      clocks: {
        stop: NORMAL_ANSWER_CLOCKS,
        start: [
          {
            among: DIFFICULT_ANSWER_CLOCKS,
            select: (r: ProposalRecord) => answerClockFor(r.kind, r.assignedOn!, true),
          },
        ],
      },
      basis: `${NPC_LAW}第五十一条`,
      auditAction: 'proposals.item.marked_difficult',
      effectiveOn: (r) => r.assignedOn ?? r.today,
    },
    co_views: {
      label: tx('登记协办意见', 'Record co-handling views'),
      from: ['handling'],
      to: 'handling',
      permission: 'proposals.handle',
      input: CoViewsInput,
      gates: [...dated, coViewsExpected],
      auditAction: 'proposals.item.co_views_received',
      effectiveOn: stepOn,
    },
    contact: {
      label: tx('登记面商或见面', 'Record a contact or meeting'),
      from: ['handling'],
      to: 'handling',
      permission: 'proposals.handle',
      input: ContactInput,
      gates: dated,
      auditAction: 'proposals.item.contacted',
      effectiveOn: stepOn,
    },
    answer: {
      label: tx('答复', 'Answer'),
      from: ['handling'],
      to: 'answered',
      permission: 'proposals.handle',
      input: AnswerInput,
      gates: [...dated, meetingHeld, coViewsReceived],
      clocks: { stop: [...ANSWER_CLOCKS, REHANDLE_CLOCK] },
      basis: `${NPC_LAW}第五十一条`,
      auditAction: 'proposals.item.answered',
      effectiveOn: stepOn,
    },
    evaluate: {
      label: tx('登记评价（满意、基本满意）', 'Record the evaluation (satisfied)'),
      from: ['answered'],
      to: 'closed',
      permission: 'proposals.evaluate',
      input: EvaluateInput,
      gates: dated,
      auditAction: 'proposals.item.evaluated',
      effectiveOn: stepOn,
    },
    dissatisfied: {
      label: tx('登记不满意（再办理）', 'Record dissatisfaction (re-handle)'),
      from: ['answered'],
      to: 'handling',
      permission: 'proposals.evaluate',
      input: DissatisfiedInput,
      gates: dated,
      clocks: { start: [REHANDLE_CLOCK] },
      auditAction: 'proposals.item.rehandling_started',
      effectiveOn: stepOn,
    },
    follow_up: {
      label: tx('登记落实情况', 'Record follow-up'),
      from: ['closed'],
      to: 'closed',
      permission: 'proposals.handle',
      input: FollowUpInput,
      gates: [...dated, promiseOpen],
      auditAction: 'proposals.item.followed_up',
      effectiveOn: stepOn,
    },
  },
});

export type ProposalTransition = keyof typeof proposalProcedure.transitions;
