import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import net from 'node:net';
import { e2eWorkers, serverDataDirs, serverPort } from './servers.js';

/**
 * The journeys' servers, started side by side (Playwright starts its `webServer` entries one after another,
 * and each loads the demo for ~50 s): one per worker, on E2E_PORT + i with the i-th data folder. Refuses to
 * start if a port is taken (a worker would otherwise drive someone else's server); stops every server on
 * SIGTERM / SIGINT, and all of them if one exits.
 */
const count = e2eWorkers();
const dataDirs = serverDataDirs(count);

function isPortTaken(port: number): Promise<boolean> {
  const probe = (host: string) =>
    new Promise<boolean>((resolve) => {
      const socket = net.connect(port, host);
      socket.once('connect', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
  return Promise.all([probe('127.0.0.1'), probe('::1')]).then((found) => found.some(Boolean));
}

const ports = dataDirs.map((_, i) => serverPort(i));
const taken: number[] = [];
for (const port of ports) if (await isPortTaken(port)) taken.push(port);
if (taken.length > 0) {
  console.error(`e2e: port ${taken.join(', ')} already in use; set E2E_PORT to a free range`);
  process.exit(1);
}

// The journeys drive the server users run: the compiled one (scripts/build-server.mjs; a no-op when fresh).
const compiled = spawnSync(process.execPath, ['scripts/build-server.mjs'], { stdio: 'inherit' });
if (compiled.status !== 0) process.exit(compiled.status ?? 1);

const servers: ChildProcess[] = dataDirs.map((dataDir, i) =>
  spawn(process.execPath, ['--enable-source-maps', 'dist/server/main.mjs'], {
    env: { ...process.env, PORT: String(ports[i]), DATA_DIR: dataDir },
    stdio: 'inherit',
  }),
);

let stopping = false;
function stopAll(signal: NodeJS.Signals): void {
  stopping = true;
  // A server ignores a repeated signal (server/main.ts), so forwarding what the group already got is safe.
  for (const server of servers) if (server.exitCode === null) server.kill(signal);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stopAll(signal));

let failed = false;
await Promise.all(
  servers.map(
    (server) =>
      new Promise<void>((resolve) =>
        server.once('exit', (code) => {
          if (!stopping) {
            failed = true;
            stopAll('SIGTERM');
          }
          if (code) failed = true;
          resolve();
        }),
      ),
  ),
);
process.exit(failed ? 1 : 0);
