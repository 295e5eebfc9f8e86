import { and, asc, eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { ChangeLawBody, Citer, RegisterLawBody } from '../../../../common/contracts/normative-docs.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { assertCan, can } from '../../../platform/authz/index.js';
import type { Ctx } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { notFound, ruleViolation, validationFailed } from '../../../platform/errors.js';
import { assertSeenVersion } from '../../../platform/versions.js';
import { decisionsCitingLaw } from '../../decisions/index.js';
import { powers } from '../../powers/index.js';
import { isCitable } from '../rules.js';
import { type NormativeLawRow, normativeDocCitations, normativeDocs, normativeLaws as l } from '../schema.js';

const LAW = '法律法规';

const present = (row: NormativeLawRow) => ({
  id: row.id,
  version: row.version,
  title: row.title,
  issuer: row.issuer,
  versionLabel: row.versionLabel,
  promulgatedOn: row.promulgatedOn,
  status: row.status,
  changedOn: row.changedOn,
  note: row.note,
});

/** The district's law register. */
export async function findLaws(ctx: Ctx) {
  assertCan(ctx.actor, 'normative_docs.view');
  const rows = await ctx.db
    .select()
    .from(l)
    .where(eq(l.districtId, ctx.actor!.districtId))
    .orderBy(asc(l.title));
  return rows.map(present);
}

/** Registers a law (its title is unique in the district's register). */
export async function registerLaw(ctx: Ctx, body: z.output<typeof RegisterLawBody>) {
  const actor = ctx.actor!;
  assertCan(actor, 'normative_docs.laws');
  return ctx.db.transaction(async (tx) => {
    const [taken] = await tx
      .select({ id: l.id })
      .from(l)
      .where(and(eq(l.districtId, actor.districtId), eq(l.title, body.title)));
    if (taken) throw validationFailed([{ path: 'title', message: `依据库中已有《${body.title}》` }]);
    const [row] = await tx
      .insert(l)
      .values({
        ...body,
        promulgatedOn: body.promulgatedOn ?? null,
        districtId: actor.districtId,
        status: 'in_force',
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'normative_docs.law.registered',
      subjectType: 'normative_law',
      subjectId: row!.id,
      districtId: actor.districtId,
      after: body,
    });
    return present(row!);
  });
}

/**
 * 法律法规修改或废止: recorded with its day; the answer lists who cites it — this module's documents, the powers
 * whose basis names it (through powers' index.ts) — so the documents can go into a cleanup.
 */
export async function changeLaw(ctx: Ctx, id: string, body: z.output<typeof ChangeLawBody>) {
  const actor = ctx.actor!;
  assertCan(actor, 'normative_docs.laws');
  if (body.changedOn > ctx.today)
    throw validationFailed([{ path: 'changedOn', message: '日期不能晚于今天' }]);
  const row = await ctx.db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(l)
      .where(and(eq(l.id, id), eq(l.districtId, actor.districtId)))
      .for('update');
    if (!before) throw notFound(LAW);
    assertSeenVersion(ctx, before);
    if (before.status === 'repealed') throw ruleViolation('LAW_REPEALED', '该法律法规已废止');
    const [after] = await tx
      .update(l)
      .set({ status: body.status, changedOn: body.changedOn, note: body.note, version: before.version + 1 })
      .where(eq(l.id, id))
      .returning();
    await recordAudit(tx, ctx, {
      action: body.status === 'repealed' ? 'normative_docs.law.repealed' : 'normative_docs.law.amended',
      subjectType: 'normative_law',
      subjectId: id,
      districtId: actor.districtId,
      before: { status: before.status },
      after: body,
    });
    return after!;
  });
  return { law: present(row), citers: await citersOf(ctx, row) };
}

/** Who cites a law (staff view). */
export async function lawCiters(ctx: Ctx, id: string) {
  assertCan(ctx.actor, 'normative_docs.view');
  const [row] = await ctx.db
    .select()
    .from(l)
    .where(and(eq(l.id, id), eq(l.districtId, ctx.actor!.districtId)));
  if (!row) throw notFound(LAW);
  return { law: present(row), citers: await citersOf(ctx, row) };
}

/** Documents of this module citing the law, with the article. */
export async function docsCitingLaw(db: Executor, lawId: string): Promise<Citer[]> {
  const rows = await db
    .select({ doc: normativeDocs, article: normativeDocCitations.article })
    .from(normativeDocCitations)
    .innerJoin(normativeDocs, eq(normativeDocs.id, normativeDocCitations.docId))
    .where(eq(normativeDocCitations.lawId, lawId))
    .orderBy(asc(normativeDocs.title));
  return rows.map(({ doc, article }) => ({
    module: 'normative-docs',
    id: doc.id,
    title: doc.title,
    reference: [doc.documentNumber, article].filter(Boolean).join(' ') || null,
    inForce: isCitable(doc),
  }));
}

/**
 * The `citers` list: one source per module, each `(db, law) → Citer[]`. The decisions module adds its
 * `decisionsCitingLaw(ctx, lawTitle)` here after merge (decision 0048 §6).
 */
const CITER_SOURCES: readonly ((ctx: Ctx, law: NormativeLawRow) => Promise<Citer[]>)[] = [
  (ctx, law) => docsCitingLaw(ctx.db, law.id),
  async (ctx, law) =>
    (await powers.findPowersCitingLaw(ctx.db, law.districtId, law.title)).map((p) => ({
      module: 'powers',
      id: p.id,
      title: p.name,
      reference: p.code,
      inForce: p.isInForce,
    })),
  // Major decisions, in the reader's scope and only for readers of decisions (a decision relies on the law
  // until it is abandoned).
  async (ctx, law) =>
    can(ctx.actor, 'decisions.view')
      ? (await decisionsCitingLaw(ctx, law.title)).map((d) => ({
          module: 'decisions',
          id: d.id,
          title: d.title,
          reference: d.number,
          inForce: d.state !== 'abandoned',
        }))
      : [],
];

export async function citersOf(ctx: Ctx, law: NormativeLawRow): Promise<Citer[]> {
  return (await Promise.all(CITER_SOURCES.map((source) => source(ctx, law)))).flat();
}
