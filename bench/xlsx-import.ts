/** Benchmark: a 100 k-row .xlsx import through the ledger kernel vs. exceljs's bare streaming reader. */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { defineLedger, parseLedgerFile, writeLedgerXlsx } from '../server/platform/io/index.js';

export interface XlsxImportBenchResult {
  name: string;
  rows: number;
  seconds: number;
  peakRssMb: number;
  baselineSeconds: number;
  ratio: number;
  fileMb: number;
}

/** A realistic 12-column enforcement-case ledger (行政执法案件台账). */
interface CaseRow {
  caseNo: string;
  title: string;
  body: string;
  category: string;
  party: string;
  partyType: string;
  filedOn: string;
  decidedOn: string | null;
  fine: number | null;
  days: number | null;
  isMajor: boolean;
  summary: string | null;
}

const CATEGORIES = {
  penalty: '行政处罚',
  coercion: '行政强制',
  inspection: '行政检查',
  licensing: '行政许可',
};
const PARTY_TYPES = { person: '自然人', legal_person: '法人', other: '其他组织' };

export const caseLedger = defineLedger<CaseRow>({
  key: 'bench.cases',
  sheetName: '执法案件台账',
  columns: [
    { key: 'caseNo', header: '案件编号', type: 'string', required: true, maxLength: 40, unique: true },
    { key: 'title', header: '案件名称', type: 'string', required: true, maxLength: 200 },
    { key: 'body', header: '执法主体', type: 'string', required: true, maxLength: 100 },
    { key: 'category', header: '执法类别', type: 'enum', required: true, dict: CATEGORIES },
    { key: 'party', header: '当事人', type: 'string', required: true, maxLength: 100 },
    { key: 'partyType', header: '当事人类型', type: 'enum', required: true, dict: PARTY_TYPES },
    { key: 'filedOn', header: '立案日期', type: 'date', required: true },
    { key: 'decidedOn', header: '决定日期', type: 'date' },
    { key: 'fine', header: '罚款金额（元）', type: 'decimal', min: 0 },
    { key: 'days', header: '办理天数', type: 'integer', min: 0, max: 3650 },
    { key: 'isMajor', header: '是否重大案件', type: 'boolean', required: true },
    { key: 'summary', header: '案情摘要', type: 'text', maxLength: 2000 },
  ],
});

const BODIES = [
  '区市场监督管理局',
  '区生态环境局',
  '区城市管理综合行政执法局',
  '区交通运输局',
  '区卫生健康委员会',
];
const CATEGORY_CODES = Object.keys(CATEGORIES);
const PARTY_CODES = Object.keys(PARTY_TYPES);

export function* sampleRows(count: number): Generator<CaseRow> {
  for (let i = 0; i < count; i++) {
    const filed = new Date(Date.UTC(2020, 0, 1) + (i % 366) * 86_400_000);
    const decided = i % 5 === 0 ? null : new Date(filed.getTime() + ((i % 60) + 1) * 86_400_000);
    yield {
      caseNo: `YH-2020-${String(i + 1).padStart(7, '0')}`,
      title: `关于某某商户第${i + 1}号涉嫌违反管理规定的案件`,
      body: BODIES[i % BODIES.length] as string,
      category: CATEGORY_CODES[i % CATEGORY_CODES.length] as string,
      party: `当事人${(i * 7919) % 100_000}`,
      partyType: PARTY_CODES[i % PARTY_CODES.length] as string,
      filedOn: filed.toISOString().slice(0, 10),
      decidedOn: decided ? decided.toISOString().slice(0, 10) : null,
      fine: i % 3 === 0 ? null : ((i * 37) % 50_000) + 0.5,
      days: decided ? (i % 60) + 1 : null,
      isMajor: i % 17 === 0,
      summary: i % 4 === 0 ? null : `经查，当事人于2020年实施了违法行为，事实清楚，证据确凿（第${i}号）。`,
    };
  }
}

/** Samples the process RSS every 50 ms while `work` runs; returns its duration and the peak. */
async function measured<T>(
  work: () => Promise<T>,
): Promise<{ result: T; seconds: number; peakRssMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 50);
  const started = performance.now();
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, seconds: (performance.now() - started) / 1000, peakRssMb: peak / 1024 / 1024 };
  } finally {
    clearInterval(timer);
  }
}

async function bareStreamingRead(file: string): Promise<number> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(file), {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let count = 0;
  for await (const worksheet of reader) for await (const _row of worksheet) count++;
  return count;
}

/** Generates the file, then times parseLedgerFile on it (peak RSS sampled) and the bare reader as baseline. */
export async function benchXlsxImport(opts: { rows: number; dir: string }): Promise<XlsxImportBenchResult> {
  await mkdir(opts.dir, { recursive: true });
  const file = join(opts.dir, `xlsx-import-${opts.rows}.xlsx`);
  await writeLedgerXlsx(caseLedger, sampleRows(opts.rows), createWriteStream(file));
  const fileMb = (await stat(file)).size / 1024 / 1024;
  globalThis.gc?.();
  // The measured import runs before the baseline so that its peak RSS is not inflated by the baseline's heap.
  const run = await measured(() => parseLedgerFile(caseLedger, createReadStream(file), 'xlsx'));
  const { rows, errors } = run.result;
  if (rows.length !== opts.rows || errors.length > 0) {
    throw new Error(
      `bench import read ${rows.length} rows with ${errors.length} errors, expected ${opts.rows}`,
    );
  }
  const baseline = await measured(() => bareStreamingRead(file));
  await rm(file, { force: true });
  return {
    name: `xlsx import ${opts.rows} rows × ${caseLedger.columns.length} columns`,
    rows: rows.length,
    seconds: round(run.seconds),
    peakRssMb: Math.round(run.peakRssMb),
    baselineSeconds: round(baseline.seconds),
    ratio: round(run.seconds / baseline.seconds),
    fileMb: round(fileMb),
  };
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = Number(process.argv[2] ?? 100_000);
  benchXlsxImport({ rows, dir: join(tmpdir(), 'fazhi-bench') }).then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
