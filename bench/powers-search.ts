/**
 * Benchmark: the power-list search API at 100 k items under 50 connections, against the bare SQL the
 * service runs for the same request (replayed over a 50-connection pool at the same concurrency) and a
 * bare Fastify route returning the same rows. Staff endpoint (with a session) and public portal endpoint.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type pg from 'pg';
import { makeCtx } from '../server/platform/context.js';
import { demoAccounts, loadDemoOrg } from '../server/platform/org/index.js';
import { generatePowerItems } from './generate.js';
import type { CapturedQuery } from './lib/app-server.js';
import { openBenchDatabase } from './lib/database.js';
import { httpLoad, interleaved, type Load, type LoadResult, settle, sqlLoad } from './lib/load.js';
import { type Progress, silentProgress } from './lib/progress.js';

export interface PowersSearchOptions {
  items: number;
  seed: number;
  /** Seconds of measured load per run, split into alternating rounds (after a short warm-up). */
  seconds: number;
  connections: number;
  progress?: Progress;
}

export interface PowersSearchResult {
  name: string;
  items: number;
  database: string;
  postgres: string;
  generateSeconds: number;
  /** The request measured, and how many items it matches. */
  query: { admin: string; portal: string; matches: number };
  appPoolSize: number;
  runs: {
    adminApi: LoadResult;
    adminSql: LoadResult;
    bareRoute: LoadResult;
    portalApi: LoadResult;
    portalSql: LoadResult;
    /** One connection: the time of a request when nothing queues. */
    adminApiSingle: LoadResult;
    adminSqlSingle: LoadResult;
  };
  /** The search SQL one request ran (captured from the app's pool), with its plan on the idle server. */
  plans: { admin: QueryPlan[]; portal: QueryPlan[] };
}

export interface QueryPlan {
  /** The plan's nodes, depth first, e.g. "Limit → Sort → Hash Join → Seq Scan(power_items) → …". */
  nodes: string;
  planningMs: number;
  executionMs: number;
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function flatten(node: PlanNode): string[] {
  const on = node['Index Name'] ?? node['Relation Name'];
  return [`${node['Node Type']}${on ? `(${on})` : ''}`, ...(node.Plans ?? []).flatMap(flatten)];
}

/** EXPLAIN ANALYZE of each captured statement: where the database spends a request's time. */
async function explain(pool: pg.Pool, queries: CapturedQuery[]): Promise<QueryPlan[]> {
  const plans: QueryPlan[] = [];
  for (const q of queries) {
    const { rows } = await pool.query<{
      'QUERY PLAN': [{ Plan: PlanNode; 'Planning Time': number; 'Execution Time': number }];
    }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${q.text}`, q.values);
    const top = rows[0]?.['QUERY PLAN'][0];
    if (!top) continue;
    plans.push({
      nodes: flatten(top.Plan).join(' → '),
      planningMs: Math.round(top['Planning Time'] * 100) / 100,
      executionMs: Math.round(top['Execution Time'] * 100) / 100,
    });
  }
  return plans;
}

const APP_POOL = 20; // as server/main.ts opens it
const KEYWORD = '食品';
const CATEGORY = 'penalty';

/** How many measured load runs the benchmark makes (for a progress bar: 1 tick per second of load). */
export function powersSearchSteps(opts: Pick<PowersSearchOptions, 'seconds'>): number {
  return 4 + 7 * (ROUNDS * roundSeconds(opts.seconds) + warmup(opts.seconds));
}

/** Each measured load is split into this many rounds, alternating with the loads it is compared to. */
const ROUNDS = 3;

function roundSeconds(seconds: number): number {
  return Math.max(1, Math.round(seconds / ROUNDS));
}

function warmup(seconds: number): number {
  return Math.max(1, Math.round(seconds / 5));
}

async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  return typeof address === 'object' && address ? address.port : 0;
}

export async function startAppServer(
  url: string,
): Promise<{ child: ChildProcess; app: string; bare: string }> {
  const [appPort, barePort] = [await freePort(), await freePort()];
  const script = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lib/app-server.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    env: {
      ...process.env,
      BENCH_DB_URL: url,
      BENCH_APP_PORT: String(appPort),
      BENCH_BARE_PORT: String(barePort),
      BENCH_APP_POOL: String(APP_POOL),
      // One machine is one IP: the public routes' per-IP limit would measure the limiter, not the app.
      PUBLIC_RATE_LIMIT: '0',
    },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`bench app server exited early (code ${code})`)));
  });
  return { child, app: `http://127.0.0.1:${appPort}`, bare: `http://127.0.0.1:${barePort}` };
}

export async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

async function login(app: string): Promise<string> {
  const account = demoAccounts().find((a) => a.role === 'coordinator');
  if (!account) throw new Error('no demo coordinator account');
  const res = await fetch(`${app}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: account.username, password: account.password }),
  });
  if (!res.ok) throw new Error(`login failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('fazhi_session='));
  if (!cookie) throw new Error('login set no session cookie');
  return cookie.split(';')[0]!;
}

/** Makes the request once while the app's SQL is captured; checks the answer is a full page. */
async function capture(
  urls: { app: string; bare: string },
  pathAndQuery: string,
  as: string,
  headers: Record<string, string>,
): Promise<{ queries: CapturedQuery[]; total: number }> {
  await fetch(`${urls.bare}/capture/start`, { method: 'POST' });
  const res = await fetch(`${urls.app}${pathAndQuery}`, { headers });
  const body = (await res.json()) as { items?: unknown[]; total?: number };
  const all = (await (
    await fetch(`${urls.bare}/capture/stop?as=${as}`, { method: 'POST' })
  ).json()) as CapturedQuery[];
  if (!res.ok || !body.items) throw new Error(`${pathAndQuery} answered ${res.status}`);
  // The search itself; the session lookup (staff) and the district lookup (portal) stay API overhead.
  const queries = all.filter((q) => q.text.includes('"power_items"'));
  if (queries.length === 0) throw new Error(`no power_items SQL captured for ${pathAndQuery}`);
  return { queries, total: body.total ?? 0 };
}

export async function benchPowersSearch(opts: PowersSearchOptions): Promise<PowersSearchResult> {
  const progress = opts.progress ?? silentProgress;
  progress.tick('starting PostgreSQL');
  const database = await openBenchDatabase(opts.connections);
  let child: ChildProcess | null = null;
  try {
    const version = await database.pool.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
    await loadDemoOrg(makeCtx(database.db, null, 'bench-org', new Date()));
    progress.tick(`generating ${opts.items} items`);
    const generated = await generatePowerItems(database.pool, { seed: opts.seed, items: opts.items });
    progress.tick('starting the app');
    const server = await startAppServer(database.url);
    child = server.child;
    const cookie = await login(server.app);
    const q = `q=${encodeURIComponent(KEYWORD)}&category=${CATEGORY}&page=1&pageSize=20`;
    const adminPath = `/api/v1/powers/items?${q}`;
    const portalPath = `/api/v1/portal/powers/items?${q}`;
    const admin = await capture(server, adminPath, 'admin', { cookie });
    const portal = await capture(server, portalPath, 'portal', {});
    const plans = {
      admin: await explain(database.pool, admin.queries),
      portal: await explain(database.pool, portal.queries),
    };
    progress.tick('load');

    const c = opts.connections;
    const http =
      (url: string, connections: number, headers?: Record<string, string>): Load =>
      (seconds) =>
        httpLoad(url, { connections, seconds, headers });
    const sql =
      (queries: CapturedQuery[], connections: number): Load =>
      (seconds) =>
        sqlLoad(database.pool, queries, { connections, seconds });
    const schedule = {
      settle: () => settle(database.pool),
      rounds: ROUNDS,
      roundSeconds: roundSeconds(opts.seconds),
      warmupSeconds: warmup(opts.seconds),
      onStep: (step: string, seconds: number) => progress.tick(step, seconds),
    };
    const atFull = await interleaved(
      {
        adminApi: http(`${server.app}${adminPath}`, c, { cookie }),
        adminSql: sql(admin.queries, c),
        bareRoute: http(`${server.bare}/bare/admin`, c),
      },
      schedule,
    );
    const portalRuns = await interleaved(
      { portalApi: http(`${server.app}${portalPath}`, c), portalSql: sql(portal.queries, c) },
      schedule,
    );
    const single = await interleaved(
      {
        adminApiSingle: http(`${server.app}${adminPath}`, 1, { cookie }),
        adminSqlSingle: sql(admin.queries, 1),
      },
      schedule,
    );
    const runs = { ...atFull, ...portalRuns, ...single };
    return {
      name: 'powers.search',
      items: opts.items,
      database: database.label,
      postgres: version.rows[0]?.v ?? '?',
      generateSeconds: Math.round(generated.seconds * 10) / 10,
      query: { admin: adminPath, portal: portalPath, matches: admin.total },
      appPoolSize: APP_POOL,
      runs,
      plans,
    };
  } finally {
    if (child) await stopChild(child);
    await database.dispose();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const items = Number(process.argv[2] ?? 100_000);
  benchPowersSearch({ items, seed: 20200630, seconds: 10, connections: 50 }).then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
