/** Each benchmark's raw result → lines of the results table, against the targets of the benchmarks issue. */
import type { Table3BenchResult } from '../disclosure-table3.js';
import type { TrackingBenchResult } from '../disclosure-tracking.js';
import type { ColdStartResult } from '../cold-start.js';
import type { DueDatesBenchResult } from '../due-dates.js';
import type { PowersSearchResult } from '../powers-search.js';
import type { XlsxImportBenchResult } from '../xlsx-import.js';
import type { LoadResult } from './load.js';
import { fmt, type ResultRow, ratioText, verdict } from './report.js';

export const TARGETS = {
  dueDatesPerSec: 200_000,
  searchP99Ms: 50,
  apiOverSql: 1.5,
  xlsxSeconds: 10,
  xlsxPeakRssMb: 512,
  coldStartSeconds: 5,
};

export function dueDateRows(r: DueDatesBenchResult): ResultRow[] {
  return [
    {
      benchmark: 'due dates',
      metric: `due dates/s, in-process (${fmt(r.n, 0)} inputs)`,
      result: `${fmt(r.opsPerSec, 0)}/s`,
      target: `≥ ${fmt(TARGETS.dueDatesPerSec, 0)}/s`,
      baseline: `${fmt(r.baselineOpsPerSec, 0)}/s naive weekday loop`,
      ratio: ratioText(r.ratio),
      verdict: verdict(r.opsPerSec, { min: TARGETS.dueDatesPerSec }),
    },
  ];
}

export function xlsxRows(r: XlsxImportBenchResult): ResultRow[] {
  const benchmark = `xlsx import (${fmt(r.rows, 0)} rows, ${fmt(r.fileMb)} MB)`;
  return [
    {
      benchmark,
      metric: 'import time',
      result: `${fmt(r.seconds)} s`,
      target: `≤ ${TARGETS.xlsxSeconds} s`,
      baseline: `${fmt(r.baselineSeconds)} s bare exceljs streaming read`,
      ratio: ratioText(r.ratio),
      verdict: verdict(r.seconds, { max: TARGETS.xlsxSeconds }),
    },
    {
      benchmark,
      metric: 'peak RSS',
      result: `${fmt(r.peakRssMb, 0)} MB`,
      target: `≤ ${TARGETS.xlsxPeakRssMb} MB`,
      baseline: '—',
      ratio: '—',
      verdict: verdict(r.peakRssMb, { max: TARGETS.xlsxPeakRssMb }),
    },
  ];
}

function latency(l: LoadResult): string {
  const failed = l.failures ? `, ${l.failures} failed` : '';
  return `p50 ${fmt(l.p50)} / p99 ${fmt(l.p99)} ms, ${fmt(l.rps, 0)} req/s${failed}`;
}

export function searchRows(r: PowersSearchResult): ResultRow[] {
  const benchmark = `powers search (${fmt(r.items, 0)} items)`;
  const { adminApi, adminSql, bareRoute, portalApi, portalSql, adminApiSingle, adminSqlSingle } = r.runs;
  const c = adminApi.connections;
  const p99Row = (who: string, api: LoadResult, sql: LoadResult): ResultRow => ({
    benchmark,
    metric: `${who} API p99 @${c} conn`,
    result: latency(api),
    target: `p99 ≤ ${TARGETS.searchP99Ms} ms`,
    baseline: `bare SQL ${latency(sql)}`,
    ratio: ratioText(api.p99 / sql.p99),
    verdict: verdict(api.p99, { max: TARGETS.searchP99Ms }),
  });
  // Under a closed loop at saturation the mean latency is connections ÷ throughput (Little's law), so the
  // mean ratio is the robust "API time ÷ SQL time"; p50 and p99 depend on how each side queues.
  const ratioRow = (metric: string, api: LoadResult, sql: LoadResult): ResultRow => ({
    benchmark,
    metric,
    result: `mean ${fmt(api.mean)} ms (p50 ${fmt(api.p50)}, p99 ${fmt(api.p99)})`,
    target: `≤ ${TARGETS.apiOverSql}× SQL`,
    baseline: `mean ${fmt(sql.mean)} ms (p50 ${fmt(sql.p50)}, p99 ${fmt(sql.p99)}) bare SQL`,
    ratio: ratioText(api.mean / sql.mean),
    verdict: verdict(api.mean / sql.mean, { max: TARGETS.apiOverSql }),
  });
  return [
    p99Row('staff', adminApi, adminSql),
    ratioRow(`staff API ÷ SQL time @${c} conn`, adminApi, adminSql),
    ratioRow('staff API ÷ SQL time @1 conn', adminApiSingle, adminSqlSingle),
    p99Row('portal', portalApi, portalSql),
    ratioRow(`portal API ÷ SQL time @${c} conn`, portalApi, portalSql),
    {
      benchmark,
      metric: `bare Fastify route, same SQL @${c} conn`,
      result: latency(bareRoute),
      target: '— (context)',
      baseline: `mean ${fmt(adminSql.mean)} ms bare SQL`,
      ratio: ratioText(bareRoute.mean / adminSql.mean),
      verdict: 'info',
    },
  ];
}

export function coldStartRows(r: ColdStartResult): ResultRow[] {
  const benchmark = 'embedded cold start';
  const note = (t: { firstPage: string }) => (t.firstPage === '/' ? '' : ` (HTML at ${t.firstPage})`);
  const rows: ResultRow[] = [
    {
      benchmark,
      metric: 'fresh data dir (DEMO=off) → first page',
      result: `${fmt(r.fresh.seconds, 2)} s${note(r.fresh)}`,
      target: `≤ ${TARGETS.coldStartSeconds} s`,
      baseline: `${fmt(r.baseline.freshSeconds, 2)} s bare embedded PG (initdb + start)`,
      ratio: ratioText(r.fresh.seconds / r.baseline.freshSeconds),
      verdict: verdict(r.fresh.seconds, { max: TARGETS.coldStartSeconds }),
    },
    {
      benchmark,
      metric: 'second start, same data dir',
      result: `${fmt(r.second.seconds, 2)} s${note(r.second)}`,
      target: `≤ ${TARGETS.coldStartSeconds} s`,
      baseline: `${fmt(r.baseline.secondSeconds, 2)} s bare embedded PG restart`,
      ratio: ratioText(r.second.seconds / r.baseline.secondSeconds),
      verdict: verdict(r.second.seconds, { max: TARGETS.coldStartSeconds }),
    },
    {
      benchmark,
      metric: 'second start from the TypeScript sources (tsx)',
      result: `${fmt(r.secondFromSource.seconds, 2)} s${note(r.secondFromSource)}`,
      target: '— (context: the start before the compiled server)',
      baseline: `${fmt(r.second.seconds, 2)} s compiled second start`,
      ratio: ratioText(r.secondFromSource.seconds / r.second.seconds),
      verdict: 'info',
    },
  ];
  if (r.withDemo) {
    rows.push({
      benchmark,
      metric: 'fresh data dir with the demo loading',
      result: `${fmt(r.withDemo.seconds, 1)} s (demo ≈ ${fmt(r.withDemo.seconds - r.fresh.seconds, 1)} s)`,
      target: '— (context)',
      baseline: `${fmt(r.baseline.freshSeconds, 2)} s bare embedded PG`,
      ratio: ratioText(r.withDemo.seconds / r.baseline.freshSeconds),
      verdict: 'info',
    });
  }
  return rows;
}

export function table3Rows(r: Table3BenchResult): ResultRow[] {
  const benchmark = `table 三 (${fmt(r.requests, 0)} requests, ${r.districts} districts)`;
  return [
    {
      benchmark,
      metric: 'province-year table 三 vs bare GROUP BY',
      result: `${fmt(r.seconds, 2)} s`,
      target: '≤ 1.5× and ≤ 2 s',
      baseline: `${fmt(r.baselineSeconds, 2)} s bare GROUP BY`,
      ratio: ratioText(r.ratio),
      verdict: r.ratio <= 1.5 && r.seconds <= 2 ? 'met' : 'missed',
    },
  ];
}

export function trackingRows(r: TrackingBenchResult): ResultRow[] {
  return [
    {
      benchmark: `portal request status (${fmt(r.requests, 0)} requests)`,
      metric: `p99 @${r.connections} clients`,
      result: `p50 ${fmt(r.api.p50, 0)} / p99 ${fmt(r.api.p99, 0)} ms, ${fmt(r.api.rps, 0)} req/s`,
      target: 'p99 ≤ 50 ms',
      baseline: `bare SQL p50 ${fmt(r.sql.p50, 0)} / p99 ${fmt(r.sql.p99, 0)} ms, ${fmt(r.sql.rps, 0)} req/s`,
      ratio: ratioText(r.ratio),
      verdict: verdict(r.api.p99, { max: 50 }),
    },
  ];
}
