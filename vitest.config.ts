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

const dbTests = ['server/**/*.db.test.ts'];
// Boot registers the manifests' declarations; tests get the same registry (server/test/install-modules.ts).
const installModulesSetup = 'server/test/install-modules.ts';

export default defineConfig(async () => {
  const withExternal = process.env.FAZHI_TEST_EXTERNAL !== 'off' && (await externalAvailable());
  return {
    test: {
      projects: [
        {
          test: {
            name: 'unit',
            include: ['common/**/*.test.ts', 'server/**/*.test.ts', 'web/**/*.test.ts'],
            exclude: dbTests,
          },
        },
        {
          test: {
            name: 'db:embedded',
            include: dbTests,
            globalSetup: ['server/test/global-setup-embedded.ts'],
            setupFiles: [installModulesSetup],
            testTimeout: 30_000,
            hookTimeout: 60_000,
          },
        },
        ...(withExternal
          ? [
              {
                test: {
                  name: 'db:pg15',
                  include: dbTests,
                  globalSetup: ['server/test/global-setup-external.ts'],
                  setupFiles: [installModulesSetup],
                  testTimeout: 30_000,
                  hookTimeout: 60_000,
                },
              },
            ]
          : []),
      ],
    },
  };
});
