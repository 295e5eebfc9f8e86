import type { z } from 'zod';
import {
  type ProactiveCategory,
  ProactiveExportQuery,
  ProactiveImportResult,
  type Table2Kind,
} from '../../../../../common/contracts/disclosure/proactive.js';
import type { Actor, Ctx } from '../../../../platform/context.js';
import type { FieldProblem, ParsedLedger } from '../../../../platform/io/index.js';
import { importLedger, type LedgerEntrySpec } from '../../../../platform/ledgers/index.js';
import type { OrgUnit } from '../../../../platform/org/index.js';
import { type ProactiveLedgerRow, parseChannels, proactiveLedger, toLedgerRow } from '../../io/proactive.js';
import { findItemsForExport } from './find-items.js';
import { mayActForUnit } from './policy.js';
import { insertEntries, type NewEntry } from './register-item.js';
import { entryProblems } from './rules.js';
import { disclosingUnits, unitMatcher } from './units.js';

export type ImportSummary = ProactiveImportResult;
type ExportQuery = z.output<typeof ProactiveExportQuery>;
type Problems = FieldProblem<ProactiveLedgerRow>[];

/**
 * The proactive register (主动公开台账) as a declared ledger. An entry has no number of its own, so it is known
 * by its unit, title, the day the information was formed, the day and the channels it was published through
 * (a unit may register one notice once per channel): re-importing an entry changes nothing. Every new row is checked (unit known and the actor's own,
 * category and table 二 kind consistent, channels known, published no earlier than formed); a row that differs
 * from its entry is refused — an entry is corrected in the system, where the change is audited.
 */
export const proactiveItemsLedger: LedgerEntrySpec<ProactiveLedgerRow, ExportQuery, NewEntry> = {
  key: 'disclosure.proactive_items',
  aliases: ['disclosure-proactive'],
  ledger: proactiveLedger,
  title: '主动公开台账',
  base: '/api/v1/disclosure/proactive-items',
  tag: 'disclosure',
  naturalKey: ['orgUnit', 'title', 'formedOn', 'publishedOn', 'channels'],
  exportOnly: ['dueOn', 'isLate', 'status'],
  export: {
    permission: 'disclosure.export_proactive',
    query: ProactiveExportQuery,
    rows: async (ctx, { format: _format, ...filters }) =>
      (await findItemsForExport(ctx, filters)).map(toLedgerRow),
  },
  import: {
    permissions: ['disclosure.import_proactive'],
    changed: '已登记的主动公开信息请在系统中修改',
    result: ProactiveImportResult,
    prepare: async (tx, ctx) => {
      const actor = ctx.actor!;
      const match = unitMatcher(await disclosingUnits(tx, actor.districtId));
      return {
        create: (row) => checkRow(row, actor, match, ctx.today),
        write: async (created) => {
          const rows = await insertEntries(tx, ctx, created, 'import');
          return { late: rows.filter((r) => r.isLate).length };
        },
      };
    },
  },
};

/** Imports a register sheet, all or nothing, idempotent (see `proactiveItemsLedger`). */
export function importItems(ctx: Ctx, parsed: ParsedLedger<ProactiveLedgerRow>): Promise<ImportSummary> {
  return importLedger(proactiveItemsLedger, ctx, parsed) as Promise<ImportSummary>;
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
