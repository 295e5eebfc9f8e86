import {
  AcceptInput,
  type EscalationLevel,
  InterviewInput,
  NoticeInput,
  ReferInput,
  RemindInput,
  ReportInput,
  ReturnInput,
} from '../../../common/contracts/coordination.js';
import { tx } from '../../../common/text/localized.js';
import {
  defineGate,
  defineProcedure,
  type Gate,
  type ProcedureRecord,
} from '../../platform/procedures/index.js';
import { attention, NOTICE_REPLY_CLOCK, previousLevel } from './rules.js';

/** What the procedure sees of a task; `today` is the step's day. */
export interface TaskRecord extends ProcedureRecord {
  code: string;
  title: string;
  dueOn: string;
  lastActivityOn: string;
  assignedOn: string;
  escalation: EscalationLevel;
  today: string;
}

const SUPERVISION_BASIS = '《法治政府建设与责任落实督察工作规定》（厅字〔2019〕28号）';

/** 督办通知, 约谈 and the report to the committee are for tasks behind: overdue, or without news for long. */
const behind = defineGate<TaskRecord>({
  code: 'TASK_NOT_BEHIND',
  message: tx(
    '任务未逾期也未停滞，无需升级督办',
    'The task is neither overdue nor stalled: no escalation is needed',
  ),
  basis: SUPERVISION_BASIS,
  describe: { kind: 'custom' },
  check: (r) => {
    const a = attention(r, r.today);
    return a.overdue || a.stalled;
  },
});

/** Each 督办 step follows the one before it (reminder → notice → interview → committee). */
function after(level: EscalationLevel): Gate<TaskRecord> {
  const before = previousLevel(level);
  return defineGate<TaskRecord>({
    code: `ESCALATION_ORDER_${level.toUpperCase()}`,
    message: tx(
      '督办须逐级进行：请先完成上一级督办',
      'Escalate one step at a time: take the step before first',
    ),
    basis: '本区法治建设督办工作规则（逐级督办）',
    describe: { kind: 'custom' },
    check: (r) => r.escalation === before,
  });
}

/**
 * A task's life: the units report progress (any number of times) and, when done, a completion report; the
 * coordinator accepts it or returns it with the reason. A task behind is escalated step by step (督办); the
 * 督办通知 starts the 5-working-day reply clock, which the unit's next report stops.
 */
export const taskProcedure = defineProcedure({
  key: 'coordination.task',
  subjectType: 'coordination_task',
  label: tx('工作要点任务', 'Work plan task'),
  titleOf: (r: TaskRecord) => `${r.code} ${r.title}`,
  states: {
    open: { label: tx('办理中', 'In progress') },
    reported: { label: tx('待验收', 'Awaiting acceptance') },
    done: { label: tx('已办结', 'Completed'), final: true },
  },
  transitions: {
    progress: {
      label: tx('报送进展', 'Report progress'),
      from: ['open'],
      to: 'open',
      permission: 'coordination.report',
      input: ReportInput,
      clocks: { stop: [NOTICE_REPLY_CLOCK] },
      auditAction: 'coordination.task.progress_reported',
    },
    submit: {
      label: tx('报送完成情况', 'Report completion'),
      from: ['open'],
      to: 'reported',
      permission: 'coordination.report',
      input: ReportInput,
      clocks: { stop: [NOTICE_REPLY_CLOCK] },
      auditAction: 'coordination.task.completion_reported',
    },
    accept: {
      label: tx('验收办结', 'Accept and close'),
      from: ['reported'],
      to: 'done',
      permission: 'coordination.manage',
      input: AcceptInput,
      auditAction: 'coordination.task.accepted',
    },
    return: {
      label: tx('退回', 'Return'),
      from: ['reported'],
      to: 'open',
      permission: 'coordination.manage',
      input: ReturnInput,
      auditAction: 'coordination.task.returned',
    },
    remind: {
      label: tx('督办提醒', 'Send a reminder'),
      from: ['open'],
      to: 'open',
      permission: 'coordination.manage',
      gates: [after('reminded')],
      input: RemindInput,
      basis: SUPERVISION_BASIS,
      auditAction: 'coordination.task.reminded',
    },
    notice: {
      label: tx('发督办通知', 'Issue a supervision notice'),
      from: ['open'],
      to: 'open',
      permission: 'coordination.manage',
      gates: [behind, after('noticed')],
      input: NoticeInput,
      basis: SUPERVISION_BASIS,
      clocks: { start: [NOTICE_REPLY_CLOCK] },
      auditAction: 'coordination.task.noticed',
    },
    interview: {
      label: tx('约谈', 'Interview the unit'),
      from: ['open'],
      to: 'open',
      permission: 'coordination.manage',
      gates: [behind, after('interviewed')],
      input: InterviewInput,
      basis: SUPERVISION_BASIS,
      auditAction: 'coordination.task.interviewed',
    },
    refer: {
      label: tx('提请委员会', 'Refer to the committee'),
      from: ['open'],
      to: 'open',
      permission: 'coordination.manage',
      gates: [behind, after('referred')],
      input: ReferInput,
      basis: SUPERVISION_BASIS,
      auditAction: 'coordination.task.referred',
    },
  },
});
