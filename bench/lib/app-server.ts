/**
 * Child process for the search benchmark: the real app on one port and, on another, a bare Fastify
 * instance (no helmet, validation, session or logging) that runs the very SQL the service ran — the
 * "how fast could a route be" reference. It runs apart from the load generator so that autocannon's own
 * CPU use does not land on the server's event loop.
 *
 * The bare instance also captures the app's SQL: between POST /capture/start and /capture/stop every query
 * the app's pool runs is recorded (text, parameters, row mode), so the benchmark can replay exactly what
 * one request ran.
 *
 * Env: BENCH_DB_URL, BENCH_APP_PORT, BENCH_BARE_PORT, BENCH_APP_POOL. Tells its parent `{ ready: true }`.
 */
import Fastify from 'fastify';
import type pg from 'pg';
import { createApp } from '../../server/app.js';
import { loadConfig } from '../../server/config.js';
import { connect } from '../../server/platform/db/index.js';

export interface CapturedQuery {
  text: string;
  values: unknown[];
  rowMode?: 'array';
}

type QueryFn = (...args: unknown[]) => unknown;

function captureOn(pool: pg.Pool): { start(): void; stop(): CapturedQuery[] } {
  const original = pool.query.bind(pool) as QueryFn;
  let buffer: CapturedQuery[] | null = null;
  (pool as unknown as { query: QueryFn }).query = (...args: unknown[]) => {
    if (buffer) {
      const [first, second] = args;
      const config = typeof first === 'string' ? { text: first } : (first as Partial<CapturedQuery>);
      buffer.push({
        text: config.text ?? '',
        values: Array.isArray(second) ? second : (config.values ?? []),
        ...(config.rowMode === 'array' ? { rowMode: 'array' as const } : {}),
      });
    }
    return original(...args);
  };
  return {
    start: () => {
      buffer = [];
    },
    stop: () => {
      const out = buffer ?? [];
      buffer = null;
      return out;
    },
  };
}

async function main(): Promise<void> {
  const env = process.env;
  const url = env.BENCH_DB_URL;
  if (!url) throw new Error('BENCH_DB_URL is required');
  // Like `npm start` in production: request logging on (to /dev/null here), secure-cookie flag off for http.
  const config = loadConfig({ ...env, NODE_ENV: 'production', COOKIE_SECURE: 'false', DATABASE_URL: url });
  const appDb = connect(url, Number(env.BENCH_APP_POOL ?? 20));
  const capture = captureOn(appDb.pool);
  const app = await createApp(appDb.db, config, { serveWeb: false });
  await app.listen({ port: Number(env.BENCH_APP_PORT), host: '127.0.0.1' });

  const bareDb = connect(url, Number(env.BENCH_APP_POOL ?? 20));
  const stored = new Map<string, CapturedQuery[]>();
  const bare = Fastify({ logger: false });
  bare.post('/capture/start', async () => {
    capture.start();
    return { ok: true };
  });
  bare.post<{ Querystring: { as: string } }>('/capture/stop', async (request) => {
    const queries = capture.stop();
    stored.set(request.query.as, queries);
    return queries;
  });
  // The same rows as objects, the way a hand-written route would return them.
  bare.get<{ Params: { name: string } }>('/bare/:name', async (request, reply) => {
    const queries = stored.get(request.params.name);
    if (!queries) return reply.status(404).send({ error: 'nothing captured under that name' });
    const results = await Promise.all(queries.map((q) => bareDb.pool.query(q.text, q.values)));
    return { results: results.map((r) => r.rows) };
  });
  await bare.listen({ port: Number(env.BENCH_BARE_PORT), host: '127.0.0.1' });

  process.send?.({ ready: true });
  const stop = async () => {
    await bare.close();
    await app.close();
    await Promise.all([appDb.close(), bareDb.close()]);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('disconnect', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
