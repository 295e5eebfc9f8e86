import type { OpenCaseBody } from '../../../../../common/contracts/enforcement/cases.js';
import { maskIdNumber, maskPhone } from '../../../../../common/privacy/masking.js';
import type { z } from '../../../../../common/contracts/zod-setup.js';
import { type AuditAction, recordAudit } from '../../../../platform/audit/index.js';
import { assertCan } from '../../../../platform/authz/index.js';
import { startClock } from '../../../../platform/clocks/index.js';
import type { Ctx } from '../../../../platform/context.js';
import { inTransaction, type Tx } from '../../../../platform/db/index.js';
import { forbidden, validationFailed } from '../../../../platform/errors.js';
import { mayActForUnit } from '../../policy.js';
import { handlingClocks } from '../../procedure.js';
import { type EnforcementCaseRow, enforcementCases, type NewEnforcementCaseRow } from '../schema.js';
import { confirmedBodies, majorOnOpening, type OpenCaseForm, openCaseProblems } from './open-case-checks.js';
import { CASE_SUBJECT_TYPE, caseTitle } from './records.js';

/** The case columns a 立案 form fills (no state, no decision). */
export function openingColumns(form: OpenCaseForm) {
  const isPerson = form.partyType === 'natural_person';
  return {
    caseNumber: form.caseNumber,
    kind: form.kind,
    powerItemId: form.powerItemId,
    benchmarkId: form.benchmarkId ?? null,
    cause: form.cause,
    source: form.source,
    inspectionId: form.inspectionId ?? null,
    partyType: form.partyType,
    partyName: form.partyName,
    partyIdNumber: isPerson ? (form.partyIdNumber?.toUpperCase() ?? null) : form.partyIdNumber,
    partyPhone: form.partyPhone,
    partyAddress: form.partyAddress,
    partyOperatorName: form.partyType === 'individual_business' ? (form.partyOperatorName ?? null) : null,
    facts: form.facts,
    openedOn: form.openedOn,
    discoveredOn: form.discoveredOn ?? null,
    openingExtended: form.openingExtended,
    violationOn: form.violationOn ?? null,
    concernsLifeHealthOrFinance: form.concernsLifeHealthOrFinance,
    handlerOfficerIds: form.handlerOfficerIds,
    collectiveRequired: form.collectiveRequired,
  };
}

/** Writes a case with its audit event (personal identifiers masked) and starts its handling clock. */
export async function insertCase(
  tx: Tx,
  ctx: Ctx,
  values: NewEnforcementCaseRow,
  action: AuditAction,
): Promise<EnforcementCaseRow> {
  const [row] = await tx
    .insert(enforcementCases)
    .values({ ...values, createdBy: ctx.actor?.userId ?? null, createdAt: ctx.now, updatedAt: ctx.now })
    .returning();
  const created = row!;
  await recordAudit(tx, ctx, {
    action,
    subjectType: CASE_SUBJECT_TYPE,
    subjectId: created.id,
    orgUnitId: created.orgUnitId,
    districtId: created.districtId,
    // The audit chain is kept forever: personal identifiers go in masked.
    after: {
      caseNumber: created.caseNumber,
      kind: created.kind,
      powerItemId: created.powerItemId,
      benchmarkId: created.benchmarkId,
      state: created.state,
      openedOn: created.openedOn,
      partyType: created.partyType,
      partyIdNumber: maskIdNumber(created.partyIdNumber),
      partyPhone: maskPhone(created.partyPhone),
      isMajor: created.isMajor,
      majorReasons: created.majorReasons,
      handlerOfficerIds: created.handlerOfficerIds,
    },
  });
  // Basis: 行政处罚法 第六十条 (90 days from 立案); 行政许可法 第四十二条; 行政强制法 第二十五条.
  await startClock(tx, ctx, {
    def: handlingClocks[created.kind as keyof typeof handlingClocks],
    subjectType: CASE_SUBJECT_TYPE,
    subjectId: created.id,
    title: caseTitle(created.caseNumber),
    orgUnitId: created.orgUnitId,
    districtId: created.districtId,
    handlerUserId: ctx.actor?.userId ?? null,
    startedOn: created.openedOn,
  });
  return created;
}

/**
 * 立案: opens a case of a confirmed body under a power it holds, handled by at least two officers with valid
 * certificates (处罚法 第四十二条), and starts the handling clock; major by the body's word or its catalogue.
 */
export async function openCase(ctx: Ctx, input: z.output<typeof OpenCaseBody>): Promise<EnforcementCaseRow> {
  const actor = ctx.actor;
  assertCan(actor, 'enforcement.handle_case');
  return inTransaction(ctx.db, async (tx) => {
    const unit = (await confirmedBodies(tx, actor.districtId)).find((u) => u.id === input.orgUnitId);
    if (!unit)
      throw validationFailed([
        { path: 'orgUnitId', message: '该单位不是本区已确认（且未撤销确认）的行政执法主体' },
      ]);
    if (!mayActForUnit(actor, unit)) throw forbidden('只能为本单位的案件立案');
    const problems = await openCaseProblems(tx, input, unit, ctx.today);
    if (problems.length > 0) throw validationFailed(problems);
    const major = await majorOnOpening(tx, input, unit.id);
    return insertCase(
      tx,
      ctx,
      {
        ...openingColumns(input),
        ...major,
        districtId: unit.districtId,
        orgUnitId: unit.id,
        state: 'investigating',
      },
      'enforcement.case.opened',
    );
  });
}
