/**
 * Benchmark: the enforcement case ledger at 1 M cases (issue #3). Under 50 connections, the staff list
 * `GET /api/v1/enforcement/cases?page=1&pageSize=20` (newest first) and the same with `q=` a keyword, as a
 * department officer (one body's cases) and as the coordinator (the district's), each against the bare SQL
 * it ran (replayed over a pool at the same concurrency) and a bare Fastify route running that SQL, in the
 * same run. Then the enforcement metrics of the 1 M-case year through `computeMetric` against their bare
 * GROUP BY. Targets: p99 ≤ 50 ms; API throughput ≥ 40 % of the bare route; metrics ≤ 1.5× bare SQL.
 *
 * The cases are a LOAD GENERATOR's rows (INSERT … SELECT generate_series over the 23 demo bodies, with a few
 * power items and certified officers per body, and the handling clocks of the open cases): no audit events,
 * no procedure steps. The table's secondary indexes are dropped during the load and rebuilt after it.
 * A part whose API or metric has not landed yet is reported "not available" rather than failing the run.
 *
 *   npx tsx bench/enforcement-cases.ts [cases] [seconds]
 */
import type { ChildProcess } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { makeCtx } from '../server/platform/context.js';
import { enforcement } from '../server/modules/enforcement/index.js';
import { demoAccounts, loadDemoOrg } from '../server/platform/org/index.js';
import type { CapturedQuery } from './lib/app-server.js';
import { type BenchDatabase, openBenchDatabase } from './lib/database.js';
import { httpLoad, interleaved, type LoadResult, settle, sqlLoad } from './lib/load.js';
import { type Progress, silentProgress } from './lib/progress.js';
import { fmt, type ResultRow, ratioText, verdict } from './lib/report.js';
import { startAppServer, stopChild } from './powers-search.js';

export interface EnforcementBenchOptions {
  cases: number;
  /** Seconds of measured load per run, split into rounds alternating API / SQL / bare route. */
  seconds: number;
  connections: number;
  progress?: Progress;
}

type Who = 'officer' | 'coordinator';
type ScenarioKey = `${Who}-${'list' | 'search'}`;

export interface ListScenario {
  path: string;
  /** Cases the request's scope and filter match (the `total` the API answered). */
  matches: number;
  /** EXPLAIN ANALYZE of each captured statement on the idle server, before the load. */
  plans: { nodes: string; executionMs: number }[];
  api: LoadResult;
  sql: LoadResult;
  bare: LoadResult;
}

export interface MetricTiming {
  key: string;
  /** Median seconds through computeMetric, and of the bare SQL over the same rows. */
  seconds: number;
  baselineSeconds: number;
  ratio: number;
  value: number;
}

type Part<T> = { available: true; result: T } | { available: false; reason: string };

export interface EnforcementBenchResult {
  name: string;
  cases: number;
  connections: number;
  database: string;
  postgres: string;
  generateSeconds: number;
  list: Record<ScenarioKey, Part<ListScenario>>;
  metrics: Record<string, Part<MetricTiming>>;
}

export const ENFORCEMENT_TARGETS = { p99Ms: 50, minShareOfBare: 0.4, metricOverSql: 1.5 };
const YEAR = { from: '2020-01-01', to: '2020-12-31' };
const KEYWORD = '食品';
const ROUNDS = 3;
const METRIC_RUNS = 5;
const CHUNK = 100_000;
const roundSeconds = (s: number) => Math.max(1, Math.round(s / ROUNDS));
const warmupSeconds = (s: number) => Math.max(1, Math.round(s / 5));

/** Progress ticks: setup steps, then one per second of load, then one per metric run. */
export function enforcementSteps(opts: Pick<EnforcementBenchOptions, 'cases' | 'seconds'>): number {
  const perLoad = warmupSeconds(opts.seconds) + ROUNDS * roundSeconds(opts.seconds);
  return 5 + Math.ceil(opts.cases / CHUNK) + 4 * 3 * perLoad + 4 * (METRIC_RUNS + 1);
}

// ── Data ─────────────────────────────────────────────────────────────────────────────────────────────

const CAUSES = [
  '经营超过保质期的食品',
  '未取得食品经营许可从事食品经营活动',
  '销售不符合安全标准的产品',
  '未按规定明码标价',
  '占道经营',
  '未经批准擅自设置户外广告',
  '违法建设',
  '未按规定处置建筑垃圾',
  '未取得排污许可排放污染物',
  '未按规定配备消防设施',
  '无证从事道路运输经营',
  '未按规定履行安全生产培训义务',
];
const SURNAMES = ['张', '王', '李', '刘', '陈', '杨', '赵', '黄', '周', '吴'];
const GIVEN = ['伟', '芳', '娜', '秀英', '敏', '静', '强', '磊', '军', '洋'];
const textArray = (xs: readonly string[]) => `ARRAY[${xs.map((x) => `'${x}'`).join(',')}]::text[]`;

/**
 * The demo's 23 bodies (enforcement-yuhong.yaml) get a registry row, 3 certified officers and penalty /
 * licensing / coercion power items.
 */
async function writeRegistry(db: BenchDatabase, districtId: string): Promise<number> {
  const q = (text: string) => db.pool.query(text, [districtId]);
  await db.pool.query(
    `INSERT INTO enforcement_bodies (district_id, org_unit_id, authority_kind, legal_basis, scope, confirmed_on)
    SELECT $1, id, 'statutory', '《中华人民共和国行政处罚法》等法律、法规、规章', name || '职责范围内的行政执法', '2020-03-20'
    FROM org_units WHERE district_id = $1 AND code = ANY($2::text[])`,
    [districtId, [...enforcement.demoBodyCodes()]],
  );
  await q(`INSERT INTO enforcement_officers (district_id, org_unit_id, name, certificate_number, certificate_issuer,
      certificate_issued_on, certificate_valid_until)
    SELECT $1, u.id, '执法人员' || u.code || '-' || i, 'BENCH-' || u.code || '-' || i, '辽宁省人民政府',
      '2019-01-01', '2030-12-31'
    FROM org_units u JOIN enforcement_bodies b ON b.org_unit_id = u.id CROSS JOIN generate_series(1, 3) i
    WHERE u.district_id = $1`);
  await q(`INSERT INTO power_items (district_id, org_unit_id, code, name, category, status)
    SELECT $1, u.id, 'BENCH-' || u.code || '-' || c.category || '-' || i, '基准测试' || c.label || '事项' || i,
      c.category, 'draft'
    FROM org_units u JOIN enforcement_bodies b ON b.org_unit_id = u.id
    CROSS JOIN (VALUES ('penalty', '行政处罚', 3), ('licensing', '行政许可', 1), ('coercion', '行政强制', 1))
      AS c(category, label, n)
    CROSS JOIN LATERAL generate_series(1, c.n) i
    WHERE u.district_id = $1`);
  const { rows } = await q(`SELECT count(*)::int AS n FROM enforcement_bodies WHERE district_id = $1`);
  return Number(rows[0]?.n ?? 0);
}

/**
 * Cases n in [lo, hi]: all opened in 2020 (a 1 M-case year), 85 % decided (of which 80 % published, some
 * late), kinds 85 / 10 / 5 % penalty / licensing / coercion, parties 60 % natural persons and individual
 * businesses. Deterministic in n.
 */
function insertCasesSql(): string {
  return `
    WITH bodies AS (
      SELECT u.id, (row_number() OVER (ORDER BY u.code)) - 1 AS k,
        (SELECT array_agg(o.id ORDER BY o.certificate_number) FROM enforcement_officers o WHERE o.org_unit_id = u.id) AS officers,
        (SELECT array_agg(p.id ORDER BY p.code) FROM power_items p WHERE p.org_unit_id = u.id AND p.category = 'penalty') AS penalty,
        (SELECT array_agg(p.id ORDER BY p.code) FROM power_items p WHERE p.org_unit_id = u.id AND p.category = 'licensing') AS licensing,
        (SELECT array_agg(p.id ORDER BY p.code) FROM power_items p WHERE p.org_unit_id = u.id AND p.category = 'coercion') AS coercion
      FROM org_units u JOIN enforcement_bodies b ON b.org_unit_id = u.id WHERE u.district_id = $1),
    g AS (
      SELECT n, DATE '2020-01-01' + ((n * 7919) % 366)::int AS opened,
        CASE WHEN n % 20 < 17 THEN 'penalty' WHEN n % 20 < 19 THEN 'licensing' ELSE 'coercion' END AS kind,
        (n * 13) % 100 < 85 AS decided, (n * 17) % 10 AS pt
      FROM generate_series($3::bigint, $4::bigint) n),
    h AS (
      SELECT g.*, b.id AS org_unit_id, b.officers,
        CASE g.kind WHEN 'penalty' THEN b.penalty[1 + g.n % 3] WHEN 'licensing' THEN b.licensing[1] ELSE b.coercion[1] END AS power,
        CASE WHEN g.decided THEN g.opened + (5 + g.n % 80)::int END AS decided_on,
        CASE WHEN NOT g.decided THEN NULL
          WHEN g.kind = 'licensing' THEN CASE WHEN g.n % 7 = 0 THEN 'licence_refused' ELSE 'licence_granted' END
          WHEN g.kind = 'coercion' THEN 'coercive_measure'
          ELSE (ARRAY['fine','fine','fine','warning','confiscation','no_penalty'])[1 + (g.n / 20) % 6] END AS outcome
      FROM g JOIN bodies b ON b.k = g.n % $2)
    INSERT INTO enforcement_cases (district_id, org_unit_id, case_number, kind, power_item_id, cause, source,
      party_type, party_name, party_id_number, opened_on, handler_officer_ids, state, is_major,
      decided_on, decision_number, outcome, fine_amount, confiscation_amount, decision_text, closed_on,
      publication_state, publication_due_on, published_on, created_at)
    SELECT $1, h.org_unit_id, 'BENCH-2020-' || lpad(h.n::text, 7, '0'), h.kind, h.power,
      (${textArray(CAUSES)})[1 + (h.n * 31) % ${CAUSES.length}], '检查发现',
      (ARRAY['natural_person','natural_person','natural_person','individual_business','individual_business',
        'individual_business','legal_person','legal_person','legal_person','other_org'])[1 + h.pt],
      CASE WHEN h.pt < 6 THEN (${textArray(SURNAMES)})[1 + h.n % 10] || (${textArray(GIVEN)})[1 + (h.n / 10) % 10]
        ELSE '沈阳市于洪区基准' || (h.n % 5000) || '号商贸有限公司' END,
      CASE WHEN h.pt < 6 THEN '21011419800101' || lpad((h.n % 10000)::text, 4, '0')
        ELSE '91210114MA0' || lpad((h.n % 10000000)::text, 7, '0') END,
      h.opened, h.officers[1:2],
      CASE WHEN h.decided_on IS NULL THEN 'investigating'
        ELSE (ARRAY['decided','served','executed','closed','closed'])[1 + h.n % 5] END,
      h.n % 50 = 0, h.decided_on,
      CASE WHEN h.decided_on IS NOT NULL THEN '沈于基准决〔2020〕' || h.n || '号' END, h.outcome,
      CASE WHEN h.outcome = 'fine' THEN 200 + (h.n * 37) % 50000 END,
      CASE WHEN h.outcome = 'confiscation' THEN 500 + (h.n * 41) % 20000 END,
      CASE WHEN h.decided_on IS NOT NULL THEN '依据有关规定作出决定' END,
      CASE WHEN h.decided_on IS NOT NULL AND h.n % 5 >= 3 THEN h.decided_on + 30 END,
      CASE WHEN h.decided_on IS NULL THEN NULL WHEN h.n % 10 < 8 THEN 'published' ELSE 'pending' END,
      h.decided_on + CASE WHEN h.kind = 'coercion' THEN 28 ELSE 9 END,
      CASE WHEN h.decided_on IS NOT NULL AND h.n % 10 < 8 THEN h.decided_on + (h.n % 12)::int END,
      h.opened::timestamptz + make_interval(secs => (h.n % 86400)::int)
    FROM h`;
}

/** Secondary indexes are rebuilt after the bulk load (a GIN index fed row by row would triple the load). */
async function withoutIndexes(db: BenchDatabase, load: () => Promise<void>): Promise<void> {
  const { rows } = await db.pool.query<{ name: string; def: string }>(
    `SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE tablename = 'enforcement_cases'
       AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'enforcement_cases'::regclass)`,
  );
  for (const r of rows) await db.pool.query(`DROP INDEX "${r.name}"`);
  await load();
  const client = await db.pool.connect();
  try {
    await client.query(`SET maintenance_work_mem = '256MB'`);
    for (const r of rows) await client.query(r.def);
  } finally {
    client.release();
  }
}

/** The 1 M-case year, and the running handling clocks of the cases still open (the list shows their due date). */
async function generateCases(db: BenchDatabase, cases: number, progress: Progress): Promise<number> {
  const started = performance.now();
  const { rows } = await db.pool.query<{ id: string }>(`SELECT id FROM org_units WHERE code = '210114'`);
  const districtId = rows[0]?.id;
  if (!districtId) throw new Error('the demo district is missing');
  const bodies = await writeRegistry(db, districtId);
  if (bodies === 0) throw new Error('the demo org has no enforcement bodies');
  await withoutIndexes(db, async () => {
    for (let lo = 1; lo <= cases; lo += CHUNK) {
      const hi = Math.min(cases, lo + CHUNK - 1);
      await db.pool.query(insertCasesSql(), [districtId, bodies, lo, hi]);
      progress.tick(`generated ${fmt(hi, 0)} cases`);
    }
  });
  await db.pool.query(`INSERT INTO clocks (clock_key, subject_type, subject_id, title, org_unit_id, district_id,
      status, started_on, due_on, explanation, events)
    SELECT 'enforcement.handling_' || kind, 'enforcement_case', id::text, '执法案件 ' || case_number, org_unit_id,
      district_id, 'running', opened_on, opened_on + 90, '基准测试', '[]'::jsonb
    FROM enforcement_cases WHERE decided_on IS NULL`);
  await db.pool.query('ANALYZE');
  return (performance.now() - started) / 1000;
}

// ── The list API under load ──────────────────────────────────────────────────────────────────────────

async function login(app: string, role: string): Promise<string> {
  const account = demoAccounts().find((a) => a.role === role);
  if (!account) throw new Error(`no demo ${role} account`);
  const res = await fetch(`${app}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: account.username, password: account.password }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('fazhi_session='));
  if (!res.ok || !cookie) throw new Error(`login as ${role} failed: ${res.status}`);
  return cookie.split(';')[0]!;
}

type Captured = { queries: CapturedQuery[]; total: number } | { reason: string };

/** One request while the app's SQL is recorded; the case SQL is what the bare loads replay. */
async function capture(
  urls: { app: string; bare: string },
  path: string,
  as: string,
  cookie: string,
): Promise<Captured> {
  await fetch(`${urls.bare}/capture/start`, { method: 'POST' });
  const res = await fetch(`${urls.app}${path}`, { headers: { cookie } });
  const text = await res.text();
  const all = (await (
    await fetch(`${urls.bare}/capture/stop?as=${as}`, { method: 'POST' })
  ).json()) as CapturedQuery[];
  if (!res.ok) return { reason: `${path} answered ${res.status} ${text.slice(0, 120)}` };
  const body = JSON.parse(text) as { items?: unknown[]; total?: number };
  if (!Array.isArray(body.items)) return { reason: `${path} answered no items` };
  const queries = all.filter((q) => q.text.includes('enforcement_cases'));
  if (queries.length === 0) return { reason: 'no enforcement_cases SQL captured' };
  return { queries, total: body.total ?? body.items.length };
}

type PlanNode = { 'Node Type': string; 'Relation Name'?: string; 'Index Name'?: string; Plans?: PlanNode[] };
const flatten = (n: PlanNode): string[] => {
  const on = n['Index Name'] ?? n['Relation Name'];
  return [`${n['Node Type']}${on ? `(${on})` : ''}`, ...(n.Plans ?? []).flatMap(flatten)];
};

/** Where the database spends one request's time: the plan's nodes, depth first, and the execution time. */
async function explain(db: BenchDatabase, queries: CapturedQuery[]): Promise<ListScenario['plans']> {
  const plans: ListScenario['plans'] = [];
  for (const q of queries) {
    const { rows } = await db.pool.query<{ 'QUERY PLAN': [{ Plan: PlanNode; 'Execution Time': number }] }>(
      `EXPLAIN (ANALYZE, FORMAT JSON) ${q.text}`,
      q.values,
    );
    const top = rows[0]?.['QUERY PLAN'][0];
    if (top)
      plans.push({
        nodes: flatten(top.Plan).join(' → '),
        executionMs: Math.round(top['Execution Time'] * 100) / 100,
      });
  }
  return plans;
}

async function measureList(
  db: BenchDatabase,
  urls: { app: string; bare: string },
  cookies: Record<Who, string>,
  opts: EnforcementBenchOptions,
  progress: Progress,
): Promise<EnforcementBenchResult['list']> {
  const paths: Record<ScenarioKey, string> = {
    'officer-list': '/api/v1/enforcement/cases?page=1&pageSize=20',
    'officer-search': `/api/v1/enforcement/cases?q=${encodeURIComponent(KEYWORD)}&page=1&pageSize=20`,
    'coordinator-list': '/api/v1/enforcement/cases?page=1&pageSize=20',
    'coordinator-search': `/api/v1/enforcement/cases?q=${encodeURIComponent(KEYWORD)}&page=1&pageSize=20`,
  };
  const schedule = {
    settle: () => settle(db.pool),
    rounds: ROUNDS,
    roundSeconds: roundSeconds(opts.seconds),
    warmupSeconds: warmupSeconds(opts.seconds),
    onStep: (step: string, seconds: number) => progress.tick(step, seconds),
  };
  const out = {} as EnforcementBenchResult['list'];
  for (const key of Object.keys(paths) as ScenarioKey[]) {
    const cookie = cookies[key.startsWith('officer') ? 'officer' : 'coordinator'];
    const captured = await capture(urls, paths[key], key, cookie);
    if ('reason' in captured) {
      out[key] = { available: false, reason: captured.reason };
      progress.tick(`${key}: not available`, 3 * (schedule.warmupSeconds + ROUNDS * schedule.roundSeconds));
      continue;
    }
    const plans = await explain(db, captured.queries);
    const c = opts.connections;
    const runs = await interleaved(
      {
        api: (s) => httpLoad(`${urls.app}${paths[key]}`, { connections: c, seconds: s, headers: { cookie } }),
        sql: (s) => sqlLoad(db.pool, captured.queries, { connections: c, seconds: s }),
        bare: (s) => httpLoad(`${urls.bare}/bare/${key}`, { connections: c, seconds: s }),
      },
      { ...schedule, onStep: (step, s) => schedule.onStep(`${key} ${step}`, s) },
    );
    out[key] = { available: true, result: { path: paths[key], matches: captured.total, plans, ...runs } };
  }
  return out;
}

function unavailableList(reason: string): EnforcementBenchResult['list'] {
  const keys: ScenarioKey[] = ['officer-list', 'officer-search', 'coordinator-list', 'coordinator-search'];
  return Object.fromEntries(
    keys.map((k) => [k, { available: false, reason }]),
  ) as EnforcementBenchResult['list'];
}

// ── Metrics against their bare SQL ───────────────────────────────────────────────────────────────────

/** The aggregate each metric needs, written by hand over the same rows ($1 district, $2–$3 the year). */
const BARE_METRIC_SQL: Record<string, string> = {
  'enforcement.cases_opened': `SELECT kind, count(*)::int FROM enforcement_cases
    WHERE district_id = $1 AND opened_on BETWEEN $2 AND $3 GROUP BY 1`,
  'enforcement.cases_decided': `SELECT outcome, count(*)::int FROM enforcement_cases
    WHERE district_id = $1 AND decided_on BETWEEN $2 AND $3 GROUP BY 1`,
  'enforcement.fines_decided_yuan': `SELECT kind, sum(COALESCE(fine_amount, 0) + COALESCE(confiscation_amount, 0))::text
    FROM enforcement_cases WHERE district_id = $1 AND decided_on BETWEEN $2 AND $3 GROUP BY 1`,
  'enforcement.publication_on_time_rate': `SELECT count(*) FILTER (WHERE published_on <= publication_due_on)::int,
      count(*)::int FROM enforcement_cases
    WHERE district_id = $1 AND publication_due_on BETWEEN $2 AND $3
      AND publication_state IS DISTINCT FROM 'not_required'`,
};

async function seconds<T>(work: () => Promise<T>): Promise<[number, T]> {
  const started = performance.now();
  const result = await work();
  return [(performance.now() - started) / 1000, result];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)] ?? Number.NaN;

async function measureMetrics(
  db: BenchDatabase,
  progress: Progress,
): Promise<EnforcementBenchResult['metrics']> {
  const out: EnforcementBenchResult['metrics'] = {};
  const keys = Object.keys(BARE_METRIC_SQL);
  let reports: typeof import('../server/platform/reports/index.js');
  try {
    reports = await import('../server/platform/reports/index.js');
    await import('../server/modules/enforcement/metrics.js');
  } catch (error) {
    const reason = `metrics failed to load: ${error instanceof Error ? error.message : String(error)}`;
    for (const key of keys) out[key] = { available: false, reason };
    return out;
  }
  const { rows } = await db.pool.query<{ id: string }>(`SELECT id FROM org_units WHERE code = '210114'`);
  const params = [rows[0]?.id, YEAR.from, YEAR.to];
  for (const key of keys) {
    if (!reports.getMetricDef(key)) {
      out[key] = { available: false, reason: `metric ${key} is not defined` };
      progress.tick(`${key}: not available`, METRIC_RUNS + 1);
      continue;
    }
    const metric = () => reports.computeMetric(db.db, 'system', key, YEAR);
    const bare = () => db.pool.query(BARE_METRIC_SQL[key]!, params);
    const [, first] = await seconds(metric);
    await bare();
    progress.tick(`${key} warm-up`);
    const times: number[] = [];
    const bareTimes: number[] = [];
    for (let i = 0; i < METRIC_RUNS; i++) {
      times.push((await seconds(metric))[0]);
      bareTimes.push((await seconds(bare))[0]);
      progress.tick(`${key} run ${i + 1}/${METRIC_RUNS}`);
    }
    const [s, b] = [median(times), median(bareTimes)];
    out[key] = {
      available: true,
      result: { key, seconds: s, baselineSeconds: b, ratio: s / b, value: first.value },
    };
  }
  return out;
}

// ── The run ──────────────────────────────────────────────────────────────────────────────────────────

export async function benchEnforcementCases(opts: EnforcementBenchOptions): Promise<EnforcementBenchResult> {
  const progress = opts.progress ?? silentProgress;
  progress.tick('starting PostgreSQL');
  const database = await openBenchDatabase(opts.connections);
  let child: ChildProcess | null = null;
  try {
    const version = await database.pool.query<{ v: string }>(`SELECT current_setting('server_version') AS v`);
    await loadDemoOrg(makeCtx(database.db, null, 'bench-enforcement', new Date()));
    progress.tick(`generating ${fmt(opts.cases, 0)} cases`);
    const generateSeconds = await generateCases(database, opts.cases, progress);
    progress.tick('starting the app');
    let list: EnforcementBenchResult['list'];
    try {
      const server = await startAppServer(database.url);
      child = server.child;
      const cookies = {
        officer: await login(server.app, 'department_officer'),
        coordinator: await login(server.app, 'coordinator'),
      };
      progress.tick('load');
      list = await measureList(database, server, cookies, opts, progress);
      await stopChild(child);
      child = null;
    } catch (error) {
      // The app itself does not start (a module mid-change): the metrics can still be measured in-process.
      list = unavailableList(
        `the app did not start: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    const metrics = await measureMetrics(database, progress);
    return {
      name: 'enforcement.cases',
      cases: opts.cases,
      connections: opts.connections,
      database: database.label,
      postgres: version.rows[0]?.v ?? '?',
      generateSeconds: Math.round(generateSeconds * 10) / 10,
      list,
      metrics,
    };
  } finally {
    if (child) await stopChild(child);
    await database.dispose();
  }
}

// ── Report rows ──────────────────────────────────────────────────────────────────────────────────────

const latency = (l: LoadResult) =>
  `p50 ${fmt(l.p50)} / p99 ${fmt(l.p99)} ms, ${fmt(l.rps, 0)} req/s${l.failures ? `, ${l.failures} failed` : ''}`;

const notAvailable = (benchmark: string, metric: string, reason: string): ResultRow => ({
  benchmark,
  metric,
  result: 'not available',
  target: '',
  baseline: reason.slice(0, 80),
  ratio: '—',
  verdict: 'info',
});

/** The results table's lines: per list request p99 and throughput vs the bare route; per metric vs SQL. */
export function enforcementRows(r: EnforcementBenchResult): ResultRow[] {
  const benchmark = `enforcement cases (${fmt(r.cases, 0)} cases)`;
  const rows: ResultRow[] = [];
  for (const [key, part] of Object.entries(r.list)) {
    const who = key.replace('-', ' ');
    if (!part.available) {
      rows.push(notAvailable(benchmark, `${who} API @${r.connections} conn`, part.reason));
      continue;
    }
    const { api, sql, bare, matches } = part.result;
    rows.push(
      {
        benchmark,
        metric: `${who} API p99 @${r.connections} conn (${fmt(matches, 0)} match)`,
        result: latency(api),
        target: `p99 ≤ ${ENFORCEMENT_TARGETS.p99Ms} ms`,
        baseline: `bare SQL ${latency(sql)}`,
        ratio: ratioText(api.p99 / sql.p99),
        verdict: verdict(api.p99, { max: ENFORCEMENT_TARGETS.p99Ms }),
      },
      {
        benchmark,
        metric: `${who} API ÷ bare Fastify route throughput`,
        result: `${fmt(api.rps, 0)} req/s`,
        target: `≥ ${ENFORCEMENT_TARGETS.minShareOfBare * 100} %`,
        baseline: `bare route ${latency(bare)}`,
        ratio: `${fmt((api.rps / bare.rps) * 100, 0)} %`,
        verdict: verdict(api.rps / bare.rps, { min: ENFORCEMENT_TARGETS.minShareOfBare }),
      },
    );
  }
  for (const [key, part] of Object.entries(r.metrics)) {
    if (!part.available) {
      rows.push(notAvailable(benchmark, key, part.reason));
      continue;
    }
    const m = part.result;
    rows.push({
      benchmark,
      metric: `${key} (2020, value ${fmt(m.value, m.value % 1 ? 4 : 0)})`,
      result: `${fmt(m.seconds * 1000)} ms`,
      target: `≤ ${ENFORCEMENT_TARGETS.metricOverSql}× SQL`,
      baseline: `${fmt(m.baselineSeconds * 1000)} ms bare SQL`,
      ratio: ratioText(m.ratio),
      verdict: verdict(m.ratio, { max: ENFORCEMENT_TARGETS.metricOverSql }),
    });
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const cases = Number(process.argv[2] ?? 1_000_000);
  benchEnforcementCases({ cases, seconds: Number(process.argv[3] ?? 15), connections: 50 }).then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
