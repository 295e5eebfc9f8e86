import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { RegisterLawsuitBody } from '../../../../common/contracts/litigation.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { assertCan, isInScope } from '../../../platform/authz/index.js';
import { startClock } from '../../../platform/clocks/index.js';
import type { Ctx } from '../../../platform/context.js';
import { inTransaction, type Tx } from '../../../platform/db/index.js';
import { conflict, type FieldError, notFound, validationFailed } from '../../../platform/errors.js';
import { orgUnits } from '../../../platform/org/index.js';
import { answerClockFor, lawsuitProcedure } from '../procedure.js';
import { type LawsuitRow, lawsuits } from '../schema.js';

export type RegisterLawsuitInput = z.output<typeof RegisterLawsuitBody>;

/** The form's cross-field rules, each naming its field. */
export function registrationProblems(input: RegisterLawsuitInput, today: string): FieldError[] {
  const problems: FieldError[] = [];
  if (input.servedOn < input.filedOn)
    problems.push({ path: 'servedOn', message: '收到起诉状副本日期不能早于立案日期' });
  if (input.servedOn > today) problems.push({ path: 'servedOn', message: '收到起诉状副本日期不能晚于今天' });
  if (input.afterReconsideration && !input.reconsiderationNumber)
    problems.push({ path: 'reconsiderationNumber', message: '复议后起诉的，请填写复议案号' });
  if (input.afterReconsideration && !input.reconsiderationResult)
    problems.push({ path: 'reconsiderationResult', message: '复议后起诉的，请选择复议结果' });
  return problems;
}

/** Inserts a lawsuit served on the organ and starts its answer clock (by the text in force on the day). */
export async function insertLawsuit(
  tx: Tx,
  ctx: Ctx,
  unit: { id: string; districtId: string },
  input: RegisterLawsuitInput,
  extra: Partial<LawsuitRow> = {},
): Promise<LawsuitRow> {
  const [taken] = await tx
    .select({ id: lawsuits.id })
    .from(lawsuits)
    .where(and(eq(lawsuits.districtId, unit.districtId), eq(lawsuits.caseNumber, input.caseNumber)));
  if (taken) throw conflict(`案号“${input.caseNumber}”已登记`);
  const [row] = await tx
    .insert(lawsuits)
    .values({
      districtId: unit.districtId,
      orgUnitId: unit.id,
      caseNumber: input.caseNumber,
      court: input.court,
      plaintiffName: input.plaintiffName,
      plaintiffKind: input.plaintiffKind,
      cause: input.cause,
      actChallenged: input.actChallenged,
      actKind: input.actKind,
      actRef: input.actRef,
      powerId: input.powerId ?? null,
      afterReconsideration: input.afterReconsideration,
      reconsiderationNumber: input.afterReconsideration ? input.reconsiderationNumber : null,
      reconsiderationResult: input.afterReconsideration ? (input.reconsiderationResult ?? null) : null,
      simplified: input.simplified,
      filedOn: input.filedOn,
      servedOn: input.servedOn,
      state: 'received',
      createdBy: ctx.actor?.userId ?? null,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      ...extra,
    })
    .returning();
  const lawsuit = row!;
  await recordAudit(tx, ctx, {
    action: 'litigation.lawsuit.registered',
    subjectType: lawsuitProcedure.subjectType,
    subjectId: lawsuit.id,
    orgUnitId: lawsuit.orgUnitId,
    districtId: lawsuit.districtId,
    // Kept forever: the plaintiff's name stays out of the chain.
    after: { caseNumber: lawsuit.caseNumber, court: lawsuit.court, servedOn: lawsuit.servedOn },
  });
  return lawsuit;
}

/** Starts the answer period: 15 days (10 before 2015-05-01) from service of the complaint copy. */
export async function startAnswerClock(tx: Tx, ctx: Ctx, lawsuit: LawsuitRow): Promise<void> {
  await startClock(tx, ctx, {
    def: answerClockFor(lawsuit.servedOn),
    subjectType: lawsuitProcedure.subjectType,
    subjectId: lawsuit.id,
    title: `行政应诉 ${lawsuit.caseNumber}`,
    orgUnitId: lawsuit.orgUnitId,
    districtId: lawsuit.districtId,
    handlerUserId: ctx.actor?.userId ?? null,
    startedOn: lawsuit.servedOn,
  });
}

/** 登记: a complaint copy served on the district or one of its departments (the actor's unit or below). */
export async function registerLawsuit(ctx: Ctx, input: RegisterLawsuitInput): Promise<LawsuitRow> {
  const actor = ctx.actor;
  assertCan(actor, 'litigation.handle');
  const problems = registrationProblems(input, ctx.today);
  if (problems.length) throw validationFailed(problems);
  return inTransaction(ctx.db, async (tx) => {
    const [unit] = await tx
      .select({ id: orgUnits.id, districtId: orgUnits.districtId, path: orgUnits.path })
      .from(orgUnits)
      .where(eq(orgUnits.id, input.orgUnitId));
    if (!unit || !isInScope(actor, { orgPath: unit.path, districtId: unit.districtId }))
      throw notFound('被诉单位');
    const lawsuit = await insertLawsuit(tx, ctx, unit, input);
    await startAnswerClock(tx, ctx, lawsuit);
    return lawsuit;
  });
}
