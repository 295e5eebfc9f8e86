import { and, count, desc, eq, isNotNull, isNull } from 'drizzle-orm';
import type { Executor } from '../../../../platform/db/index.js';
import {
  addCalendarDays,
  addWorkingDays,
  type IsoDate,
  type WorkCalendar,
} from '../../../../../common/calendar/index.js';
import type { PartyType } from '../../../../../common/contracts/enforcement/dictionaries.js';
import { loadStrictCalendar } from '../../../../platform/calendar/index.js';
import { type PendingTransition, withLazyFacts } from '../../../../platform/procedures/index.js';
import type { caseProcedure, EnforcementCaseFacts, EnforcementCaseRecord } from '../../procedure.js';
import { isMajorByAmount } from '../../rules/discretion.js';
import { penaltyPeriodsOn } from '../../rules/periods.js';
import { decisionTerms, statementEndsOn } from '../../rules/penalty-rights.js';
import { getSettings } from '../../registry/service/lookups.js';
import type { DecideForm } from './decide.js';
import { type CaseRecord, penaltyTotal } from './records.js';
import { enforcementEvidence, enforcementLegalReviews as lr, type LegalReviewRow } from '../schema.js';

type CaseTransitions = typeof caseProcedure.transitions;

/** How many pieces of evidence the case has (告知 needs at least one: 处罚法 第四十条). */
export async function evidenceCountOf(db: Executor, caseId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(enforcementEvidence)
    .where(eq(enforcementEvidence.caseId, caseId));
  return row?.n ?? 0;
}

/** The conclusion of the latest concluded 法制审核 of the case, if any (a later review supersedes). */
export async function latestReviewConclusion(db: Executor, caseId: string): Promise<string | null> {
  const [row] = await db
    .select({ conclusion: lr.conclusion })
    .from(lr)
    .where(and(eq(lr.caseId, caseId), isNotNull(lr.concludedOn)))
    .orderBy(desc(lr.concludedOn), desc(lr.createdAt))
    .limit(1);
  return row?.conclusion ?? null;
}

/** The review submitted and not yet concluded, locked for the reviewer's conclusion. */
export async function lockOpenReview(db: Executor, caseId: string): Promise<LegalReviewRow | undefined> {
  const [row] = await db
    .select()
    .from(lr)
    .where(and(eq(lr.caseId, caseId), isNull(lr.concludedOn)))
    .orderBy(desc(lr.createdAt))
    .limit(1)
    .for('update');
  return row;
}

/**
 * The day the party's windows run from: the notice's service (decision 0014 §3); a notice recorded before
 * service was (its kinds null) counts from its own date, as it did when it was given.
 */
const windowsStartOn = (r: EnforcementCaseRecord) => (r.notice === null ? r.notifiedOn : r.noticeServedOn);

/**
 * The last day to ask for a hearing under the law in force on the notice day (处罚法 第六十四条), counted on
 * the strict calendar: in a year without its holiday notice the gate waits for it (decision 0016).
 */
function hearingRequestEndsOn(cal: WorkCalendar, r: EnforcementCaseRecord): IsoDate | null {
  const from = windowsStartOn(r);
  if (!r.notifiedOn || !from || !r.hearingRight) return null;
  const period = penaltyPeriodsOn(r.notifiedOn).hearingRequest;
  return period.unit === 'working_days'
    ? addWorkingDays(cal, from, period.amount)
    : addCalendarDays(cal, from, period.amount);
}

/**
 * Does the decision being taken reach the district's 重大执法决定 amount (罚没 at or above the threshold set
 * by the coordinator)? Then 法制审核 is required as for any major case. Basis: 行政处罚法 第五十八条.
 */
async function isDecisionMajorByAmount(tx: Executor, r: CaseRecord, form: DecideForm): Promise<boolean> {
  if (r.kind !== 'penalty') return false;
  const settings = await getSettings(tx, r.districtId);
  const total = penaltyTotal(form.fineAmount, form.confiscationAmount);
  return isMajorByAmount(settings, r.row.partyType as PartyType, total);
}

/**
 * The facts the case gates read beyond the record: evidence, the latest review, the hearing window, and —
 * for 决定 — whether the decision is major by its amount. Given with the procedure (cases/service).
 */
export async function caseFacts(
  tx: Executor,
  r: CaseRecord,
  step?: PendingTransition<CaseTransitions>,
): Promise<EnforcementCaseFacts> {
  const cal = await loadStrictCalendar(tx);
  const settings = await getSettings(tx, r.districtId);
  const served = r.noticeServedOn;
  return withLazyFacts(
    {
      evidenceCount: await evidenceCountOf(tx, r.id),
      latestReviewConclusion: await latestReviewConclusion(tx, r.id),
      decision: step?.transition === 'decide' && r.kind === 'penalty' ? decisionTerms(step.input) : null,
      thresholds: settings,
      hearingRequest:
        step?.transition === 'request_hearing' ? { postedOn: step.input.postmarkOn ?? null } : null,
      majorByAmount: step?.transition === 'decide' ? await isDecisionMajorByAmount(tx, r, step.input) : false,
    },
    {
      hearingRequestEndsOn: () => hearingRequestEndsOn(cal, r),
      statementEndsOn: () => (served ? statementEndsOn(cal, served, settings.statementWorkingDays) : null),
    },
  );
}
