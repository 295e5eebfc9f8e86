import { availableParallelism } from 'node:os';
import pg from 'pg';
import { defineConfig } from 'vitest/config';

const DEFAULT_EXTERNAL = 'postgres://root@127.0.0.1:5432/test';

/** Is the machine's PostgreSQL there? An explicit TEST_DATABASE_URL must be; the default may be absent. */
async function externalAvailable(): Promise<boolean> {
  const url = process.env.TEST_DATABASE_URL ?? DEFAULT_EXTERNAL;
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch (error) {
    if (process.env.TEST_DATABASE_URL) {
      throw new Error(`TEST_DATABASE_URL is set but unreachable (${url}): ${String(error)}`);
    }
    console.warn(`\n⚠ No PostgreSQL at ${url}: the integration tests run on the embedded server only.\n`);
    return false;
  }
}

/**
 * Test files run side by side. A db suite spends much of its time waiting on PostgreSQL (another process),
 * so one worker more than the cores keeps both busy; Vitest's default (cores − 1) is a single worker on a
 * 2-core CI machine. Capped so the external server's connection limit (100 by default) is never reached.
 * FAZHI_TEST_WORKERS overrides (decision 0035).
 */
function testWorkers(): number {
  const asked = Number(process.env.FAZHI_TEST_WORKERS);
  if (Number.isInteger(asked) && asked > 0) return asked;
  return Math.min(availableParallelism() + 1, 8);
}

const dbTests = ['server/**/*.db.test.ts'];
/**
 * db suites whose subject no PostgreSQL version changes: they run on the embedded server only, and are not
 * even started on the external one (decision 0035 lists why each is here; 0023 and #10 chose the first four).
 */
const EMBEDDED_ONLY = [
  // Who may read what: route and policy code over the loaded demo, the same on any server.
  'server/modules/access-matrix.db.test.ts',
  // Input validation at the HTTP edge: refused before any SQL runs.
  'server/modules/fuzz.db.test.ts',
  // What the demo generator writes on a given day: each loads the demo twice.
  'server/modules/enforcement/demo/today.db.test.ts',
  'server/modules/disclosure/demo/current-year.db.test.ts',
  // The seed's figures on the 数据大屏 and in the 2020 report: already skipped on PG15 by their own guard
  // (`onEmbedded`), listed here so PG15 does not even start them (decision 0044).
  'server/modules/screen.db.test.ts',
  'server/modules/reports/demo.db.test.ts',
];
// Boot registers the manifests' declarations; tests get the same registry (server/test/install-modules.ts).
const installModulesSetup = 'server/test/install-modules.ts';

/**
 * A db project: one database server, its files one after another in each worker, which keeps the imported
 * modules from file to file (`isolate: false`; decision 0044): importing the server cost each file more than
 * most of its tests. A worker is reused only while the next file in the queue is of the same project, so each
 * project runs as its own group (`groupOrder`) instead of interleaved with the others.
 */
function dbProject(name: string, order: number, globalSetup: string, exclude: string[] = []) {
  return {
    test: {
      name,
      include: dbTests,
      exclude,
      isolate: false,
      sequence: { groupOrder: order },
      globalSetup: [globalSetup],
      setupFiles: [installModulesSetup],
      testTimeout: 30_000,
      hookTimeout: 60_000,
    },
  };
}

export default defineConfig(async () => {
  const withExternal = process.env.FAZHI_TEST_EXTERNAL !== 'off' && (await externalAvailable());
  return {
    test: {
      maxWorkers: testWorkers(),
      // FAZHI_TEST_TIMES=1 (or a path for the JSON): where the time went, per project and file.
      reporters: process.env.FAZHI_TEST_TIMES ? ['default', './server/test/timing-reporter.ts'] : ['default'],
      projects: [
        {
          test: {
            name: 'unit',
            include: ['common/**/*.test.ts', 'server/**/*.test.ts', 'web/**/*.test.ts'],
            exclude: dbTests,
            sequence: { groupOrder: 0 },
            // Vitest's 5 s failed CPU-bound tests (the calendar's 73 000-day round trip) on a machine loaded
            // by other work (0035: a busy machine must not fail a correct change); a hung test still fails.
            testTimeout: 20_000,
          },
        },
        dbProject('db:embedded', 1, 'server/test/global-setup-embedded.ts'),
        ...(withExternal
          ? [dbProject('db:pg15', 2, 'server/test/global-setup-external.ts', EMBEDDED_ONLY)]
          : []),
      ],
    },
  };
});
