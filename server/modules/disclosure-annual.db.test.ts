/**
 * The 政府信息公开工作年度报告's tables on a seeded world (decision 0033): table 二 from the enforcement records and
 * the imported figures, table 三 identical to `disclosure-table3`, table 四 from imports, their checks; the
 * import all or nothing. Here (not in the module) because it seeds enforcement cases as well.
 */
import { Command } from 'commander';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AnnualReport } from '../../common/contracts/reports/annual.js';
import { ImportRejected } from '../platform/io/index.js';
import { defineLedgerEntry } from '../platform/ledgers/index.js';
import {
  assembleReport,
  type FigureLedgerRow,
  figureLedger,
  figuresLedger,
} from '../platform/reports/index.js';
import { expectAudit } from '../test/audit.js';
import { ledgerFile } from '../test/ledger-files.js';
import { createTestDatabase, type TestDatabase } from '../test/test-db.js';
import { buildTestApp } from '../test/test-server.js';
import { insertRequest } from './disclosure/table3/test-fixtures.js';
import { getTable3 } from './disclosure/table3/service.js';
import { reportsModule } from './reports/index.js';
import { insertDecidedCase } from './enforcement/publication/service/test-fixtures.js';
import { buildEnforcementWorld, type EnforcementWorld } from './enforcement/test-support.js';

let t: TestDatabase;
let w: EnforcementWorld;
const entry = defineLedgerEntry(figuresLedger);
const SOURCE = '省政务服务平台导出 2022-01-05';

type Figure = Partial<FigureLedgerRow>;
const fig = (unitCode: string, year: number, figureKey: string, value: number, source = SOURCE): Figure => ({
  unitCode,
  year,
  figureKey,
  value,
  source,
});

async function importFigures(rows: Figure[]) {
  const file = await ledgerFile(figureLedger, rows);
  return entry.importFile(w.as(w.coordinator, '2022-01-10'), file, 'xlsx');
}

const report = (year: number, unit?: string) =>
  assembleReport(t.db, 'system', { report: 'disclosure_annual', year, ...(unit ? { unit } : {}) });
type Row2 = { item: string; values: Record<string, number | null>; sources: Record<string, string[]> };
const rows2 = (doc: AnnualReport) => doc.tables['二']!.rows as Row2[];
const item = (doc: AnnualReport, key: string) => rows2(doc).find((r) => r.item === key)!;
const checkMessages = (doc: AnnualReport) => doc.checks.map((c) => c.message);

beforeAll(async () => {
  t = await createTestDatabase();
  w = await buildEnforcementWorld(t.db);
  // 2021: two penalty decisions (one 不予处罚 — a decision too) and one coercive measure; one penalty of 2020.
  await insertDecidedCase(w, { decidedOn: '2021-03-01' });
  await insertDecidedCase(w, {
    decidedOn: '2021-04-01',
    outcome: 'no_penalty',
    fineAmount: null,
    body: 'housing',
  });
  await insertDecidedCase(w, {
    decidedOn: '2021-05-01',
    kind: 'coercion',
    outcome: 'coercive_measure',
    fineAmount: null,
  });
  await insertDecidedCase(w, { decidedOn: '2020-12-30' });
  const base = { orgUnitId: w.market.id, districtId: w.market.districtId };
  await insertRequest(t.db, {
    ...base,
    applicantType: 'natural_person',
    receivedOn: '2021-03-02',
    concludedOn: '2021-03-20',
    outcome: 'granted',
  });
  await insertRequest(t.db, { ...base, applicantType: 'business', receivedOn: '2021-12-30' });
  const [market, housing] = [w.market.code, w.housing.code];
  await importFigures([
    fig(market, 2021, 'disclosure.table2.licensing_decisions', 100),
    fig(housing, 2021, 'disclosure.table2.licensing_decisions', 28, '区住建局审批台账 2022-01-04'),
    fig(market, 2021, 'disclosure.table2.fees_amount_wan', 12.35),
    fig(market, 2021, 'disclosure.table2.regulations_in_force', 20),
    fig(market, 2022, 'disclosure.table2.regulations_issued', 3),
    fig(market, 2022, 'disclosure.table2.regulations_repealed', 1),
    fig(market, 2022, 'disclosure.table2.regulations_in_force', 25),
    ...['upheld', 'corrected', 'other', 'pending'].map((r, i) =>
      fig(market, 2021, `disclosure.table4.reconsideration_${r}`, i + 1),
    ),
    fig(market, 2021, 'disclosure.table4.reconsideration_total', 11),
  ]);
}, 180_000);
afterAll(async () => {
  await t?.drop();
});

describe('table 二', () => {
  it('counts the year’s 行政处罚 and 行政强制 decisions from the enforcement records', async () => {
    const doc = await report(2021);
    expect(item(doc, 'penalty').values).toEqual({ decisions: 2 });
    expect(item(doc, 'coercion').values).toEqual({ decisions: 1 });
    // A department's report counts its own cases only.
    const housing = await report(2021, w.housing.code);
    expect(item(housing, 'penalty').values).toEqual({ decisions: 1 });
    expect(item(housing, 'coercion').values).toEqual({ decisions: 0 });
  });

  it('takes the other cells from the imports, summed over the units in scope, with their sources', async () => {
    const doc = await report(2021);
    expect(item(doc, 'licensing').values).toEqual({ decisions: 128 });
    expect(item(doc, 'licensing').sources.decisions).toEqual([SOURCE, '区住建局审批台账 2022-01-04'].sort());
    expect(item(doc, 'fees').values).toEqual({ amount_wan: 12.35 });
    const feeCell = doc.tables['二']!.layout.flat().find(
      (c) => c.figure?.key === 'disclosure.table2.fees_amount_wan',
    );
    expect(feeCell).toMatchObject({ text: '12.35', colSpan: 3, note: `来源：${SOURCE}` });
    const housing = await report(2021, w.housing.code);
    expect(item(housing, 'licensing').values).toEqual({ decisions: 28 });
  });

  it('shows a figure nobody imported as “—” with a warning naming its key, not as 0', async () => {
    const doc = await report(2021);
    expect(item(doc, 'regulations').values).toEqual({ issued: null, repealed: null, in_force: 20 });
    const warning = doc.checks.find((c) => c.keys.includes('disclosure.table2.regulations_issued'));
    expect(warning).toMatchObject({ level: 'warning' });
    expect(warning?.message).toContain('规章 本年制发件数');
    const cell = doc.tables['二']!.layout.flat().find((c) => c.note?.includes('regulations_issued'));
    expect(cell?.text).toBe('—');
  });

  it('flags 现行有效件数 that is not last year’s + 本年制发 − 本年废止, and passes once corrected', async () => {
    const wrong = await report(2022);
    expect(checkMessages(wrong).join('\n')).toContain(
      '现行有效件数 25 与上年现行有效 20 + 本年制发 3 − 本年废止 1 = 22 不符',
    );
    const result = await importFigures([
      fig(w.market.code, 2022, 'disclosure.table2.regulations_in_force', 22),
    ]);
    expect(result).toMatchObject({ imported: 0, updated: 1 });
    const [event] = await expectAudit(t.db, { action: 'reports.figure.corrected', count: 1 });
    expect(event!.before).toMatchObject({ value: 25 });
    expect(checkMessages(await report(2022)).join('\n')).not.toContain('不符');
  });

  it('takes the 行政规范性文件 row from the normative-docs records, not from an import', async () => {
    const doc = await report(2021);
    expect(item(doc, 'normative_documents').values).toEqual({ issued: 0, repealed: 0, in_force: 0 });
    expect(item(doc, 'normative_documents').sources).toEqual({});
    const cell = doc.tables['二']!.layout.flat().find(
      (c) => c.figure?.key === 'normative_docs.disclosure_counts',
    );
    expect(cell?.text).toBe('0');
  });

  it('has the trial format’s columns for 2020 (政府集中采购 included)', async () => {
    const doc = await report(2020);
    expect(doc.format).toBe('2019');
    expect(item(doc, 'procurement').values).toEqual({ projects: null, amount_wan: null });
    expect(item(doc, 'penalty').values).toEqual({ items_last_year: null, items_change: null, decisions: 1 });
    expect(rows2(doc).map((r) => r.item)).toContain('other_services');
  });
});

describe('table 三', () => {
  it('is exactly the table of `fazhi report disclosure-table3`, for the district and for a unit', async () => {
    for (const [year, unit] of [
      [2021, undefined],
      [2020, undefined],
      [2021, w.market],
    ] as const) {
      const doc = await report(year, unit?.code);
      const table3 = await getTable3(t.db, 'system', { year, ...(unit ? { unit: unit.id } : {}) });
      expect(doc.tables['三']!.rows).toEqual(table3.rows);
      // 3 header rows over the data rows (25 in 2021, 23 in the trial format).
      expect(doc.tables['三']!.layout).toHaveLength(3 + table3.rows.length);
    }
  });
});

describe('table 四', () => {
  it('reports the imported figures and an error when a group’s 总计 is not the sum of its four', async () => {
    const doc = await report(2021);
    const [reconsideration] = doc.tables['四']!.rows as { values: Record<string, number | null> }[];
    expect(reconsideration!.values).toEqual({ upheld: 1, corrected: 2, other: 3, pending: 4, total: 11 });
    const error = doc.checks.find((c) => c.level === 'error' && c.message.startsWith('表四'));
    expect(error?.message).toContain('总计 11 不等于结果维持、结果纠正、其他结果、尚未审结之和 10');
    expect(doc.tables['四']!.layout.at(-1)).toHaveLength(15);
  });
});

describe('the import of figures', () => {
  const count = async () =>
    Number(
      (await t.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM reported_figures`)).rows[0]!.n,
    );

  it('imports nothing when one row is bad, and lists every bad row by field', async () => {
    const before = await count();
    const error = await importFigures([
      fig(w.market.code, 2021, 'disclosure.table2.regulations_issued', 2),
      fig(w.market.code, 2021, 'disclosure.table2.no_such_figure', 2),
      fig(w.market.code, 2021, 'disclosure.table2.licensing_decisions', 2.5, '   '),
      fig('NO-SUCH-UNIT', 2021, 'disclosure.table2.regulations_repealed', 1),
      fig(w.market.code, 2021, 'disclosure.table2.procurement_projects', 1),
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejected);
    const messages = (error as ImportRejected).rows.map((r) => r.message).join('\n');
    expect(messages).toContain('不是可导入的年报指标');
    expect(messages).toContain('不在您可填报的机构中');
    expect(messages).toContain('不适用于 2021 年度');
    expect(new Set((error as ImportRejected).rows.map((r) => r.row)).size).toBe(4);
    expect(await count()).toBe(before);
  });

  it('refuses a department officer another department’s figures', async () => {
    const file = await ledgerFile(figureLedger, [
      fig(w.housing.code, 2021, 'disclosure.table2.regulations_issued', 2),
    ]);
    await expect(entry.importFile(w.as(w.marketOfficer, '2022-01-10'), file, 'xlsx')).rejects.toThrow(
      ImportRejected,
    );
  });
});

describe('fazhi report disclosure-annual --json and the .xlsx download', () => {
  it('prints { year, format, tables: { 二, 三, 四 with rows }, sections }', async () => {
    const program = new Command().exitOverride();
    const reportsCli = reportsModule.cli;
    reportsCli(program, { withDb: (work) => work(t.db) } as Parameters<typeof reportsCli>[1]);
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      await program.parseAsync(['node', 'fazhi', 'report', 'disclosure-annual', '--year', '2021', '--json']);
      const printed = JSON.parse(String(log.mock.calls[0]?.[0])) as AnnualReport;
      expect(printed).toMatchObject({ year: 2021, format: '2021' });
      expect(Object.keys(printed.tables).sort()).toEqual(['三', '二', '四'].sort());
      for (const name of ['二', '三', '四']) expect(Array.isArray(printed.tables[name]!.rows)).toBe(true);
      expect(printed.sections.map((s) => s.no)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(printed.tables['三']!.rows).toEqual((await getTable3(t.db, 'system', { year: 2021 })).rows);
    } finally {
      log.mockRestore();
    }
  });

  it('downloads the three tables as one workbook, a sheet each, in the reader’s scope', async () => {
    const app = await buildTestApp(t.db);
    try {
      const officer = await w.login(app, 'marketOfficer');
      const res = await officer.get('/api/v1/reports/disclosure-annual.xlsx?year=2021');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      expect(book.worksheets.map((s) => s.name)).toEqual(['表二', '表三', '表四']);
      // The market officer's own report: its licensing decisions only (100, not the district's 128).
      const licensing = book.getWorksheet('表二')!.getRow(7);
      expect(licensing.getCell(1).value).toBe('行政许可');
      expect(licensing.getCell(2).value).toBe(100);
      const other = await officer.get(
        `/api/v1/reports/disclosure-annual.xlsx?year=2021&unit=${w.housing.code}`,
      );
      expect(other.statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });
});
