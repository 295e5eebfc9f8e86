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
    p50: r.latency.p50,
    p99: r.latency.p99,
    mean: r.latency.average,
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
        latencies.push(performance.now() - t);
      } catch {
        failures += 1;
      }
    }
  };
  await Promise.all(Array.from({ length: opts.connections }, worker));
  const seconds = (performance.now() - started) / 1000;
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
