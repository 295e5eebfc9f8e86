import type { CaseKind, MajorReason } from '../../../../../common/contracts/enforcement/dictionaries.js';
import { eq } from 'drizzle-orm';
import { findClocksForSubject, startClock, stopClock } from '../../../../platform/clocks/index.js';
import type { Ctx } from '../../../../platform/context.js';
import type { Tx } from '../../../../platform/db/index.js';
import type { ParsedLedger } from '../../../../platform/io/index.js';
import { importLedger, type LedgerEntrySpec } from '../../../../platform/ledgers/index.js';
import type { z } from 'zod';
import { CaseExportQuery, CaseImportResult } from '../../../../../common/contracts/enforcement/cases.js';
import { exportCaseRows } from './export-cases.js';
import { type CaseLedgerRow, caseLedger } from '../io.js';
import { publicationClocks } from '../../procedure.js';
import {
  type EnforcementCaseRow,
  enforcementCases,
  enforcementLegalReviews,
  type NewEnforcementCaseRow,
} from '../schema.js';
import { openFiling } from '../../filings/service/create-filing.js';
import { getSettings } from '../../registry/service/lookups.js';
import {
  decisionForm,
  decisionProblems,
  type ImportLookups,
  loadImportLookups,
  majorByAmount,
  openingForm,
  asColumns,
  type Problems,
} from './import-checks.js';
import { insertCase, openingColumns } from './open-case.js';
import { confirmedBodies, majorOnOpening, openCaseProblems } from './open-case-checks.js';
import { noteImportedDecisionNumber } from './decision-number.js';
import { refreshPublicTexts } from '../../publication/service/public-texts.js';
import { decisionTerms } from '../../rules/penalty-rights.js';
import { CASE_SUBJECT_TYPE, caseTitle } from './records.js';

interface Prepared {
  values: NewEnforcementCaseRow;
  reviewedOn: string | null;
}

const PENALTY_OUTCOMES = new Set([
  'warning',
  'fine',
  'confiscation',
  'licence_sanction',
  'business_restriction',
  'detention',
]);

function stateOf(row: CaseLedgerRow): string {
  if (row.closedOn) return 'closed';
  if (row.servedOn) return 'served';
  return row.decidedOn ? 'decided' : 'investigating';
}

/** One row checked as 立案 and 决定 check it: its problems, or the case it describes. */
async function checkRow(
  tx: Tx,
  ctx: Ctx,
  row: CaseLedgerRow,
  l: ImportLookups,
): Promise<Problems | Prepared> {
  const opening = await openingForm(row, ctx.actor!, l);
  if (Array.isArray(opening)) return opening;
  const { form, unit } = opening;
  const problems = asColumns(await openCaseProblems(tx, form, unit, ctx.today));
  const opened = await majorOnOpening(tx, { ...form, isMajor: row.isMajor ?? false }, unit.id);
  const byAmount = majorByAmount(row, l);
  const isMajor = opened.isMajor || byAmount;
  problems.push(...decisionProblems(row, form, isMajor, l, ctx.today));
  if (problems.length > 0) return problems;
  const d = decisionForm(row);
  const reasons: MajorReason[] = [
    ...opened.majorReasons,
    ...(byAmount ? (['amount_threshold'] as const) : []),
  ];
  const values: NewEnforcementCaseRow = {
    ...openingColumns(form),
    districtId: unit.districtId,
    orgUnitId: unit.id,
    state: stateOf(row),
    isMajor,
    majorReasons: reasons,
    ...(d && {
      decidedOn: d.on ?? null,
      // An imported decision keeps the 文号 it was issued with (checked present by import-checks).
      decisionNumber: row.decisionNumber,
      outcome: d.outcome,
      circumstance: d.circumstance ?? null,
      fineAmount: d.fineAmount == null ? null : d.fineAmount.toFixed(2),
      confiscationAmount: d.confiscationAmount == null ? null : d.confiscationAmount.toFixed(2),
      decisionText: d.decisionText || null,
      decisionBasis: d.decisionBasis ?? null,
      penaltyKinds: form.kind === 'penalty' ? [...decisionTerms(d).kinds] : null,
      benchmarkDeviation: !!d.deviationReason,
      deviationReason: d.deviationReason ?? null,
      servedOn: row.servedOn,
      closedOn: row.closedOn,
      publicationState: row.publishedOn ? 'published' : 'pending',
      publishedOn: row.publishedOn,
    }),
  };
  return { values, reviewedOn: row.reviewedOn };
}

/**
 * The case ledger (行政执法案件台账) as a declared ledger, keyed by 案件编号. A new row is a historical case,
 * checked as 立案 (body, power, officers on the opening day, benchmark, number) and 决定 (outcome, amounts,
 * benchmark, 法制审核 of a major decision) check it. A known number read back unchanged is left alone; a row
 * that differs is refused: a case moves only through its statutory steps, and a decided case is not rewritten.
 */
export const casesLedger: LedgerEntrySpec<CaseLedgerRow, z.output<typeof CaseExportQuery>, Prepared> = {
  key: 'enforcement.cases',
  ledger: caseLedger,
  title: '行政执法案件台账',
  base: '/api/v1/enforcement/cases',
  tag: 'enforcement',
  naturalKey: ['caseNumber'],
  exportOnly: ['state', 'publicationState', 'handlingDueOn'],
  export: {
    permission: 'enforcement.export',
    query: CaseExportQuery,
    rows: (ctx, { format: _format, ...filters }) => exportCaseRows(ctx, filters),
  },
  import: {
    permissions: ['enforcement.import'],
    changed: '已登记的案件只能在系统中按执法程序办理，已作出决定的案件不得改写',
    result: CaseImportResult,
    prepare: async (tx, ctx) => {
      const actor = ctx.actor!;
      const bodies = await confirmedBodies(tx, actor.districtId);
      const settings = await getSettings(tx, actor.districtId);
      const lookups = await loadImportLookups(tx, actor.districtId, bodies, settings);
      return {
        create: (row) => checkRow(tx, ctx, row, lookups),
        write: async (created) => {
          for (const p of created) await writeImported(tx, ctx, p);
          return { decided: created.filter((p) => p.values.decidedOn).length };
        },
      };
    },
  },
};

/** Imports historical cases, all or nothing, idempotent on 案件编号 (see `casesLedger`). */
export function importCases(ctx: Ctx, parsed: ParsedLedger<CaseLedgerRow>): Promise<CaseImportResult> {
  return importLedger(casesLedger, ctx, parsed) as Promise<CaseImportResult>;
}

/** Writes one imported case, its 法制审核, its clocks replayed from the ledger's dates, and its filing. */
async function writeImported(tx: Tx, ctx: Ctx, p: Prepared): Promise<void> {
  const row = await insertCase(tx, ctx, p.values, 'enforcement.case.imported');
  if (p.reviewedOn) {
    await tx.insert(enforcementLegalReviews).values({
      caseId: row.id,
      districtId: row.districtId,
      orgUnitId: row.orgUnitId,
      submittedOn: p.reviewedOn,
      submittedBy: ctx.actor?.userId ?? null,
      concludedOn: p.reviewedOn,
      conclusion: 'lawful',
      opinion: '（导入的历史案件）',
    });
  }
  if (!row.decidedOn) return;
  if (row.decisionNumber)
    await noteImportedDecisionNumber(tx, row.orgUnitId, row.kind as CaseKind, row.decisionNumber);
  await replayDecidedClocks(tx, ctx, row, row.decidedOn);
  if (row.publicationState === 'published') await refreshPublicTexts(tx, eq(enforcementCases.id, row.id));
  if (row.kind === 'penalty' && row.isMajor && row.outcome && PENALTY_OUTCOMES.has(row.outcome))
    await openFiling(tx, ctx, row, row.decidedOn);
}

/** The handling clock stops on the decision day; the publication clock runs from it (stopped if published). */
async function replayDecidedClocks(tx: Tx, ctx: Ctx, row: EnforcementCaseRow, decidedOn: string) {
  for (const clock of await findClocksForSubject(tx, CASE_SUBJECT_TYPE, row.id))
    await stopClock(tx, ctx, clock.id, decidedOn, '作出决定（导入）');
  const publication = await startClock(tx, ctx, {
    def: publicationClocks[row.kind as CaseKind],
    subjectType: CASE_SUBJECT_TYPE,
    subjectId: row.id,
    title: caseTitle(row.caseNumber),
    orgUnitId: row.orgUnitId,
    districtId: row.districtId,
    handlerUserId: ctx.actor?.userId ?? null,
    startedOn: decidedOn,
  });
  if (row.publishedOn) await stopClock(tx, ctx, publication.id, row.publishedOn, '已公示（导入）');
  // The due day is the clock's (its start is audited by the clock service); the row mirrors it for lists.
  await tx
    .update(enforcementCases)
    .set({ publicationDueOn: publication.dueOn })
    .where(eq(enforcementCases.id, row.id));
}
