import { installedModules } from '../modules/index.js';
import { ensureCalendarSeeded } from '../platform/calendar/index.js';
import { loadDemo } from '../platform/demo.js';
import { loadDemoOrg } from '../platform/org/index.js';
import type { Fixture } from './test-db.js';

/**
 * The whole demo as `fazhi demo` loads it (the 于洪区 org, the bundled calendars, every installed module's
 * demo) on the day the run builds it: the access matrix, the 数据大屏, the 2020 report and the ledger
 * round trip each cloned it from one load per run and server instead of loading it themselves (decision
 * 0044). The demo's current year follows the wall clock, which every user of the fixture already accepted.
 */
export const WHOLE_DEMO: Fixture = {
  name: 'whole_demo',
  build: async (db) => {
    await ensureCalendarSeeded(db);
    await loadDemo(db, loadDemoOrg, installedModules, () => {});
  },
};
