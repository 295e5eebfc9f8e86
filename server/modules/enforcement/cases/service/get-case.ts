import { asc, eq, inArray } from 'drizzle-orm';
import { pickText, type Text, tx } from '../../../../../common/text/localized.js';
import type { CaseKind } from '../../../../../common/contracts/enforcement/dictionaries.js';
import { assertCan, can } from '../../../../platform/authz/index.js';
import type { Actor, Ctx } from '../../../../platform/context.js';
import type { Executor } from '../../../../platform/db/index.js';
import { users } from '../../../../platform/org/index.js';
import {
  type AvailableAction,
  findProcedureSteps,
  type ProcedureStep,
} from '../../../../platform/procedures/index.js';
import { powers } from '../../../powers/index.js';
import { loadCalendar } from '../../../../platform/calendar/index.js';
import { isNextExtensionFurther } from '../../../../platform/clocks/index.js';
import { caseProcedure, handlingClocks } from '../../procedure.js';
import { type OpeningTimeliness, openingTimeliness } from '../../rules/periods.js';
import {
  enforcementEvidence as ev,
  enforcementFiles,
  enforcementFilings,
  enforcementLegalReviews as lr,
  type EvidenceRow,
  type FilingRow,
  type LegalReviewRow,
} from '../schema.js';
import { type BenchmarkRow, type EnforcementOfficerRow, enforcementOfficers } from '../../registry/schema.js';
import { type CaseClockView, caseClocks, isHandlingClock } from './case-clocks.js';
import { caseTransitions } from './fire-transition.js';
import { type HandlingPauseView, handlingPausesOf } from './handling-pause.js';
import { loadBenchmark } from './open-case-checks.js';
import { type CaseWithUnit, getScopedCase, toRecord } from './records.js';

type HeldPower = Awaited<ReturnType<typeof powers.findHeldPowers>>[number];

export interface CaseDetailData {
  kase: CaseWithUnit;
  power: HeldPower | null;
  benchmark: BenchmarkRow | null;
  handlers: EnforcementOfficerRow[];
  evidence: (EvidenceRow & { sizeBytes: number | null; uploadedByName: string | null })[];
  reviews: (LegalReviewRow & { reviewerName: string | null })[];
  filing: FilingRow | null;
  clocks: CaseClockView[];
  timeliness: OpeningTimeliness;
  handlingPauses: HandlingPauseView[];
  steps: (ProcedureStep & { actorName: string | null })[];
  actions: AvailableAction[];
  /** May the viewer see the party's phone and address in full (the handling staff)? */
  showContact: boolean;
}

/** One case with its evidence, reviews, filing, clocks explained, steps, and what the actor may do next. */
export async function getCase(ctx: Ctx, id: string): Promise<CaseDetailData> {
  const actor = ctx.actor;
  assertCan(actor, 'enforcement.view');
  const kase = await getScopedCase(ctx.db, actor, id);
  const record = toRecord(kase, ctx.today);
  const [power, benchmark, handlers, evidence, reviews, filing, clocks, steps, actions, handlingPauses] =
    await Promise.all([
      powers.findHeldPowers(ctx.db, [kase.powerItemId]).then((p) => p[0] ?? null),
      kase.benchmarkId ? loadBenchmark(ctx.db, kase.benchmarkId).then((b) => b ?? null) : null,
      officersOf(ctx.db, kase.handlerOfficerIds),
      evidenceOf(ctx.db, id),
      reviewsOf(ctx.db, id),
      filingOf(ctx.db, id),
      caseClocks(ctx.db, ctx, id),
      stepsOf(ctx.db, id),
      caseTransitions.actionsFor(ctx, record),
      handlingPausesOf(ctx.db, kase),
    ]);
  actions.push(extensionAction(ctx, actor, kase.kind as CaseKind, clocks));
  const showContact = can(actor, 'enforcement.handle_case');
  // Statutory windows on the loaded calendar (立案 15 WD; 第三十六条 limitation).
  const timeliness = openingTimeliness(await loadCalendar(ctx.db), kase);
  return {
    kase,
    power,
    benchmark,
    handlers,
    evidence,
    reviews,
    filing,
    clocks,
    timeliness,
    handlingPauses,
    steps,
    actions,
    showContact,
  };
}

const EXTEND = tx('延长办案期限', 'Extend the handling period');
const EXTEND_FURTHER = tx(
  '继续延长办案期限（集体讨论决定）',
  'Extend the handling period again (collective decision)',
);

/**
 * 延长办案期限 beside the procedure: for approvers, while the handling clock runs and extensions remain. Beyond
 * the fixed ones (penalty: after the first) it is 继续延长, recording the collective decision and its period.
 */
function extensionAction(ctx: Ctx, actor: Actor, kind: CaseKind, clocks: CaseClockView[]): AvailableAction {
  const def = handlingClocks[kind];
  const running = clocks.findLast((c) => isHandlingClock(c.clockKey) && c.status !== 'stopped');
  const base =
    running && isNextExtensionFurther(def, running.extensionsUsed)
      ? { key: 'extend_handling_further', label: ctx.t(EXTEND_FURTHER), to: 'extended' }
      : { key: 'extend_handling', label: ctx.t(EXTEND), to: 'extended' };
  const blocked = (kind: 'state' | 'permission', code: string, message: Text) => ({
    ...base,
    allowed: false,
    reason: { kind, code, message: ctx.t(message) },
  });
  if (!running)
    return blocked(
      'state',
      'HANDLING_CLOCK_NOT_RUNNING',
      tx('办理期限已停止计算，无需延期', 'The handling period has stopped: nothing to extend'),
    );
  if (!can(actor, 'enforcement.approve_extension'))
    return blocked(
      'permission',
      'FORBIDDEN',
      tx('您的角色无权批准延长办案期限', 'Your role may not approve extending the handling period'),
    );
  const times = def.extension?.times ?? 0;
  if (running.extensionsUsed >= times && !def.extension?.further) {
    const [zh, en] = [pickText(def.label, 'zh-CN'), pickText(def.label, 'en-US')];
    return blocked(
      'state',
      'EXTENSION_LIMIT_REACHED',
      tx(`${zh}最多可延长${times}次，已用完`, `${en} may be extended ${times} time(s), all used`),
    );
  }
  return { ...base, allowed: true };
}

async function officersOf(db: Executor, ids: readonly string[]): Promise<EnforcementOfficerRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(enforcementOfficers)
    .where(inArray(enforcementOfficers.id, [...ids]));
  const byId = new Map(rows.map((o) => [o.id, o]));
  return ids.map((i) => byId.get(i)).filter((o): o is EnforcementOfficerRow => !!o);
}

async function evidenceOf(db: Executor, caseId: string) {
  const rows = await db
    .select({ evidence: ev, sizeBytes: enforcementFiles.sizeBytes, uploadedByName: users.displayName })
    .from(ev)
    .leftJoin(enforcementFiles, eq(enforcementFiles.sha256, ev.sha256))
    .leftJoin(users, eq(users.id, ev.uploadedBy))
    .where(eq(ev.caseId, caseId))
    .orderBy(asc(ev.collectedOn), asc(ev.uploadedAt));
  return rows.map((r) => ({ ...r.evidence, sizeBytes: r.sizeBytes, uploadedByName: r.uploadedByName }));
}

async function reviewsOf(db: Executor, caseId: string) {
  const rows = await db
    .select({ review: lr, reviewerName: users.displayName })
    .from(lr)
    .leftJoin(users, eq(users.id, lr.reviewerUserId))
    .where(eq(lr.caseId, caseId))
    .orderBy(asc(lr.submittedOn), asc(lr.createdAt));
  return rows.map((r) => ({ ...r.review, reviewerName: r.reviewerName }));
}

async function filingOf(db: Executor, caseId: string): Promise<FilingRow | null> {
  const [row] = await db.select().from(enforcementFilings).where(eq(enforcementFilings.caseId, caseId));
  return row ?? null;
}

async function stepsOf(db: Executor, caseId: string) {
  const steps = await findProcedureSteps(db, caseProcedure.key, caseId);
  const ids = [...new Set(steps.map((s) => s.actorUserId).filter((u): u is string => !!u))];
  const names = ids.length
    ? new Map(
        (
          await db.select({ id: users.id, name: users.displayName }).from(users).where(inArray(users.id, ids))
        ).map((u) => [u.id, u.name]),
      )
    : new Map<string, string>();
  return steps.map((s) => ({ ...s, actorName: (s.actorUserId && names.get(s.actorUserId)) || null }));
}
