import { createHash, randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { addWorkingDays, type IsoDate } from '../../../../common/calendar/index.js';
import type { CaseKind } from '../../../../common/contracts/enforcement/dictionaries.js';
import { startClock } from '../../../platform/clocks/index.js';
import { noteIssuedDocumentNumber } from '../../../platform/documents/index.js';
import { DECISION_DOCUMENT_KINDS } from '../cases/service/decision-number.js';
import type { Tx } from '../../../platform/db/index.js';
import { type HistoricalStep, recordHistoricalSteps } from '../../../platform/procedures/index.js';
import { caseProcedure, handlingClocks } from '../procedure.js';
import { withdrawalWorkingDaysOn } from '../rules/periods.js';
import { refreshPublicTexts } from '../publication/service/public-texts.js';
import {
  enforcementCases,
  enforcementEvidence,
  enforcementFiles,
  enforcementFilings,
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
    cases.map((c) => ({ ...c.row, createdBy: d.actors.handlerOf(c.row.orgUnitId).userId })),
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

/** Moves each body's 2020 decision counters past the demo's numbers, so a live 2020 decision continues them. */
async function noteDemoDecisionNumbers(tx: Tx, cases: PlannedCase[]): Promise<void> {
  const last = new Map<string, { unitId: string; kind: CaseKind; sequence: number }>();
  for (const c of cases) {
    if (!c.row.decidedOn) continue;
    const kind = c.row.kind as CaseKind;
    const sequence = Number(/〕(\d+)号$/.exec(c.row.decisionNumber ?? '')?.[1] ?? 0);
    const key = `${c.row.orgUnitId}/${kind}`;
    if (sequence > (last.get(key)?.sequence ?? 0)) last.set(key, { unitId: c.row.orgUnitId, kind, sequence });
  }
  for (const n of last.values()) {
    await noteIssuedDocumentNumber(tx, { ...n, kind: DECISION_DOCUMENT_KINDS[n.kind], year: 2020 });
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

/** The open cases' handling clocks (处罚法 第六十条: 90 days from 立案), started on their opening day. */
export async function startOpenClocks(tx: Tx, d: DemoContext, cases: PlannedCase[]): Promise<void> {
  for (const c of cases.filter((x) => x.isOpen)) {
    const actor = d.actors.handlerOf(c.row.orgUnitId);
    await startClock(tx, ctxOn(d.db, actor, c.row.openedOn as IsoDate), {
      def: handlingClocks.penalty,
      subjectType: SUBJECT,
      subjectId: c.row.id,
      title: `执法案件 ${c.row.caseNumber}`,
      orgUnitId: c.row.orgUnitId,
      districtId: d.districtId,
      handlerUserId: actor.userId,
      startedOn: c.row.openedOn as IsoDate,
    });
  }
}
