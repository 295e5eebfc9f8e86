import type {
  CorrectionTarget,
  CorrectiveOutcome,
  CorrectiveTaskDetail,
  CorrectiveTaskState,
  CorrectiveTaskSummary,
  ReviewSource,
} from '../../../common/contracts/corrections.js';
import type { Locale } from '../../../common/text/localized.js';
import { presentActions, presentStep } from '../../platform/procedures/index.js';
import { correctiveTaskProcedure } from './procedure.js';
import type { TaskDetailData } from './service/find-tasks.js';
import type { TaskView } from './service/records.js';

/** A task as a row of the list. */
export function presentTaskSummary(task: TaskView, today: string): CorrectiveTaskSummary {
  const open = task.state === 'open' || task.state === 'returned';
  return {
    id: task.id,
    version: task.version,
    number: task.number,
    state: task.state as CorrectiveTaskState,
    orgUnit: { id: task.orgUnitId, name: task.unitName, code: task.unitCode },
    source: {
      kind: task.review.sourceKind as ReviewSource,
      id: task.review.sourceId,
      number: task.review.sourceNumber,
      outcome: task.review.correctiveOutcome as CorrectiveOutcome,
      decidedOn: task.review.decidedOn,
    },
    target: { kind: task.targetKind as CorrectionTarget, id: task.targetId, label: task.targetLabel },
    power: task.powerId && task.powerName ? { id: task.powerId, name: task.powerName } : null,
    defect: task.defect,
    dueOn: task.dueOn,
    overdue: open && task.dueOn < today,
    repeatCount: task.repeatCount,
    closedOn: task.closedOn,
  };
}

/** A task with its rectification, history and the actions the reader may take. */
export function presentTaskDetail(data: TaskDetailData, today: string, locale: Locale): CorrectiveTaskDetail {
  const { task } = data;
  return {
    ...presentTaskSummary(task, today),
    rectification: task.rectification,
    rectifiedOn: task.rectifiedOn,
    returnReason: task.returnReason,
    dueBasis: task.dueBasis,
    history: data.history.map((s) => presentStep(correctiveTaskProcedure, s, locale)),
    actions: presentActions(data.actions),
  };
}
