import { defineConfig } from '@playwright/test';
import { newDataDir } from './e2e/data-dirs.js';

const port = Number(process.env.E2E_PORT ?? 3107);
// A throw-away embedded database per run: the journeys start from the demo data set.
const dataDir = process.env.E2E_DATA_DIR ?? newDataDir();
// Worker processes load this file again: they inherit the folder instead of making (and sweeping) others.
process.env.E2E_DATA_DIR = dataDir;

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'e2e/results',
  // Generous: a busy CI machine (or a laptop running the test suite beside) slows the first page loads.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
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
  webServer: {
    command: 'node --import tsx server/main.ts',
    url: `http://localhost:${port}/api/v1/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    env: { PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'development' },
    stdout: 'pipe',
    // SIGTERM lets the server stop jobs and its embedded PostgreSQL in order (the default SIGKILLs the group).
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
