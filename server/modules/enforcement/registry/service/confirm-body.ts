import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ConfirmBodyBody } from '../../../../../common/contracts/enforcement/registry.js';
import { type AuditInput, recordAudits } from '../../../../platform/audit/index.js';
import type { OrgUnit } from '../../../../platform/org/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction, type Tx } from '../../../../platform/db/index.js';
import { type FieldError, validationFailed } from '../../../../platform/errors.js';
import { enforcementBodies as b, type EnforcementBodyRow } from '../schema.js';
import { type BodyWithCounts, bodySubject, getScopedBody } from './body-records.js';
import { bodyCandidateUnits, eligibleBodyUnits } from './units.js';

export type ConfirmBodyInput = z.output<typeof ConfirmBodyBody>;

/** The units the coordinator may confirm now: departments and 行政执法机构 of the district not confirmed today. */
export async function findBodyCandidates(ctx: Ctx): Promise<OrgUnit[]> {
  assertCan(ctx.actor, 'enforcement.manage_bodies');
  return bodyCandidateUnits(ctx.db, ctx.actor.districtId);
}

/**
 * Problems with confirming this unit: not a department or 行政执法机构 of the district, already confirmed, or
 * a date in the future.
 */
export function confirmProblems(
  unit: OrgUnit | undefined,
  existing: EnforcementBodyRow | undefined,
  input: Pick<ConfirmBodyInput, 'confirmedOn'>,
  today: string,
): FieldError[] {
  const problems: FieldError[] = [];
  if (!unit) problems.push({ path: 'orgUnitId', message: '该单位不存在，或不是本区的部门、行政执法机构' });
  else if (existing && !existing.revokedOn)
    problems.push({ path: 'orgUnitId', message: `${unit.name}已确认为行政执法主体` });
  if (input.confirmedOn > today) problems.push({ path: 'confirmedOn', message: '确认日期不能晚于今天' });
  return problems;
}

/**
 * Confirms an org unit of the district as an enforcement body (确认行政执法主体). One row per unit: a body
 * whose confirmation was revoked is confirmed again on the same row.
 */
export async function confirmBody(ctx: Ctx, input: ConfirmBodyInput): Promise<BodyWithCounts> {
  assertCan(ctx.actor, 'enforcement.manage_bodies');
  const actor = ctx.actor;
  const id = await inTransaction(ctx.db, async (tx) => {
    const unit = (await eligibleBodyUnits(tx, actor.districtId)).find((u) => u.id === input.orgUnitId);
    const [existing] = await tx.select().from(b).where(eq(b.orgUnitId, input.orgUnitId)).for('update');
    const problems = confirmProblems(unit, existing, input, ctx.today);
    if (problems.length > 0) throw validationFailed(problems);
    const [row] = await writeBodies(tx, ctx, [{ ...input, districtId: actor.districtId }], existing);
    return row!.id;
  });
  return getScopedBody(ctx.db, actor, id, ctx.today);
}

/** Inserts confirmed bodies (or re-confirms a revoked one) with one audit event each. */
export async function writeBodies(
  tx: Tx,
  ctx: Ctx,
  inputs: (ConfirmBodyInput & { districtId: string })[],
  revoked?: EnforcementBodyRow,
): Promise<EnforcementBodyRow[]> {
  if (inputs.length === 0) return [];
  const fields = (i: ConfirmBodyInput) => ({
    authorityKind: i.authorityKind,
    legalBasis: i.legalBasis,
    scope: i.scope,
    confirmedOn: i.confirmedOn,
    confirmationDocument: i.confirmationDocument,
  });
  const rows = revoked
    ? await tx
        .update(b)
        .set({ ...fields(inputs[0]!), revokedOn: null, version: revoked.version + 1, updatedAt: ctx.now })
        .where(eq(b.id, revoked.id))
        .returning()
    : await tx
        .insert(b)
        .values(
          inputs.map((i) => ({
            ...fields(i),
            districtId: i.districtId,
            orgUnitId: i.orgUnitId,
            createdBy: ctx.actor?.userId ?? null,
            createdAt: ctx.now,
            updatedAt: ctx.now,
          })),
        )
        .returning();
  const audits: AuditInput[] = rows.map((row) => ({
    ...bodySubject(row),
    action: revoked ? 'enforcement.body.reconfirmed' : 'enforcement.body.confirmed',
    before: revoked ? { revokedOn: revoked.revokedOn } : undefined,
    after: { orgUnitId: row.orgUnitId, ...fields(row as ConfirmBodyInput) },
  }));
  await recordAudits(tx, ctx, audits);
  return rows;
}
