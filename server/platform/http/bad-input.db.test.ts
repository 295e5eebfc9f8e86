import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { buildTestApp, type TestSession } from '../../test/test-server.js';
import { buildDistrictWorld, DISTRICT_WORLD } from '../../test/world.js';
import type { App } from './types.js';

/**
 * Malformed values in every GET route's query — an impossible date, a NUL byte — are refused with 400 and
 * the field named; before issue #11 they reached PostgreSQL (500) and, on a CSV export, ended the process.
 * The routes and their parameters come from the OpenAPI document, so a new route is covered when mounted.
 */
interface Parameter {
  in: string;
  name: string;
  schema?: { format?: string; pattern?: string; type?: string; anyOf?: unknown[]; enum?: unknown[] };
}
interface Operation {
  parameters?: Parameter[];
}

let t: TestDatabase;
let app: App;
let coordinator: TestSession;
let getRoutes: { path: string; parameters: Parameter[] }[];

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  const world = await buildDistrictWorld(t.db);
  app = await buildTestApp(t.db);
  coordinator = await world.login(app, 'coordinator');
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<string, Record<string, Operation>>;
  };
  getRoutes = Object.entries(doc.paths)
    .filter(([path, ops]) => ops.get && !path.includes('{'))
    .map(([path, ops]) => ({
      path,
      parameters: (ops.get?.parameters ?? []).filter((p) => p.in === 'query'),
    }));
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

const isDateParameter = (p: Parameter) =>
  JSON.stringify(p.schema ?? {}).includes('\\\\d{4}-\\\\d{2}-\\\\d{2}');
const isTextParameter = (p: Parameter) =>
  p.schema?.type === 'string' && !isDateParameter(p) && !p.schema.pattern;
/** A format the export routes need to reach their query. */
const withFormat = (path: string, query: string) =>
  path.endsWith('/export') ? `${query}&format=csv` : query;

describe('malformed query values on every GET route', () => {
  it('finds the routes (the document is read)', () => {
    expect(getRoutes.length).toBeGreaterThan(30);
    expect(getRoutes.some((r) => r.parameters.some(isDateParameter))).toBe(true);
  });

  it('refuses an impossible date (2020-02-30) with 400 naming the field', async () => {
    const failures: string[] = [];
    for (const route of getRoutes)
      for (const p of route.parameters.filter(isDateParameter)) {
        const url = `${route.path}?${withFormat(route.path, `${p.name}=2020-02-30`)}`;
        const res = await coordinator.get(url);
        const fields = res.statusCode === 400 ? JSON.stringify(res.json().error.fields ?? []) : '';
        if (res.statusCode !== 400 || !fields.includes(p.name)) failures.push(`${url} → ${res.statusCode}`);
      }
    expect(failures).toEqual([]);
  });

  it('refuses a NUL byte in any text parameter with 400', async () => {
    const failures: string[] = [];
    for (const route of getRoutes)
      for (const p of route.parameters.filter(isTextParameter)) {
        const url = `${route.path}?${withFormat(route.path, `${p.name}=a%00b`)}`;
        const res = await coordinator.get(url);
        if (res.statusCode !== 400) failures.push(`${url} → ${res.statusCode}`);
      }
    expect(failures).toEqual([]);
  });

  it('refuses a NUL byte in a JSON body with 400 and writes nothing', async () => {
    const res = await coordinator.post('/api/v1/enforcement/cases', { cause: 'a\u0000b' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual([
      { path: 'body.cause', message: expect.stringContaining('控制字符') },
    ]);
  });

  it('exports with a yes/no filter set (includeRevoked=true): the validated query is not parsed twice', async () => {
    // Found by the fuzz (server/modules/fuzz.db.test.ts): the ledger kit re-parsed the route's parsed query,
    // so `true` came back to the 'true'|'false' schema and every such export answered 500.
    const failures: string[] = [];
    const exports = getRoutes.filter((r) => r.path.endsWith('/export'));
    for (const route of exports)
      for (const p of route.parameters.filter((p) => p.schema?.enum?.includes('true'))) {
        const url = `${route.path}?format=csv&${p.name}=true`;
        const res = await coordinator.get(url);
        if (res.statusCode !== 200) failures.push(`${url} → ${res.statusCode}`);
      }
    expect(exports.some((r) => r.parameters.some((p) => p.schema?.enum?.includes('true')))).toBe(true);
    expect(failures).toEqual([]);
  });

  it('answers the public decisions search with 400, not 500, on an impossible date', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/v1/portal/enforcement/decisions?from=2020-02-30',
    });
    expect(res.statusCode).toBe(400);
  });
});
