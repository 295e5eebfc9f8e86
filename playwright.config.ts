import { defineConfig } from '@playwright/test';
import { e2eWorkers, serverDataDirs, serverUrl } from './e2e/servers.js';

const workers = e2eWorkers();
// A throw-away embedded database per server and run: the journeys start from the demo data set.
serverDataDirs(workers);

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
  // e2e/serve.ts starts one server per worker side by side; Playwright waits for the first, and each worker
  // for its own (e2e/support.ts).
  webServer: {
    command: 'node --import tsx e2e/serve.ts',
    url: `${serverUrl(0)}/api/v1/health`,
    // Servers loading the demo side by side on a busy machine take longer than one.
    timeout: 300_000,
    reuseExistingServer: false,
    env: { LOG_LEVEL: 'warn', NODE_ENV: 'development' },
    stdout: 'pipe',
    // SIGTERM lets the servers stop jobs and their embedded PostgreSQL in order (the default SIGKILLs the group).
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
