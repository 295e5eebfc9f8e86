/**
 * A Fazhi server on the data directory given, as `npm start` runs it (embedded PostgreSQL, migrations, every
 * module), with the demo org's accounts; prints `listening <port>` and serves until killed (crash-recovery.test.ts).
 */
import { randomUUID } from 'node:crypto';
import { createApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { installedModules } from '../../modules/index.js';
import { ensureCalendarSeeded } from '../../platform/calendar/index.js';
import { makeCtx } from '../../platform/context.js';
import { openDatabase } from '../../platform/db/index.js';
import { isEmptyInstall } from '../../platform/demo.js';
import { installModules } from '../../platform/install-modules.js';
import { loadDemoOrg } from '../../platform/org/index.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: serve <dataDir>');
const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dir, JOBS: 'off', DEMO: 'off' });
installModules(installedModules);
const database = await openDatabase(config, { exclusive: true, migrate: true, poolSize: 10 });
await ensureCalendarSeeded(database.db);
if (await isEmptyInstall(database.db)) await loadDemoOrg(makeCtx(database.db, null, `crash-${randomUUID()}`));
const app = await createApp(database.db, config, { serveWeb: false, logger: false });
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
console.log(`listening ${typeof address === 'object' && address ? address.port : ''}`);
setInterval(() => {}, 60_000);
