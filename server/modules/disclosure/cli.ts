import { randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import type { Command } from 'commander';
import { makeCtx } from '../../platform/context.js';
import type { Db } from '../../platform/db/index.js';
import { AppError } from '../../platform/errors.js';
import { ImportRejected, parseLedgerFile, writeLedgerCsv, writeLedgerXlsx } from '../../platform/io/index.js';
import type { CliRegistrar } from '../../platform/modules.js';
import { exportFileName, requestLedger, toLedgerRow } from './io/requests.js';
import { actingUser } from '../../platform/org/index.js';
import { importRequests } from './service/requests/import-requests.js';
import { findRequestsForExport } from './service/requests/index.js';
import { table3Cli } from './table3/cli.js';

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
  const parsed = await parseLedgerFile(requestLedger, await readFile(file), format);
  const result = await importRequests(makeCtx(db, actor, `cli-${randomUUID()}`), parsed);
  console.log(
    `已导入 ${result.imported} 件申请（其中已办结 ${result.concluded} 件），操作人 ${actor.displayName}`,
  );
}

async function exportFile(db: Db, opts: { format: string; out?: string; as?: string }): Promise<void> {
  const format = opts.format === 'csv' ? 'csv' : 'xlsx';
  const actor = await actingUser(db, opts.as ? { username: opts.as } : { role: 'coordinator' });
  const ctx = makeCtx(db, actor, `cli-${randomUUID()}`);
  const rows = (await findRequestsForExport(ctx, {})).map(toLedgerRow);
  const out = opts.out ?? `${exportFileName(ctx.today)}.${format}`;
  const stream = createWriteStream(out);
  await (format === 'xlsx'
    ? writeLedgerXlsx(requestLedger, rows, stream, { title: '政府信息公开申请办理台账' })
    : writeLedgerCsv(requestLedger, rows, stream));
  await finished(stream).catch(() => {});
  console.log(`已导出 ${rows.length} 件申请到 ${out}`);
}

/** `fazhi import disclosure-requests <file>`, `fazhi export disclosure-requests --out <file>`, table 三. */
export const disclosureCli: CliRegistrar = (program, deps) => {
  const { withDb } = deps;
  parent(program, 'import', '导入台账')
    .command('disclosure-requests <file>')
    .description('导入依申请公开台账（.xlsx / .csv；全部成功或全部不写入）')
    .option('--as <username>', '以该用户身份导入（默认：依法治区办账号）')
    .action((file: string, opts: { as?: string }) =>
      withDb((db) => importFile(db, file, opts.as)).catch(report),
    );
  parent(program, 'export', '导出台账')
    .command('disclosure-requests')
    .description('导出依申请公开台账（身份证件号码、电话脱敏）')
    .option('--format <format>', 'xlsx 或 csv', 'xlsx')
    .option('--out <file>', '输出文件')
    .option('--as <username>', '以该用户身份导出（默认：依法治区办账号）')
    .action((opts: { format: string; out?: string; as?: string }) =>
      withDb((db) => exportFile(db, opts)).catch(report),
    );
  table3Cli(program, deps);
};
