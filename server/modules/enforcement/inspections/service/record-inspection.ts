import type { z } from 'zod';
import type { IsoDate } from '../../../../../common/calendar/index.js';
import type { InspectionResult } from '../../../../../common/contracts/enforcement/dictionaries.js';
import type { CreateInspectionBody } from '../../../../../common/contracts/enforcement/inspections.js';
import { type AuditInput, recordAudits } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { type Executor, inTransaction, type Tx } from '../../../../platform/db/index.js';
import { AppError, type FieldError, validationFailed } from '../../../../platform/errors.js';
import { powers } from '../../../powers/index.js';
import { enforcementInspections as i, type InspectionRow } from '../schema.js';
import { assertOfficersMayHandle } from '../../registry/service/lookups.js';
import { getInspection, type InspectionView } from './find-inspections.js';
import { planItemFor, resolveBody } from './records.js';
import { inspectionPowerProblem, yearOf } from './rules.js';

export type CreateInspectionInput = z.output<typeof CreateInspectionBody>;

/** An inspection checked and ready to be written. */
export interface NewInspection {
  districtId: string;
  orgUnitId: string;
  powerItemId: string;
  inspectedOn: IsoDate;
  targetName: string;
  officerIds: string[];
  result: InspectionResult;
  note: string | null;
}

/**
 * Every problem with an inspection of this body: a day in the future, a power that is not one of the body's
 * 行政检查 items in force, officers who may not act on that day (two or more certified officers of the
 * body: 行政处罚法 第四十二条、第五十五条).
 */
export async function inspectionProblems(
  db: Executor,
  orgUnitId: string,
  input: Pick<NewInspection, 'powerItemId' | 'inspectedOn' | 'officerIds'>,
  today: IsoDate,
): Promise<FieldError[]> {
  const problems: FieldError[] = [];
  if (input.inspectedOn > today) problems.push({ path: 'inspectedOn', message: '检查日期不能晚于今天' });
  const [power] = await powers.findHeldPowers(db, [input.powerItemId]);
  const powerProblem = inspectionPowerProblem(power, orgUnitId);
  if (powerProblem) problems.push({ path: 'powerItemId', message: powerProblem });
  if (input.officerIds.length < 2) problems.push({ path: 'officerIds', message: '执法人员不得少于两人' });
  try {
    await assertOfficersMayHandle(db, input.officerIds, orgUnitId, input.inspectedOn, 'officerIds');
  } catch (error) {
    if (!(error instanceof AppError) || !error.fields) throw error;
    problems.push(...error.fields);
  }
  return problems;
}

/**
 * Writes inspections, each linked to the line of the same power in its body's filed plan for its year, or
 * unplanned (计划外检查) without one; one audit event per inspection.
 */
export async function writeInspections(
  tx: Tx,
  ctx: Ctx,
  inputs: readonly NewInspection[],
  action: 'enforcement.inspection.recorded' | 'enforcement.inspection.imported',
): Promise<InspectionRow[]> {
  if (inputs.length === 0) return [];
  const links = new Map<string, string | null>();
  const values = [];
  for (const input of inputs) {
    const key = `${input.orgUnitId}|${yearOf(input.inspectedOn)}|${input.powerItemId}`;
    if (!links.has(key)) {
      links.set(key, await planItemFor(tx, input.orgUnitId, yearOf(input.inspectedOn), input.powerItemId));
    }
    values.push({
      ...input,
      planItemId: links.get(key) ?? null,
      createdBy: ctx.actor?.userId ?? null,
      createdAt: ctx.now,
    });
  }
  const rows = await tx.insert(i).values(values).returning();
  const audits: AuditInput[] = rows.map((row) => ({
    action,
    subjectType: 'enforcement_inspection',
    subjectId: row.id,
    orgUnitId: row.orgUnitId,
    districtId: row.districtId,
    after: {
      powerItemId: row.powerItemId,
      inspectedOn: row.inspectedOn,
      targetName: row.targetName,
      officerIds: row.officerIds,
      result: row.result,
      planItemId: row.planItemId,
    },
  }));
  await recordAudits(tx, ctx, audits);
  return rows;
}

/** Records one inspection carried out by a body (行政检查), linked to its plan line when there is one. */
export async function recordInspection(ctx: Ctx, input: CreateInspectionInput): Promise<InspectionView> {
  assertCan(ctx.actor, 'enforcement.manage_inspections');
  const actor = ctx.actor;
  const id = await inTransaction(ctx.db, async (tx) => {
    const body = await resolveBody(tx, actor, input.orgUnitId);
    const problems = await inspectionProblems(tx, body.id, input, ctx.today);
    if (problems.length > 0) throw validationFailed(problems);
    const [row] = await writeInspections(
      tx,
      ctx,
      [{ ...input, districtId: body.districtId, orgUnitId: body.id }],
      'enforcement.inspection.recorded',
    );
    return row!.id;
  });
  return getInspection(ctx, id);
}
