import { createHash, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { addWorkingDays, type IsoDate } from '../../../../common/calendar/index.js';
import type { CaseKind } from '../../../../common/contracts/enforcement/dictionaries.js';
import { type AuditAction, recordAudit } from '../../../platform/audit/index.js';
import { type ClockDef, extendClock, pauseClock, startClock } from '../../../platform/clocks/index.js';
import { noteIssuedDocumentNumber } from '../../../platform/documents/index.js';
import { DECISION_DOCUMENT_KINDS } from '../cases/service/decision-number.js';
import type { Tx } from '../../../platform/db/index.js';
import { type HistoricalStep, recordHistoricalSteps } from '../../../platform/procedures/index.js';
import {
  caseProcedure,
  handlingClocks,
  paymentClock,
  publicationClocks,
  serviceClocks,
} from '../procedure.js';
import { penaltyPeriodsOn, withdrawalWorkingDaysOn } from '../rules/periods.js';
import { refreshPublicTexts } from '../publication/service/public-texts.js';
import {
  enforcementCases,
  enforcementEvidence,
  enforcementFiles,
  enforcementFilings,
  enforcementHandlingPauses,
  enforcementLegalReviews,
} from '../cases/schema.js';
import type { PlannedCase } from './case-plan.js';
import { intIn, type Rand } from './random.js';
import { ctxOn, type DemoContext, insertChunked } from './world.js';

const SUBJECT = 'enforcement_case';

/**
 * Two published decisions changed after 行政复议 in the autumn: each publication withdrawn promptly, in a day
 * or two. No statutory period runs in 2020 (处罚法 (2021) 第四十八条第二款 applies from 2021-07-15; decision 0015).
 */
export function withdrawSome(d: DemoContext, cases: PlannedCase[], rand: Rand, count = 2): void {
  const candidates = cases.filter(
    (c) =>
      c.row.kind === 'penalty' && c.row.fineAmount && c.row.publishedOn && c.row.publishedOn < '2020-10-01',
  );
  for (let k = 0; k < count && candidates.length > 0; k++) {
    const [c] = candidates.splice(intIn(rand, 0, candidates.length - 1), 1);
    const changedOn = addWorkingDays(d.cal, c!.row.publishedOn!, intIn(rand, 20, 40));
    Object.assign(c!.row, {
      publicationState: 'withdrawn',
      changedOn,
      changeReason: '经行政复议，原行政处罚决定被变更',
      withdrawalDueOn: withdrawalDueOn(d, changedOn),
      withdrawnOn: addWorkingDays(d.cal, changedOn, intIn(rand, 1, 2)),
    });
  }
}

function withdrawalDueOn(d: DemoContext, changedOn: IsoDate): IsoDate | null {
  const period = withdrawalWorkingDaysOn(changedOn);
  return period === null ? null : addWorkingDays(d.cal, changedOn, period);
}

/** Writes the cases and everything that happened to them, with their audit events; starts the open cases' clocks. */
export async function writeCases(tx: Tx, d: DemoContext, cases: PlannedCase[]): Promise<void> {
  await insertChunked(
    cases.map((c) => ({
      ...c.row,
      createdBy: d.actors.handlerOf(c.row.orgUnitId).userId,
      // 立案 is shown at the record's creation: the opening day, before that day's steps (10:00).
      createdAt: new Date(`${c.row.openedOn}T09:00:00+08:00`),
      updatedAt: new Date(`${c.steps.at(-1)?.on ?? c.row.openedOn}T10:00:00+08:00`),
    })),
    200,
    (chunk) => tx.insert(enforcementCases).values(chunk),
  );
  await writeEvidence(tx, d, cases);
  await writeSteps(tx, d, cases);
  await writeReviewsAndFilings(tx, d, cases);
  await noteDemoDecisionNumbers(tx, cases);
  await refreshPublicTexts(tx, eq(enforcementCases.districtId, d.districtId));
  for (const c of cases) auditCase(d, c);
}

/** Moves each body's decision counters of each year past the demo's numbers, so a live decision continues them. */
async function noteDemoDecisionNumbers(tx: Tx, cases: PlannedCase[]): Promise<void> {
  const last = new Map<string, { unitId: string; kind: CaseKind; year: number; sequence: number }>();
  for (const c of cases) {
    if (!c.row.decidedOn) continue;
    const kind = c.row.kind as CaseKind;
    const year = Number(c.row.decidedOn.slice(0, 4));
    const sequence = Number(/〕(\d+)号$/.exec(c.row.decisionNumber ?? '')?.[1] ?? 0);
    const key = `${c.row.orgUnitId}/${kind}/${year}`;
    if (sequence > (last.get(key)?.sequence ?? 0))
      last.set(key, { unitId: c.row.orgUnitId, kind, year, sequence });
  }
  for (const n of last.values()) {
    await noteIssuedDocumentNumber(tx, { ...n, kind: DECISION_DOCUMENT_KINDS[n.kind] });
  }
}

function auditCase(d: DemoContext, c: PlannedCase): void {
  const r = c.row;
  const handler = d.actors.handlerOf(r.orgUnitId);
  const base = { subjectType: SUBJECT, subjectId: r.id, orgUnitId: r.orgUnitId, districtId: d.districtId };
  d.audits.add(r.openedOn, handler, {
    ...base,
    action: 'enforcement.case.opened',
    after: {
      caseNumber: r.caseNumber,
      kind: r.kind,
      powerItemId: r.powerItemId,
      state: 'investigating',
      isMajor: r.isMajor,
      handlerOfficerIds: r.handlerOfficerIds,
    },
    data: { source: 'demo' },
  });
  if (r.publishedOn)
    d.audits.add(r.publishedOn, handler, {
      ...base,
      action: 'enforcement.decision.published',
      after: { publicationState: 'published', publishedOn: r.publishedOn },
    });
  if (r.changedOn)
    d.audits.add(r.changedOn, handler, {
      ...base,
      action: 'enforcement.decision.changed',
      data: { reason: r.changeReason, withdrawalDueOn: r.withdrawalDueOn },
    });
  if (r.withdrawnOn)
    d.audits.add(r.withdrawnOn, handler, {
      ...base,
      action: 'enforcement.decision.publication_withdrawn',
      after: { publicationState: 'withdrawn', withdrawnOn: r.withdrawnOn },
    });
}

async function writeEvidence(tx: Tx, d: DemoContext, cases: PlannedCase[]): Promise<void> {
  const files = new Map<string, Buffer>();
  const rows: (typeof enforcementEvidence.$inferInsert)[] = [];
  for (const c of cases) {
    c.evidence.forEach((e, i) => {
      // Tiny generated text files: enough for the archive and the hash check, light for the demo.
      const content = Buffer.from(
        `【演示数据】${c.row.caseNumber}\n${e.evidenceType}：${e.description}\n采集日期：${e.collectedOn}\n`,
        'utf8',
      );
      const sha256 = createHash('sha256').update(content).digest('hex');
      files.set(sha256, content);
      const id = randomUUID();
      rows.push({
        id,
        caseId: c.row.id,
        districtId: d.districtId,
        orgUnitId: c.row.orgUnitId,
        evidenceType: e.evidenceType,
        description: e.description,
        collectedOn: e.collectedOn,
        fileName: `${String(i + 1).padStart(2, '0')}-${e.evidenceType}.txt`,
        contentType: 'text/plain; charset=utf-8',
        sha256,
        uploadedBy: d.actors.handlerOf(c.row.orgUnitId).userId,
        uploadedAt: new Date(`${e.collectedOn}T16:00:00+08:00`),
      });
      d.audits.add(e.collectedOn, d.actors.handlerOf(c.row.orgUnitId), {
        action: 'enforcement.case.evidence_added',
        subjectType: SUBJECT,
        subjectId: c.row.id,
        orgUnitId: c.row.orgUnitId,
        districtId: d.districtId,
        data: { evidenceId: id, evidenceType: e.evidenceType, sha256 },
      });
    });
  }
  const fileRows = [...files].map(([sha256, content]) => ({ sha256, sizeBytes: content.length, content }));
  await insertChunked(fileRows, 1000, (chunk) => tx.insert(enforcementFiles).values(chunk));
  await insertChunked(rows, 1000, (chunk) => tx.insert(enforcementEvidence).values(chunk));
}

async function writeSteps(tx: Tx, d: DemoContext, cases: PlannedCase[]): Promise<void> {
  const rows: HistoricalStep[] = [];
  for (const c of cases) {
    for (const s of c.steps) {
      const actor = s.by === 'reviewer' ? d.actors.reviewer : d.actors.handlerOf(c.row.orgUnitId);
      rows.push({
        procedureKey: caseProcedure.key,
        subjectId: c.row.id,
        transition: s.transition,
        fromState: s.from,
        toState: s.to,
        actorUserId: actor.userId,
        occurredAt: new Date(`${s.on}T10:00:00+08:00`),
        input: s.input,
        orgUnitId: c.row.orgUnitId,
        districtId: d.districtId,
      });
      d.audits.add(s.on, actor, {
        action: caseProcedure.transitions[s.transition].auditAction ?? `enforcement.case.${s.transition}`,
        subjectType: SUBJECT,
        subjectId: c.row.id,
        orgUnitId: c.row.orgUnitId,
        districtId: d.districtId,
        before: { state: s.from },
        after: { state: s.to },
        data: s.input,
      });
    }
  }
  await recordHistoricalSteps(tx, rows);
}

async function writeReviewsAndFilings(tx: Tx, d: DemoContext, cases: PlannedCase[]): Promise<void> {
  const reviews = cases.flatMap((c) =>
    c.reviews.map((r) => ({
      caseId: c.row.id,
      districtId: d.districtId,
      orgUnitId: c.row.orgUnitId,
      submittedOn: r.submittedOn,
      submittedBy: d.actors.handlerOf(c.row.orgUnitId).userId,
      reviewerUserId: d.actors.reviewer.userId,
      concludedOn: r.concludedOn,
      conclusion: r.conclusion,
      opinion: r.opinion,
      deviationFlagged: r.deviationFlagged,
    })),
  );
  await insertChunked(reviews, 1000, (chunk) => tx.insert(enforcementLegalReviews).values(chunk));
  for (const c of cases.filter((x) => x.filing)) {
    const f = c.filing!;
    const id = randomUUID();
    await tx.insert(enforcementFilings).values({
      id,
      caseId: c.row.id,
      districtId: d.districtId,
      orgUnitId: c.row.orgUnitId,
      decidedOn: f.decidedOn,
      dueOn: f.dueOn,
      filedOn: f.filedOn,
      filedBy: d.actors.handlerOf(c.row.orgUnitId).userId,
      reviewedOn: f.reviewedOn,
      reviewerUserId: d.actors.coordinator.userId,
      conclusion: 'approved',
      opinion: '经审查，该案事实清楚、证据确凿、程序合法、适用依据正确，准予备案',
    });
    const base = {
      subjectType: 'enforcement_filing',
      subjectId: id,
      orgUnitId: c.row.orgUnitId,
      districtId: d.districtId,
    };
    d.audits.add(f.decidedOn, d.actors.handlerOf(c.row.orgUnitId), {
      ...base,
      action: 'enforcement.filing.opened',
      after: { caseId: c.row.id, decidedOn: f.decidedOn, dueOn: f.dueOn },
    });
    d.audits.add(f.filedOn, d.actors.handlerOf(c.row.orgUnitId), {
      ...base,
      action: 'enforcement.filing.submitted',
      after: { caseId: c.row.id, dueOn: f.dueOn, filedOn: f.filedOn },
    });
    d.audits.add(f.reviewedOn, d.actors.coordinator, {
      ...base,
      action: 'enforcement.filing.reviewed',
      after: { conclusion: 'approved' },
    });
  }
}

/**
 * The clocks of the current year's running cases, each event on its own day: the handling clock from 立案
 * (paused by a hearing or a 检测检验 pause, extended once by the coordinator), or after the decision the
 * service, payment and publication clocks still running. Their urgency is brought to today by the sweep.
 */
export async function startRunningClocks(tx: Tx, d: DemoContext, cases: PlannedCase[]): Promise<void> {
  for (const c of cases.filter((x) => x.running)) {
    if (c.row.decidedOn) await startDecisionClocks(tx, d, c);
    else await startHandlingClock(tx, d, c);
  }
}

function clockInput(d: DemoContext, c: PlannedCase, def: ClockDef, startedOn: IsoDate, title: string) {
  return {
    def,
    subjectType: SUBJECT,
    subjectId: c.row.id,
    title: `执法案件 ${c.row.caseNumber} ${title}`,
    orgUnitId: c.row.orgUnitId,
    districtId: d.districtId,
    handlerUserId: d.actors.handlerOf(c.row.orgUnitId).userId,
    startedOn,
  };
}

async function startHandlingClock(tx: Tx, d: DemoContext, c: PlannedCase): Promise<void> {
  const r = c.row;
  const actor = d.actors.handlerOf(r.orgUnitId);
  const def = handlingClocks[r.kind as CaseKind];
  const on = (day: IsoDate) => ctxOn(d.db, actor, day);
  const clock = await startClock(tx, on(r.openedOn), clockInput(d, c, def, r.openedOn, '办理期限'));
  if (r.hearingRequestedOn && !r.hearingHeldOn)
    await pauseClock(tx, on(r.hearingRequestedOn), clock.id, r.hearingRequestedOn, '听证');
  const { pauseOn, extendedOn } = c.running ?? {};
  if (extendedOn) {
    const reason = '案情复杂，需进一步调查取证，经本部门负责人批准延长三十日';
    const ctx = ctxOn(d.db, d.actors.coordinator, extendedOn);
    await extendClock(tx, ctx, clock.id, { on: extendedOn, reason });
    await recordAudit(
      tx,
      ctx,
      caseEvent(d, c, 'enforcement.case.handling_extended', { on: extendedOn, reason }),
    );
  }
  if (pauseOn) {
    const note = '涉案产品送检，检验期间不计入办案期限';
    await tx.insert(enforcementHandlingPauses).values({
      caseId: r.id,
      districtId: d.districtId,
      orgUnitId: r.orgUnitId,
      ground: 'testing',
      startedOn: pauseOn,
      note,
      createdBy: actor.userId,
      createdAt: new Date(`${pauseOn}T15:00:00+08:00`),
    });
    // Basis: 处罚法 第六十条; 市场监督管理行政处罚程序规定 第六十四条 — 检测、检验、检疫、鉴定期间不计入.
    await pauseClock(tx, on(pauseOn), clock.id, pauseOn, '检测、检验、检疫、鉴定');
    await recordAudit(
      tx,
      on(pauseOn),
      caseEvent(d, c, 'enforcement.case.handling_paused', { ground: 'testing', on: pauseOn, note }),
    );
  }
}

const caseEvent = (d: DemoContext, c: PlannedCase, action: AuditAction, data: object) => ({
  action,
  subjectType: SUBJECT,
  subjectId: c.row.id,
  orgUnitId: c.row.orgUnitId,
  districtId: d.districtId,
  data,
});

async function startDecisionClocks(tx: Tx, d: DemoContext, c: PlannedCase): Promise<void> {
  const r = c.row;
  const decidedOn = r.decidedOn as IsoDate;
  const ctx = (day: IsoDate) => ctxOn(d.db, d.actors.handlerOf(r.orgUnitId), day);
  const service = serviceClocks.get(penaltyPeriodsOn(decidedOn));
  if (r.kind === 'penalty' && !r.servedOn && service)
    await startClock(tx, ctx(decidedOn), clockInput(d, c, service, decidedOn, '决定书送达'));
  if (r.servedOn && r.fineAmount && !r.executedOn)
    await startClock(tx, ctx(r.servedOn), clockInput(d, c, paymentClock, r.servedOn, '罚款缴纳'));
  if (!r.publishedOn)
    await startClock(
      tx,
      ctx(decidedOn),
      clockInput(d, c, publicationClocks[r.kind as CaseKind], decidedOn, '执法决定公示'),
    );
}
