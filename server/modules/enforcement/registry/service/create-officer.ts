import type { z } from 'zod';
import type { CreateOfficerBody } from '../../../../../common/contracts/enforcement/registry.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Ctx } from '../../../../platform/context.js';
import type { Tx } from '../../../../platform/db/index.js';
import type { FieldError } from '../../../../platform/errors.js';
import { type EnforcementOfficerRow, enforcementOfficers as o } from '../schema.js';
import { certificateDateProblems } from './certificates.js';
import { createInBody, insertWithAudits } from './create-in-body.js';
import {
  certificateHolder,
  duplicateCertificateMessage,
  getScopedOfficer,
  type OfficerWithUnit,
  officerAuditView,
  officerSubject,
} from './officer-records.js';

export type CreateOfficerInput = z.output<typeof CreateOfficerBody>;

/**
 * Registers an officer with their enforcement certificate (持证上岗, 处罚法 第四十二条) in a body the actor may
 * act for; the certificate number is unique in the district.
 */
export async function createOfficer(ctx: Ctx, input: CreateOfficerInput): Promise<OfficerWithUnit> {
  assertCan(ctx.actor, 'enforcement.manage_officers');
  const actor = ctx.actor;
  const id = await createInBody(
    ctx,
    actor,
    input,
    (tx, districtId) => officerProblems(tx, districtId, input, ctx.today),
    insertOfficers,
  );
  return getScopedOfficer(ctx.db, actor, id);
}

/** A new officer's own problems: the certificate dates in order, its number free in the district. */
async function officerProblems(
  tx: Tx,
  districtId: string,
  input: CreateOfficerInput,
  today: string,
): Promise<FieldError[]> {
  const problems = certificateDateProblems(input, today);
  const holder = await certificateHolder(tx, districtId, input.certificateNumber);
  if (holder)
    problems.push({
      path: 'certificateNumber',
      message: duplicateCertificateMessage(input.certificateNumber, holder.name),
    });
  return problems;
}

/** Writes checked officers with one `created` audit event each (the form and the import). */
export function insertOfficers(
  tx: Tx,
  ctx: Ctx,
  inputs: (CreateOfficerInput & { districtId: string })[],
  source: string,
): Promise<EnforcementOfficerRow[]> {
  const auditOf = (row: EnforcementOfficerRow) => ({
    ...officerSubject(row),
    action: 'enforcement.officer.created' as const,
    after: officerAuditView(row),
  });
  return insertWithAudits(tx, ctx, o, inputs, auditOf, source);
}
