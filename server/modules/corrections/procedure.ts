import { tx } from '../../../common/text/localized.js';
import {
  AcceptRectificationInput,
  ReturnRectificationInput,
  SubmitRectificationInput,
} from '../../../common/contracts/corrections.js';
import { defineGate, defineProcedure, type ProcedureRecord } from '../../platform/procedures/index.js';

/** What the procedure sees of a task. */
export interface CorrectiveTaskRecord extends ProcedureRecord {
  decidedOn: string;
  rectification: string | null;
}

const BASIS = '《行政复议法》第七十六条、第七十七条；《行政诉讼法》第七十条、第九十六条';

/** A rectification must be on file before it can be accepted. */
export const rectificationWritten = defineGate<CorrectiveTaskRecord>({
  code: 'RECTIFICATION_MISSING',
  message: tx('尚未提交书面整改报告，不能验收', 'No written rectification on file: it cannot be accepted'),
  describe: { kind: 'field', field: 'rectification' },
  check: (record) => (record.rectification ?? '').trim() !== '',
});

/**
 * The life of a corrective task: the unit writes its rectification (整改报告), the coordinator accepts it
 * (办结) or returns it with a reason, and the unit writes again.
 */
export const correctiveTaskProcedure = defineProcedure({
  key: 'corrections.task',
  subjectType: 'corrective_task',
  label: tx('纠错整改任务', 'Corrective task'),
  states: {
    open: { label: tx('待整改', 'Open') },
    submitted: { label: tx('待验收', 'Rectification submitted') },
    returned: { label: tx('已退回', 'Returned') },
    closed: { label: tx('已办结', 'Closed'), final: true },
  },
  transitions: {
    submit: {
      label: tx('提交整改报告', 'Submit the rectification'),
      from: ['open', 'returned'],
      to: 'submitted',
      permission: 'corrections.rectify',
      input: SubmitRectificationInput,
      basis: BASIS,
      auditAction: 'corrections.task.rectification_submitted',
    },
    accept: {
      label: tx('验收办结', 'Accept and close'),
      from: ['submitted'],
      to: 'closed',
      permission: 'corrections.review',
      gates: [rectificationWritten],
      input: AcceptRectificationInput,
      auditAction: 'corrections.task.accepted',
    },
    return: {
      label: tx('退回重新整改', 'Return for more work'),
      from: ['submitted'],
      to: 'returned',
      permission: 'corrections.review',
      input: ReturnRectificationInput,
      auditAction: 'corrections.task.returned',
    },
  },
});
