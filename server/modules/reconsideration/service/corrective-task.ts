import type { OutcomeCode } from '../../../../common/contracts/reconsideration.js';
import { addCalendarDays } from '../../../../common/calendar/index.js';
import { loadCalendar } from '../../../platform/calendar/index.js';
import type { Ctx } from '../../../platform/context.js';
import type { Tx } from '../../../platform/db/index.js';
import { corrections } from '../../corrections/index.js';
import { OUTCOME_RULES } from '../rules/outcomes.js';
import type { CaseRecordWithRow } from './records.js';

/**
 * The defeat → fix loop (issue #14, B7): every case concluded after acceptance is told to the corrections
 * module (the denominator of its 纠错率); a decision that corrects the act (撤销, 变更, 确认违法, 确认无效, 责令履行)
 * opens a corrective task for the respondent, due by the decision's own time limit when it set one (撤销 + 限期
 * 重作). Returns the task's number, kept on the case for its link (decision 0042 §7).
 */
export async function openCorrectiveTask(
  tx: Tx,
  ctx: Ctx,
  r: CaseRecordWithRow,
  outcome: OutcomeCode,
  summary: string,
  redoWithinDays: number | null,
): Promise<{ id: string; number: string } | null> {
  const rule = OUTCOME_RULES[outcome];
  const ordered = redoWithinDays
    ? {
        dueOn: addCalendarDays(await loadCalendar(tx), r.stepOn, redoWithinDays),
        basis: `行政复议决定书责令${redoWithinDays}日内重新作出行政行为`,
      }
    : null;
  const result = await corrections.recordReviewOutcome(tx, ctx, {
    source: {
      kind: 'reconsideration',
      id: r.id,
      number: r.caseNumber,
      outcomeCode: outcome,
      decidedOn: r.stepOn,
    },
    corrects: rule.correctsAs ?? null,
    orgUnitId: r.orgUnitId,
    target: r.row.disclosureRequestId
      ? { kind: 'disclosure_request', id: r.row.disclosureRequestId, label: r.row.actDescription }
      : { kind: 'other', label: r.row.actDescription },
    ...(rule.corrects ? { defect: summary } : {}),
    ordered,
  });
  return result.task ? { id: result.task.id, number: result.task.number } : null;
}
