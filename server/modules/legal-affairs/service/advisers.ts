import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type {
  ContractBody,
  CreateAdviserBody,
  EndAdviserBody,
  EvaluationBody,
  Workload,
} from '../../../../common/contracts/legal-affairs/matters.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { assertCan } from '../../../platform/authz/index.js';
import type { Ctx } from '../../../platform/context.js';
import { type Executor, inTransaction, type Tx } from '../../../platform/db/index.js';
import { notFound, validationFailed } from '../../../platform/errors.js';
import { orgUnits } from '../../../platform/org/index.js';
import { adviserScope } from '../policy.js';
import { LOSS_COUNTED_KINDS } from '../rules.js';
import {
  type LegalAdviserRow,
  legalAdviserContracts,
  legalAdviserEvaluations,
  legalAdvisers,
} from '../schema.js';
import { requestingUnits } from './records.js';

const SUBJECT = 'legal_adviser';

/** Adds a member to the roster: the managing unit and the units served must be the district's. */
export async function createAdviser(
  ctx: Ctx,
  input: CreateAdviserBody,
  options: { userId?: string | null } = {},
): Promise<LegalAdviserRow> {
  const actor = ctx.actor;
  assertCan(actor, 'legal_affairs.manage_roster');
  return inTransaction(ctx.db, async (tx) => {
    const units = new Map((await requestingUnits(tx, actor.districtId)).map((u) => [u.id, u]));
    if (!units.has(input.orgUnitId))
      throw validationFailed([{ path: 'orgUnitId', message: '管理单位不存在或不是本区的单位' }]);
    if (input.unitsServed.some((id) => !units.has(id)))
      throw validationFailed([{ path: 'unitsServed', message: '服务单位须为本区的单位' }]);
    if (input.kind === 'retained' && !input.firm)
      throw validationFailed([{ path: 'firm', message: '外聘法律顾问须填写所在律师事务所' }]);
    const [taken] = await tx
      .select({ id: legalAdvisers.id })
      .from(legalAdvisers)
      .where(
        and(
          eq(legalAdvisers.districtId, actor.districtId),
          eq(legalAdvisers.licenceNumber, input.licenceNumber),
        ),
      );
    if (taken)
      throw validationFailed([
        { path: 'licenceNumber', message: `执业证号 ${input.licenceNumber} 已在名册中` },
      ]);
    const [row] = await tx
      .insert(legalAdvisers)
      .values({
        ...input,
        userId: options.userId ?? null,
        districtId: actor.districtId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    await audit(tx, ctx, row!, 'legal_affairs.adviser.registered', input);
    return row!;
  });
}

function audit(
  tx: Tx,
  ctx: Ctx,
  a: LegalAdviserRow,
  action:
    | 'legal_affairs.adviser.registered'
    | 'legal_affairs.adviser.contracted'
    | 'legal_affairs.adviser.evaluated'
    | 'legal_affairs.adviser.ended',
  after: unknown,
) {
  return recordAudit(tx, ctx, {
    action,
    subjectType: SUBJECT,
    subjectId: a.id,
    orgUnitId: a.orgUnitId,
    districtId: a.districtId,
    after,
  });
}

async function lockAdviser(tx: Tx, ctx: Ctx, id: string): Promise<LegalAdviserRow> {
  const [row] = await tx
    .select()
    .from(legalAdvisers)
    .where(and(eq(legalAdvisers.id, id), adviserScope(ctx.actor!)))
    .for('update');
  if (!row) throw notFound('法律顾问');
  return row;
}

/** Records an engagement contract (聘用合同) of a roster member. */
export async function addContract(ctx: Ctx, adviserId: string, input: ContractBody): Promise<void> {
  assertCan(ctx.actor, 'legal_affairs.manage_roster');
  await inTransaction(ctx.db, async (tx) => {
    const adviser = await lockAdviser(tx, ctx, adviserId);
    const [taken] = await tx
      .select({ id: legalAdviserContracts.id })
      .from(legalAdviserContracts)
      .where(
        and(
          eq(legalAdviserContracts.districtId, adviser.districtId),
          eq(legalAdviserContracts.contractNumber, input.contractNumber),
        ),
      );
    if (taken)
      throw validationFailed([
        { path: 'contractNumber', message: `合同编号 ${input.contractNumber} 已被使用` },
      ]);
    await tx.insert(legalAdviserContracts).values({
      adviserId,
      districtId: adviser.districtId,
      orgUnitId: adviser.orgUnitId,
      contractNumber: input.contractNumber,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      feeYuan: input.feeYuan == null ? null : String(input.feeYuan),
      scope: input.scope ?? null,
      createdAt: ctx.now,
    });
    await audit(tx, ctx, adviser, 'legal_affairs.adviser.contracted', input);
  });
}

/** Records the year's evaluation (年度考评); one per adviser and year. */
export async function addEvaluation(ctx: Ctx, adviserId: string, input: EvaluationBody): Promise<void> {
  assertCan(ctx.actor, 'legal_affairs.manage_roster');
  if (input.evaluatedOn.slice(0, 4) < String(input.year))
    throw validationFailed([{ path: 'evaluatedOn', message: '考评日期不能早于考评年度' }]);
  await inTransaction(ctx.db, async (tx) => {
    const adviser = await lockAdviser(tx, ctx, adviserId);
    const [done] = await tx
      .select({ id: legalAdviserEvaluations.id })
      .from(legalAdviserEvaluations)
      .where(
        and(eq(legalAdviserEvaluations.adviserId, adviserId), eq(legalAdviserEvaluations.year, input.year)),
      );
    if (done) throw validationFailed([{ path: 'year', message: `${input.year}年度已有考评` }]);
    await tx.insert(legalAdviserEvaluations).values({
      adviserId,
      districtId: adviser.districtId,
      orgUnitId: adviser.orgUnitId,
      year: input.year,
      grade: input.grade,
      score: input.score ?? null,
      remarks: input.remarks ?? null,
      evaluatedOn: input.evaluatedOn,
      createdAt: ctx.now,
    });
    await audit(tx, ctx, adviser, 'legal_affairs.adviser.evaluated', input);
  });
}

/** 解聘: the member leaves the roster; assignment then refuses them (transitions.ts `setAdvisers`). */
export async function endAdviser(ctx: Ctx, adviserId: string, input: EndAdviserBody): Promise<void> {
  assertCan(ctx.actor, 'legal_affairs.manage_roster');
  if (input.endedOn > ctx.today)
    throw validationFailed([{ path: 'endedOn', message: '解聘日期不能晚于今天' }]);
  await inTransaction(ctx.db, async (tx) => {
    const adviser = await lockAdviser(tx, ctx, adviserId);
    if (adviser.status !== 'active')
      throw validationFailed([{ path: 'endedOn', message: '该法律顾问已解聘' }]);
    await tx
      .update(legalAdvisers)
      .set({ status: 'ended', version: sql`${legalAdvisers.version} + 1`, updatedAt: ctx.now })
      .where(eq(legalAdvisers.id, adviserId));
    await audit(tx, ctx, adviser, 'legal_affairs.adviser.ended', input);
  });
}

const EMPTY: Workload = { matters: 0, open: 0, byKind: {}, opinions: 0, lossAvoidedYuan: 0 };

/**
 * The workload of advisers per year: matters they were on (requested that year), still open, by kind; the
 * opinions they signed that year; the loss avoided in the lawsuits they concluded that year.
 */
export async function workloads(
  db: Executor,
  adviserIds: string[],
  year?: number,
): Promise<Map<string, (Workload & { year: number })[]>> {
  const out = new Map<string, (Workload & { year: number })[]>();
  if (adviserIds.length === 0) return out;
  const ids = sql.join(
    adviserIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const yearCond = (col: string) => (year ? sql`AND extract(year from ${sql.raw(col)}) = ${year}` : sql``);
  const lossKinds = sql.join(
    LOSS_COUNTED_KINDS.map((k) => sql`${k}`),
    sql`, `,
  );
  const [matters, opinions, loss] = await Promise.all([
    db.execute<{ adviser_id: string; year: number; kind: string; n: number; open: number }>(sql`
      SELECT a.adviser_id, extract(year from m.requested_on)::int AS year, m.kind, count(*)::int AS n,
        count(*) FILTER (WHERE m.state IN ('requested', 'assigned', 'in_progress'))::int AS open
      FROM legal_matter_advisers a JOIN legal_matters m ON m.id = a.matter_id
      WHERE a.adviser_id IN (${ids}) ${yearCond('m.requested_on')}
      GROUP BY 1, 2, 3`),
    db.execute<{ adviser_id: string; year: number; n: number }>(sql`
      SELECT o.signer_adviser_id AS adviser_id, extract(year from o.issued_on)::int AS year, count(*)::int AS n
      FROM legal_opinions o WHERE o.signer_adviser_id IN (${ids}) ${yearCond('o.issued_on')}
      GROUP BY 1, 2`),
    db.execute<{ adviser_id: string; year: number; yuan: string }>(sql`
      SELECT a.adviser_id, extract(year from m.concluded_on)::int AS year, sum(m.loss_avoided_yuan)::text AS yuan
      FROM legal_matter_advisers a JOIN legal_matters m ON m.id = a.matter_id
      WHERE a.adviser_id IN (${ids}) AND a.role = 'lead' AND m.state = 'concluded' AND m.kind IN (${lossKinds})
        AND m.loss_avoided_yuan > 0 ${yearCond('m.concluded_on')}
      GROUP BY 1, 2`),
  ]);
  const cell = (adviserId: string, y: number) => {
    const list = out.get(adviserId) ?? [];
    let w = list.find((x) => x.year === y);
    if (!w) {
      w = { ...EMPTY, byKind: {}, year: y };
      list.push(w);
      out.set(adviserId, list);
    }
    return w;
  };
  for (const r of matters.rows) {
    const w = cell(r.adviser_id, Number(r.year));
    w.matters += Number(r.n);
    w.open += Number(r.open);
    w.byKind[r.kind] = Number(r.n);
  }
  for (const r of opinions.rows) cell(r.adviser_id, Number(r.year)).opinions = Number(r.n);
  for (const r of loss.rows) cell(r.adviser_id, Number(r.year)).lossAvoidedYuan = Number(r.yuan);
  for (const list of out.values()) list.sort((a, b) => b.year - a.year);
  return out;
}

export interface AdviserListRow extends LegalAdviserRow {
  orgUnitName: string;
  unitsServedNames: { id: string; name: string }[];
  contractEndsOn: string | null;
  workload: Workload;
}

/** The roster in the actor's scope, with each member's workload in the year. */
export async function roster(ctx: Ctx, year: number): Promise<AdviserListRow[]> {
  assertCan(ctx.actor, 'legal_affairs.view');
  const rows = await ctx.db
    .select({ adviser: legalAdvisers, orgUnitName: orgUnits.name })
    .from(legalAdvisers)
    .innerJoin(orgUnits, eq(orgUnits.id, legalAdvisers.orgUnitId))
    .where(adviserScope(ctx.actor!))
    .orderBy(asc(legalAdvisers.kind), asc(legalAdvisers.licenceNumber));
  return decorate(ctx.db, rows, year);
}

async function decorate(
  db: Executor,
  rows: { adviser: LegalAdviserRow; orgUnitName: string }[],
  year: number | undefined,
): Promise<AdviserListRow[]> {
  const ids = rows.map((r) => r.adviser.id);
  const unitIds = [...new Set(rows.flatMap((r) => r.adviser.unitsServed))];
  const [loads, units, contracts] = await Promise.all([
    workloads(db, ids, year),
    unitIds.length
      ? db
          .select({ id: orgUnits.id, name: orgUnits.name })
          .from(orgUnits)
          .where(inArray(orgUnits.id, unitIds))
      : Promise.resolve([]),
    ids.length
      ? db
          .select({
            adviserId: legalAdviserContracts.adviserId,
            endsOn: sql<string>`max(${legalAdviserContracts.endsOn})::text`,
          })
          .from(legalAdviserContracts)
          .where(inArray(legalAdviserContracts.adviserId, ids))
          .groupBy(legalAdviserContracts.adviserId)
      : Promise.resolve([]),
  ]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const endsOn = new Map(contracts.map((c) => [c.adviserId, c.endsOn]));
  return rows.map(({ adviser, orgUnitName }) => ({
    ...adviser,
    orgUnitName,
    unitsServedNames: adviser.unitsServed.map((id) => ({ id, name: unitName.get(id) ?? id })),
    contractEndsOn: endsOn.get(adviser.id) ?? null,
    workload: loads.get(adviser.id)?.[0] ?? { ...EMPTY, byKind: {} },
  }));
}

/** One member with contracts, evaluations and the workload of every year. */
export async function getAdviser(ctx: Ctx, id: string) {
  assertCan(ctx.actor, 'legal_affairs.view');
  const rows = await ctx.db
    .select({ adviser: legalAdvisers, orgUnitName: orgUnits.name })
    .from(legalAdvisers)
    .innerJoin(orgUnits, eq(orgUnits.id, legalAdvisers.orgUnitId))
    .where(and(eq(legalAdvisers.id, id), adviserScope(ctx.actor!)));
  if (rows.length === 0) throw notFound('法律顾问');
  const [summary] = await decorate(ctx.db, rows, Number(ctx.today.slice(0, 4)));
  const [contracts, evaluations, years] = await Promise.all([
    ctx.db
      .select()
      .from(legalAdviserContracts)
      .where(eq(legalAdviserContracts.adviserId, id))
      .orderBy(desc(legalAdviserContracts.startsOn)),
    ctx.db
      .select()
      .from(legalAdviserEvaluations)
      .where(eq(legalAdviserEvaluations.adviserId, id))
      .orderBy(desc(legalAdviserEvaluations.year)),
    workloads(ctx.db, [id]),
  ]);
  return { summary: summary!, contracts, evaluations, years: years.get(id) ?? [] };
}
