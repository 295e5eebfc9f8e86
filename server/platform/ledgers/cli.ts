/** `fazhi import <module>.<ledger> FILE` and `fazhi export <module>.<ledger>`, derived from the declared ledgers. */
import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import type { ImportResult } from '../../../common/contracts/kit.js';
import { makeCtx } from '../context.js';
import type { Db } from '../db/client.js';
import { AppError } from '../errors.js';
import { ImportRejected } from '../io/index.js';
import type { CliDeps } from '../modules.js';
import { actingUser } from '../org/index.js';
import type { LedgerEntry, Progress } from './ledger-entry.js';
import { exportFileName } from './routes.js';

/** The bar is drawn on a terminal only (a pipe or a test gets the summary line alone). */
function progressBar(title: string): { tick: Progress; stop(): void } {
  if (!process.stderr.isTTY) return { tick: () => {}, stop: () => {} };
  const bar = new cliProgress.SingleBar(
    { format: `${title} {bar} {value}/{total}`, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  bar.start(1, 0);
  return {
    tick: (done, total) => {
      bar.setTotal(Math.max(total ?? done, 1));
      bar.update(done);
    },
    stop: () => bar.stop(),
  };
}

/** The acting user: `--as <username>`, else the district's coordinator (as in the web app, same scope). */
const actorFor = (db: Db, as?: string) => actingUser(db, as ? { username: as } : { role: 'coordinator' });

/** The one-line answer, e.g. "新增 3 行，更新 1 行，未变 20 行". */
export function importSummary(result: ImportResult): string {
  return `新增 ${result.imported} 行，更新 ${result.updated} 行，未变 ${result.unchanged} 行`;
}

/** Imports a file as the acting user; resolves with the answer the web gets. */
export async function importLedgerFile(db: Db, entry: LedgerEntry, file: string, as?: string) {
  const format = file.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx';
  const actor = await actorFor(db, as);
  const bar = progressBar('读取');
  try {
    return await entry.importFile(
      makeCtx(db, actor, `cli-${randomUUID()}`),
      await readFile(file),
      format,
      bar.tick,
    );
  } finally {
    bar.stop();
  }
}

/** Exports the whole ledger in the acting user's scope; resolves with the file written and its rows. */
export async function exportLedgerFile(
  db: Db,
  entry: LedgerEntry,
  opts: { format?: string; out?: string; as?: string },
): Promise<{ out: string; rows: number }> {
  const format = opts.format === 'csv' ? 'csv' : 'xlsx';
  const ctx = makeCtx(db, await actorFor(db, opts.as), `cli-${randomUUID()}`);
  const out = opts.out ?? exportFileName(entry, ctx.today, format);
  const bar = progressBar('导出');
  const stream = createWriteStream(out);
  try {
    const rows = await entry.writeExport(ctx, { format }, stream, bar.tick);
    await finished(stream).catch(() => {});
    return { out, rows };
  } finally {
    bar.stop();
  }
}

function report(error: unknown): void {
  if (!(error instanceof AppError)) throw error;
  console.error(`错误：${error.message}`);
  for (const f of error.fields ?? []) console.error(`  - ${f.path}：${f.message}`);
  if (error instanceof ImportRejected) {
    for (const r of error.rows)
      console.error(`  第 ${r.row} 行${r.column ? `【${r.column}】` : ''}：${r.message}`);
  }
  process.exitCode = 1;
}

/** Registers `import` and `export`, each taking the ledger's name (`powers.items`, or an older alias). */
export function ledgersCli(program: Command, { withDb }: CliDeps, entries: readonly LedgerEntry[]): void {
  const byName = new Map<string, LedgerEntry>();
  for (const e of entries) for (const name of [e.key, ...e.aliases]) byName.set(name, e);
  const names = entries.map((e) => `${e.key}（${e.title}）`).join('，');
  const find = (name: string) => {
    const entry = byName.get(name);
    if (!entry) throw new AppError('NOT_FOUND', `没有名为 ${name} 的台账；可用：${names}`);
    return entry;
  };
  program
    .command('import')
    .description('导入台账（.xlsx / .csv；全部成功或全部不写入；已有记录按编号识别，重复导入不新增）')
    .argument('<ledger>', `台账：${names}`)
    .argument('<file>', '.xlsx 或 .csv 文件')
    .option('--as <username>', '以该用户身份导入（默认：协调员）')
    .action((name: string, file: string, opts: { as?: string }) =>
      withDb(async (db) => {
        const result = await importLedgerFile(db, find(name), file, opts.as);
        console.log(`已导入${find(name).title}：${importSummary(result)}`);
      }).catch(report),
    );
  program
    .command('export')
    .description('导出台账（按该用户的数据范围）')
    .argument('<ledger>', `台账：${names}`)
    .option('--format <format>', 'xlsx | csv', 'xlsx')
    .option('--out <file>', '输出文件')
    .option('--as <username>', '以该用户身份导出（默认：协调员）')
    .action((name: string, opts: { format: string; out?: string; as?: string }) =>
      withDb(async (db) => {
        const { out, rows } = await exportLedgerFile(db, find(name), opts);
        console.log(`已导出${find(name).title} ${rows} 行到 ${out}`);
      }).catch(report),
    );
}
