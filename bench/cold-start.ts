/**
 * Benchmark: embedded cold start to first page. Spawns the compiled server (`dist/server/main.mjs`, what
 * `npm start` runs; compiled first) on a fresh data directory (DEMO=off), again on the same directory (second
 * start), the same second start from the TypeScript sources through tsx (what `npm start` ran before issue #18),
 * and on a fresh directory with the demo loading; each timed until `GET /` serves the admin HTML and
 * `/api/v1/health` answers. Baseline: the bare embedded PostgreSQL start (initdb + start, then a restart) in the
 * same run.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { runningPostmaster, startEmbedded } from '../server/platform/db/embedded.js';
import { WEB_DIST } from '../server/platform/http/static-web.js';
import { tempDataDir } from './lib/database.js';
import { type Progress, silentProgress } from './lib/progress.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface StartTiming {
  /** From spawn until the first page and the health check both answered. */
  seconds: number;
  /** What the server itself reports in its banner ("ready in N ms"): after Node and tsx have loaded. */
  serverReadySeconds: number | null;
  /** Where the admin HTML was found: '/' normally ('/index.html' when '/' does not serve it). */
  firstPage: string;
}

export interface ColdStartResult {
  name: string;
  /** False when web/dist is not built: then only the health check and a 404 on / are waited for. */
  servesHtml: boolean;
  fresh: StartTiming;
  second: StartTiming;
  /** The second start again, from the TypeScript sources through tsx. */
  secondFromSource: StartTiming;
  withDemo: StartTiming | null;
  baseline: { freshSeconds: number; secondSeconds: number };
}

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  return typeof address === 'object' && address ? address.port : 0;
}

type Answer = 'down' | 'html' | 'other';

async function answer(url: string): Promise<Answer> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    const text = await res.text();
    const isHtml = (res.headers.get('content-type') ?? '').includes('text/html') && text.includes('<html');
    return res.ok && isHtml ? 'html' : 'other';
  } catch {
    return 'down';
  }
}

async function healthy(base: string): Promise<boolean> {
  try {
    const res = await fetch(`${base}/api/v1/health`, { signal: AbortSignal.timeout(2000) });
    return res.ok && ((await res.json()) as { ok?: boolean }).ok === true;
  } catch {
    return false;
  }
}

/**
 * The first page: `/` when it serves the admin HTML; if the server answers `/` with something else (a
 * static-serving bug), the same document at `/index.html`, and the result says so.
 */
async function firstPage(base: string, wantHtml: boolean): Promise<string | null> {
  const root = await answer(`${base}/`);
  if (root === 'down') return null;
  if (!wantHtml || root === 'html') return '/';
  return (await answer(`${base}/index.html`)) === 'html' ? '/index.html' : null;
}

/** Stops the server the way Ctrl+C does (it stops its PostgreSQL), and makes sure nothing is left running. */
async function stopServer(child: ChildProcess, dataDir: string): Promise<void> {
  if (child.exitCode === null) {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const late = setTimeout(() => child.kill('SIGKILL'), 60_000);
    await exited;
    clearTimeout(late);
  }
  const left = runningPostmaster(path.join(dataDir, 'db'));
  if (left) process.kill(left.pid, 'SIGINT');
}

const COMPILED = ['--enable-source-maps', 'dist/server/main.mjs'];
const FROM_SOURCE = ['--import', 'tsx', 'server/main.ts'];

async function timeStart(
  dataDir: string,
  demo: 'on' | 'off',
  timeoutSeconds: number,
  args: string[] = COMPILED,
): Promise<StartTiming> {
  const port = await freePort();
  const started = performance.now();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: dataDir,
    PORT: String(port),
    HOST: '127.0.0.1',
    DEMO: demo,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL; // the embedded start is what is measured
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const base = `http://127.0.0.1:${port}`;
  const wantHtml = existsSync(path.join(WEB_DIST, 'index.html'));
  try {
    let page: string | null = null;
    for (;;) {
      page = await firstPage(base, wantHtml);
      if (page && (await healthy(base))) break;
      if (child.exitCode !== null)
        throw new Error(`server exited (${child.exitCode}):\n${output.slice(-2000)}`);
      if (performance.now() - started > timeoutSeconds * 1000) {
        throw new Error(`server not ready after ${timeoutSeconds} s:\n${output.slice(-2000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const seconds = (performance.now() - started) / 1000;
    const reported = /ready in (\d+) ms/.exec(output);
    return {
      seconds: round(seconds),
      serverReadySeconds: reported ? round(Number(reported[1]) / 1000) : null,
      firstPage: page,
    };
  } finally {
    await stopServer(child, dataDir);
  }
}

async function timeBareEmbedded(dataDir: string): Promise<number> {
  const started = performance.now();
  const server = await startEmbedded(dataDir, { exclusive: true });
  const seconds = (performance.now() - started) / 1000;
  await server.stop();
  return round(seconds);
}

export async function benchColdStart(opts: {
  withDemo: boolean;
  progress?: Progress;
}): Promise<ColdStartResult> {
  const progress = opts.progress ?? silentProgress;
  const dirs: string[] = [];
  const dir = async () => {
    const d = await tempDataDir('fazhi-bench-start-');
    dirs.push(d);
    return d;
  };
  const compiled = spawnSync(process.execPath, ['scripts/build-server.mjs'], { cwd: ROOT, stdio: 'inherit' });
  if (compiled.status !== 0) throw new Error('the server did not compile (node scripts/build-server.mjs)');
  try {
    const bareDir = await dir();
    progress.tick('bare PostgreSQL, fresh');
    const bareFresh = await timeBareEmbedded(bareDir);
    progress.tick('bare PostgreSQL, restart');
    const bareSecond = await timeBareEmbedded(bareDir);

    const appDir = await dir();
    progress.tick('app, fresh data dir');
    const fresh = await timeStart(appDir, 'off', 180);
    progress.tick('app, second start');
    const second = await timeStart(appDir, 'off', 180);
    progress.tick('app from source (tsx), second start');
    const secondFromSource = await timeStart(appDir, 'off', 180, FROM_SOURCE);
    let withDemo: StartTiming | null = null;
    if (opts.withDemo) {
      progress.tick('app, fresh with demo');
      withDemo = await timeStart(await dir(), 'on', 900);
    }
    return {
      name: 'embedded cold start',
      servesHtml: existsSync(path.join(WEB_DIST, 'index.html')),
      fresh,
      second,
      secondFromSource,
      withDemo,
      baseline: { freshSeconds: bareFresh, secondSeconds: bareSecond },
    };
  } finally {
    for (const d of dirs) await rm(d, { recursive: true, force: true });
  }
}

export const COLD_START_STEPS = 6;

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchColdStart({ withDemo: !process.argv.includes('--no-demo') }).then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
