import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCtx } from '../../platform/context.js';
import type { App } from '../../platform/http/index.js';
import { expectAudit } from '../../test/audit.js';
import { multipartFile } from '../../test/ledger-files.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { buildTestApp, type TestSession } from '../../test/test-server.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../test/world.js';
import { proposalsModule } from '../proposals/index.js';
import { loadAssessmentDemo } from './demo.js';
import { assessment, assessmentModule } from './index.js';

// The assessment with one scored module installed (proposals) and the others absent: the scores follow the
// other module's records through the metric registry, and the absent modules' indicators say "not available".
let t: TestDatabase;
let app: App;
let w: DistrictWorld;
let coord: TestSession;
let leader: TestSession;
let housing: TestSession;
const API = '/api/v1/assessment';
const YEAR = 2026;

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
  app = await buildTestApp(t.db, { modules: [proposalsModule, assessmentModule] });
  await loadAssessmentDemo(makeCtx(t.db, null, 'test-demo', new Date('2026-12-08T10:00:00+08:00')));
  [coord, leader, housing] = await Promise.all([
    w.login(app, 'coordinator'),
    w.login(app, 'leader'),
    w.login(app, 'housingOfficer'),
  ]);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

type Node = {
  code: string;
  status: string;
  score: number | null;
  value: number | null;
  meetsTarget: boolean | null;
};
const scores = async (s: TestSession, q = `year=${YEAR}`) => {
  const res = await s.get(`${API}/scores?${q}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    score: number;
    rate: number | null;
    unit: { name: string } | null;
    indicators: Node[];
    counts: Record<string, number>;
  };
};
const node = (b: { indicators: Node[] }, code: string) => b.indicators.find((n) => n.code === code)!;

describe('the trees as versioned data', () => {
  it('lists the three versions with the counts declared and the indicators loaded', async () => {
    const versions = (await leader.get(`${API}/versions`)).json() as {
      code: string;
      appliesFrom: number | null;
      declared: { level3: number };
      loaded: { level1: number; level3: number };
    }[];
    expect(versions.map((v) => [v.code, v.appliesFrom, v.declared.level3, v.loaded.level1])).toEqual([
      ['demonstration-2019', 2019, 100, 8],
      ['demonstration-2021', 2021, 100, 9],
      ['demonstration-guide-2025', null, 104, 0],
    ]);
  });

  it('scores each year on the version in force in it (law by date)', async () => {
    expect((await scores(leader, 'year=2020')).indicators.some((n) => n.code === '8.2.1')).toBe(true);
    const tree = (await leader.get(`${API}/tree?year=2020`)).json();
    expect(tree.version.code).toBe('demonstration-2019');
    expect((await leader.get(`${API}/tree?year=2021`)).json().version.code).toBe('demonstration-2021');
    const none = await leader.get(`${API}/scores?year=2018`);
    expect(none.statusCode).toBe(400);
    expect(none.json().error.fields[0].path).toBe('querystring.year');
  });

  it('shows each indicator’s formula', async () => {
    const tree = (await leader.get(`${API}/tree?version=demonstration-2021`)).json();
    const find = (code: string) => tree.indicators.find((n: { code: string }) => n.code === code);
    expect(find('6.1.1')).toMatchObject({
      metric: 'mediation.point_coverage_rate',
      method: 'threshold',
      weight: 6,
    });
    expect(find('6.1.1').formula).toBe(`${find('6.1.1').metricLabel}≥100% 得 6 分，否则 0 分`);
    expect(find('7.2.1').formula).toBe(
      `${find('7.2.1').metricLabel}≥100% 得 6 分；不足时按 值 ÷ 100% 的比例得分`,
    );
    expect(find('9.2.1').formula).toBe(`满分 5 分，${find('9.2.1').metricLabel}每 1 件扣 1 分，扣完为止`);
    expect(find('1.1.1')).toMatchObject({ method: 'hand', confirmed: true, metric: null });
  });
});

describe('scoring', () => {
  it('says "not available" for an indicator whose module is not installed, never 0', async () => {
    const b = await scores(leader);
    // (An indicator whose metric no installed module declares is "unavailable": rules.test.ts. Here every
    // metric the tree names may be registered, depending on the files this worker ran before.)
    // Installed modules with no record this year: no data, not 0 %.
    expect(node(b, '4.1.1')).toMatchObject({ status: 'no_data', score: null });
    expect(node(b, '7.2.1')).toMatchObject({ status: 'no_data', score: null });
    // Hand scores of the demo, and the one left to score.
    expect(node(b, '5.1.1')).toMatchObject({ status: 'scored', score: 2, meetsTarget: false });
    expect(node(b, '8.1.1')).toMatchObject({ status: 'unscored', score: null });
    // 5 + 6 + 2 + 5 by hand, and 9.2.1's 5: no corrective task overdue is the full deduction score.
    expect(node(b, '9.2.1')).toMatchObject({ status: 'scored', value: 0, score: 5 });
    expect(b.score).toBe(23);
  });

  it('moves an automatic score when the other module’s records change', async () => {
    const base = '/api/v1/proposals/items';
    const ids: string[] = [];
    for (const number of ['A01', 'A02']) {
      const r = await coord.post(base, {
        kind: 'npc',
        session: '第十七届',
        meeting: '第六次会议',
        number,
        title: `关于道路养护的建议（${number}）`,
        leadAuthor: '李明',
        category: '城乡建设',
        receivedOn: '2026-03-02',
      });
      expect(r.statusCode, r.body).toBe(201);
      ids.push(r.json().id);
      const a = await coord.post(`${base}/${r.json().id}/transitions/assign`, {
        on: '2026-03-10',
        leadUnitId: w.housing.id,
      });
      expect(a.statusCode, a.body).toBe(200);
    }
    const before = await scores(leader);
    expect(node(before, '7.2.1')).toMatchObject({ status: 'scored', value: 0, score: 0, meetsTarget: false });
    const gaps = (await leader.get(`${API}/gaps?year=${YEAR}`)).json();
    expect(gaps.gaps.map((g: { code: string }) => g.code)).toContain('7.2.1');

    for (const id of ids) {
      const met = await housing.post(`${base}/${id}/transitions/contact`, {
        on: '2026-03-25',
        kind: 'meeting',
        who: '区住建局局长、李明代表',
      });
      expect(met.statusCode, met.body).toBe(200);
    }
    const after = await scores(leader);
    expect(node(after, '7.2.1')).toMatchObject({ status: 'scored', value: 1, score: 6, meetsTarget: true });
    expect(after.score).toBe(before.score + 6);
    const gapsAfter = (await leader.get(`${API}/gaps?year=${YEAR}`)).json();
    expect(gapsAfter.gaps.map((g: { code: string }) => g.code)).not.toContain('7.2.1');
    // The metric of the district's score says the same.
    const metric = (await leader.get(`/api/v1/metrics/assessment.district_score?year=${YEAR}`)).json();
    expect(metric.value).toBe(after.score);
    // Year on year: the same rate in the trend, no version before 2019.
    const trend = (await leader.get(`${API}/trend?from=2018&to=${YEAR}`)).json() as {
      year: number;
      version: string | null;
      rate: number | null;
    }[];
    expect(trend[0]).toMatchObject({ year: 2018, version: null, rate: null });
    expect(trend.at(-1)).toMatchObject({ year: YEAR, version: 'demonstration-2021', rate: after.rate });
  });

  it('scores a unit on the indicators that answer per unit; a department sees only its own', async () => {
    const own = await scores(housing);
    expect(own.unit?.name).toBe(w.housing.name);
    expect(node(own, '7.2.1')).toMatchObject({ status: 'scored', score: 6 });
    // A district-level hand score is not the unit's.
    expect(node(own, '5.1.1').status).toBe('no_data');
    expect((await housing.get(`${API}/scores?year=${YEAR}&unit=${w.market.id}`)).statusCode).toBe(404);
    const ranking = (await leader.get(`${API}/ranking?year=${YEAR}`)).json();
    expect(ranking.rows[0]).toMatchObject({ unit: w.housing.name, rate: 1 });
    const mine = (await housing.get(`${API}/ranking?year=${YEAR}`)).json();
    expect(mine.rows.map((r: { unit: string }) => r.unit)).toEqual([w.housing.name]);
  });

  it('asks the task providers for the tasks addressing a gap', async () => {
    const provider = async (_ctx: unknown, code: string) =>
      code === '5.1.1'
        ? [
            {
              module: 'coordination',
              id: 't1',
              title: '修订防汛专项预案',
              unit: '区应急局',
              status: '办理中',
              statusEn: 'In progress',
              dueOn: '2026-12-20',
              path: '/coordination/tasks/t1',
            },
          ]
        : [];
    assessment.addTaskProvider(provider);
    try {
      const gaps = (await leader.get(`${API}/gaps?year=${YEAR}`)).json();
      expect(gaps.tasksAvailable).toBe(true);
      // Beside the work plan's own tasks (wired in server/modules/index.ts), whatever a provider names.
      expect(gaps.gaps.find((g: { code: string }) => g.code === '5.1.1').tasks).toContainEqual(
        expect.objectContaining({ title: '修订防汛专项预案', path: '/coordination/tasks/t1' }),
      );
    } finally {
      const { addressingTaskProviders } = await import('./service/addressing.js');
      addressingTaskProviders.splice(addressingTaskProviders.indexOf(provider), 1);
    }
  });
});

describe('hand scores', () => {
  const url = `${API}/hand-scores/demonstration-2021/8.1.1/${YEAR}`;
  const body = {
    score: 3,
    note: '执法信息平台已上线，两个部门尚未接入。',
    evidence: [{ kind: 'document', ref: '于政办〔2026〕21号', label: '行政执法信息平台建设方案' }],
  };

  it('refuses a score without evidence, above the weight, on an automatic indicator, or on another version', async () => {
    const cases: [string, object, string][] = [
      [url, { ...body, evidence: [] }, 'body.evidence'],
      [url, { ...body, score: 5 }, 'body.score'],
      [`${API}/hand-scores/demonstration-2021/7.2.1/${YEAR}`, body, 'params.code'],
      [`${API}/hand-scores/demonstration-2019/7.1.1/${YEAR}`, body, 'params.version'],
    ];
    for (const [u, b, path] of cases) {
      const res = await coord.put(u, b);
      expect(res.statusCode, `${path}: ${res.body}`).toBe(400);
      expect(JSON.stringify(res.json().error.fields)).toContain(path);
    }
    expect((await leader.put(url, body)).statusCode).toBe(403);
    expect(node(await scores(leader), '8.1.1').status).toBe('unscored');
  });

  it('records a score with its evidence and audit event, and refuses a stale revision', async () => {
    const res = await coord.put(url, body);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ code: '8.1.1', version: 1 });
    const n = node(await scores(leader), '8.1.1') as Node & { handScore: { evidence: unknown[] } };
    expect(n).toMatchObject({ status: 'scored', score: 3 });
    expect(n.handScore.evidence).toEqual(body.evidence);
    await expectAudit(t.db, { action: 'assessment.hand_score.recorded', count: 9 });
    const stale = await coord.request({
      method: 'PUT',
      url,
      payload: { ...body, score: 4 },
      headers: { 'if-match': '"0"' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    const ok = await coord.request({
      method: 'PUT',
      url,
      payload: { ...body, score: 4 },
      headers: { 'if-match': '"1"' },
    });
    expect(ok.json()).toMatchObject({ version: 2 });
    await expectAudit(t.db, { action: 'assessment.hand_score.revised', count: 1 });
  });
});

describe('the indicator ledger', () => {
  const BASE = `${API}/indicators`;
  it('exports the trees and reads them back unchanged', async () => {
    const exported = await coord.get(`${BASE}/export?format=csv`);
    expect(exported.statusCode).toBe(200);
    const back = await coord.request({
      method: 'POST',
      url: `${BASE}/import`,
      ...multipartFile(exported.body.replace(/^\uFEFF/, ''), 'tree.csv'),
    });
    expect(back.statusCode, back.body).toBe(200);
    expect(back.json()).toMatchObject({ imported: 0, updated: 0, unchanged: 74 });
  });

  it('refuses a file with a bad row and writes nothing, naming each row', async () => {
    const header =
      '版本代码,指标编号,指标名称,分值,评分方法,数据指标,目标值,方向,每件扣分,按单位评分,内容已确认';
    const file = `${header}\ndemonstration-guide-2025,1,一级指标,,,,,,,否,否\ndemonstration-guide-2025,1.1.1,缺上级,5,人工评分,,,,,否,否\nno-such,1,x,,,,,,,否,否\n`;
    const before = await t.db.execute(sql`SELECT count(*)::int AS n FROM assessment_indicators`);
    const res = await coord.request({
      method: 'POST',
      url: `${BASE}/import`,
      ...multipartFile(file, 'tree.csv'),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.rows.map((r: { row: number }) => r.row)).toEqual([3, 4]);
    const after = await t.db.execute(sql`SELECT count(*)::int AS n FROM assessment_indicators`);
    expect(after.rows[0]).toEqual(before.rows[0]);
  });
});
