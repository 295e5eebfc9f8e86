import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../platform/http/index.js';
import { expectAudit } from '../../test/audit.js';
import { givePowersInForce } from '../../test/powers-in-force.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { buildTestApp, type TestSession } from '../../test/test-server.js';
import { buildDistrictWorld, type DistrictWorld } from '../../test/world.js';
import { disclosureModule } from '../disclosure/index.js';
import { powersModule } from '../powers/index.js';
import { reportsModule } from './index.js';
import { reportDeadlineReminders } from './reminders.js';
import { sealOf } from './rules.js';
import { reportDrafts } from './schema.js';

let t: TestDatabase;
let app: App;
let w: DistrictWorld;
let coord: TestSession;
let market: TestSession;
let housing: TestSession;
let districtId: string;
let marketDraftId: string;
const BASE = '/api/v1/reports/drafts';
const RECEIVED = 'disclosure.requests_received';

/** Five power items of a unit in force from 2020-01-02 (the figures of the report's 一(五)二). */
async function publishItems(unit: typeof w.market, prefix: string) {
  await t.db.transaction((tx) => givePowersInForce(tx, w.as(w.coordinator), unit, prefix));
}

const paragraph = (detail: { paragraphs: { id: string }[] }, id: string) => {
  const p = detail.paragraphs.find((x) => x.id === id);
  if (!p) throw new Error(`no paragraph ${id}`);
  return p as { id: string; section: number; area?: string; lead?: string; text: string };
};
const figureOf = (
  doc: { sections: { paragraphs: { id?: string; figures: { key: string; value: number }[] }[] }[] },
  pid: string,
  key: string,
) =>
  doc.sections
    .flatMap((s) => s.paragraphs)
    .find((p) => p.id === pid)
    ?.figures.find((f) => f.key === key)?.value;

beforeAll(async () => {
  t = await createTestDatabase();
  w = await buildDistrictWorld(t.db);
  app = await buildTestApp(t.db, { modules: [powersModule, disclosureModule, reportsModule] });
  coord = await w.login(app, 'coordinator');
  market = await w.login(app, 'marketOfficer');
  housing = await w.login(app, 'housingOfficer');
  districtId = w.district.id;
  await publishItems(w.market, 'SC');
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

describe('the district report of 2020, from draft to the portal', () => {
  let id: string;
  const put = (pid: string, body: object) =>
    coord.put(`${BASE}/${id}/paragraphs/${encodeURIComponent(pid)}`, body);

  it('generates the draft from the installed statements; the annual report route answers from it', async () => {
    expect((await app.inject({ method: 'POST', url: BASE, payload: {} })).statusCode).toBe(401);
    const bad = await coord.post(BASE, { report: 'rule_of_law_annual', year: 2017 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['body.year']);
    const res = await coord.post(BASE, { report: 'rule_of_law_annual', year: 2020 });
    expect(res.statusCode).toBe(201);
    const detail = res.json();
    id = detail.id;
    expect(detail).toMatchObject({ status: 'draft', isDistrict: true, canEdit: true, year: 2020 });
    expect(detail.paragraphs.map((p: { id: string }) => p.id)).toEqual(
      expect.arrayContaining(['powers.list_published', 'disclosure.open_government']),
    );
    expect(figureOf(detail.document, 'powers.list_published', 'powers.items_published')).toBe(5);
    expect(detail.deadlines).toEqual([
      expect.objectContaining({ key: 'reports.district_published', dueOn: '2021-03-31' }),
    ]);
    await expectAudit(t.db, { action: 'reports.draft.generated', subjectId: id, count: 1 });
    // Retitled in the draft: GET /reports/annual now answers with the stored text.
    expect(
      (await coord.patch(`${BASE}/${id}`, { title: '2020年于洪区法治政府建设年度报告（送审稿）' }))
        .statusCode,
    ).toBe(200);
    const annual = await coord.get('/api/v1/reports/annual?year=2020');
    expect(annual.json().title).toBe('2020年于洪区法治政府建设年度报告（送审稿）');
    const again = await coord.post(BASE, { report: 'rule_of_law_annual', year: 2020 });
    expect(again.statusCode).toBe(422);
    expect(again.json().error.code).toBe('REPORT_DRAFT_EXISTS');
  });

  it('refuses an edit that drops a figure without a reason, naming it, and changes nothing', async () => {
    const before = (await coord.get(`${BASE}/${id}`)).json();
    const p = paragraph(before, 'powers.list_published');
    const res = await put(p.id, {
      ...p,
      text: '在网站公示{powers.departments_published}个部门行政职权，共计约两项。',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('FIGURE_REMOVED_WITHOUT_REASON');
    expect(res.json().error.message).toContain('powers.items_published');
    const after = (await coord.get(`${BASE}/${id}`)).json();
    expect(after.version).toBe(before.version);
    expect(paragraph(after, p.id).text).toBe(p.text);
  });

  it('accepts a figure replaced by text with its reason; the check flags it with the live value', async () => {
    const p = paragraph((await coord.get(`${BASE}/${id}`)).json(), 'powers.list_published');
    const res = await put(p.id, {
      ...p,
      text: '在网站公示35个部门行政职权，共计{powers.items_published}项。',
      overrides: [{ figure: 'powers.departments_published', text: '35', reason: '含未入库的部门清单' }],
    });
    expect(res.statusCode).toBe(200);
    const doc = res.json().document;
    const check = doc.checks.find((c: { keys: string[] }) => c.keys.includes('powers.departments_published'));
    expect(check).toMatchObject({ level: 'warning' });
    expect(check.message).toContain('记录计算值为 1');
    await expectAudit(t.db, { action: 'reports.paragraph.edited', subjectId: id, count: 1 });
  });

  it('lets a department contribute a paragraph to the district report, and only change its own', async () => {
    const seen = await market.get(`${BASE}/${id}`);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({ canEdit: false, canContribute: true, actions: [] });
    const added = await market.post(`${BASE}/${id}/paragraphs`, {
      section: 1,
      area: 'enforcement',
      text: '区市场监督管理局全面落实行政执法三项制度。',
    });
    expect(added.statusCode).toBe(201);
    const mine = added
      .json()
      .paragraphs.find((p: { contributedBy?: string }) => p.contributedBy === w.market.code);
    expect(mine).toBeDefined();
    expect(added.json().contributions).toBe(1);
    await expectAudit(t.db, { action: 'reports.paragraph.contributed', subjectId: id, count: 1 });
    // The coordinator's paragraph is not the department's to change, nor is the report's title.
    const p = paragraph(added.json(), 'powers.list_published');
    expect((await market.put(`${BASE}/${id}/paragraphs/${p.id}`, { ...p })).statusCode).toBe(404);
    expect((await market.patch(`${BASE}/${id}`, { title: 'x' })).statusCode).toBe(404);
    expect((await market.post(`${BASE}/${id}/transitions/submit_for_review`, {})).statusCode).toBe(404);
    const edited = await market.put(`${BASE}/${id}/paragraphs/${mine.id}`, {
      ...mine,
      text: `${mine.text}成效明显。`,
    });
    expect(edited.statusCode).toBe(200);
  });

  it('keeps a department’s own report to that department (another officer: 404)', async () => {
    const own = await market.post(BASE, { report: 'rule_of_law_annual', year: 2020 });
    expect(own.statusCode).toBe(201);
    marketDraftId = own.json().id;
    expect(own.json()).toMatchObject({ isDistrict: false, unit: { code: w.market.code } });
    expect(own.json().deadlines.map((d: { dueOn: string }) => d.dueOn)).toEqual(['2021-02-28', '2021-03-31']);
    expect((await housing.get(`${BASE}/${marketDraftId}`)).statusCode).toBe(404);
    const p = own.json().paragraphs[0];
    expect((await housing.put(`${BASE}/${marketDraftId}/paragraphs/${p.id}`, { ...p })).statusCode).toBe(404);
    expect(
      (await housing.post(`${BASE}/${marketDraftId}/paragraphs`, { section: 5, text: '无。' })).statusCode,
    ).toBe(404);
    const list = (await housing.get(`${BASE}?year=2020`)).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([id]);
  });

  it('blocks sign-off on an error check (listing it), then on unacknowledged warnings', async () => {
    // The parts typed by hand no longer add up to the total: an error.
    const detail = (await coord.get(`${BASE}/${id}`)).json();
    const p = paragraph(detail, 'disclosure.open_government');
    const wrong = await put(p.id, {
      ...p,
      text: p.text.replace(`{${RECEIVED}:letter}`, '30'),
      overrides: [{ figure: `${RECEIVED}:letter`, text: '30件', reason: '按收文登记簿' }],
    });
    expect(wrong.statusCode).toBe(200);
    const fire = (key: string, body: object) => coord.post(`${BASE}/${id}/transitions/${key}`, body);
    expect((await fire('submit_for_review', {})).statusCode).toBe(200);
    const early = await fire('approve', {
      meeting: '区政府常务会议',
      meetingOn: '2020-12-30',
      minutesRef: '纪要1号',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('APPROVED_BEFORE_YEAR_END');
    const approve = {
      meeting: '区政府第十二次常务会议',
      meetingOn: '2021-01-26',
      minutesRef: '于政常纪〔2021〕2号',
    };
    expect((await fire('approve', approve)).statusCode).toBe(200);
    // Approved: the text is closed to edits.
    const closed = await put(p.id, { ...p });
    expect(closed.statusCode).toBe(422);
    expect(closed.json().error.code).toBe('REPORT_NOT_EDITABLE');
    const signers = [{ name: '甲', role: '区委书记' }];
    const blocked = await fire('sign', { signers, on: '2021-01-29', acknowledgeWarnings: true });
    expect(blocked.statusCode).toBe(422);
    expect(blocked.json().error.code).toBe('REPORT_CHECKS_FAILED');
    expect(blocked.json().error.message).toContain('30 + 0 + 0 = 30');
    expect((await coord.get(`${BASE}/${id}`)).json().status).toBe('approved');
    // Back to draft, the live figure restored: only the warning remains, which must be acknowledged.
    expect((await fire('return_to_draft', { reason: '分项与总数不符' })).statusCode).toBe(200);
    expect((await put(p.id, { ...p })).statusCode).toBe(200);
    expect((await fire('submit_for_review', {})).statusCode).toBe(200);
    expect((await fire('approve', approve)).statusCode).toBe(200);
    const unacknowledged = await fire('sign', { signers, on: '2021-01-29' });
    expect(unacknowledged.statusCode).toBe(422);
    expect(unacknowledged.json().error.code).toBe('WARNINGS_NOT_ACKNOWLEDGED');
    expect(unacknowledged.json().error.message).toContain('powers.departments_published');
    const beforeApproval = await fire('sign', { signers, on: '2021-01-20', acknowledgeWarnings: true });
    expect(beforeApproval.json().error.code).toBe('SIGNED_BEFORE_APPROVAL');
    const signed = await fire('sign', { signers, on: '2021-01-29', acknowledgeWarnings: true });
    expect(signed.statusCode).toBe(200);
    expect(signed.json()).toMatchObject({
      status: 'signed',
      signedOn: '2021-01-29',
      signers,
      approval: approve,
    });
    expect(signed.json().seal.verified).toBe(true);
    expect(signed.json().acknowledgedChecks.length).toBeGreaterThan(0);
    await expectAudit(t.db, { action: 'reports.draft.signed', subjectId: id, count: 1 });
  });

  it('freezes the report at sign-off: a later record is a difference, never a silent change', async () => {
    const [row] = await t.db.select().from(reportDrafts).where(eq(reportDrafts.id, id));
    expect(row?.frozenHash).toBe(sealOf(row!.frozen!));
    expect(row?.frozen?.signature).toEqual({ organs: ['于洪区人民政府'], dateOn: '2021-01-29' });
    expect((await coord.get(`${BASE}/${id}/differences`)).json().differences).toEqual([]);
    await publishItems(w.housing, 'ZJ');
    const diff = (await coord.get(`${BASE}/${id}/differences`)).json();
    expect(diff.differences).toEqual([
      { figure: 'powers.items_published', where: 'powers.list_published', frozen: 5, now: 10 },
    ]);
    const annual = (await coord.get('/api/v1/reports/annual?year=2020')).json();
    expect(figureOf(annual, 'powers.list_published', 'powers.items_published')).toBe(5);
    expect((await coord.get(`${BASE}/${id}`)).json().differenceCount).toBe(1);
  });

  it('publishes it on the portal without the staff links; a tampered snapshot is reported', async () => {
    expect((await app.inject({ method: 'GET', url: `/api/v1/portal/reports/${id}` })).statusCode).toBe(404);
    const early = await coord.post(`${BASE}/${id}/transitions/publish`, { on: '2021-01-28' });
    expect(early.json().error.code).toBe('PUBLISHED_BEFORE_SIGNING');
    const published = await coord.post(`${BASE}/${id}/transitions/publish`, { on: '2021-03-26' });
    expect(published.statusCode).toBe(200);
    expect(published.json().deadlines[0]).toMatchObject({ dueOn: '2021-03-31', status: 'met' });
    // The list carries the same deadlines, so the year's reports show what is met and what is due.
    const listed = (await coord.get(`${BASE}?year=2020`)).json().items;
    expect(listed.find((d: { id: string }) => d.id === id).deadlines).toEqual(published.json().deadlines);
    const list = (await app.inject({ method: 'GET', url: '/api/v1/portal/reports' })).json();
    expect(list.items).toEqual([
      expect.objectContaining({
        id,
        year: 2020,
        publishedOn: '2021-03-26',
        unit: { code: w.district.code, name: '于洪区人民政府' },
      }),
    ]);
    const page = await app.inject({ method: 'GET', url: `/api/v1/portal/reports/${id}` });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('/api/v1/metrics/');
    expect(page.body).not.toContain('甲');
    expect(page.json().hash).toMatch(/^[0-9a-f]{64}$/);
    // The department's own draft is not public.
    expect(
      (await app.inject({ method: 'GET', url: `/api/v1/portal/reports/${marketDraftId}` })).statusCode,
    ).toBe(404);
    await t.db.execute(
      sql`UPDATE report_drafts SET frozen = jsonb_set(frozen, '{title}', '"改过的标题"') WHERE id = ${id}`,
    );
    expect((await coord.get(`${BASE}/${id}`)).json().seal.verified).toBe(false);
    expect(districtId).toBe(w.district.id);
  });

  it('reminds the writers of the deadlines: the department its own report, the coordinator every one', async () => {
    const keysOf = async (actor: typeof w.coordinator, today: string) =>
      (await reportDeadlineReminders.load(t.db, actor, today)).map((r) => [r.subjectId, r.dueOn, r.urgency]);
    // 2021-02-10: the department's report (still a draft) is due to the district by 28 February.
    expect(await keysOf(w.marketOfficer, '2021-02-10')).toEqual([
      [marketDraftId, '2021-02-28', 'due_soon'],
      [marketDraftId, '2021-03-31', 'ok'],
    ]);
    expect(await keysOf(w.housingOfficer, '2021-02-10')).toEqual([]);
    const coordinator = await keysOf(w.coordinator, '2021-03-05');
    expect(coordinator).toContainEqual([marketDraftId, '2021-02-28', 'overdue']);
    // The district's report was published on 26 March: met, no reminder.
    expect(coordinator.filter(([subject]) => subject !== marketDraftId)).toEqual([]);
  });

  it('drops a statement for good: a regeneration keeps the draft as edited and does not bring it back', async () => {
    const url = `${BASE}/${marketDraftId}`;
    const before = (await market.get(url)).json();
    const statement = paragraph(before, 'powers.list_published');
    const dropped = await market.request({ method: 'DELETE', url: `${url}/paragraphs/${statement.id}` });
    expect(dropped.statusCode).toBe(200);
    const regenerated = await market.post(`${url}/regeneration`);
    expect(regenerated.statusCode).toBe(200);
    const ids = regenerated.json().paragraphs.map((p: { id: string }) => p.id);
    expect(ids).not.toContain('powers.list_published');
    expect(ids.sort()).toEqual(
      before.paragraphs
        .map((p: { id: string }) => p.id)
        .filter((id: string) => id !== 'powers.list_published')
        .sort(),
    );
    await expectAudit(t.db, { action: 'reports.paragraph.removed', subjectId: marketDraftId, count: 1 });
    await expectAudit(t.db, { action: 'reports.draft.regenerated', subjectId: marketDraftId, count: 1 });
  });
});
