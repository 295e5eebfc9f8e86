import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnualReport } from '../../../common/contracts/reports/annual.js';
import { inTransaction } from '../../platform/db/index.js';
import type { App } from '../../platform/http/index.js';
import { readDocxParts } from '../../platform/docx/index.js';
import { givePowersInForce } from '../../test/powers-in-force.js';
import { buildTestApp } from '../../test/test-server.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../test/world.js';

let t: TestDatabase;
let w: DistrictWorld;
let app: App;

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
  const ctx = w.as(w.coordinator, '2020-01-02');
  await inTransaction(t.db, async (tx) => {
    await givePowersInForce(tx, ctx, w.market, 'M');
    await givePowersInForce(tx, ctx, w.housing, 'H');
  });
  app = await buildTestApp(t.db);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

const sentenceOf = (report: AnnualReport, statement: string) =>
  report.sections.flatMap((s) => s.paragraphs).find((p) => p.statement === statement);

describe('GET /api/v1/reports/annual', () => {
  it('states the power list of the district from its records, each figure with its drill-down', async () => {
    const coordinator = await w.login(app, 'coordinator');
    const res = await coordinator.get('/api/v1/reports/annual?year=2020');
    expect(res.statusCode).toBe(200);
    const report = res.json() as AnnualReport;
    expect(report.title).toBe(`2020年${w.district.name}法治政府建设年度报告`);
    expect(report.sections.map((s) => s.no)).toEqual([1, 2, 3, 4, 5]);
    const powers = sentenceOf(report, 'powers.list_published');
    expect(powers?.text).toContain('公示2个部门行政职权，共计10项');
    const items = powers?.figures.find((f) => f.key === 'powers.items_published');
    expect(items).toMatchObject({ value: 10, previous: 0, from: '2020-01-01', to: '2020-12-31' });
    const drill = await coordinator.get(items?.href ?? '');
    expect(drill.statusCode).toBe(200);
    expect((drill.json() as { total: number }).total).toBe(10);
  });

  it("gives a department officer their own unit's report, and not another's", async () => {
    const officer = await w.login(app, 'marketOfficer');
    const own = (await officer.get('/api/v1/reports/annual?year=2020')).json() as AnnualReport;
    expect(own.unit.code).toBe(w.market.code);
    expect(sentenceOf(own, 'powers.list_published')?.text).toContain('公示1个部门行政职权，共计5项');
    const other = await officer.get(`/api/v1/reports/annual?year=2020&unit=${w.housing.code}`);
    expect(other.statusCode).toBe(404);
    const mediator = await w.login(app, 'mediator');
    expect((await mediator.get('/api/v1/reports/annual?year=2020')).statusCode).toBe(403);
  });

  it('refuses a year before the reports existed, naming the field', async () => {
    const coordinator = await w.login(app, 'coordinator');
    const res = await coordinator.get('/api/v1/reports/annual?year=2015');
    expect(res.statusCode).toBe(400);
    expect(JSON.stringify(res.json())).toContain('year');
  });

  it('writes the .docx in the GB/T 9704 layout with the figures stated', async () => {
    const coordinator = await w.login(app, 'coordinator');
    const res = await coordinator.get('/api/v1/reports/annual.docx?year=2020');
    expect(res.statusCode).toBe(200);
    expect(String(res.headers['content-disposition'])).toContain("filename*=UTF-8''2020");
    const parts = await readDocxParts(res.rawPayload);
    const body = parts['word/document.xml'] ?? '';
    expect(body).toContain('w:w="11906" w:h="16838"');
    expect(body).toContain('共计10项');
    expect(body).toContain('草稿');
  });

  it('says clearly that a PDF needs LibreOffice when it is not installed', async () => {
    const coordinator = await w.login(app, 'coordinator');
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const res = await coordinator.get('/api/v1/reports/annual.pdf?year=2020');
      expect(res.statusCode).toBe(503);
      expect(res.json().error.message).toContain('LibreOffice');
    } finally {
      process.env.PATH = path;
    }
  });
});
