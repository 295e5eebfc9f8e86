import {
  AssignInput,
  ConcludeInput,
  IssueOpinionInput,
  ReasonInput,
} from '../../../common/contracts/legal-affairs/matters.js';
import { tx } from '../../../common/text/localized.js';
import { defineGate, defineProcedure, type ProcedureRecord } from '../../platform/procedures/index.js';
import {
  assignmentClock,
  MANAGEMENT_RULES,
  OPINION_CLOCKS,
  OPINION_KINDS,
  opinionClockFor,
} from './rules.js';

/** What the procedure sees of a matter. */
export interface MatterRecord extends ProcedureRecord {
  kind: string;
  subject: string;
  matterNumber: string;
}

/** What the gates need beyond the row: the opinions issued on the matter. */
export interface MatterFacts {
  opinions: number;
}

// A matter that ends in a written opinion is not done until the opinion is issued (管理办法: 书面法律意见).
const opinionIssued = defineGate<MatterRecord, MatterFacts>({
  code: 'OPINION_REQUIRED',
  message: tx(
    '该类事项须先出具法律意见书，才能办结',
    'Issue the legal opinion before concluding a matter of this kind',
  ),
  basis: MANAGEMENT_RULES,
  describe: { kind: 'step', step: 'issue_opinion' },
  check: (record, facts) => !OPINION_KINDS.includes(record.kind as never) || facts.opinions > 0,
});

const OPEN = ['requested', 'assigned', 'in_progress'] as const;
const ALL_CLOCKS = [assignmentClock, ...OPINION_CLOCKS];

/**
 * The life of a legal matter: a unit's request, assigned by the 司法局 to advisers, handled (opinions issued
 * on the way), concluded with its outcome — or returned (not a matter for the advisers) or withdrawn by the
 * unit. The clocks are the district's service levels (rules.ts, decision 0041).
 */
export const matterProcedure = defineProcedure({
  key: 'legal_affairs.matter',
  subjectType: 'legal_matter',
  label: tx('法律事务', 'Legal matter'),
  titleOf: (m: MatterRecord) => `${m.matterNumber} ${m.subject}`,
  states: {
    requested: { label: tx('待分派', 'Awaiting assignment') },
    assigned: { label: tx('已分派', 'Assigned') },
    in_progress: { label: tx('办理中', 'In progress') },
    concluded: { label: tx('已办结', 'Concluded'), final: true },
    returned: { label: tx('已退回', 'Returned'), final: true },
    withdrawn: { label: tx('已撤回', 'Withdrawn'), final: true },
  },
  transitions: {
    assign: {
      label: tx('分派法律顾问', 'Assign advisers'),
      from: ['requested', 'assigned'],
      to: 'assigned',
      permission: 'legal_affairs.assign',
      input: AssignInput,
      basis: MANAGEMENT_RULES,
      clocks: {
        stop: [assignmentClock],
        start: [{ among: OPINION_CLOCKS, select: (m: MatterRecord) => opinionClockFor(m.kind) }],
      },
      auditAction: 'legal_affairs.matter.assigned',
    },
    start: {
      label: tx('开始办理', 'Start work'),
      from: ['assigned'],
      to: 'in_progress',
      permission: 'legal_affairs.handle',
      auditAction: 'legal_affairs.matter.started',
    },
    issue_opinion: {
      label: tx('出具法律意见书', 'Issue a legal opinion'),
      from: ['in_progress'],
      to: 'in_progress',
      permission: 'legal_affairs.handle',
      input: IssueOpinionInput,
      clocks: { stop: OPINION_CLOCKS },
      auditAction: 'legal_affairs.opinion.issued',
    },
    conclude: {
      label: tx('办结', 'Conclude'),
      from: ['in_progress'],
      to: 'concluded',
      permission: 'legal_affairs.handle',
      input: ConcludeInput,
      gates: [opinionIssued],
      clocks: { stop: OPINION_CLOCKS },
      auditAction: 'legal_affairs.matter.concluded',
    },
    return: {
      label: tx('退回', 'Return'),
      from: ['requested'],
      to: 'returned',
      permission: 'legal_affairs.assign',
      input: ReasonInput,
      clocks: { stop: [assignmentClock] },
      auditAction: 'legal_affairs.matter.returned',
    },
    withdraw: {
      label: tx('撤回申请', 'Withdraw the request'),
      from: [...OPEN],
      to: 'withdrawn',
      permission: 'legal_affairs.request',
      input: ReasonInput,
      clocks: { stop: ALL_CLOCKS },
      auditAction: 'legal_affairs.matter.withdrawn',
    },
  },
});

export type MatterTransitionKey = keyof typeof matterProcedure.transitions;
