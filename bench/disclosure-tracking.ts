/**
 * The portal's request status page (申请查询) at 200 concurrent clients: the real app answering
 * `GET /api/v1/portal/disclosure/requests/:trackingCode` against the bare SQL that request runs, in the
 * same run. Data: the Yuhong demo (43 requests) plus a province-sized table of generated requests, so
 * the lookup runs on a realistic index. Target: p99 ≤ 50 ms.
 */
import type { ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { disclosureModule } from '../server/modules/disclosure/index.js';
import { makeCtx } from '../server/platform/context.js';
import { loadDemoOrg } from '../server/platform/org/index.js';
import { generateProvince } from './disclosure-table3.js';
import type { CapturedQuery } from './lib/app-server.js';
import { openBenchDatabase } from './lib/database.js';
import { httpLoad, interleaved, type LoadResult, settle, sqlLoad } from './lib/load.js';
import { type Progress, silentProgress } from './lib/progress.js';
import { startAppServer, stopChild } from './powers-search.js';

export interface TrackingBenchResult {
  name: string;
  requests: number;
  connections: number;
  api: LoadResult;
  sql: LoadResult;
  ratio: number;
}

async function captureLookup(urls: { app: string; bare: string }, code: string): Promise<CapturedQuery[]> {
  await fetch(`${urls.bare}/capture/start`, { method: 'POST' });
  const res = await fetch(`${urls.app}/api/v1/portal/disclosure/requests/${code}`);
  const all = (await (
    await fetch(`${urls.bare}/capture/stop?as=tracking`, { method: 'POST' })
  ).json()) as CapturedQuery[];
  if (!res.ok) throw new Error(`tracking lookup answered ${res.status}: ${await res.text()}`);
  return all.filter((q) => /disclosure_requests|clocks/.test(q.text));
}

export async function benchTracking(opts: {
  requests: number;
  connections: number;
  seconds: number;
  progress?: Progress;
}): Promise<TrackingBenchResult> {
  const progress = opts.progress ?? silentProgress;
  const database = await openBenchDatabase(opts.connections);
  let child: ChildProcess | null = null;
  try {
    progress.tick('demo data');
    const ctx = makeCtx(database.db, null, 'bench-tracking', new Date());
    await loadDemoOrg(ctx);
    await disclosureModule.demo?.(ctx, () => {});
    progress.tick(`generating ${opts.requests} requests`);
    await generateProvince(database.db, opts.requests, 20);
    await database.pool.query('ANALYZE');
    const found = await database.pool.query<{ tracking_code: string }>(
      // A demo request: the portal answers for the install's own district.
      `SELECT tracking_code FROM disclosure_requests
       WHERE district_id = (SELECT id FROM org_units WHERE code = '210114') ORDER BY received_on LIMIT 1`,
    );
    const code = found.rows[0]?.tracking_code;
    if (!code) throw new Error('no request to track');
    progress.tick('starting the app');
    const server = await startAppServer(database.url);
    child = server.child;
    const queries = await captureLookup(server, code);
    const c = opts.connections;
    const runs = await interleaved(
      {
        api: (seconds) =>
          httpLoad(`${server.app}/api/v1/portal/disclosure/requests/${code}`, { connections: c, seconds }),
        sql: (seconds) => sqlLoad(database.pool, queries, { connections: c, seconds }),
      },
      {
        settle: () => settle(database.pool),
        rounds: 2,
        roundSeconds: Math.max(1, Math.round(opts.seconds / 2)),
        warmupSeconds: Math.max(1, Math.round(opts.seconds / 5)),
        onStep: (step, seconds) => progress.tick(step, seconds),
      },
    );
    return {
      name: 'disclosure.tracking',
      requests: opts.requests,
      connections: c,
      api: runs.api,
      sql: runs.sql,
      ratio: runs.api.mean / runs.sql.mean,
    };
  } finally {
    if (child) await stopChild(child);
    await database.dispose();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchTracking({ requests: Number(process.argv[2] ?? 100_000), connections: 200, seconds: 10 }).then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
