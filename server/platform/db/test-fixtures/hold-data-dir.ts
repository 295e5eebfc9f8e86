/** Starts Fazhi's embedded PostgreSQL on the directory given and holds it until killed (embedded.db.test.ts). */
import { startEmbedded } from '../embedded.js';

const dir = process.argv[2];
if (!dir) throw new Error('usage: hold-data-dir <dataDir>');
await startEmbedded(dir, { exclusive: true });
console.log('ready');
setInterval(() => {}, 60_000);
