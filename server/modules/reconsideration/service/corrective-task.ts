import type { OutcomeCode } from '../../../../common/contracts/reconsideration.js';
import type { Ctx } from '../../../platform/context.js';
import type { Tx } from '../../../platform/db/index.js';
import type { CaseRecordWithRow } from './records.js';

/**
 * The defeat → fix loop (issue #14, B7): a decision that corrects the act (撤销, 变更, 确认违法, 确认无效,
 * 责令履行) opens a corrective task for the unit that acted, through the corrections module's index. Until that
 * module is merged this does nothing; the case's outcome and respondent are kept for it (decision 0042 §7).
 */
export async function openCorrectiveTask(
  _tx: Tx,
  _ctx: Ctx,
  _r: CaseRecordWithRow,
  _outcome: OutcomeCode,
  _summary: string,
): Promise<void> {}
