import cliProgress from 'cli-progress';
import { createApp } from './app.js';
import { loadConfig } from './config.js';
import { installedModules } from './modules/index.js';
import { anchorAuditHead, assertSm3Available, openAuditAnchor } from './platform/audit/index.js';
import { ensureCalendarSeeded } from './platform/calendar/index.js';
import { DataDirInUseError, openDatabase, type OpenedDatabase } from './platform/db/index.js';
import { isEmptyInstall, loadDemo } from './platform/demo.js';
import { installModules } from './platform/install-modules.js';
import { registeredJobs, startJobs } from './platform/jobs/index.js';
import {
  activeDemoAccounts,
  bootstrapCoordinator,
  countUsers,
  hasDemoPasswords,
  loadDemoOrg,
} from './platform/org/index.js';

/** Composition root: config → database → calendar → demo/bootstrap → HTTP + jobs. */
async function main(): Promise<void> {
  const config = loadConfig();
  assertSm3Available();
  // Declarations first: seeding the calendar and loading the demo already write audit events.
  installModules(installedModules);
  const started = Date.now();
  const database = await openOrExplain(config);
  await openAuditAnchor(database.db, { dataDir: config.dataDir, key: config.AUDIT_KEY });
  await ensureCalendarSeeded(database.db);
  await prepareData(database, config);
  if (config.NODE_ENV === 'production' && (await hasDemoPasswords(database.db))) {
    console.error(
      '拒绝以生产模式启动：演示账号的公开密码仍然有效。Refusing to start in production while demo passwords are in place: change or disable the demo accounts (fazhi user …) first.',
    );
    await database.shutdown();
    process.exit(1);
  }
  const app = await createApp(database.db, config);
  // A promise nobody awaited must cost one request, never the whole server (issue #11: one GET stopped it).
  process.on('unhandledRejection', (reason) => app.log.error({ err: reason }, 'unhandled rejection'));
  const jobs = await startJobs({
    db: database.db,
    // pg-boss creates and migrates its own schema: the owner's connection, not the app's role.
    connectionString: database.ownerUrl,
    log: app.log,
    jobs: registeredJobs(),
    enabled: config.JOBS === 'on',
  });
  const anchoring = anchorEveryMinute(database, app.log);
  await app.listen({ port: config.PORT, host: config.HOST });
  printBanner(config, database, Date.now() - started, await activeDemoAccounts(database.db));
  // Jobs first: they hold database connections that the embedded server's own exit hook would cut.
  onStop(async () => {
    await jobs.stop();
    await app.close();
    clearInterval(anchoring);
    // Best effort: the embedded server gets the same signal and may already refuse; each append anchors anyway.
    await anchorAuditHead(database.db).catch(() => {});
    await database.shutdown();
  });
}

/** Each append anchors the head it found; this anchors the last transaction too once writes go quiet. */
function anchorEveryMinute(database: OpenedDatabase, log: { error(o: object, m: string): void }) {
  const timer = setInterval(() => {
    anchorAuditHead(database.db).catch((error) => log.error({ err: error }, 'audit anchor not moved'));
  }, 60_000);
  timer.unref();
  return timer;
}

async function openOrExplain(config: ReturnType<typeof loadConfig>): Promise<OpenedDatabase> {
  try {
    return await openDatabase(config, { exclusive: true, migrate: true, poolSize: 20 });
  } catch (error) {
    if (error instanceof DataDirInUseError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

async function prepareData(database: OpenedDatabase, config: ReturnType<typeof loadConfig>): Promise<void> {
  const wantsDemo = config.DEMO === 'on' || (config.DEMO === 'auto' && config.NODE_ENV !== 'production');
  if (wantsDemo && (await isEmptyInstall(database.db))) {
    const bar = new cliProgress.SingleBar(
      { format: '载入演示数据 {bar} {value}/{total} {label}', hideCursor: true },
      cliProgress.Presets.shades_classic,
    );
    bar.start(1, 0, { label: '' });
    await loadDemo(database.db, loadDemoOrg, installedModules, (label, done, total) => {
      bar.setTotal(total);
      bar.update(done, { label });
    });
    bar.stop();
  }
  if ((await countUsers(database.db)) === 0) {
    await bootstrapCoordinator(database.db, {
      districtName: '本行政区',
      username: 'admin',
      password: config.ADMIN_PASSWORD,
      log: console.log,
      // Only an interactive terminal sees a generated password; a service's output is a kept log.
      showOnTerminal: process.stdout.isTTY ? (m) => process.stdout.write(`${m}\n`) : undefined,
    });
  }
}

function printBanner(
  config: ReturnType<typeof loadConfig>,
  database: OpenedDatabase,
  ms: number,
  accounts: Awaited<ReturnType<typeof activeDemoAccounts>>,
): void {
  const url = `http://localhost:${config.PORT}`;
  console.log(`\nFazhi 法治 is running (${database.mode} PostgreSQL, ready in ${ms} ms)`);
  if (!database.leastPrivilege)
    console.warn(
      "  注意：应用以数据库属主身份连接（未设置 MIGRATION_DATABASE_URL）。The app connects as the tables' owner: set MIGRATION_DATABASE_URL to migrate as the owner and run as a DML-only role (README).",
    );
  console.log(`  管理端 Admin   ${url}/`);
  console.log(`  公开门户 Portal ${url}/portal`);
  console.log(`  API 文档       ${url}/api/docs`);
  if (config.NODE_ENV !== 'production' && accounts.length) {
    console.log('\n演示账号 Demo accounts:');
    for (const a of accounts)
      console.log(`  ${a.roleLabel.padEnd(12, '　')} ${a.username.padEnd(16)} ${a.password}`);
  }
  console.log('\nPress Ctrl+C to stop.');
}

function onStop(stop: () => Promise<void>): void {
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      stop().then(
        () => process.exit(0),
        (error) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
