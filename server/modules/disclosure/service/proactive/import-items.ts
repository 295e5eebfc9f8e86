import type { ProactiveCategory, Table2Kind } from '../../../../../common/contracts/disclosure/proactive.js';
import { assertCan } from '../../../../platform/authz/index.js';
import type { Actor, Ctx } from '../../../../platform/context.js';
import { inTransaction } from '../../../../platform/db/index.js';
import { type FieldProblem, type ParsedLedger, runImport } from '../../../../platform/io/index.js';
import type { OrgUnit } from '../../../../platform/org/index.js';
import { type ProactiveLedgerRow, parseChannels, proactiveLedger } from '../../io/proactive.js';
import { mayActForUnit } from './policy.js';
import { insertEntries, type NewEntry } from './register-item.js';
import { entryProblems } from './rules.js';
import { disclosingUnits, unitMatcher } from './units.js';

export interface ImportSummary {
  imported: number;
  late: number;
}

type Problems = FieldProblem<ProactiveLedgerRow>[];

/**
 * Imports a register sheet, all or nothing: every row is checked (unit known and the actor's own,
 * category and table 二 kind consistent, channels known, published no earlier than formed); one bad row
 * and nothing is written, with every bad row listed.
 */
export async function importItems(
  ctx: Ctx,
  parsed: ParsedLedger<ProactiveLedgerRow>,
): Promise<ImportSummary> {
  const actor = ctx.actor;
  assertCan(actor, 'disclosure.import_proactive');
  return inTransaction(ctx.db, async (tx) => {
    const match = unitMatcher(await disclosingUnits(tx, actor.districtId));
    const prepared: NewEntry[] = [];
    let late = 0;
    await runImport({
      ledger: proactiveLedger,
      parsed,
      validateRow: (row) => {
        const checked = checkRow(row, actor, match, ctx.today);
        if (Array.isArray(checked)) return checked;
        prepared.push(checked);
        return undefined;
      },
      write: async () => {
        const rows = await insertEntries(tx, ctx, prepared, 'import');
        late = rows.filter((r) => r.isLate).length;
        return rows.length;
      },
    });
    return { imported: prepared.length, late };
  });
}

function checkRow(
  row: ProactiveLedgerRow,
  actor: Actor,
  match: (text: string) => OrgUnit | undefined,
  today: string,
): Problems | NewEntry {
  const problems: Problems = [];
  const unit = match(row.orgUnit);
  if (!unit) {
    problems.push({
      field: 'orgUnit',
      message: `未找到公开单位“${row.orgUnit}”，请填本区单位的全称、简称或机构代码`,
    });
  } else if (!mayActForUnit(actor, unit)) {
    problems.push({ field: 'orgUnit', message: `只能导入本单位的信息，不能导入“${unit.name}”的信息` });
  }
  const { channels, unknown } = parseChannels(row.channels);
  if (unknown.length > 0)
    problems.push({ field: 'channels', message: `未知的公开方式：${unknown.join('、')}` });
  else if (channels.length === 0) problems.push({ field: 'channels', message: '请至少填写一种公开方式' });
  const content = {
    category: row.category as ProactiveCategory,
    table2Kind: (row.table2Kind as Table2Kind | null) ?? null,
    title: row.title.trim(),
    documentNumber: row.documentNumber?.trim() || null,
    formedOn: row.formedOn,
    publishedOn: row.publishedOn,
    channels,
    url: row.url?.trim() || null,
    summary: row.summary?.trim() || null,
  };
  for (const p of entryProblems(content, today)) {
    if (p.field !== 'channels') problems.push({ field: p.field, message: p.message });
  }
  if (problems.length > 0 || !unit) return problems;
  return { districtId: unit.districtId, orgUnitId: unit.id, content };
}
