import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ScreenOut } from '../../common/contracts/workbench.js';
import type { App } from '../platform/http/index.js';
import { demoOrgData } from '../platform/org/index.js';
import { createTestDatabase, type TestDatabase } from '../test/test-db.js';
import { buildTestApp, loginAs, type TestSession } from '../test/test-server.js';
import { WHOLE_DEMO } from '../test/whole-demo.js';

/**
 * The leaders' overview (数据大屏, decision 0034) on the demo: one answer whose figures are the metrics'
 * own, whose red departments are the ones with overdue work, and which only district-wide roles may read.
 * The demo loads on the embedded server only (its figures do not depend on the PostgreSQL flavour).
 */

const onEmbedded = inject('dbLabel').startsWith('embedded');
const ACCOUNTS = {
  leader: ['qz_leader', 'Demo#Leader2020'],
  coordinator: ['sfj_coord', 'Demo#Coord2020'],
  officer: ['scj_officer', 'Demo#Officer2020'],
  reviewer: ['sfj_review', 'Demo#Review2020'],
} as const;

let t: TestDatabase;
let app: App;
const sessions: Partial<Record<keyof typeof ACCOUNTS, TestSession>> = {};

async function as(who: keyof typeof ACCOUNTS): Promise<TestSession> {
  const [username, password] = ACCOUNTS[who];
  sessions[who] ??= await loginAs(app, username, password);
  return sessions[who];
}

async function screen(year?: number): Promise<ScreenOut> {
  const res = await (await as('leader')).get(`/api/v1/workbench/screen${year ? `?year=${year}` : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ScreenOut;
}

beforeAll(async () => {
  if (!onEmbedded) return;
  t = await createTestDatabase(WHOLE_DEMO);
  app = await buildTestApp(t.db);
}, 300_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

describe.runIf(onEmbedded)('GET /api/v1/workbench/screen', () => {
  it('answers the leader and the coordinator, and refuses an officer and a reviewer', async () => {
    for (const who of ['leader', 'coordinator'] as const)
      expect((await (await as(who)).get('/api/v1/workbench/screen')).statusCode).toBe(200);
    for (const who of ['officer', 'reviewer'] as const) {
      const res = await (await as(who)).get('/api/v1/workbench/screen');
      expect(res.statusCode).toBe(403);
    }
    expect((await app.inject({ url: '/api/v1/workbench/screen' })).statusCode).toBe(401);
  });

  it('states each headline figure as its metric does, this year and the year before', async () => {
    const leader = await as('leader');
    const s = await screen(2020);
    expect(s.year).toBe(2020);
    // Every installed module that declares headlines shows on the screen.
    const modules = new Set(s.headlines.map((h) => h.metricKey.split('.')[0]));
    expect(modules).toEqual(
      new Set([
        'powers',
        'enforcement',
        'disclosure',
        'litigation',
        'proposals',
        'legal_affairs',
        'reconsideration',
        'mediation',
        'petitions',
        'coordination',
        'legal_education',
        'assessment',
        'normative_docs',
      ]),
    );
    for (const h of s.headlines) {
      const now = (await leader.get(`/api/v1/metrics/${h.metricKey}?year=2020`)).json() as { value: number };
      const before = (await leader.get(`/api/v1/metrics/${h.metricKey}?year=2019`)).json() as {
        value: number;
      };
      expect({ key: h.metricKey, value: h.value, lastYear: h.lastYear }).toEqual({
        key: h.metricKey,
        value: now.value,
        lastYear: before.value,
      });
    }
    // The demo's 2020 is the seed's year: its figures are not all zero.
    expect(s.headlines.filter((h) => h.value > 0).length).toBeGreaterThan(3);
  });

  it('charts the overview’s monthly series for the year', async () => {
    const leader = await as('leader');
    const s = await screen(2020);
    const overview = (await leader.get('/api/v1/workbench/overview?year=2020')).json() as ScreenOut['trends'];
    expect(s.trends).toEqual({ months: overview.months, series: overview.series });
    expect(s.trends.series.some((x) => x.total > 0)).toBe(true);
  });

  it('rates a department with overdue work red, and counts its work as the reader’s own lists do', async () => {
    // The same reader: reminders are addressed by role (a certificate's expiry reaches the coordinator).
    const leader = await as('leader');
    const s = await screen();
    const overdue = s.departments.filter((d) => d.overdue > 0);
    expect(overdue.length).toBeGreaterThan(0);
    for (const d of s.departments) {
      const counts = (await leader.get(`/api/v1/workbench/counts?unitId=${d.unitId}`)).json() as {
        overdue: number;
        due_soon: number;
        total: number;
      };
      expect({ unit: d.unitName, overdue: d.overdue, dueSoon: d.dueSoon, open: d.open }).toEqual({
        unit: d.unitName,
        overdue: counts.overdue,
        dueSoon: counts.due_soon,
        open: counts.total,
      });
      expect(d.onTime).toBe(d.open - d.overdue);
      expect(d.rating).toBe(d.overdue > 0 ? 'red' : d.dueSoon > 0 ? 'amber' : 'green');
    }
    // Red first: the ranking leads with the departments that missed a deadline.
    expect(s.departments.slice(0, overdue.length).every((d) => d.rating === 'red')).toBe(true);
  });

  it('tiles the district’s streets with their villages and communities and their grassroots figures', async () => {
    const s = await screen();
    const streets = demoOrgData().streets;
    expect(s.areas.tileType).toBe('street');
    expect(s.areas.tiles.map((x) => [x.unitName, x.children])).toEqual(
      streets.map((x) => [x.name, x.villages.length]),
    );
    // The mediation module is installed: each street shows its grassroots figures, none is awaited.
    expect(s.areas.awaiting).toEqual([]);
    const leader = await as('leader');
    const y2020 = await screen(2020);
    const sum = (key: string) =>
      y2020.areas.tiles.reduce((a, x) => a + x.figures.find((f) => f.metricKey === key)!.value, 0);
    const district = (key: string) =>
      leader.get(`/api/v1/metrics/${key}?year=2020`).then((r) => (r.json() as { value: number }).value);
    // The seed's 100 % in every street, and the streets' disputes add up to the district's.
    for (const x of y2020.areas.tiles)
      expect(x.figures.find((f) => f.metricKey === 'mediation.point_coverage_rate')!.value).toBe(1);
    expect(sum('mediation.cases_registered')).toBe(await district('mediation.cases_registered'));
    expect(sum('mediation.cases_registered')).toBeGreaterThan(0);
  });

  it('lists the running clocks due in the next seven days, earliest first, with their full count', async () => {
    const s = await screen();
    const { from, to, count, items } = s.dueThisWeek;
    const district = (
      await t.db.execute<{ n: number }>(sql`
      SELECT count(*)::int AS n FROM clocks WHERE status = 'running' AND due_on BETWEEN ${from} AND ${to}`)
    ).rows[0]!.n;
    expect(count).toBe(district);
    expect(items.length).toBe(Math.min(count, 50));
    expect(items.map((i) => i.dueOn)).toEqual(items.map((i) => i.dueOn).sort());
    expect(items.every((i) => i.dueOn >= from && i.dueOn <= to)).toBe(true);
  });

  it('shows the year’s district report as the reports module declares it: stage, deadline, page', async () => {
    const [published] = (
      await t.db.execute<{ id: string }>(sql`
      SELECT d.id FROM report_drafts d JOIN org_units u ON u.id = d.org_unit_id
      WHERE u.type = 'district' AND d.report = 'rule_of_law_annual' AND d.year = 2020`)
    ).rows;
    expect((await screen(2020)).reportStatus).toEqual({
      stage: 'published',
      label: { 'zh-CN': '已公开', 'en-US': 'Published' },
      dueOn: '2021-03-31',
      link: `/reports/${published!.id}`,
    });
    // The demo's current year: the district report is being written, due by 31 March next year.
    const current = await screen();
    expect(current.reportStatus).toMatchObject({
      stage: 'draft',
      dueOn: `${current.year + 1}-03-31`,
      link: expect.stringMatching(/^\/reports\/[0-9a-f-]{36}$/),
    });
    // A year with no stored report: not generated, with the deadline it works towards.
    expect((await screen(2019)).reportStatus).toEqual({
      stage: 'none',
      label: { 'zh-CN': '未生成', 'en-US': 'Not generated' },
      dueOn: '2020-03-31',
      link: null,
    });
  });

  it('is one cheap call on the demo', async () => {
    await screen();
    const started = performance.now();
    await screen();
    const ms = performance.now() - started;
    console.info(`GET /api/v1/workbench/screen on the demo: ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan(3000);
  });
});
