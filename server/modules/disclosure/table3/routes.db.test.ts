import { Command } from 'commander';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { App } from '../../../platform/http/index.js';
import type { OrgUnit } from '../../../platform/org/index.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';
import { buildTestApp, type TestSession, testModule } from '../../../test/test-server.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../../test/world.js';
import { table3Routes } from '../routes/table3.js';
import { table3Cli } from './cli.js';
import { insertRequest } from './test-fixtures.js';

let t: TestDatabase;
let app: App;
let w: DistrictWorld;
let coord: TestSession;
let officer: TestSession;

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
  const base = (u: OrgUnit) => ({ orgUnitId: u.id, districtId: u.districtId });
  await insertRequest(t.db, {
    ...base(w.market),
    applicantType: 'natural_person',
    receivedOn: '2020-04-01',
    concludedOn: '2020-04-20',
    outcome: 'partially_granted',
  });
  await insertRequest(t.db, { ...base(w.market), applicantType: 'business', receivedOn: '2020-12-30' });
  await insertRequest(t.db, {
    ...base(w.housing),
    applicantType: 'research',
    receivedOn: '2020-06-01',
    concludedOn: '2020-06-05',
    outcome: 'other_fee_unpaid',
  });
  // The table 三 plugin alone: the disclosure module's index.ts mounts the same plugin.
  app = await buildTestApp(t.db, {
    modules: [testModule({ key: 'disclosure-table3', routes: table3Routes })],
  });
  coord = await w.login(app, 'coordinator');
  officer = await w.login(app, 'marketOfficer');
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

type Table = { year: number; format: string; rows: { label: string; values: number[] }[]; checks: unknown[] };

describe('GET /api/v1/disclosure/table3', () => {
  it('walks 401 → 400 (each field) → 404 → 200', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/disclosure/table3?year=2020' })).statusCode).toBe(
      401,
    );
    const missing = await coord.get('/api/v1/disclosure/table3');
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields[0].path).toContain('year');
    const trial = await coord.get('/api/v1/disclosure/table3?year=2021&format=2019');
    expect(trial.statusCode).toBe(400);
    expect(trial.json().error.fields[0]).toEqual({
      path: 'querystring.format',
      message: '2019 年试行格式仅适用于 2019、2020 年度',
    });
    expect((await coord.get('/api/v1/disclosure/table3?year=2020&unit=nope')).statusCode).toBe(400);
    // Another department's unit is not the officer's to see: not found, not forbidden.
    expect((await officer.get(`/api/v1/disclosure/table3?year=2020&unit=${w.housing.id}`)).statusCode).toBe(
      404,
    );
    expect(
      (await coord.get('/api/v1/disclosure/table3?year=2020&unit=00000000-0000-4000-8000-000000000000'))
        .statusCode,
    ).toBe(404);
  });

  it('answers { year, format: "2021", rows: [{ label, values }] } with the 25 template rows', async () => {
    // Without `format` a year opens in its report's own format (decision 0018 §4): 2021 asked for here.
    expect((await coord.get('/api/v1/disclosure/table3?year=2020')).json().format).toBe('2019');
    expect((await coord.get('/api/v1/disclosure/table3?year=2021')).json().format).toBe('2021');
    const res = await coord.get('/api/v1/disclosure/table3?year=2020&format=2021');
    expect(res.statusCode).toBe(200);
    const body = res.json() as Table;
    expect(Object.keys(body).slice(0, 3)).toEqual(['year', 'format', 'rows']);
    expect(body.year).toBe(2020);
    expect(body.format).toBe('2021');
    expect(body.rows).toHaveLength(25);
    for (const row of body.rows) {
      expect(Object.keys(row)).toEqual(['label', 'values']);
      expect(row.values).toHaveLength(7);
    }
    expect(body.rows[0]).toEqual({
      label: '一、本年新收政府信息公开申请数量',
      values: [1, 1, 1, 0, 0, 0, 3],
    });
    expect(body.rows[3]?.label).toBe('（二）部分公开（区分处理的，只计这一情形，不计其他情形）');
    expect(body.rows[3]?.values).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(body.rows[6]?.label).toBe('3.危及“三安全一稳定”');
    expect(body.rows[24]?.values).toEqual([0, 1, 0, 0, 0, 0, 1]);
    expect(body.checks).toEqual([]);
  });

  it('gives a department officer their own unit’s table, and the 2019 format on request', async () => {
    const own = (await officer.get('/api/v1/disclosure/table3?year=2020')).json() as Table;
    expect(own.rows[0]?.values).toEqual([1, 1, 0, 0, 0, 0, 2]);
    const trial = (
      await coord.get(`/api/v1/disclosure/table3?year=2020&format=2019&unit=${w.housing.id}`)
    ).json() as Table;
    expect(trial.format).toBe('2019');
    expect(trial.rows).toHaveLength(23);
    expect(trial.rows[20]).toEqual({ label: '（六）其他处理', values: [0, 0, 1, 0, 0, 0, 1] });
  });
});

describe('GET /api/v1/disclosure/table3/cells', () => {
  it('lists the requests behind a cell, scoped, and refuses a row the format lacks', async () => {
    const res = await coord.get('/api/v1/disclosure/table3/cells?year=2020&row=0&column=total');
    expect(res.statusCode).toBe(200);
    expect(res.json().total).toBe(3);
    const own = (await officer.get('/api/v1/disclosure/table3/cells?year=2020&row=0&column=total')).json();
    expect(own.total).toBe(2);
    expect(
      (await coord.get('/api/v1/disclosure/table3/cells?year=2020&row=0&column=robots')).statusCode,
    ).toBe(400);
    const beyond = await coord.get(
      '/api/v1/disclosure/table3/cells?year=2020&format=2019&row=23&column=total',
    );
    expect(beyond.statusCode).toBe(400);
    expect(beyond.json().error.fields[0].path).toBe('querystring.row');
  });
});

describe('GET /api/v1/disclosure/table3.xlsx and the CLI', () => {
  it('downloads the official layout', async () => {
    const res = await coord.get('/api/v1/disclosure/table3.xlsx?year=2020');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(String(res.headers['content-disposition'])).toContain('filename*=UTF-8');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getCell('J4').value).toBe(3);
    expect(sheet?.getCell('A1').isMerged).toBe(true);
  });

  it('prints the same JSON as the API', async () => {
    const program = new Command().exitOverride();
    table3Cli(program, { withDb: (work) => work(t.db) });
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      await program.parseAsync(['node', 'fazhi', 'report', 'disclosure-table3', '--year', '2020', '--json']);
      const printed = JSON.parse(String(log.mock.calls[0]?.[0])) as Table;
      const api = (await coord.get('/api/v1/disclosure/table3?year=2020')).json() as Table;
      expect(printed).toEqual(api);
    } finally {
      log.mockRestore();
    }
  });
});
