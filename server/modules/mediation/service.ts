/**
 * The mediation records' writes: each one transaction with its audit events. Registers (points, committees,
 * the 说事 log) are written in bulk (demo and imports); a case moves only through `takeCaseStep`.
 */
import { and, eq, sql } from 'drizzle-orm';
import { isInScope } from '../../platform/authz/index.js';
import { getOrgUnit } from '../../platform/org/index.js';
import { type AuditInput, recordAudits } from '../../platform/audit/index.js';
import type { Ctx } from '../../platform/context.js';
import { inTransaction, type Tx } from '../../platform/db/index.js';
import { notFound, validationFailed } from '../../platform/errors.js';
import { type PendingTransition, procedureService } from '../../platform/procedures/index.js';
import { mediationScope } from './policy.js';
import { type CaseRecord, caseProcedure } from './procedure.js';
import { CASE_CATEGORIES, committeeProblems, type LogHandling, type LogKind } from './rules.js';
import { raiseWarnings } from './warnings.js';
import {
  mediationCases,
  mediationCommittees,
  mediationLogEntries,
  mediationPoints,
  mediationVillageRosters,
} from './schema.js';

export type NewPoint = typeof mediationPoints.$inferInsert;
export type NewCommittee = typeof mediationCommittees.$inferInsert;
export type NewCase = typeof mediationCases.$inferInsert;
export type NewLogEntry = typeof mediationLogEntries.$inferInsert;
export type NewRoster = typeof mediationVillageRosters.$inferInsert;

const CHUNK = 500;

async function insertAll<T extends { id: string; orgUnitId: string; districtId: string }>(
  rows: readonly unknown[],
  insert: (chunk: unknown[]) => Promise<T[]>,
): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < rows.length; i += CHUNK) out.push(...(await insert(rows.slice(i, i + CHUNK))));
  return out;
}

function audits(
  action: AuditInput['action'],
  subjectType: string,
  rows: { id: string; orgUnitId: string; districtId: string }[],
) {
  return rows.map((r) => ({
    action,
    subjectType,
    subjectId: r.id,
    orgUnitId: r.orgUnitId,
    districtId: r.districtId,
  }));
}

/** Registers 评理说事点 (one per village or community), with their audit events. */
export async function registerPoints(tx: Tx, ctx: Ctx, rows: NewPoint[]) {
  const ids = await insertAll(rows, (chunk) =>
    tx
      .insert(mediationPoints)
      .values(chunk as NewPoint[])
      .returning({
        id: mediationPoints.id,
        orgUnitId: mediationPoints.orgUnitId,
        districtId: mediationPoints.districtId,
      }),
  );
  await recordAudits(tx, ctx, audits('mediation.point.registered', 'mediation_point', ids));
  return ids;
}

/** Registers committees after checking each one's composition and term (第八、九条). */
export async function registerCommittees(tx: Tx, ctx: Ctx, rows: NewCommittee[]) {
  for (const row of rows) {
    const problems = committeeProblems({
      members: row.members ?? [],
      termStartOn: row.termStartOn,
      termEndOn: row.termEndOn,
    });
    if (problems.length)
      throw validationFailed(problems.map((p) => ({ path: p.field, message: `${row.name}：${p.message}` })));
  }
  const ids = await insertAll(rows, (chunk) =>
    tx
      .insert(mediationCommittees)
      .values(chunk as NewCommittee[])
      .returning({
        id: mediationCommittees.id,
        orgUnitId: mediationCommittees.orgUnitId,
        districtId: mediationCommittees.districtId,
      }),
  );
  await recordAudits(tx, ctx, audits('mediation.committee.registered', 'mediation_committee', ids));
  return ids;
}

/** Registers cases as they stand (demo and imports of a kept ledger); new cases start `registered`. */
export async function registerCases(tx: Tx, ctx: Ctx, rows: NewCase[]) {
  const ids = await insertAll(rows, (chunk) =>
    tx
      .insert(mediationCases)
      .values(chunk as NewCase[])
      .returning({
        id: mediationCases.id,
        orgUnitId: mediationCases.orgUnitId,
        districtId: mediationCases.districtId,
      }),
  );
  await recordAudits(tx, ctx, audits('mediation.case.registered', 'mediation_case', ids));
  return ids;
}

/** Registers village 法治 rosters (one per village or community), with their audit events. */
export async function registerRosters(tx: Tx, ctx: Ctx, rows: NewRoster[]) {
  const ids = await insertAll(rows, (chunk) =>
    tx
      .insert(mediationVillageRosters)
      .values(chunk as NewRoster[])
      .returning({
        id: mediationVillageRosters.id,
        orgUnitId: mediationVillageRosters.orgUnitId,
        districtId: mediationVillageRosters.districtId,
      }),
  );
  await recordAudits(tx, ctx, audits('mediation.roster.registered', 'mediation_village_roster', ids));
  return ids;
}

/** Logs 说事 matters. */
export async function logMatters(tx: Tx, ctx: Ctx, rows: NewLogEntry[]) {
  const ids = await insertAll(rows, (chunk) =>
    tx
      .insert(mediationLogEntries)
      .values(chunk as NewLogEntry[])
      .returning({
        id: mediationLogEntries.id,
        orgUnitId: mediationLogEntries.orgUnitId,
        districtId: mediationLogEntries.districtId,
      }),
  );
  await recordAudits(tx, ctx, audits('mediation.log.recorded', 'mediation_log_entry', ids));
  return ids;
}

type Step = PendingTransition<typeof caseProcedure.transitions>;
type CaseRow = typeof mediationCases.$inferSelect;
type CaseRec = CaseRecord & { row: CaseRow };

/** The procedure's view of a case row (`step`: the form being applied, for its day and mediators). */
export function toRecord(row: CaseRow, step?: Step): CaseRec {
  const input = (step?.input ?? {}) as { on?: string; mediators?: string[] };
  return {
    id: row.id,
    state: row.state,
    orgUnitId: row.orgUnitId,
    districtId: row.districtId,
    version: row.version,
    number: row.number,
    summary: row.summary,
    mediators: row.mediators,
    stepMediators: input.mediators ?? [],
    agreementEffectiveOn: row.agreementEffectiveOn,
    confirmationAppliedOn: row.confirmationAppliedOn,
    confirmedOn: row.confirmedOn,
    stepOn: input.on ?? row.registeredOn,
    row,
  };
}

/** The case in the actor's scope, row-locked (outside the scope: not found). */
async function lockCase(tx: Tx, ctx: Ctx, id: string, step: Step): Promise<CaseRec> {
  const on = (step.input as { on?: string }).on;
  if (on && on > ctx.today) throw validationFailed([{ path: 'on', message: '日期：不能晚于今天' }]);
  const [row] = await tx
    .select()
    .from(mediationCases)
    .where(and(eq(mediationCases.id, id), mediationScope(ctx.actor!, mediationCases)))
    .for('update');
  if (!row) throw notFound('调解案件');
  if (on && on < row.registeredOn)
    throw validationFailed([{ path: 'on', message: `日期：不能早于受理日期 ${row.registeredOn}` }]);
  return toRecord(row, step);
}

/** The fields a step writes on the case, by step. */
function stepChanges(step: Step): Partial<CaseRow> {
  const on = step.input.on;
  switch (step.transition) {
    case 'start':
      return {
        ...(step.input.mediators?.length ? { mediators: step.input.mediators } : {}),
        ...(step.input.atRisk !== undefined ? { atRisk: step.input.atRisk } : {}),
        ...(step.input.peopleInvolved ? { peopleInvolved: step.input.peopleInvolved } : {}),
      };
    case 'agree':
      return {
        result: 'success',
        concludedOn: on,
        agreementForm: step.input.agreementForm,
        agreementTerms: step.input.agreementTerms ?? null,
        responsibility: step.input.responsibility ?? null,
        performanceManner: step.input.performanceManner ?? null,
        performanceDueOn: step.input.performanceDueOn ?? null,
        agreementEffectiveOn: on,
      };
    case 'fail':
      return { result: 'failure', concludedOn: on };
    case 'end':
      return { result: 'ended', concludedOn: on };
    case 'apply_confirmation':
      return { confirmationAppliedOn: on };
    case 'confirm':
    case 'confirm_revisited':
      return { confirmedOn: on };
    case 'revisit':
      return { revisitedOn: on };
    case 'close':
      return { closedOn: on };
  }
}

/**
 * The case procedure's service: the kernel checks role → form → scope → state → gates, writes, audits,
 * records the step and moves the judicial-confirmation clock in one transaction.
 */
export const caseTransitions = procedureService({
  procedure: caseProcedure,
  lock: (tx, ctx, _actor, id, step) => lockCase(tx, ctx, id, step),
  write: async (tx, ctx, { record, to, step }) => {
    const [after] = await tx
      .update(mediationCases)
      .set({
        ...stepChanges(step),
        state: to,
        version: sql`${mediationCases.version} + 1`,
        updatedAt: ctx.now,
      })
      .where(eq(mediationCases.id, record.id))
      .returning();
    if (step.transition === 'start') await raiseWarnings(tx, ctx, after!);
    return toRecord(after!, step);
  },
});

/** Takes one step of a case (demo, tests, the route through the kernel's procedure entry). */
export async function takeCaseStep(ctx: Ctx, caseId: string, transition: Step['transition'], input: unknown) {
  return (await caseTransitions.fire(ctx, caseId, transition, input)).row;
}

/** The next number of a yearly series (`SS2026-00042`), read under the transaction's lock on the year. */
async function nextNumber(
  tx: Tx,
  table: typeof mediationLogEntries | typeof mediationCases,
  prefix: string,
  districtId: string,
  width: number,
) {
  await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`${prefix}:${districtId}`}))`);
  const [row] = await tx
    .select({ n: sql<number>`coalesce(max(substring(${table.number}, ${prefix.length + 1}::int)::int), 0)` })
    .from(table)
    .where(and(eq(table.districtId, districtId), sql`${table.number} LIKE ${`${prefix}%`}`));
  return `${prefix}${String(Number(row?.n ?? 0) + 1).padStart(width, '0')}`;
}

export interface LogInput {
  unitId: string;
  occurredOn: string;
  kind: LogKind;
  raisedBy: string;
  summary: string;
  handling: LogHandling;
  category?: string | null;
  result?: string | null;
  atRisk?: boolean;
  peopleInvolved?: number;
}

/**
 * Logs one 说事 matter at a village's point. Handed to the committee (`committee`), it becomes a mediation
 * case in the same transaction (source: the party's application), and the log links to it.
 */
export async function logMatter(ctx: Ctx, input: LogInput) {
  const unit = await getOrgUnit(ctx.db, input.unitId).catch(() => null);
  if (unit?.type !== 'village' || !isInScope(ctx.actor!, { orgPath: unit.path, districtId: unit.districtId }))
    throw validationFailed([{ path: 'unitId', message: '村（社区）：不是您管辖的村（社区）' }]);
  if (input.occurredOn > ctx.today)
    throw validationFailed([{ path: 'occurredOn', message: '日期：不能晚于今天' }]);
  const toCommittee = input.handling === 'committee';
  if (toCommittee && !(input.category && input.category in CASE_CATEGORIES))
    throw validationFailed([{ path: 'category', message: '纠纷类型：转人民调解委员会时请选择纠纷类型' }]);
  const year = input.occurredOn.slice(0, 4);
  return inTransaction(ctx.db, async (tx) => {
    let caseId: string | null = null;
    if (toCommittee) {
      const [created] = await registerCases(tx, ctx, [
        {
          districtId: unit.districtId,
          orgUnitId: unit.id,
          number: await nextNumber(tx, mediationCases, `TJ${year}-`, unit.districtId, 4),
          source: 'application',
          category: input.category!,
          summary: input.summary,
          parties: [{ name: input.raisedBy }],
          registeredOn: input.occurredOn,
          state: 'registered',
          atRisk: input.atRisk ?? false,
          peopleInvolved: input.peopleInvolved ?? 2,
        },
      ]);
      caseId = created!.id;
      const [row] = await tx.select().from(mediationCases).where(eq(mediationCases.id, caseId));
      await raiseWarnings(tx, ctx, row!);
    }
    const number = await nextNumber(tx, mediationLogEntries, `SS${year}-`, unit.districtId, 5);
    const [entry] = await logMatters(tx, ctx, [
      {
        districtId: unit.districtId,
        orgUnitId: unit.id,
        number,
        occurredOn: input.occurredOn,
        kind: input.kind,
        raisedBy: input.raisedBy,
        summary: input.summary,
        handling: input.handling,
        result: input.result ?? (toCommittee ? '转人民调解委员会受理' : null),
        closedOn: toCommittee || input.handling === 'answered' ? input.occurredOn : null,
        caseId,
      },
    ]);
    return { id: entry!.id, number, caseId };
  });
}
