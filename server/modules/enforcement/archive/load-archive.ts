import { and, asc, eq, inArray } from 'drizzle-orm';
import { assertCan, can } from '../../../platform/authz/index.js';
import { type AuditEventRecord, findAuditEvents } from '../../../platform/audit/index.js';
import type { Actor, Ctx } from '../../../platform/context.js';
import type { Executor } from '../../../platform/db/index.js';
import { notFound } from '../../../platform/errors.js';
import { orgUnits, users } from '../../../platform/org/index.js';
import { findProcedureSteps, type ProcedureStep } from '../../../platform/procedures/index.js';
import { powers } from '../../powers/index.js';
import { enforcementScope } from '../policy.js';
import { caseProcedure } from '../procedure.js';
import {
  type EnforcementCaseRow,
  enforcementCases as c,
  enforcementEvidence as e,
  enforcementFiles as f,
  enforcementLegalReviews as r,
  type EvidenceRow,
  type LegalReviewRow,
} from '../cases/schema.js';
import { enforcementOfficers as o } from '../registry/schema.js';

type HeldPower = Awaited<ReturnType<typeof powers.findHeldPowers>>[number];

export interface ArchiveEvidence extends EvidenceRow {
  sizeBytes: number;
  content: Buffer;
}

export type AuditEventRow = AuditEventRecord;

/** Everything the archive of one case holds, read in one snapshot. */
export interface CaseArchiveData {
  row: EnforcementCaseRow;
  orgUnitName: string;
  power: HeldPower | null;
  officers: { name: string; certificateNumber: string }[];
  steps: (ProcedureStep & { actorName: string | null })[];
  evidence: ArchiveEvidence[];
  reviews: (LegalReviewRow & { reviewerName: string | null })[];
  auditEvents: AuditEventRow[];
  /** The phone and address are shown whole only to those who handle cases (the ID number never is). */
  showContact: boolean;
}

async function loadScopedCase(db: Executor, actor: Actor, id: string) {
  const [found] = await db
    .select({ row: c, orgUnitName: orgUnits.name })
    .from(c)
    .innerJoin(orgUnits, eq(orgUnits.id, c.orgUnitId))
    .where(and(eq(c.id, id), enforcementScope(actor, c.orgUnitId, c.districtId)));
  if (!found) throw notFound('执法案件');
  return found;
}

async function userNames(db: Executor, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => !!x))];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .select({ id: users.id, name: users.displayName })
    .from(users)
    .where(inArray(users.id, wanted));
  return new Map(rows.map((u) => [u.id, u.name]));
}

function loadEvidence(db: Executor, caseId: string): Promise<ArchiveEvidence[]> {
  return db
    .select({ evidence: e, sizeBytes: f.sizeBytes, content: f.content })
    .from(e)
    .innerJoin(f, eq(f.sha256, e.sha256))
    .where(eq(e.caseId, caseId))
    .orderBy(asc(e.collectedOn), asc(e.uploadedAt), asc(e.id))
    .then((rows) => rows.map((x) => ({ ...x.evidence, sizeBytes: x.sizeBytes, content: x.content })));
}

/** The subject types a case's record is audited under (the case and its clocks, evidence, reviews, filing). */
const CASE_SUBJECT_TYPES = [
  'enforcement_case',
  'enforcement_evidence',
  'enforcement_legal_review',
  'enforcement_filing',
];

/** The audit events about the case and its parts, in chain order. */
function loadAuditEvents(db: Executor, subjectIds: string[]): Promise<AuditEventRow[]> {
  return findAuditEvents(db, { subjectTypes: CASE_SUBJECT_TYPES, subjectIds });
}

async function loadOfficers(db: Executor, ids: string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ id: o.id, name: o.name, certificateNumber: o.certificateNumber })
    .from(o)
    .where(inArray(o.id, ids));
  const byId = new Map(rows.map((x) => [x.id, x]));
  return ids.flatMap((id) => {
    const x = byId.get(id);
    return x ? [{ name: x.name, certificateNumber: x.certificateNumber }] : [];
  });
}

async function loadRest(db: Executor, found: { row: EnforcementCaseRow; orgUnitName: string }) {
  const id = found.row.id;
  // One connection in the snapshot: the reads run one after another.
  const steps = await findProcedureSteps(db, caseProcedure.key, id);
  const evidence = await loadEvidence(db, id);
  const reviews = await db
    .select()
    .from(r)
    .where(eq(r.caseId, id))
    .orderBy(asc(r.submittedOn), asc(r.createdAt));
  const officers = await loadOfficers(db, found.row.handlerOfficerIds);
  const [power] = await powers.findHeldPowers(db, [found.row.powerItemId]);
  const names = await userNames(db, [
    ...steps.map((s) => s.actorUserId),
    ...reviews.map((x) => x.reviewerUserId),
  ]);
  const audit = await loadAuditEvents(db, [id, ...evidence.map((x) => x.id), ...reviews.map((x) => x.id)]);
  return {
    ...found,
    power: power ?? null,
    officers,
    steps: steps.map((s) => ({ ...s, actorName: s.actorUserId ? (names.get(s.actorUserId) ?? null) : null })),
    evidence,
    reviews: reviews.map((x) => ({
      ...x,
      reviewerName: x.reviewerUserId ? (names.get(x.reviewerUserId) ?? null) : null,
    })),
    auditEvents: audit,
  };
}

/** Loads a case in the actor's scope and its whole record, in one read-only snapshot. */
export async function loadCaseArchive(ctx: Ctx, id: string): Promise<CaseArchiveData> {
  // The archive carries every evidence file (decision 0024 §3).
  assertCan(ctx.actor, 'enforcement.view_evidence');
  const actor = ctx.actor;
  return ctx.db.transaction(
    async (tx) => {
      const found = await loadScopedCase(tx, actor, id);
      const rest = await loadRest(tx, found);
      return { ...rest, showContact: can(actor, 'enforcement.handle_case') };
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
}
