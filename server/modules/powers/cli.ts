import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { makeCtx } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import { ImportRejected, parseLedgerFile, writeLedgerXlsx, writeLedgerCsv } from '../../platform/io/index.js';
import type { CliRegistrar } from '../../platform/modules.js';
import { actingUser } from '../../platform/org/index.js';
import { exportFileName, powerLedger, type PowerLedgerRow, toLedgerRow } from './io.js';
import { findItemsForExport, importItems } from './service/index.js';

function bar(title: string) {
  return new cliProgress.SingleBar(
    { format: `${title} {bar} {value}/{total}`, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
}

/** `fazhi import` / `fazhi export`: the parent command, shared by every module that registers under it. */
function parent(program: Command, name: string, description: string): Command {
  return program.commands.find((c) => c.name() === name) ?? program.command(name).description(description);
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

async function importFile(db: Db, file: string, as?: string): Promise<void> {
  const format = file.toLowerCase().endsWith('.csv') ? 'csv' : 'xlsx';
  const actor = await actingUser(db, as ? { username: as } : { role: 'coordinator' });
  const progress = bar('读取');
  progress.start(1, 0);
  const parsed = await parseLedgerFile(powerLedger, await readFile(file), format, {
    progressEvery: 100,
    onProgress: (n) => {
      progress.setTotal(Math.max(n, 1));
      progress.update(n);
    },
  });
  progress.stop();
  const result = await importItems(makeCtx(db, actor, `cli-${randomUUID()}`), parsed);
  console.log(`已导入 ${result.imported} 项（其中发布 ${result.published} 项），操作人 ${actor.displayName}`);
}

async function exportFile(db: Db, opts: { format: string; out?: string; as?: string }): Promise<void> {
  const format = opts.format === 'csv' ? 'csv' : 'xlsx';
  const actor = await actingUser(db, opts.as ? { username: opts.as } : { role: 'coordinator' });
  const ctx = makeCtx(db, actor, `cli-${randomUUID()}`);
  const items = await findItemsForExport(ctx, {});
  const out = opts.out ?? `${exportFileName(ctx.today)}.${format}`;
  const progress = bar('导出');
  progress.start(items.length, 0);
  function* rows(): Generator<PowerLedgerRow> {
    for (const [i, item] of items.entries()) {
      progress.update(i + 1);
      yield toLedgerRow(item);
    }
  }
  const stream = createWriteStream(out);
  await (format === 'xlsx'
    ? writeLedgerXlsx(powerLedger, rows(), stream, { title: '权责清单' })
    : writeLedgerCsv(powerLedger, rows(), stream));
  await finished(stream).catch(() => {});
  progress.stop();
  console.log(`已导出 ${items.length} 项到 ${out}`);
}

/** `fazhi import powers <file>` and `fazhi export powers --format xlsx --out <file>`. */
export const powersCli: CliRegistrar = (program, { withDb }) => {
  parent(program, 'import', '导入台账 / import a ledger file')
    .command('powers')
    .description('导入权责清单（.xlsx / .csv，全部成功或全部不写入）')
    .argument('<file>', '.xlsx or .csv file')
    .option('--as <username>', '以该用户身份导入（默认：协调员）')
    .action((file: string, opts: { as?: string }) =>
      withDb((db) => importFile(db, file, opts.as)).catch(report),
    );
  parent(program, 'export', '导出台账 / export a ledger')
    .command('powers')
    .description('导出权责清单')
    .option('--format <format>', 'xlsx | csv', 'xlsx')
    .option('--out <file>', '输出文件')
    .option('--as <username>', '以该用户身份导出（默认：协调员）')
    .action((opts: { format: string; out?: string; as?: string }) =>
      withDb((db) => exportFile(db, opts)).catch(report),
    );
};
