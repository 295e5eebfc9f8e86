import type { z } from 'zod';
import type { CreateOfficerBody } from '../../../../../common/contracts/enforcement/registry.js';
import { type AuditInput, recordAudits } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import type { Tx } from '../../../../platform/db/client.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { validationFailed } from '../../../../platform/errors.js';
import { type EnforcementOfficerRow, enforcementOfficers as o } from '../../schema/registry.js';
import { certificateDateProblems } from './certificates.js';
import {
  certificateHolder,
  duplicateCertificateMessage,
  getScopedOfficer,
  type OfficerWithUnit,
  officerAuditView,
  officerSubject,
} from './officer-records.js';
import { resolveBodyUnit } from './units.js';

export type CreateOfficerInput = z.output<typeof CreateOfficerBody>;

/**
 * Registers an officer with their enforcement certificate (持证上岗, 处罚法 第四十二条) in a body the actor may
 * act for; the certificate number is unique in the district.
 */
export async function createOfficer(ctx: Ctx, input: CreateOfficerInput): Promise<OfficerWithUnit> {
  assertCan(ctx.actor, 'enforcement.manage_officers');
  const actor = ctx.actor;
  const id = await inTransaction(ctx.db, async (tx) => {
    const unit = await resolveBodyUnit(tx, actor, input.orgUnitId);
    const problems = certificateDateProblems(input, ctx.today);
    const holder = await certificateHolder(tx, unit.districtId, input.certificateNumber);
    if (holder)
      problems.push({
        path: 'certificateNumber',
        message: duplicateCertificateMessage(input.certificateNumber, holder.name),
      });
    if (problems.length > 0) throw validationFailed(problems);
    const [row] = await insertOfficers(tx, ctx, [{ ...input, districtId: unit.districtId }], 'form');
    return row!.id;
  });
  return getScopedOfficer(ctx.db, actor, id);
}

/** Writes checked officers with one `created` audit event each (the form and the import). */
export async function insertOfficers(
  tx: Tx,
  ctx: Ctx,
  inputs: (CreateOfficerInput & { districtId: string })[],
  source: string,
): Promise<EnforcementOfficerRow[]> {
  if (inputs.length === 0) return [];
  const rows = await tx
    .insert(o)
    .values(
      inputs.map((i) => ({
        ...i,
        createdBy: ctx.actor?.userId ?? null,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })),
    )
    .returning();
  const audits: AuditInput[] = rows.map((row) => ({
    ...officerSubject(row),
    action: 'enforcement.officer.created',
    after: officerAuditView(row),
    data: { source },
  }));
  await recordAudits(tx, ctx, audits);
  return rows;
}
