import { Document, Packer, Paragraph } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../../common/calendar/index.js';
import { findClocksForSubject } from '../../platform/clocks/index.js';
import { chinaDate } from '../../platform/context.js';
import { readDocxParts } from '../../platform/docx/index.js';
import type { App } from '../../platform/http/index.js';
import { computeMetric } from '../../platform/reports/index.js';
import { expectAudit } from '../../test/audit.js';
import { ledgerFile, multipartFile } from '../../test/ledger-files.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { buildTestApp, type TestSession } from '../../test/test-server.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../test/world.js';
import { proposalsModule } from '../proposals/index.js';
import { coordination, coordinationModule } from './index.js';
import { type TaskLedgerRow, taskLedger } from './ledger.js';

let t: TestDatabase;
let w: DistrictWorld;
let app: App;
let coord: TestSession;
let market: TestSession;
let housing: TestSession;
const today = chinaDate(new Date());
const year = Number(today.slice(0, 4));
const plus = (n: number) => fromDayNumber(toDayNumber(today) + n);
const API = '/api/v1/coordination';

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
  app = await buildTestApp(t.db, { modules: [proposalsModule, coordinationModule] });
  [coord, market, housing] = await Promise.all([
    w.login(app, 'coordinator'),
    w.login(app, 'marketOfficer'),
    w.login(app, 'housingOfficer'),
  ]);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

/** A 工作要点 as a district writes it: title, 一、 headings, numbered tasks with their bracketed units and dates. */
async function planDocx(lines: string[]): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: lines.map((text) => new Paragraph(text)) }] });
  return Packer.toBuffer(doc);
}
const cn = (iso: string) =>
  `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
const PLAN = () => [
  `${year}年于洪区法治政府建设工作要点`,
  '一、健全行政执法工作体系',
  `1. 开展涉企行政检查专项整治。（牵头单位：区市场监督管理局；配合单位：区司法局；完成时限：${cn(plus(60))}；指标：4.2.3）`,
  `2. 推行行政执法裁量权基准制度。（牵头单位：区司法局；完成时限：${cn(plus(90))}；指标：4.3.1、4.3.2）`,
  '二、健全行政决策制度体系',
  `3. 公布重大行政决策事项目录。（牵头单位：区住房和城乡建设局；完成时限：${cn(plus(30))}）`,
  cn(`${year}-01-20`),
];

const importDocx = async (lines: string[]) =>
  coord.request({
    method: 'POST',
    url: `${API}/plans/import-docx`,
    ...multipartFile(await planDocx(lines), '工作要点.docx'),
  });

const step = (s: TestSession, id: string, transition: string, body: object) =>
  s.post(`${API}/tasks/${id}/transitions/${transition}`, { transition, ...body });

async function taskId(code: string): Promise<string> {
  const page = (await coord.get(`${API}/tasks?pageSize=100`)).json();
  return page.items.find((x: { code: string }) => x.code === code).id;
}

describe('the 工作要点 imported from .docx', () => {
  it('makes each numbered paragraph a task with its units, due day, 纲要 area and indicators', async () => {
    const res = await importDocx(PLAN());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ imported: 3, unchanged: 0 });
    const detail = (await coord.get(`${API}/tasks/${await taskId(`GZ${year}-01`)}`)).json();
    expect(detail).toMatchObject({
      title: '开展涉企行政检查专项整治',
      area: 'enforcement',
      indicatorCodes: ['4.2.3'],
      unit: { id: w.market.id },
      dueOn: plus(60),
      state: 'open',
      planTitle: `${year}年于洪区法治政府建设工作要点`,
    });
    expect(detail.coUnits.map((u: { name: string }) => u.name)).toEqual(['区司法局']);
    const third = (await coord.get(`${API}/tasks/${await taskId(`GZ${year}-03`)}`)).json();
    expect(third.area).toBe('decisions');
    await expectAudit(t.db, { action: 'coordination.task.imported', count: 3 });
  });

  it('is idempotent on the task codes: the same document again creates nothing', async () => {
    const res = await importDocx(PLAN());
    expect(res.json()).toMatchObject({ imported: 0, unchanged: 3 });
  });

  it('refuses a document with a task naming no lead unit or an unknown unit, listing each, writing nothing', async () => {
    const lines = PLAN();
    lines[2] = `1. 开展涉企行政检查专项整治。（完成时限：${cn(plus(60))}）`;
    lines[3] = `2. 推行行政执法裁量权基准制度。（牵头单位：区不存在局；完成时限：${cn(plus(90))}）`;
    lines[0] = `${year + 1}年于洪区法治政府建设工作要点`;
    const res = await importDocx(lines);
    expect(res.statusCode).toBe(422);
    const errors = res.json().error.details ?? res.json().error.errors ?? res.json().error;
    expect(JSON.stringify(errors)).toContain('牵头单位');
    expect(JSON.stringify(errors)).toContain('区不存在局');
    const plans = (await coord.get(`${API}/plans`)).json().items;
    expect(plans.map((p: { year: number }) => p.year)).toEqual([year]);
  });

  it('refuses a file that is not a .docx, and the import to a department officer', async () => {
    const notDocx = await coord.request({
      method: 'POST',
      url: `${API}/plans/import-docx`,
      ...multipartFile('not a document', '工作要点.docx'),
    });
    expect(notDocx.statusCode).toBe(415);
    const officer = await market.request({
      method: 'POST',
      url: `${API}/plans/import-docx`,
      ...multipartFile(await planDocx(PLAN()), '工作要点.docx'),
    });
    expect(officer.statusCode).toBe(403);
  });
});

describe('a unit reports with evidence; the coordinator accepts or returns', () => {
  it('shows a unit its own tasks only', async () => {
    const mine = (await market.get(`${API}/tasks`)).json().items.map((x: { code: string }) => x.code);
    // 01: it leads; 02: led by 区司法局, not its own; 03: 区住建局's.
    expect(mine).toEqual([`GZ${year}-01`]);
    expect((await housing.get(`${API}/tasks/${await taskId(`GZ${year}-01`)}`)).statusCode).toBe(404);
  });

  it('records progress with a linked record of another module, then a completion report the coordinator returns and accepts', async () => {
    const id = await taskId(`GZ${year}-01`);
    const progress = await step(market, id, 'progress', {
      text: '已完成首轮检查',
      reportedOn: today,
      links: [{ module: 'enforcement', id: 'case-1', label: '于市监罚〔2026〕12号' }],
    });
    expect(progress.statusCode, progress.body).toBe(200);
    expect(progress.json().reports[0]).toMatchObject({
      kind: 'progress',
      unitName: '区市场监督管理局',
      links: [{ module: 'enforcement', id: 'case-1', label: '于市监罚〔2026〕12号' }],
    });
    const future = await step(market, id, 'submit', { text: '完成', reportedOn: plus(1), links: [] });
    expect(future.statusCode).toBe(400);
    expect(future.body).toContain('reportedOn');
    expect((await step(market, id, 'submit', { text: '专项整治完成', reportedOn: today })).json().state).toBe(
      'reported',
    );
    expect((await step(market, id, 'accept', {})).statusCode).toBe(403);
    const back = await step(coord, id, 'return', { reason: '缺少整治报告' });
    expect(back.json()).toMatchObject({ state: 'open', returnReason: '缺少整治报告' });
    await step(market, id, 'submit', { text: '补充整治报告', reportedOn: today });
    const done = await step(coord, id, 'accept', {});
    expect(done.json()).toMatchObject({ state: 'done', doneOn: today });
    await expectAudit(t.db, { action: 'coordination.task.returned', subjectId: id, count: 1 });
    await expectAudit(t.db, { action: 'coordination.task.accepted', subjectId: id, count: 1 });
  });

  it('lists the NPC suggestions and CPPCC proposals linked to the task', async () => {
    const id = await taskId(`GZ${year}-02`);
    const item = await coord.post('/api/v1/proposals/items', {
      kind: 'npc',
      session: '第十八届',
      meeting: '第一次会议',
      number: '0101',
      title: '关于规范行政裁量权的建议',
      leadAuthor: '李红',
      receivedOn: today,
    });
    expect(item.statusCode, item.body).toBe(201);
    const linked = await coord.post(`/api/v1/proposals/items/${item.json().id}/links`, {
      targetModule: 'coordination',
      targetId: id,
      text: null,
    });
    expect(linked.statusCode, linked.body).toBe(200);
    expect((await coord.get(`${API}/tasks/${id}`)).json().proposals).toEqual([
      { id: item.json().id, kind: 'npc', number: '0101', title: '关于规范行政裁量权的建议' },
    ]);
  });
});

describe('督办: a task behind escalates step by step, and the committee hears it', () => {
  let id: string;
  beforeAll(async () => {
    // A task already past due, as last quarter's plan sheet lists it.
    const row: Partial<TaskLedgerRow> = {
      code: `DB${year}-01`,
      year,
      planTitle: `${year}年于洪区法治政府建设工作要点`,
      title: '完成行政执法案卷评查',
      area: 'enforcement',
      indicators: '4.4.2',
      unit: '区市场监督管理局',
      assignedOn: `${year}-01-20`,
      dueOn: plus(-20),
    };
    const res = await coord.request({
      method: 'POST',
      url: `${API}/tasks/import`,
      ...multipartFile(await ledgerFile(taskLedger, [row]), 'tasks.xlsx'),
    });
    expect(res.statusCode, res.body).toBe(200);
    id = await taskId(`DB${year}-01`);
  });

  it('refuses to escalate a task on schedule, and any step out of order', async () => {
    // Entered today: neither overdue nor stalled.
    const entered = await coord.post(`${API}/tasks`, {
      code: `LR${year}-01`,
      year,
      title: '制定合法性审查目录',
      unitId: w.housing.id,
      dueOn: plus(45),
      indicatorCodes: ['3.2.1'],
    });
    expect(entered.statusCode, entered.body).toBe(201);
    const onSchedule = entered.json().id;
    expect((await step(coord, onSchedule, 'remind', {})).json().escalation).toBe('reminded');
    const notice = await step(coord, onSchedule, 'notice', { documentNumber: '于法治办督〔2026〕1号' });
    expect(notice.json().error.code).toBe('TASK_NOT_BEHIND');
    const early = await step(coord, id, 'interview', {
      interviewedOn: today,
      interviewee: '局长',
      record: '约谈',
    });
    expect(early.json().error.code).toBe('ESCALATION_ORDER_INTERVIEWED');
    expect((await step(market, id, 'remind', {})).statusCode).toBe(403);
  });

  it('reminds, issues the 督办通知 (.docx, with its reply clock), interviews and refers it to the committee', async () => {
    expect((await step(coord, id, 'remind', { note: '请抓紧' })).json().escalation).toBe('reminded');
    const noticed = await step(coord, id, 'notice', { documentNumber: '于法治办督〔2026〕3号' });
    expect(noticed.json()).toMatchObject({
      escalation: 'noticed',
      noticedOn: today,
      noticeNumber: '于法治办督〔2026〕3号',
    });
    const clocks = await findClocksForSubject(t.db, 'coordination_task', id);
    expect(clocks).toMatchObject([{ clockKey: 'coordination.notice_reply', status: 'running' }]);
    const doc = await coord.get(`${API}/tasks/${id}/notice.docx`);
    expect(doc.statusCode).toBe(200);
    const xml = (await readDocxParts(doc.rawPayload))['word/document.xml']!;
    expect(xml).toContain('完成行政执法案卷评查');
    expect(xml).toContain('于法治办督〔2026〕3号');
    expect(xml).toContain('区市场监督管理局');
    const interviewed = await step(coord, id, 'interview', {
      interviewedOn: today,
      interviewee: '区市场监督管理局局长',
      record: '指出逾期问题，要求十日内完成',
    });
    expect(interviewed.json()).toMatchObject({
      escalation: 'interviewed',
      interviewRecord: '指出逾期问题，要求十日内完成',
    });
    expect((await step(coord, id, 'refer', {})).json()).toMatchObject({
      escalation: 'referred',
      referredOn: today,
    });
    const pending = (await coord.get(`${API}/referred`)).json().items.map((x: { id: string }) => x.id);
    expect(pending).toEqual([id]);
    for (const action of ['reminded', 'noticed', 'interviewed', 'referred'])
      await expectAudit(t.db, { action: `coordination.task.${action}`, subjectId: id, count: 1 });
    const steps = await computeMetric(t.db, 'system', 'coordination.supervision_steps', {
      from: `${year}-01-01`,
      to: `${year}-12-31`,
    });
    expect(steps.breakdown).toMatchObject({ noticed: 1, interviewed: 1, referred: 1 });
  });

  it("records the meeting: the minutes list the referred task, and each decision becomes a unit's task", async () => {
    const body = {
      kind: 'committee',
      number: `WYH${year}-9`,
      title: `法治建设委员会${year}年第九次会议`,
      heldOn: today,
      agenda: '听取督办事项',
      attendees: ['刘志强', '孙建国'],
      minutes: '会议听取了督办事项',
      decisions: [{ text: '区市场监督管理局十日内完成评查', unitId: w.market.id, dueOn: plus(10) }],
      referredTaskIds: [id],
    };
    const res = await coord.post(`${API}/meetings`, body);
    expect(res.statusCode, res.body).toBe(201);
    const meeting = res.json();
    expect(meeting.referred.map((x: { id: string }) => x.id)).toEqual([id]);
    expect(meeting.decisions).toMatchObject([
      {
        code: `WYH${year}-9-01`,
        source: 'meeting',
        unit: { id: w.market.id },
        dueOn: plus(10),
        state: 'open',
      },
    ]);
    expect((await coord.get(`${API}/tasks/${id}`)).json().referredMeeting).toMatchObject({ id: meeting.id });
    expect((await coord.get(`${API}/referred`)).json().items).toEqual([]);
    const again = await coord.post(`${API}/meetings`, { ...body, referredTaskIds: [] });
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('number');
    // The unit sees the decision's task, but not the committee's pages.
    expect((await market.get(`${API}/meetings/${meeting.id}`)).statusCode).toBe(403);
  });

  it('refuses a meeting hearing a task never referred, naming the field', async () => {
    const res = await coord.post(`${API}/meetings`, {
      kind: 'office',
      number: `BGS${year}-1`,
      title: '委员会办公室会议',
      heldOn: today,
      agenda: '议程',
      attendees: ['陈立新'],
      minutes: '纪要',
      referredTaskIds: [await taskId(`GZ${year}-03`)],
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('referredTaskIds');
    const meetings = (await coord.get(`${API}/meetings`)).json().items;
    expect(meetings).toMatchObject([{ number: `WYH${year}-9`, decisionCount: 1, attendeeCount: 2 }]);
  });
});

describe('figures, the league table and what assessment reads', () => {
  it('ranks units by on-time completion and counts the overdue', async () => {
    const league = (await coord.get(`${API}/league?year=${year}`)).json();
    const marketRow = league.rows.find((r: { unit: { id: string } }) => r.unit.id === w.market.id);
    // GZ-01 done on time; DB-01 overdue and escalated; the meeting's decision open, due in 10 days.
    expect(marketRow).toMatchObject({ tasks: 3, onTime: 1, overdue: 1, escalated: 1 });
  });

  it('answers the tasks that address an indicator', async () => {
    const found = await coordination.tasksAddressingIndicator(w.as(w.coordinator, today), '4.3.2');
    expect(found).toEqual([
      expect.objectContaining({ title: '推行行政执法裁量权基准制度', unit: '区司法局', status: 'open' }),
    ]);
    expect(found[0]!.path).toMatch(/^\/coordination\/tasks\//);
    expect(await coordination.tasksAddressingIndicator(w.as(w.housingOfficer, today), '4.3.2')).toEqual([]);
  });

  it('counts the meetings held in the year', async () => {
    const held = await computeMetric(t.db, 'system', 'coordination.meetings_held', {
      from: `${year}-01-01`,
      to: `${year}-12-31`,
    });
    expect(held).toMatchObject({ value: 1, breakdown: { committee: 1 } });
  });
});
