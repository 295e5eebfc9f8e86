/** Closed-loop load at a fixed concurrency: HTTP through autocannon, bare SQL through a pg pool. */
import autocannon from 'autocannon';
import type pg from 'pg';
import type { CapturedQuery } from './app-server.js';

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  /** Completed requests per second. */
  rps: number;
  p50: number;
  p99: number;
  mean: number;
  /** Responses that were not 2xx plus connection errors and timeouts (should be 0). */
  failures: number;
}

export interface LoadOptions {
  connections: number;
  seconds: number;
}

/** autocannon against one URL; latencies in ms (autocannon records whole milliseconds). */
export async function httpLoad(
  url: string,
  opts: LoadOptions & { headers?: Record<string, string> },
): Promise<LoadResult> {
  const r = await autocannon({
    url,
    connections: opts.connections,
    duration: opts.seconds,
    headers: opts.headers,
    timeout: 30,
  });
  const requests = r.requests.total;
  return {
    connections: opts.connections,
    seconds: r.duration,
    requests,
    rps: requests / r.duration,
    p50: requests ? r.latency.p50 : Number.NaN,
    p99: requests ? r.latency.p99 : Number.NaN,
    mean: requests ? r.latency.average : Number.NaN,
    failures: r.non2xx + r.errors + r.timeouts,
  };
}

/**
 * The same closed loop without HTTP: `connections` workers each run one "request" — the captured queries,
 * concurrently as the service runs them — then the next, until the time is up.
 */
export async function sqlLoad(
  pool: pg.Pool,
  queries: CapturedQuery[],
  opts: LoadOptions,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  const until = started + opts.seconds * 1000;
  const worker = async () => {
    while (performance.now() < until) {
      const t = performance.now();
      try {
        await Promise.all(
          queries.map((q) =>
            q.rowMode === 'array'
              ? pool.query({ text: q.text, values: q.values, rowMode: 'array' })
              : pool.query({ text: q.text, values: q.values }),
          ),
        );
        // Like autocannon, count only what completed within the time (a request still running is cut off).
        const end = performance.now();
        if (end <= until) latencies.push(end - t);
      } catch {
        failures += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: opts.connections }, worker));
  const seconds = opts.seconds;
  latencies.sort((a, b) => a - b);
  return {
    connections: opts.connections,
    seconds,
    requests: latencies.length,
    rps: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    mean: latencies.reduce((s, n) => s + n, 0) / Math.max(1, latencies.length),
    failures,
  };
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/**
 * Several rounds of one result each, as one: totals add up, the mean is weighted by requests, p50 is the
 * median of the rounds' p50s and p99 the worst round's (autocannon hands out percentiles, not samples).
 */
export function mergeLoads(rounds: readonly LoadResult[]): LoadResult {
  const done = rounds.filter((r) => r.requests > 0);
  const requests = rounds.reduce((s, r) => s + r.requests, 0);
  const seconds = rounds.reduce((s, r) => s + r.seconds, 0);
  const p50s = done.map((r) => r.p50).sort((a, b) => a - b);
  return {
    connections: rounds[0]?.connections ?? 0,
    seconds,
    requests,
    rps: requests / seconds,
    p50: p50s.length ? p50s[Math.floor((p50s.length - 1) / 2)]! : Number.NaN,
    p99: done.length ? Math.max(...done.map((r) => r.p99)) : Number.NaN,
    mean: requests ? done.reduce((s, r) => s + r.mean * r.requests, 0) / requests : Number.NaN,
    failures: rounds.reduce((s, r) => s + r.failures, 0),
  };
}

export type Load = (seconds: number) => Promise<LoadResult>;

/**
 * Waits until no other session of the database is running a statement: requests autocannon cut off at
 * the end of a run keep the server busy for a while, and must not weigh on the next run.
 */
export async function settle(pool: pg.Pool, maxSeconds = 120): Promise<void> {
  const until = performance.now() + maxSeconds * 1000;
  while (performance.now() < until) {
    const { rows } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_stat_activity
       WHERE state = 'active' AND pid <> pg_backend_pid() AND datname = current_database()`,
    );
    if ((rows[0]?.n ?? 0) === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Runs the loads in alternating rounds (A B C, A B C, …) after one warm-up each, so that a shared
 * machine's changing background load falls on all of them alike rather than on whichever ran last.
 */
export async function interleaved<K extends string>(
  loads: Record<K, Load>,
  opts: {
    settle: () => Promise<void>;
    rounds: number;
    roundSeconds: number;
    warmupSeconds: number;
    onStep: (step: string, seconds: number) => Promise<void> | void;
  },
): Promise<Record<K, LoadResult>> {
  const keys = Object.keys(loads) as K[];
  for (const key of keys) {
    await loads[key](opts.warmupSeconds);
    await opts.settle();
    await opts.onStep(`${key} (warm-up)`, opts.warmupSeconds);
  }
  const results = new Map<K, LoadResult[]>(keys.map((k) => [k, []]));
  for (let round = 1; round <= opts.rounds; round++) {
    for (const key of keys) {
      results.get(key)!.push(await loads[key](opts.roundSeconds));
      await opts.settle();
      await opts.onStep(`${key} round ${round}/${opts.rounds}`, opts.roundSeconds);
    }
  }
  return Object.fromEntries(keys.map((k) => [k, mergeLoads(results.get(k)!)])) as Record<K, LoadResult>;
}
