/**
 * Benchmark: table 三 for a province-sized year — 1 M requests across 100 districts — against the bare
 * GROUP BY over the same rows in the same run (target ≤ 1.5×, ≤ 2 s on these 2-core machines).
 *
 * The data is generated in the database (INSERT … SELECT generate_series): requests received from
 * 2019-11-01 to 2020-12-31, ~95 % concluded 1–37 days later with one of the 21 outcome codes, the rest
 * open, so 2020 has carried-in, carried-out and every outcome row. Both timings are medians of
 * interleaved runs after a warm-up.
 *
 *   npx tsx bench/disclosure-table3.ts [requests] [districts]
 */
import { pathToFileURL } from 'node:url';
import { sql } from 'drizzle-orm';
import { REQUEST_OUTCOME_CODES } from '../common/contracts/disclosure/outcomes.js';
import type { Db } from '../server/platform/db/client.js';
import { computeTable3, touchesYear } from '../server/modules/disclosure/table3/compute.js';
import { openBenchDatabase } from './lib/database.js';
import { type Progress, silentProgress } from './lib/progress.js';

export interface Table3BenchOptions {
  requests: number;
  districts: number;
  /** Measured runs of each query (after one warm-up each). */
  runs?: number;
  progress?: Progress;
}

export interface Table3BenchResult {
  name: string;
  /** Median seconds of the whole table 三 computation (query + folding + 勾稽 checks). */
  seconds: number;
  /** Median seconds of `SELECT applicant_type, outcome, count(*) … GROUP BY 1, 2` over the same rows. */
  baselineSeconds: number;
  ratio: number;
  requests: number;
  districts: number;
  database: string;
  generateSeconds: number;
  /** Requests the 2020 table counts in 一 (a sanity figure) and its 勾稽 findings (must be 0). */
  received2020: number;
  checks: number;
}

const APPLICANTS = [
  'natural_person',
  'business',
  'research',
  'public_interest',
  'legal_service',
  'other_org',
];
const CHANNELS = ['letter', 'online', 'in_person', 'fax', 'email'];
const YEAR = 2020;

const pgArray = (values: readonly string[]) => sql.raw(`ARRAY[${values.map((v) => `'${v}'`).join(', ')}]`);

/** 100 districts × 1 department, then the requests, in three INSERT … SELECT statements. */
export async function generateProvince(db: Db, requests: number, districts: number): Promise<void> {
  await db.execute(sql`
    INSERT INTO org_units (id, code, name, type, path, district_id)
    SELECT id, 'BENCH-' || n, '基准区' || n, 'district', '/' || id || '/', id
    FROM (SELECT gen_random_uuid() AS id, n FROM generate_series(1, ${districts}) n) d`);
  await db.execute(sql`
    INSERT INTO org_units (id, code, name, type, parent_id, path, district_id)
    SELECT id, code || '-D1', '基准局', 'department', parent, path || id || '/', district
    FROM (SELECT gen_random_uuid() AS id, code, id AS parent, path, district_id AS district
          FROM org_units WHERE code LIKE 'BENCH-%') d`);
  // Natural persons are most applicants; ~5 % still open; conclusion 1–37 days after receipt.
  await db.execute(sql`
    WITH depts AS (
      SELECT id, district_id, (row_number() OVER (ORDER BY code)) - 1 AS k
      FROM org_units WHERE type = 'department' AND code LIKE 'BENCH-%'),
    g AS (
      SELECT n, DATE '2019-11-01' + ((n * 7919) % 427)::int AS received, n % 20 = 0 AS open
      FROM generate_series(1::bigint, ${requests}::bigint) n)
    INSERT INTO disclosure_requests (district_id, org_unit_id, tracking_code, channel, arrived_on, received_on,
      applicant_type, applicant_name, applicant_phone, information_description, delivery_method, status,
      outcome, concluded_on)
    SELECT d.district_id, d.id, 'B' || lpad(to_hex(g.n), 11, '0'),
      (${pgArray(CHANNELS)})[(1 + g.n % 5)::int], g.received, g.received,
      CASE WHEN g.n % 10 < 6 THEN 'natural_person' ELSE (${pgArray(APPLICANTS)})[(1 + g.n % 6)::int] END,
      '申请人', '13800000000', '基准测试申请', 'email',
      CASE WHEN g.open THEN 'registered' ELSE 'concluded' END,
      CASE WHEN g.open THEN NULL ELSE (${pgArray(REQUEST_OUTCOME_CODES)})[(1 + (g.n * 31) % 21)::int] END,
      CASE WHEN g.open THEN NULL ELSE g.received + (1 + g.n % 37)::int END
    FROM g JOIN depts d ON d.k = g.n % ${districts}`);
  await db.execute(sql`ANALYZE disclosure_requests`);
  await db.execute(sql`ANALYZE org_units`);
}

async function timed<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = process.hrtime.bigint();
  const result = await work();
  return [Number(process.hrtime.bigint() - started) / 1e9, result];
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

/** Generates the province, then times table 三 (all districts, 2020) against the bare GROUP BY. */
export async function benchTable3(opts: Table3BenchOptions): Promise<Table3BenchResult> {
  const progress = opts.progress ?? silentProgress;
  const runs = opts.runs ?? 5;
  progress.total(2 + 2 * (runs + 1));
  const database = await openBenchDatabase(2);
  try {
    progress.tick(`generating ${opts.requests} requests`);
    const [generateSeconds] = await timed(() => generateProvince(database.db, opts.requests, opts.districts));
    progress.tick('generated');
    const province = { districtId: null, orgPath: null };
    const table = () => computeTable3(database.db, { year: YEAR, format: '2021', scope: province });
    const bare = () =>
      database.db.execute(sql`SELECT applicant_type, outcome, count(*) FROM disclosure_requests
        WHERE ${touchesYear(YEAR)} GROUP BY 1, 2`);
    const [, first] = await timed(table);
    await bare();
    progress.tick('warm-up', 2);
    const tableTimes: number[] = [];
    const bareTimes: number[] = [];
    for (let i = 0; i < runs; i++) {
      tableTimes.push((await timed(table))[0]);
      bareTimes.push((await timed(bare))[0]);
      progress.tick(`run ${i + 1}/${runs}`, 2);
    }
    const seconds = median(tableTimes);
    const baselineSeconds = median(bareTimes);
    return {
      name: 'disclosure-table3',
      seconds: round(seconds),
      baselineSeconds: round(baselineSeconds),
      ratio: round(seconds / baselineSeconds),
      requests: opts.requests,
      districts: opts.districts,
      database: database.label,
      generateSeconds: round(generateSeconds),
      received2020: first.rows[0]?.values[6] ?? 0,
      checks: first.checks.length,
    };
  } finally {
    await database.dispose();
  }
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const requests = Number(process.argv[2] ?? 1_000_000);
  const districts = Number(process.argv[3] ?? 100);
  benchTable3({ requests, districts }).then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
