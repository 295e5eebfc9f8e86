import { and, eq, sql } from 'drizzle-orm';
import {
  type JudgmentType,
  judgmentTypeOf,
  type LawsuitTransition,
} from '../../../../common/contracts/litigation.js';
import type { HearingInput } from '../../../../common/contracts/litigation.js';
import { loadCalendar } from '../../../platform/calendar/index.js';
import type { Ctx } from '../../../platform/context.js';
import type { Tx } from '../../../platform/db/index.js';
import { type FieldError, validationFailed } from '../../../platform/errors.js';
import { procedureService, type ProcedureFacts } from '../../../platform/procedures/index.js';
import { corrections } from '../../corrections/index.js';
import { appealEndsOn, type LawsuitFacts, lawsuitProcedure } from '../procedure.js';
import { type LawsuitRow, lawsuitHearings, lawsuits } from '../schema.js';
import { lockScopedLawsuit, type Rec, toRecord } from './records.js';

type Form = Record<string, unknown>;

/** The gates' facts: a hearing on file, the appeal window's last day, and whether a judgment is being recorded. */
export async function lawsuitFacts(
  tx: Tx,
  record: Rec,
  step?: { transition: string; input: unknown },
): Promise<LawsuitFacts> {
  const [heard] = await tx
    .select({ id: lawsuitHearings.id })
    .from(lawsuitHearings)
    .where(and(eq(lawsuitHearings.lawsuitId, record.id), eq(lawsuitHearings.instance, 'first')))
    .limit(1);
  const served = record.judgmentServedOn;
  const ends =
    record.judgmentType && served ? appealEndsOn(await loadCalendar(tx), record.judgmentType, served) : null;
  const type =
    step?.transition === 'judge_first' ? (step.input as { judgmentType?: string }).judgmentType : undefined;
  return {
    heard: Boolean(heard),
    appealEndsOn: ends,
    recordingJudgment: judgmentTypeOf(type ?? '')?.kind === 'judgment',
  };
}

/** The kernel's transition service: role → form → scope → state → gates, then the writers below. */
export const lawsuitTransitions = procedureService({
  procedure: lawsuitProcedure,
  lock: (tx, ctx, actor, id) => lockScopedLawsuit(tx, actor, id, ctx.today),
  facts: (tx, record, step) => lawsuitFacts(tx, record, step),
  write: (tx, ctx, { record, step, facts }) =>
    WRITERS[step.transition](tx, ctx, record, step.input as Form, facts),
});

export function fireLawsuitTransition(
  ctx: Ctx,
  id: string,
  transition: LawsuitTransition,
  input: unknown = {},
) {
  return lawsuitTransitions.fire(ctx, id, transition, input);
}

async function save(tx: Tx, ctx: Ctx, record: Rec, set: Partial<LawsuitRow>): Promise<Rec> {
  const [row] = await tx
    .update(lawsuits)
    .set({ ...set, version: sql`${lawsuits.version} + 1`, updatedAt: ctx.now })
    .where(eq(lawsuits.id, record.id))
    .returning();
  return toRecord(row!, ctx.today);
}

/** Collects the date problems of a form, each naming its field; throws them together. */
function dates(ctx: Ctx, checks: [field: string, ok: boolean, message: string][]): void {
  const fields: FieldError[] = checks.filter(([, ok]) => !ok).map(([path, , message]) => ({ path, message }));
  if (fields.length) throw validationFailed(fields);
  void ctx;
}

const notFuture = (ctx: Ctx, field: string, on: string): [string, boolean, string] => [
  field,
  on <= ctx.today,
  '日期不能晚于今天',
];

type Writer = (
  tx: Tx,
  ctx: Ctx,
  record: Rec,
  form: Form,
  facts: ProcedureFacts<LawsuitFacts>,
) => Promise<Rec>;

const WRITERS: Record<LawsuitTransition, Writer> = {
  async answer(tx, ctx, record, form) {
    const on = form.answeredOn as string;
    dates(ctx, [
      [
        'answeredOn',
        on >= record.row.servedOn,
        `答辩日期不能早于收到起诉状副本之日（${record.row.servedOn}）`,
      ],
      notFuture(ctx, 'answeredOn', on),
    ]);
    return save(tx, ctx, record, {
      state: 'answered',
      answeredOn: on,
      answerEvidence: form.evidence as string,
      answerBasis: form.basis as string,
    });
  },
  async record_hearing(tx, ctx, record, form) {
    const h = form as unknown as HearingInput;
    checkHearing(ctx, record, h);
    await tx.insert(lawsuitHearings).values({
      lawsuitId: record.id,
      districtId: record.districtId,
      orgUnitId: record.orgUnitId,
      heldOn: h.heldOn,
      instance: h.instance,
      headAppeared: h.headAppeared,
      headName: h.headAppeared ? h.headName : null,
      headPosition: h.headAppeared ? h.headPosition : null,
      headLevel: h.headAppeared ? (h.headLevel ?? null) : null,
      proofOfPosition: h.headAppeared && h.proofOfPosition,
      courtRequested: h.courtRequested,
      staffName: h.staffName,
    });
    return save(tx, ctx, record, { state: record.state === 'appealed' ? 'appealed' : 'heard' });
  },
  async judge_first(tx, ctx, record, form) {
    const judgedOn = form.judgedOn as string;
    const servedOn = form.servedOn as string;
    dates(ctx, [
      ['judgedOn', judgedOn >= record.row.filedOn, `裁判日期不能早于立案日期（${record.row.filedOn}）`],
      ['servedOn', servedOn >= judgedOn, '送达日期不能早于裁判日期'],
      notFuture(ctx, 'servedOn', servedOn),
    ]);
    return save(tx, ctx, record, {
      state: 'judged',
      judgmentType: form.judgmentType as string,
      judgedOn,
      judgmentServedOn: servedOn,
      judgmentSummary: (form.summary as string | null) ?? null,
      performBy: (form.performBy as string | null) ?? null,
    });
  },
  async appeal(tx, ctx, record, form, facts) {
    const on = form.appealedOn as string;
    dates(ctx, [
      ['appealedOn', on >= (record.judgmentServedOn ?? ''), '上诉日期不能早于裁判送达日期'],
      [
        'appealedOn',
        facts.appealEndsOn === null || on <= facts.appealEndsOn,
        `已超过上诉期限（${facts.appealEndsOn}）`,
      ],
      notFuture(ctx, 'appealedOn', on),
    ]);
    return save(tx, ctx, record, {
      state: 'appealed',
      appealedBy: form.appealedBy as string,
      appealedOn: on,
      secondCaseNumber: form.secondCaseNumber as string,
      secondCourt: form.secondCourt as string,
    });
  },
  async take_effect(tx, ctx, record, form, facts) {
    const on = form.effectiveOn as string;
    const after = facts.appealEndsOn ?? record.judgmentServedOn ?? '';
    dates(ctx, [
      [
        'effectiveOn',
        facts.appealEndsOn ? on > after : on >= after,
        `生效日期应在上诉期限届满（${after}）之后`,
      ],
      notFuture(ctx, 'effectiveOn', on),
    ]);
    return takeEffect(tx, ctx, record, record.judgmentType as JudgmentType, on, record.row.performBy);
  },
  async judge_second(tx, ctx, record, form) {
    const on = form.judgedOn as string;
    const amended = form.result === 'amended';
    if (amended && !form.judgmentType)
      throw validationFailed([{ path: 'judgmentType', message: '改判的，请选择改判结果' }]);
    dates(ctx, [
      ['judgedOn', on >= (record.row.appealedOn ?? ''), '二审裁判日期不能早于上诉日期'],
      notFuture(ctx, 'judgedOn', on),
    ]);
    const type = (amended ? form.judgmentType : record.judgmentType) as JudgmentType;
    await save(tx, ctx, record, { secondResult: form.result as string, secondJudgedOn: on });
    const reloaded = { ...record, version: record.version + 1 };
    const effective = await takeEffect(
      tx,
      ctx,
      reloaded,
      type,
      on,
      (form.performBy as string | null) ?? record.row.performBy,
    );
    return { ...effective, version: record.version + 1 };
  },
  async close(tx, ctx, record, form) {
    const on = form.closedOn as string;
    dates(ctx, [
      ['closedOn', on >= (record.row.effectiveOn ?? ''), '结案日期不能早于裁判生效日期'],
      notFuture(ctx, 'closedOn', on),
    ]);
    return save(tx, ctx, record, {
      state: 'closed',
      closedOn: on,
      performance: (form.performance as string | null) ?? null,
    });
  },
};

/** Who appeared for the organ: the head with position and proof, or the staff the organ sent instead. */
function checkHearing(ctx: Ctx, record: Rec, h: HearingInput): void {
  const problems: [string, boolean, string][] = [
    ['heldOn', h.heldOn >= record.row.filedOn, `开庭日期不能早于立案日期（${record.row.filedOn}）`],
    notFuture(ctx, 'heldOn', h.heldOn),
  ];
  if (h.headAppeared) {
    problems.push(['headName', Boolean(h.headName), '负责人出庭的，请填写出庭负责人姓名']);
    problems.push(['headPosition', Boolean(h.headPosition), '请填写出庭负责人职务']);
    problems.push([
      'headLevel',
      Boolean(h.headLevel),
      '请选择负责人级别（正职、副职或其他参与分管的负责人）',
    ]);
    // Basis: 法释〔2018〕1号 第一百三十一条 — 行政机关负责人出庭应诉的，应当向人民法院提交能够证明该行政机关负责人职务的材料.
    problems.push(['proofOfPosition', h.proofOfPosition, '负责人出庭的，须向法院提交职务证明材料']);
  } else {
    // Basis: 行政诉讼法 第三条第三款 — 不能出庭的，应当委托行政机关相应的工作人员出庭.
    problems.push([
      'staffName',
      Boolean(h.staffName),
      '负责人不能出庭的，应当委托相应的工作人员出庭，请填写出庭工作人员',
    ]);
  }
  dates(ctx, problems);
}

/**
 * The decision in effect: recorded on the case and reported to corrections — every one (the 纠错率's
 * denominator); a correcting one opens the corrective task for the defending unit, due by the judgment's own
 * time limit when it set one.
 */
async function takeEffect(
  tx: Tx,
  ctx: Ctx,
  record: Rec,
  type: JudgmentType,
  on: string,
  performBy: string | null,
): Promise<Rec> {
  const row = record.row;
  const meaning = judgmentTypeOf(type)!;
  await corrections.recordReviewOutcome(tx, ctx, {
    source: { kind: 'litigation', id: row.id, number: row.caseNumber, outcomeCode: type, decidedOn: on },
    corrects: meaning.corrects,
    orgUnitId: row.orgUnitId,
    powerId: row.powerId,
    target: { kind: targetKindOf(row.actKind), id: null, label: row.actRef ?? row.actChallenged },
    defect: `${row.actChallenged}经人民法院${meaning.label}（${row.caseNumber}）${row.judgmentSummary ? `：${row.judgmentSummary}` : ''}`,
    ordered: performBy ? { dueOn: performBy, basis: '生效裁判确定的履行（重作）期限' } : null,
  });
  return save(tx, ctx, record, { state: 'effective', effectiveType: type, effectiveOn: on });
}

function targetKindOf(actKind: string) {
  if (actKind === 'disclosure') return 'disclosure_request' as const;
  if (actKind === 'penalty' || actKind === 'coercion' || actKind === 'licensing')
    return 'enforcement_case' as const;
  return 'decision' as const;
}
