import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { type Ctx, makeCtx } from '../../platform/context.js';
import { importLedger } from '../../platform/ledgers/index.js';
import { actingUser, getOrgUnitByCode } from '../../platform/org/index.js';
import { HAND_SCORES, treeRows } from './demo-plan.js';
import { indicatorsLedger } from './ledger.js';
import { assessmentIndicators } from './schema.js';
import { saveHandScore } from './service/hand-score.js';

type Progress = (label: string, done: number, total: number) => void;

/** The trees (through the ledger) and the demo's hand scores (through the service), as the office enters them. */
export async function loadAssessmentDemo(ctx: Ctx, progress: Progress = () => {}): Promise<void> {
  const district = await getOrgUnitByCode(ctx.db, '210114');
  if (!district) throw new Error('assessment demo: load the demo org first');
  const [existing] = await ctx.db
    .select({ id: assessmentIndicators.id })
    .from(assessmentIndicators)
    .where(eq(assessmentIndicators.districtId, district.id))
    .limit(1);
  if (existing) return;
  const coordinator = await actingUser(ctx.db, { role: 'coordinator', districtId: district.id });
  const at = (day: string) =>
    makeCtx(ctx.db, coordinator, `demo-${randomUUID()}`, new Date(`${day}T10:00:00+08:00`));
  const rows = treeRows();
  await importLedger(indicatorsLedger, at('2020-12-01'), {
    rows,
    rowNumbers: rows.map((_, i) => i + 2),
    errors: [],
  });
  progress('示范指标考评', 1, 2);
  const year = Number(ctx.today.slice(0, 4));
  for (const h of HAND_SCORES) {
    if (h.year === 'current' && year <= 2020) continue;
    const day = h.year === 'seed' ? `2020-${h.on}` : ctx.today;
    const y = h.year === 'seed' ? 2020 : year;
    await saveHandScore(at(day), { version: h.version, code: h.code, year: y }, h.body);
  }
  progress('示范指标考评', 2, 2);
}
