/** Scores a hand-scored 三级 indicator for a year, with its evidence (decision 0051 §5). */
import { and, eq } from 'drizzle-orm';
import type { HandScoreBody } from '../../../../common/contracts/assessment.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { assertCan } from '../../../platform/authz/index.js';
import type { Ctx } from '../../../platform/context.js';
import { notFound, validationFailed } from '../../../platform/errors.js';
import { assertSeenVersion, assertUpserted, versionedUpsert } from '../../../platform/versions.js';
import { versionForYear } from '../rules.js';
import { assessmentHandScores as hs, assessmentIndicators as ind } from '../schema.js';
import { versionFiles } from './versions.js';

interface Target {
  version: string;
  code: string;
  year: number;
}

/** Records (or revises) the hand score; refuses a score above the weight, a future year, another version. */
export async function saveHandScore(ctx: Ctx, at: Target, body: HandScoreBody) {
  const actor = ctx.actor!;
  assertCan(actor, 'assessment.score');
  if (at.year > Number(ctx.today.slice(0, 4)))
    throw validationFailed([{ path: 'params.year', message: '不能为尚未开始的年度评分' }]);
  // Law by date: a year is scored on the version in force in it.
  if (versionForYear(versionFiles(), at.year)?.version !== at.version)
    throw validationFailed([{ path: 'params.version', message: `${at.year} 年不适用该版本的指标体系` }]);
  return ctx.db.transaction(async (tx) => {
    const [indicator] = await tx
      .select()
      .from(ind)
      .where(
        and(eq(ind.districtId, actor.districtId), eq(ind.versionCode, at.version), eq(ind.code, at.code)),
      );
    if (!indicator) throw notFound(`指标 ${at.code}`);
    if (indicator.method !== 'hand')
      throw validationFailed([{ path: 'params.code', message: '该指标按数据自动评分，不能手工评分' }]);
    if (body.score > indicator.weight)
      throw validationFailed([
        { path: 'body.score', message: `得分不能超过该指标分值 ${indicator.weight} 分` },
      ]);
    const key = and(
      eq(hs.districtId, actor.districtId),
      eq(hs.versionCode, at.version),
      eq(hs.indicatorCode, at.code),
      eq(hs.year, at.year),
    );
    const [before] = await tx.select().from(hs).where(key).for('update');
    assertSeenVersion(ctx, before);
    const { version, setWhere } = versionedUpsert(ctx, hs.version);
    const values = {
      score: body.score,
      evidence: body.evidence,
      note: body.note,
      scoredBy: actor.userId,
      scoredOn: ctx.today,
    };
    const written = await tx
      .insert(hs)
      .values({
        districtId: actor.districtId,
        orgUnitId: indicator.orgUnitId,
        versionCode: at.version,
        indicatorCode: at.code,
        year: at.year,
        ...values,
      })
      .onConflictDoUpdate({
        target: [hs.districtId, hs.versionCode, hs.indicatorCode, hs.year],
        set: { ...values, updatedAt: ctx.now, version },
        setWhere,
      })
      .returning({ id: hs.id, version: hs.version });
    const row = assertUpserted(ctx, written);
    await recordAudit(tx, ctx, {
      action: before ? 'assessment.hand_score.revised' : 'assessment.hand_score.recorded',
      subjectType: 'assessment_hand_score',
      subjectId: row.id,
      orgUnitId: indicator.orgUnitId,
      districtId: actor.districtId,
      before: before ? { score: before.score, evidence: before.evidence, note: before.note } : undefined,
      after: { ...at, score: body.score, evidence: body.evidence, note: body.note },
    });
    return { code: at.code, year: at.year, version: row.version };
  });
}
