import { defineConfig } from '@playwright/test';
import { e2eWorkers, serverDataDirs, serverPort, serverUrl } from './e2e/servers.js';

const workers = e2eWorkers();
// A throw-away embedded database per server and run: the journeys start from the demo data set.
const dataDirs = serverDataDirs(workers);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'e2e/results',
  // Generous: a busy CI machine (or a laptop running the test suite beside) slows the first page loads.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  // One server per worker (e2e/servers.ts): the journeys write, and each expects the demo as loaded.
  workers,
  reporter: [['list']],
  use: {
    // Worker i drives server i (e2e/support.ts sets it per worker); this is worker 0's.
    baseURL: serverUrl(0),
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    screenshot: 'only-on-failure',
    // A stuck click fails on its own line instead of using up the whole journey's time.
    actionTimeout: 20_000,
    launchOptions: {
      // Debian's Chromium: no browser download, ever.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: dataDirs.map((dataDir, i) => ({
    command: 'node --import tsx server/main.ts',
    url: `${serverUrl(i)}/api/v1/health`,
    // Two servers loading the demo side by side on a busy machine take longer than one.
    timeout: 300_000,
    reuseExistingServer: false,
    env: { PORT: String(serverPort(i)), DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'development' },
    stdout: 'pipe' as const,
    // SIGTERM lets the server stop jobs and its embedded PostgreSQL in order (the default SIGKILLs the group).
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 15_000 },
  })),
});
