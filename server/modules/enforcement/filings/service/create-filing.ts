import { addCalendarDays, type IsoDate } from '../../../../../common/calendar/index.js';
import { recordAudit } from '../../../../platform/audit/index.js';
import { loadCalendar } from '../../../../platform/calendar/index.js';
import type { Ctx } from '../../../../platform/context.js';
import type { Tx } from '../../../../platform/db/index.js';
import { type EnforcementCaseRow, enforcementFilings, type FilingRow } from '../../cases/schema.js';
import { getSettings } from '../../registry/service/lookups.js';

export const FILING_SUBJECT_TYPE = 'enforcement_filing';

/**
 * Opens the 重大处罚备案 of a major penalty decided on `decidedOn`: due the filing period (settings, default
 * 15 days, decision 0011 §4) later, a last day on a holiday rolled to the next working day (民法典 第二百零三条).
 * The due day is fixed on the row, so a later change of the setting does not move it.
 */
export async function openFiling(
  tx: Tx,
  ctx: Ctx,
  kase: Pick<EnforcementCaseRow, 'id' | 'districtId' | 'orgUnitId' | 'caseNumber'>,
  decidedOn: IsoDate,
): Promise<FilingRow> {
  const settings = await getSettings(tx, kase.districtId);
  const dueOn = addCalendarDays(await loadCalendar(tx), decidedOn, settings.filingDays);
  const [row] = await tx
    .insert(enforcementFilings)
    .values({
      caseId: kase.id,
      districtId: kase.districtId,
      orgUnitId: kase.orgUnitId,
      decidedOn,
      dueOn,
      createdAt: ctx.now,
    })
    .returning();
  const filing = row!;
  await recordAudit(tx, ctx, {
    action: 'enforcement.filing.opened',
    subjectType: FILING_SUBJECT_TYPE,
    subjectId: filing.id,
    orgUnitId: filing.orgUnitId,
    districtId: filing.districtId,
    after: {
      caseId: kase.id,
      caseNumber: kase.caseNumber,
      decidedOn,
      dueOn,
      filingDays: settings.filingDays,
    },
  });
  return filing;
}
