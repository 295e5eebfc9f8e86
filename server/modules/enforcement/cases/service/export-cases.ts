import { inArray } from 'drizzle-orm';
import type { Ctx } from '../../../../platform/context.js';
import type { Executor } from '../../../../platform/db/index.js';
import { powers } from '../../../powers/index.js';
import { type CaseLedgerRow, toCaseLedgerRow } from '../io.js';
import { enforcementBenchmarks, enforcementOfficers } from '../../registry/schema.js';
import { type CaseFilters, type CaseListRow, findCasesForExport } from './find-cases.js';

async function codesOf(db: Executor, page: CaseListRow[]) {
  const uniq = (ids: (string | null)[]) => [...new Set(ids.filter((i): i is string => !!i))];
  const benchmarkIds = uniq(page.map((r) => r.benchmarkId));
  const officerIds = uniq(page.flatMap((r) => r.handlerOfficerIds));
  const [powerList, benchmarks, officers] = await Promise.all([
    powers.findHeldPowers(db, uniq(page.map((r) => r.powerItemId))),
    benchmarkIds.length
      ? db
          .select({ id: enforcementBenchmarks.id, code: enforcementBenchmarks.code })
          .from(enforcementBenchmarks)
          .where(inArray(enforcementBenchmarks.id, benchmarkIds))
      : [],
    officerIds.length
      ? db
          .select({ id: enforcementOfficers.id, code: enforcementOfficers.certificateNumber })
          .from(enforcementOfficers)
          .where(inArray(enforcementOfficers.id, officerIds))
      : [],
  ]);
  const map = (list: { id: string; code: string }[]) => new Map(list.map((x) => [x.id, x.code]));
  return { power: map(powerList), benchmark: map(benchmarks), officer: map(officers) };
}

/** The case ledger's rows for an export, a page of 1,000 at a time (same scope and filters as the list). */
export async function* exportCaseRows(ctx: Ctx, filters: CaseFilters): AsyncGenerator<CaseLedgerRow> {
  for await (const page of findCasesForExport(ctx, filters)) {
    const codes = await codesOf(ctx.db, page);
    for (const r of page) {
      yield toCaseLedgerRow(r, {
        power: codes.power.get(r.powerItemId) ?? '',
        benchmark: (r.benchmarkId && codes.benchmark.get(r.benchmarkId)) || null,
        certificates: r.handlerOfficerIds.map((id) => codes.officer.get(id) ?? '').join('、'),
      });
    }
  }
}
