import { eq } from 'drizzle-orm';
import {
  type BenchmarkRange,
  CIRCUMSTANCES,
} from '../../../../../common/contracts/enforcement/dictionaries.js';
import type { Actor, Ctx } from '../../../../platform/context.js';
import type { Tx } from '../../../../platform/db/index.js';
import type { FieldProblem, ParsedLedger } from '../../../../platform/io/index.js';
import { importLedger, type LedgerEntrySpec } from '../../../../platform/ledgers/index.js';
import type { ImportResult } from '../../../../../common/contracts/kit.js';
import { BenchmarkExportQuery } from '../../../../../common/contracts/enforcement/registry.js';
import type { z } from 'zod';
import { findBenchmarksForExport } from './find-benchmarks.js';
import type { OrgUnit } from '../../../../platform/org/index.js';
import { powers } from '../../../powers/index.js';
import { mayActForUnit } from '../../policy.js';
import { type BenchmarkLedgerRow, benchmarkLedger, toBenchmarkLedgerRow } from '../io.js';
import { rangeProblems } from '../../rules/discretion.js';
import { enforcementBenchmarks as bm } from '../schema.js';
import type { BenchmarkContent } from './benchmark-checks.js';
import { insertBenchmarks } from './create-benchmark.js';
import { confirmedBodyUnits, unitMatcher } from './units.js';

type Row = BenchmarkLedgerRow;
type Problems = FieldProblem<Row>[];
type Prepared = { orgUnitId: string | null; districtId: string; content: BenchmarkContent };

/**
 * Imports discretion benchmarks, all or nothing: the body the actor's own (blank = district-wide, the
 * coordinator only), the power code one of the body's 行政处罚 items in force, the code new in the district,
 * the bands checked by rules/discretion.ts. Every bad row is listed.
 * Keyed by 基准编号: a row read back unchanged is left alone; a changed one is refused (corrected in the
 * system, where the change is audited).
 */
export const benchmarksLedger: LedgerEntrySpec<Row, z.output<typeof BenchmarkExportQuery>, Prepared> = {
  key: 'enforcement.benchmarks',
  ledger: benchmarkLedger,
  title: '裁量基准',
  base: '/api/v1/enforcement/benchmarks',
  tag: 'enforcement',
  naturalKey: ['code'],
  exportOnly: [],
  export: {
    permission: 'enforcement.export',
    query: BenchmarkExportQuery,
    rows: async (ctx, { format: _format, ...filters }) =>
      (await findBenchmarksForExport(ctx, filters)).map(toBenchmarkLedgerRow),
  },
  import: {
    permissions: ['enforcement.import', 'enforcement.manage_benchmarks'],
    changed: '已有的裁量基准请在系统中修订（修订留痕，已作出的决定仍按原基准）',
    prepare: async (tx, ctx) => {
      const actor = ctx.actor!;
      const units = (await confirmedBodyUnits(tx, actor.districtId)).filter((u) => mayActForUnit(actor, u));
      const lookups = {
        match: unitMatcher(units),
        penaltyPowers: await penaltyPowersByUnit(tx, units),
        codes: new Set(
          (await tx.select({ code: bm.code }).from(bm).where(eq(bm.districtId, actor.districtId))).map(
            (r) => r.code,
          ),
        ),
      };
      return {
        create: (row) => checkBenchmarkRow(row, actor, lookups),
        write: async (created) => {
          await insertBenchmarks(tx, ctx, created, 'import');
          return {};
        },
      };
    },
  },
};

/** Imports the register, all or nothing, idempotent on its key (see `benchmarksLedger`). */
export function importBenchmarks(ctx: Ctx, parsed: ParsedLedger<Row>): Promise<ImportResult> {
  return importLedger(benchmarksLedger, ctx, parsed);
}

type PowerRef = { id: string; orgUnitId: string };

/** Each unit's 行政处罚 powers in force, by code ('' holds every unit's, for district-wide benchmarks). */
async function penaltyPowersByUnit(tx: Tx, units: OrgUnit[]): Promise<Map<string, Map<string, PowerRef>>> {
  const byUnit = new Map<string, Map<string, PowerRef>>([['', new Map()]]);
  for (const unit of units) {
    const held = await powers.findUnitPowers(tx, unit.id, 'penalty');
    byUnit.set(unit.id, new Map(held.map((p) => [p.code, p])));
    for (const p of held) byUnit.get('')!.set(p.code, p);
  }
  return byUnit;
}

function checkBenchmarkRow(
  row: Row,
  actor: Actor,
  lookups: {
    match: ReturnType<typeof unitMatcher>;
    penaltyPowers: Map<string, Map<string, PowerRef>>;
    codes: Set<string>;
  },
): Problems | Prepared {
  const problems: Problems = [];
  const unitText = row.orgUnit?.trim() || null;
  const unit = unitText ? lookups.match(unitText) : null;
  if (unitText && !unit)
    problems.push({ field: 'orgUnit', message: `“${unitText}”不是本区已确认的、本人可管理的行政执法主体` });
  if (!unitText && actor.role !== 'coordinator')
    problems.push({ field: 'orgUnit', message: '请填写执法主体（全区通用的裁量基准只能由依法治区办设置）' });
  let powerItemId: string | null = null;
  if (row.powerItemCode) {
    const power = lookups.penaltyPowers.get(unit?.id ?? '')?.get(row.powerItemCode.trim());
    if (!power)
      problems.push({
        field: 'powerItemCode',
        message: `“${row.powerItemCode}”不是该主体有效的行政处罚类事项`,
      });
    else powerItemId = power.id;
  }
  const code = row.code.trim();
  if (lookups.codes.has(code))
    problems.push({ field: 'code', message: `基准编号“${code}”已被使用，同一区内编号不能重复` });
  const { ranges, problems: bandProblems } = bandsOf(row);
  problems.push(...bandProblems);
  if (problems.length > 0) return problems;
  return {
    orgUnitId: unit?.id ?? null,
    districtId: actor.districtId,
    content: {
      powerItemId,
      code,
      violation: row.violation.trim(),
      violationBasis: row.violationBasis?.trim() || null,
      penaltyBasis: row.penaltyBasis.trim(),
      ranges,
    },
  };
}

/** The bands typed in the row's nine columns; a band needs both amounts; at least one band. */
function bandsOf(row: Row): { ranges: BenchmarkRange[]; problems: Problems } {
  const ranges: BenchmarkRange[] = [];
  const problems: Problems = [];
  for (const { code, label } of CIRCUMSTANCES) {
    const min = row[`${code}Min`];
    const max = row[`${code}Max`];
    if (min === null && max === null) continue;
    if (min === null || max === null) {
      problems.push({
        field: `${code}${min === null ? 'Min' : 'Max'}`,
        message: `请同时填写${label}情节的罚款上下限`,
      });
      continue;
    }
    ranges.push({
      circumstance: code,
      fineMin: min,
      fineMax: max,
      description: row[`${code}Description`] ?? '',
    });
  }
  if (ranges.length === 0 && problems.length === 0)
    problems.push({ field: 'generalMin', message: '请至少填写一个情节的罚款幅度' });
  for (const p of rangeProblems(ranges)) {
    const [, index, field] = p.path.split('.');
    const band = ranges[Number(index)]!.circumstance;
    problems.push({ field: `${band}${field === 'fineMin' ? 'Min' : 'Max'}`, message: p.message });
  }
  return { ranges, problems };
}
