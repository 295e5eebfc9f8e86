import { tx } from '../../../common/text/localized.js';
import {
  CLOCK_2005_MARK,
  CLOCK_NAME_TEXT,
  type PetitionClockKind,
  PETITION_TRANSITION_INPUTS as INPUTS,
  STATE_LABELS as L,
} from '../../../common/contracts/petitions.js';
import type { IsoDate } from '../../../common/calendar/index.js';
import { type ClockDef, defineClock, findClocksForSubject } from '../../platform/clocks/index.js';
import type { Tx } from '../../platform/db/index.js';
import { defineGate, defineProcedure, type ProcedureRecord } from '../../platform/procedures/index.js';
import { PETITION_LAW_VERSIONS, type PetitionLaw, type PetitionPeriods } from './rules.js';

/** The clocks of one 信访 text, declared from its periods (law by date: rules.ts). */
function clocksOf(v: PetitionPeriods) {
  const suffix = v.law === '2022' ? '' : '_2005';
  // The names are the contract's (CLOCK_NAME_TEXT), the screens' too; the 2005 text's are marked.
  const label = (name: PetitionClockKind) => {
    const n = CLOCK_NAME_TEXT[name];
    return v.law === '2022'
      ? n
      : tx(`${n['zh-CN']}${CLOCK_2005_MARK['zh-CN']}`, `${n['en-US']}${CLOCK_2005_MARK['en-US']}`);
  };
  const basis = (article: string) => `${v.title}${article}`;
  const clocks = {
    routing: defineClock({
      key: `petitions.routing${suffix}`,
      label: label('routing'),
      length: v.routing,
      basis: basis(v.routing.article),
      startPhrase: tx('收到信访事项', 'receipt of the petition'),
    }),
    notice: defineClock({
      key: `petitions.notice${suffix}`,
      label: label('notice'),
      length: v.notice,
      basis: basis(v.notice.article),
      startPhrase: tx('收到信访事项', 'receipt of the petition'),
    }),
    handling: defineClock({
      key: `petitions.handling${suffix}`,
      label: label('handling'),
      length: v.handling,
      basis: basis(v.handling.article),
      startPhrase: tx('受理', 'acceptance'),
      extension: { ...v.handlingExtension, times: 1, permission: 'petitions.approve_extension' },
    }),
    reviewRequest: defineClock({
      key: `petitions.review_request${suffix}`,
      label: label('review_request'),
      length: v.reviewRequest,
      basis: basis(v.reviewRequest.article),
      startPhrase: tx('信访人收到处理意见', 'the petitioner received the opinion'),
      // The petitioner may accept the opinion: the window closes unused, never overdue.
      lapses: true,
    }),
    review: defineClock({
      key: `petitions.review${suffix}`,
      label: label('review'),
      length: v.reviewDecision,
      basis: basis(v.reviewDecision.article),
      startPhrase: tx('收到复查请求', 'receipt of the review request'),
    }),
    reexamRequest: defineClock({
      key: `petitions.reexam_request${suffix}`,
      label: label('reexam_request'),
      length: v.reexamRequest,
      basis: basis(v.reexamRequest.article),
      startPhrase: tx('信访人收到复查意见', 'the petitioner received the review opinion'),
      lapses: true,
    }),
    reexam: defineClock({
      key: `petitions.reexam${suffix}`,
      label: label('reexam'),
      length: v.reexamDecision,
      basis: basis(v.reexamDecision.article),
      startPhrase: tx('收到复核请求', 'receipt of the re-examination request'),
    }),
  };
  const objection = v.objection
    ? defineClock({
        key: `petitions.objection${suffix}`,
        label: label('objection'),
        length: v.objection,
        basis: basis(v.objection.article),
        startPhrase: tx('收到转送交办的信访事项', 'receipt of the routed petition'),
        lapses: true,
      })
    : null;
  return { ...clocks, objection };
}

export type PetitionClockName = keyof ReturnType<typeof clocksOf>;
export const PETITION_CLOCKS: Record<PetitionLaw, ReturnType<typeof clocksOf>> = {
  '2022': clocksOf(PETITION_LAW_VERSIONS[0]!),
  '2005': clocksOf(PETITION_LAW_VERSIONS[1]!),
};
export const ALL_PETITION_CLOCKS: readonly ClockDef[] = Object.values(PETITION_CLOCKS).flatMap((set) =>
  Object.values(set).filter((c): c is ClockDef => c !== null),
);

/** The named clock of the text a petition runs under (null: that text has no such period). */
export function petitionClock(law: PetitionLaw, name: PetitionClockName): ClockDef | null {
  return PETITION_CLOCKS[law][name];
}

/** What the procedure sees of a petition. `stepOn` is the day the step being applied takes effect. */
export interface PetitionRecord extends ProcedureRecord {
  number: string;
  law: PetitionLaw;
  category: string;
  receivedOn: IsoDate;
  answeredOn: IsoDate | null;
  reviewDecidedOn: IsoDate | null;
  extendedOn: IsoDate | null;
  stepOn: IsoDate;
}

/** The due dates the gates compare the step's day with: the windows open on this petition. */
export interface PetitionFacts {
  objectionDueOn: IsoDate | null;
  reviewRequestDueOn: IsoDate | null;
  reexamRequestDueOn: IsoDate | null;
}

async function loadPetitionFacts(t: Tx, r: PetitionRecord): Promise<PetitionFacts> {
  const clocks = await findClocksForSubject(t, 'petition', r.id);
  const dueOf = (name: PetitionClockName) => {
    const def = petitionClock(r.law, name);
    return def ? (clocks.findLast((c) => c.clockKey === def.key)?.dueOn ?? null) : null;
  };
  return {
    objectionDueOn: dueOf('objection'),
    reviewRequestDueOn: dueOf('reviewRequest'),
    reexamRequestDueOn: dueOf('reexamRequest'),
  };
}

const gate = defineGate<PetitionRecord, PetitionFacts>;
const notBeforeReceipt = gate({
  code: 'STEP_BEFORE_RECEIPT',
  message: tx(
    '办理日期不能早于收到信访事项的日期',
    'The step cannot be dated before the petition was received',
  ),
  check: (r) => r.stepOn >= r.receivedOn,
});
const objectionInTime = gate({
  code: 'OBJECTION_WINDOW_PASSED',
  message: tx(
    '已超过收到转送交办之日起5个工作日，不能再提出异议（《信访工作条例》第二十三条第三款）',
    'More than 5 working days since the routed petition arrived: an objection is no longer possible',
  ),
  basis: '《信访工作条例》第二十三条第三款',
  // The 2005 text has no objection period: there no clock runs and the gate lets the objection through.
  check: (r, f) => f.objectionDueOn === null || r.stepOn <= f.objectionDueOn,
});
const appealOnly = gate({
  code: 'DIVERSION_NOT_APPEAL',
  message: tx(
    '只有申诉求决类信访事项才按诉讼、复议、仲裁等法定途径分流（诉访分离）',
    'Only appeal-type (申诉求决) petitions are directed to litigation, reconsideration or arbitration',
  ),
  basis: '《信访工作条例》第三十一条',
  check: (r) => r.category === 'appeal',
});
const extensionOnce = gate({
  code: 'EXTENSION_ALREADY_USED',
  message: tx('办理期限只能延长一次，本事项已延长过', 'The handling period may be extended once only'),
  check: (r) => r.extendedOn === null,
});
const reviewInTime = gate({
  code: 'REVIEW_WINDOW_PASSED',
  message: tx(
    '已超过收到处理意见之日起30日，不能再请求复查',
    'More than 30 days since the opinion was received: a review can no longer be requested',
  ),
  check: (r, f) => f.reviewRequestDueOn === null || r.stepOn <= f.reviewRequestDueOn,
});
const reexamInTime = gate({
  code: 'REEXAM_WINDOW_PASSED',
  message: tx(
    '已超过收到复查意见之日起30日，不能再请求复核',
    'More than 30 days since the review opinion was received: a re-examination can no longer be requested',
  ),
  check: (r, f) => f.reexamRequestDueOn === null || r.stepOn <= f.reexamRequestDueOn,
});
const requestWindowPassed = gate({
  code: 'REQUEST_WINDOW_OPEN',
  message: tx(
    '信访人请求复查（复核）的30日期限尚未届满，不能结案',
    "The petitioner's 30 days to request a review (re-examination) have not ended: the matter cannot be closed yet",
  ),
  check: (r, f) => {
    const due = r.state === 'answered' ? f.reviewRequestDueOn : f.reexamRequestDueOn;
    return due !== null && r.stepOn > due;
  },
});

const HANDLE = 'petitions.handle';
const ROUTE = 'petitions.route';
const REVIEW = 'petitions.review';
const stepOn = (r: PetitionRecord) => r.stepOn;
/** The named clock of the petition's text, as a transition's start (absent for that text: none). */
const startOf = (name: PetitionClockName) => ({
  among: ALL_PETITION_CLOCKS,
  select: (r: PetitionRecord) => petitionClock(r.law, name),
});
const clocksNamed = (...names: PetitionClockName[]) =>
  names
    .flatMap((n) => [PETITION_CLOCKS['2022'][n], PETITION_CLOCKS['2005'][n]])
    .filter((c): c is ClockDef => !!c);
const INTAKE = clocksNamed('routing', 'notice', 'objection');

/**
 * The life of a petition (信访工作条例 第二十二条至第三十六条; 2005 信访条例 第二十一条至第三十五条):
 * registered → routed (or 诉访分离) → accepted or not, with notice → handled → opinion → 复查 → 复核 → closed.
 */
export const petitionProcedure = defineProcedure({
  key: 'petitions.petition',
  subjectType: 'petition',
  label: tx('信访事项', 'Petition'),
  states: {
    registered: { label: L.registered },
    routed: { label: L.routed },
    handling: { label: L.handling },
    answered: { label: L.answered },
    review_requested: { label: L.review_requested },
    reviewed: { label: L.reviewed },
    reexam_requested: { label: L.reexam_requested },
    closed: { label: L.closed, final: true },
    not_accepted: { label: L.not_accepted, final: true },
    diverted: { label: L.diverted, final: true },
  },
  loadFacts: loadPetitionFacts,
  titleOf: (r) => `信访事项 ${r.number}`,
  transitions: {
    route: {
      label: tx('转送交办', 'Route'),
      from: ['registered'],
      to: 'routed',
      permission: ROUTE,
      gates: [notBeforeReceipt],
      clocks: { stop: clocksNamed('routing'), start: [startOf('notice'), startOf('objection')] },
      input: INPUTS.route,
      basis: '《信访工作条例》第二十二条',
      auditAction: 'petitions.petition.routed',
      effectiveOn: stepOn,
    },
    object_assignment: {
      label: tx('提出异议（不属本机关职权）', 'Object to the assignment'),
      from: ['routed'],
      to: 'registered',
      permission: HANDLE,
      gates: [notBeforeReceipt, objectionInTime],
      clocks: { stop: INTAKE, start: [startOf('routing')] },
      input: INPUTS.object_assignment,
      basis: '《信访工作条例》第二十三条第三款',
      auditAction: 'petitions.petition.objected',
      effectiveOn: stepOn,
    },
    accept: {
      label: tx('受理并告知', 'Accept and notify'),
      from: ['registered', 'routed'],
      to: 'handling',
      permission: HANDLE,
      gates: [notBeforeReceipt],
      clocks: { stop: INTAKE, start: [startOf('handling')] },
      input: INPUTS.accept,
      auditAction: 'petitions.petition.accepted',
      effectiveOn: stepOn,
    },
    not_accept: {
      label: tx('不予受理并告知', 'Refuse and notify'),
      from: ['registered', 'routed'],
      to: 'not_accepted',
      permission: HANDLE,
      gates: [notBeforeReceipt],
      clocks: { stop: INTAKE },
      input: INPUTS.not_accept,
      auditAction: 'petitions.petition.not_accepted',
      effectiveOn: stepOn,
    },
    divert: {
      label: tx('导入法定途径（诉访分离）', 'Direct to a statutory route'),
      from: ['registered', 'routed'],
      to: 'diverted',
      permission: HANDLE,
      gates: [notBeforeReceipt, appealOnly],
      clocks: { stop: INTAKE },
      input: INPUTS.divert,
      basis: '《信访工作条例》第三十一条',
      auditAction: 'petitions.petition.diverted',
      effectiveOn: stepOn,
    },
    extend: {
      label: tx('延长办理期限', 'Extend the handling period'),
      from: ['handling'],
      to: 'handling',
      permission: 'petitions.approve_extension',
      gates: [notBeforeReceipt, extensionOnce],
      input: INPUTS.extend,
      basis: '《信访工作条例》第三十四条',
      auditAction: 'petitions.petition.extended',
      effectiveOn: stepOn,
    },
    answer: {
      label: tx('出具处理意见', 'Issue the opinion'),
      from: ['handling'],
      to: 'answered',
      permission: HANDLE,
      gates: [notBeforeReceipt],
      clocks: { stop: clocksNamed('handling'), start: [startOf('reviewRequest')] },
      input: INPUTS.answer,
      basis: '《信访工作条例》第三十二条',
      auditAction: 'petitions.petition.answered',
      effectiveOn: stepOn,
    },
    request_review: {
      label: tx('信访人请求复查', 'Review requested'),
      from: ['answered'],
      to: 'review_requested',
      permission: REVIEW,
      gates: [reviewInTime],
      clocks: { stop: clocksNamed('reviewRequest'), start: [startOf('review')] },
      input: INPUTS.request_review,
      basis: '《信访工作条例》第三十五条',
      auditAction: 'petitions.petition.review_requested',
      effectiveOn: stepOn,
    },
    decide_review: {
      label: tx('出具复查意见', 'Decide the review'),
      from: ['review_requested'],
      to: 'reviewed',
      permission: REVIEW,
      clocks: { stop: clocksNamed('review'), start: [startOf('reexamRequest')] },
      input: INPUTS.decide_review,
      basis: '《信访工作条例》第三十五条',
      auditAction: 'petitions.petition.reviewed',
      effectiveOn: stepOn,
    },
    request_reexam: {
      label: tx('信访人请求复核', 'Re-examination requested'),
      from: ['reviewed'],
      to: 'reexam_requested',
      permission: REVIEW,
      gates: [reexamInTime],
      clocks: { stop: clocksNamed('reexamRequest'), start: [startOf('reexam')] },
      input: INPUTS.request_reexam,
      basis: '《信访工作条例》第三十六条',
      auditAction: 'petitions.petition.reexam_requested',
      effectiveOn: stepOn,
    },
    decide_reexam: {
      label: tx('出具复核意见（终结）', 'Decide the re-examination (final)'),
      from: ['reexam_requested'],
      to: 'closed',
      permission: REVIEW,
      clocks: { stop: clocksNamed('reexam') },
      input: INPUTS.decide_reexam,
      basis: '《信访工作条例》第三十六条',
      auditAction: 'petitions.petition.reexamined',
      effectiveOn: stepOn,
    },
    close: {
      label: tx('办结（未在期限内请求复查复核）', 'Close (no review requested in time)'),
      from: ['answered', 'reviewed'],
      to: 'closed',
      permission: HANDLE,
      gates: [requestWindowPassed],
      clocks: { stop: clocksNamed('reviewRequest', 'reexamRequest') },
      input: INPUTS.close,
      auditAction: 'petitions.petition.closed',
      effectiveOn: stepOn,
    },
  },
});

export type PetitionTransitionKey = keyof typeof petitionProcedure.transitions;
