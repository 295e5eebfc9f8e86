import type { CASE_TRANSITION_INPUTS } from '../../../../../common/contracts/enforcement/cases.js';
import {
  type CaseKind,
  DECISION_OUTCOMES,
  type MajorReason,
} from '../../../../../common/contracts/enforcement/dictionaries.js';
import type { z } from '../../../../../common/contracts/zod-setup.js';
import { startClock } from '../../../../platform/clocks/index.js';
import type { Ctx } from '../../../../platform/context.js';
import type { Tx } from '../../../../platform/db/index.js';
import { type FieldError, validationFailed } from '../../../../platform/errors.js';
import type { ProcedureFacts } from '../../../../platform/procedures/index.js';
import { type EnforcementCaseFacts, publicationClocks } from '../../procedure.js';
import { checkDiscretion } from '../../rules/discretion.js';
import { decisionTerms } from '../../rules/penalty-rights.js';
import type { EnforcementCaseRow } from '../schema.js';
import { openFiling } from '../../filings/service/create-filing.js';
import { powers } from '../../../powers/index.js';
import { allocateDecisionNumber } from './decision-number.js';
import { loadBenchmark } from './open-case-checks.js';
import { type CaseRecord, CASE_SUBJECT_TYPE, caseTitle, penaltyTotal } from './records.js';

export type DecideForm = z.output<(typeof CASE_TRANSITION_INPUTS)['decide']>;

/** Outcomes that impose a penalty (处罚法 第九条): a major one is filed with the coordinator. */
const PENALTY_OUTCOMES: ReadonlySet<string> = new Set([
  'warning',
  'fine',
  'confiscation',
  'licence_sanction',
  'business_restriction',
  'detention',
]);

/** The outcome must be one the kind of case can have, with the amounts it implies. */
export function outcomeProblems(kind: string, form: DecideForm): FieldError[] {
  const outcome = DECISION_OUTCOMES.find((o) => o.code === form.outcome)!;
  const problems: FieldError[] = [];
  if (!(outcome.kinds as readonly string[]).includes(kind))
    problems.push({ path: 'outcome', message: `“${outcome.label}”不是此类案件的决定结果` });
  if (form.outcome === 'fine' && !(form.fineAmount && form.fineAmount > 0))
    problems.push({ path: 'fineAmount', message: '罚款决定须填写罚款金额（大于 0）' });
  if (form.outcome === 'confiscation' && !(form.confiscationAmount && form.confiscationAmount > 0))
    problems.push({
      path: 'confiscationAmount',
      message: '没收决定须填写没收金额（违法所得或非法财物价值）',
    });
  if (kind !== 'penalty' && penaltyTotal(form.fineAmount, form.confiscationAmount) > 0)
    problems.push({ path: 'fineAmount', message: '行政许可、行政强制决定不能填写罚没金额' });
  return problems;
}

/**
 * The fine against the case's benchmark (裁量基准, 处罚法 第三十四条): the circumstance is required, and a fine
 * outside its band needs a written reason (it is then flagged to the legal reviewers).
 */
async function benchmarkDeviation(tx: Tx, row: EnforcementCaseRow, form: DecideForm): Promise<boolean> {
  if (!row.benchmarkId || !form.fineAmount) return false;
  if (!form.circumstance)
    throw validationFailed([{ path: 'circumstance', message: '本案适用裁量基准，请选择违法情节' }]);
  const benchmark = await loadBenchmark(tx, row.benchmarkId);
  if (!benchmark) return false;
  const check = checkDiscretion(benchmark.ranges, form.circumstance, form.fineAmount);
  if (check.kind === 'within') return false;
  if (!form.deviationReason) {
    throw validationFailed([
      { path: 'deviationReason', message: `${check.message}，须书面说明偏离裁量基准的理由` },
    ]);
  }
  return true;
}

/**
 * 处罚依据 as the officer wrote it, else the provision the case was opened under: the benchmark's 处罚依据, else
 * the power item's 实施依据 (the form offers the same default). Basis: 处罚法 第五十九条第一款(三).
 */
async function decisionBasisOf(tx: Tx, row: EnforcementCaseRow, form: DecideForm): Promise<string | null> {
  const written = form.decisionBasis?.trim();
  if (written) return written;
  const benchmark = row.benchmarkId ? await loadBenchmark(tx, row.benchmarkId) : undefined;
  if (benchmark?.penaltyBasis) return benchmark.penaltyBasis;
  const [power] = await powers.findHeldPowers(tx, [row.powerItemId]);
  return power?.legalBasis ?? null;
}

/**
 * A decision major by its amount is recorded as major (重大执法决定, 行政处罚法 第五十八条); the declared gate
 * LEGAL_REVIEW_REQUIRED has already required its 法制审核 (procedure.ts, fact `majorByAmount`).
 */
function majorByAmount(
  r: CaseRecord,
  facts: ProcedureFacts<EnforcementCaseFacts>,
): { isMajor: boolean; majorReasons: MajorReason[] } | null {
  if (!facts.majorByAmount) return null;
  const reasons = new Set(r.row.majorReasons as MajorReason[]);
  reasons.add('amount_threshold');
  return { isMajor: true, majorReasons: [...reasons] };
}

/**
 * 作出决定: checks the outcome, the benchmark and the amount thresholds, records the decision, starts the
 * publication clock (国办发〔2018〕118号: 7 or 20 WD) and opens the 重大处罚备案 of a major penalty.
 */
export async function decide(
  tx: Tx,
  ctx: Ctx,
  r: CaseRecord,
  form: DecideForm,
  facts: ProcedureFacts<EnforcementCaseFacts>,
) {
  const problems = outcomeProblems(r.kind, form);
  if (problems.length > 0) throw validationFailed(problems);
  const deviation = await benchmarkDeviation(tx, r.row, form);
  const major = majorByAmount(r, facts);
  const isMajor = major?.isMajor ?? r.isMajor;
  const publication = await startClock(tx, ctx, {
    def: publicationClocks[r.kind],
    subjectType: CASE_SUBJECT_TYPE,
    subjectId: r.id,
    title: caseTitle(r.caseNumber),
    orgUnitId: r.orgUnitId,
    districtId: r.districtId,
    handlerUserId: ctx.actor?.userId ?? null,
    startedOn: r.stepOn,
  });
  if (r.kind === 'penalty' && isMajor && PENALTY_OUTCOMES.has(form.outcome))
    await openFiling(tx, ctx, r.row, r.stepOn);
  return {
    ...(major ?? {}),
    decidedOn: r.stepOn,
    // The body's next 文号 of the kind (决定书文号, decision 0019): issued here, never typed.
    decisionNumber: await allocateDecisionNumber(tx, r.orgUnitId, r.kind as CaseKind, r.stepOn),
    outcome: form.outcome,
    circumstance: form.circumstance ?? null,
    fineAmount: form.fineAmount == null ? null : form.fineAmount.toFixed(2),
    confiscationAmount: form.confiscationAmount == null ? null : form.confiscationAmount.toFixed(2),
    decisionText: form.decisionText,
    decisionBasis: await decisionBasisOf(tx, r.row, form),
    penaltyKinds: r.kind === 'penalty' ? [...decisionTerms(form).kinds] : null,
    benchmarkDeviation: deviation,
    deviationReason: deviation ? form.deviationReason : null,
    publicationState: 'pending',
    publicationDueOn: publication.dueOn,
  };
}
