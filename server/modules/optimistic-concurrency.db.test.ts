import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../platform/db/index.js';
import { chinaDate } from '../platform/context.js';
import { getOrgUnitByCode } from '../platform/org/index.js';
import type { App } from '../platform/http/index.js';
import { corrections } from './corrections/index.js';
import { createTestDatabase, type TestDatabase } from '../test/test-db.js';
import { DISTRICT_WORLD } from '../test/world.js';
import { multipartFile } from '../test/ledger-files.js';
import { buildTestApp, type TestSession } from '../test/test-server.js';
import { registerItem } from './disclosure/service/proactive/register-item.js';
import { buildEntry } from './disclosure/service/proactive/test-support.js';
import { registerRequest } from './disclosure/service/requests/register-request.js';
import { buildRequestInput } from './disclosure/service/requests/test-support.js';
import { openTestCase } from './enforcement/cases/service/test-support.js';
import { enforcementBodies } from './enforcement/registry/schema.js';
import { buildEnforcementWorld, type EnforcementWorld } from './enforcement/test-support.js';
import { acceptances, plans } from './legal-education/schema.js';
import { registerCase } from './reconsideration/service/register-case.js';
import { importLedger } from '../platform/ledgers/index.js';
import { docsLedger } from './normative-docs/ledger.js';

// Issue #11.9: parallel edits all answered 200 and the last silently won. Decision 0022.

let t: TestDatabase;
let app: App;
let w: EnforcementWorld;
let coord: TestSession;
let officer: TestSession;
const API = '/api/v1';
const STALE = '"999"';

/** One edit route with a record to edit, who edits it and a valid body: what the walk needs. */
interface Edit {
  as: () => TestSession;
  url: string;
  body: unknown;
}
let edits: Record<string, Edit>;

const created = async (res: Promise<{ statusCode: number; json(): { id: string } }>) => {
  const r = await res;
  if (r.statusCode !== 201) throw new Error(`fixture not created: ${r.statusCode}`);
  return r.json().id;
};

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildEnforcementWorld(t.db);
  app = await buildTestApp(t.db);
  coord = await w.login(app, 'coordinator');
  officer = await w.login(app, 'marketOfficer');
  const E = `${API}/enforcement`;
  const [body] = await t.db
    .select()
    .from(enforcementBodies)
    .where(eq(enforcementBodies.orgUnitId, w.market.id));
  const benchmark = await created(
    officer.post(`${E}/benchmarks`, {
      orgUnitId: w.market.id,
      powerItemId: w.marketPowers.penalty,
      code: 'SC-CL-OC',
      violation: '无证经营',
      penaltyBasis: '《食品安全法》第一百二十二条',
      ranges: [{ circumstance: 'general', fineMin: 50, fineMax: 100 }],
    }),
  );
  const fee = await created(
    officer.post(`${E}/fees`, {
      orgUnitId: w.market.id,
      code: 'SC-SF-OC',
      name: '计量检定费',
      legalBasis: '《计量法》',
      standard: '按核定标准',
      publishedOn: '2020-01-01',
    }),
  );
  const plan = await created(officer.post(`${E}/inspection-plans`, { orgUnitId: w.market.id, year: 2020 }));
  const proactive = (await registerItem(w.as(w.marketOfficer), buildEntry(w.market.id))).id;
  const kase = (await openTestCase(w, '2020-05-06')).id;
  const request = (await registerRequest(w.as(w.marketOfficer), buildRequestInput(w.market.id))).id;
  const reconsideration = (
    await registerCase(w.as(w.coordinator, '2020-06-01'), {
      channel: 'in_person',
      receivedOn: '2020-06-01',
      oralRecord: null,
      applicantType: 'natural_person',
      applicantName: '张建华',
      applicantIdNumber: null,
      applicantPhone: '13900001234',
      applicantAddress: null,
      respondentUnitId: w.market.id,
      actType: 'penalty',
      actDescription: '罚款决定',
      actDocumentNumber: null,
      actOn: null,
      actKnownOn: '2020-05-20',
      actAmountYuan: null,
      actOnTheSpot: false,
      disclosureTrackingCode: null,
      requestText: '请求撤销',
      reasons: null,
    })
  ).id;
  const year = (await coord.get(`${API}/calendar/years/2020`)).json();
  const report = (
    await coord.post(`${API}/reports/drafts`, { report: 'rule_of_law_annual', year: 2020 })
  ).json();
  const paragraph = report.paragraphs[0];
  const lawsuit = await created(
    coord.post(`${API}/litigation/lawsuits`, {
      caseNumber: '（2020）辽0114行初900号',
      court: '沈阳市于洪区人民法院',
      orgUnitId: w.market.id,
      plaintiffName: '某公司',
      plaintiffKind: 'organisation',
      cause: '行政处罚',
      actChallenged: '处罚决定',
      actKind: 'penalty',
      filedOn: '2020-05-01',
      servedOn: '2020-05-06',
    }),
  );
  const task = await inTransaction(t.db, (tx) =>
    corrections.recordReviewOutcome(tx, w.as(w.coordinator), {
      source: {
        kind: 'litigation',
        number: '（2020）辽0114行初901号',
        outcomeCode: 'revoke',
        decidedOn: '2020-05-01',
      },
      corrects: 'revoke',
      orgUnitId: w.market.id,
    }),
  );
  const matter = await created(
    officer.post(`${API}/legal-affairs/matters`, {
      orgUnitId: w.market.id,
      kind: 'legal_opinion',
      category: 'on_letter',
      subject: '关于执法文书格式的法律意见',
      requestedOn: '2020-05-06',
    }),
  );
  const proposal = await created(
    coord.post(`${API}/proposals/items`, {
      kind: 'cppcc',
      session: '第十届',
      meeting: '第四次会议',
      number: 'OC-1',
      title: '关于加强食品安全监管的提案',
      leadAuthor: '王秀兰',
      category: '城乡建设',
      receivedOn: '2020-03-02',
    }),
  );
  const proposalSettings = (await coord.get(`${API}/proposals/settings`)).json();
  const decision = await created(
    coord.post(`${API}/decisions/items`, {
      title: '于洪区城市更新行动实施方案',
      category: 'policy',
      unitId: w.market.id,
      source: 'leader',
      launchedOn: '2020-03-02',
    }),
  );
  const catalogueItem = (
    await coord.post(`${API}/decisions/catalogue/items`, {
      year: 2020,
      title: '于洪区城市更新行动实施方案',
      category: 'policy',
      unitId: w.market.id,
      plannedOn: '2020年第三季度',
    })
  ).json().items[0].id as string;
  const planTask = await created(
    coord.post(`${API}/coordination/tasks`, {
      code: 'OC2030-01',
      year: 2030,
      title: '完善行政执法公示制度',
      unitId: w.market.id,
      dueOn: '2030-06-30',
    }),
  );
  const normativeDoc = await created(
    coord.post(`${API}/normative-docs/docs`, {
      title: '于洪区测试管理办法',
      issuerLevel: 'government',
      orgUnitId: w.market.districtId,
      draftingUnit: '区司法局',
      draftedOn: '2020-03-02',
    }),
  );
  const normativeSettings = (await coord.get(`${API}/normative-docs/settings`)).json();
  await importLedger(docsLedger, w.as(w.coordinator, '2020-06-30'), {
    rows: [
      {
        issuer: '于洪区',
        issuerLevel: 'government',
        title: '于洪区已公布文件',
        draftingUnit: '区司法局',
        documentNumber: '于政发〔2019〕99号',
        registrationNumber: null,
        reviewConclusion: null,
        reviewedOn: null,
        meeting: null,
        meetingOn: null,
        signer: null,
        publishedOn: '2019-05-01',
        effectiveOn: null,
        validUntil: '2024-04-30',
        filedOn: null,
        endedOn: null,
        ending: null,
        endReason: null,
        state: null,
      },
    ],
    rowNumbers: [2],
    errors: [],
  });
  const cleanup = (
    await coord.post(`${API}/normative-docs/cleanups`, {
      title: '测试清理',
      reason: '测试',
      startedOn: '2020-06-01',
      issuedBefore: '2020-01-01',
    })
  ).json() as { id: string; items: { docId: string }[] };
  const petitionOffice = (await getOrgUnitByCode(t.db, '210114-D27'))!;
  const petition = await created(
    coord.post(`${API}/petitions/petitions`, {
      channel: 'letter',
      category: 'appeal',
      receivedOn: '2023-03-01',
      petitionerName: '张三丰',
      petitionerPhone: '13812345678',
      subject: '小区冬季供暖温度不达标',
      content: '请求协调供暖企业整改。',
      intakeUnitId: petitionOffice.id,
    }),
  );
  const village = (await getOrgUnitByCode(t.db, '210114-S01-V001'))!;
  const logged = await coord.post(`${API}/mediation/log`, {
    unitId: village.id,
    occurredOn: '2020-05-06',
    kind: 'dispute',
    raisedBy: '张伟',
    summary: '宅基地边界争议',
    handling: 'committee',
    category: 'housing_homestead',
  });
  if (logged.statusCode !== 200) throw new Error(`fixture not created: ${logged.statusCode}`);
  const mediationCase = (logged.json() as { caseId: string }).caseId;
  const LE = `${API}/legal-education`;
  const mayor = await created(
    coord.post(`${LE}/leaders`, {
      code: 'OC-L1',
      name: '刘国庆',
      post: '区长',
      orgUnitId: w.district.id,
      principal: true,
    }),
  );
  const studyBody = {
    code: 'OC-XF-1',
    kind: 'lecture',
    heldOn: '2020-06-18',
    topic: '民法典',
    hours: 2,
    attendance: [],
  };
  const studySession = await created(coord.post(`${LE}/sessions`, studyBody));
  const activityBody = {
    code: 'OC-PF-1',
    heldOn: '2020-12-04',
    theme: 'constitution_week',
    venue: 'enterprise',
    title: '宪法进企业',
    audience: 50,
    orgUnitId: w.market.id,
    photos: [],
  };
  const activity = await created(officer.post(`${LE}/activities`, activityBody));
  const [pufaPlan] = await t.db
    .insert(plans)
    .values({
      code: 'oc',
      name: '普法规划',
      fromYear: 2016,
      toYear: 2020,
      tasks: [],
      districtId: w.district.districtId,
      orgUnitId: w.district.id,
    })
    .returning();
  const [acceptance] = await t.db
    .insert(acceptances)
    .values({
      planId: pufaPlan!.id,
      stage: 'final',
      items: [{ code: 'C1', title: '清单', met: false, note: null }],
      result: 'open',
      districtId: w.district.districtId,
      orgUnitId: w.district.id,
    })
    .returning();
  const dutyReport = await created(coord.post(`${LE}/reports`, { leaderId: mayor, year: 2020 }));
  const settings = { majorAmountPerson: 10000, majorAmountOrganisation: 100000, hearingAmountPerson: 5000 };
  // One hand-scored indicator of the 2021 tree (the world loads no tree).
  const tree = await coord.request({
    method: 'POST',
    url: `${API}/assessment/indicators/import`,
    ...multipartFile(
      '版本代码,指标编号,指标名称,分值,评分方法,按单位评分,内容已确认\n' +
        'demonstration-2021,8,科技保障,,,否,否\ndemonstration-2021,8.1,互联网+监管,,,否,否\n' +
        'demonstration-2021,8.1.1,执法信息平台,4,人工评分,否,否\n',
      'tree.csv',
    ),
  });
  expect(tree.statusCode, tree.body).toBe(200);
  edits = {
    'put /api/v1/legal-education/sessions/{id}': {
      as: () => coord,
      url: `${LE}/sessions/${studySession}`,
      body: { ...studyBody, topic: '民法典总则' },
    },
    'put /api/v1/legal-education/activities/{id}': {
      as: () => officer,
      url: `${LE}/activities/${activity}`,
      body: { ...activityBody, audience: 60 },
    },
    'put /api/v1/legal-education/acceptances/{id}': {
      as: () => coord,
      url: `${LE}/acceptances/${acceptance!.id}`,
      body: { items: [{ code: 'C1', met: true }], result: 'open' },
    },
    'post /api/v1/legal-education/reports/{id}/transitions/{transition}': {
      as: () => coord,
      url: `${LE}/reports/${dutyReport}/transitions/submit`,
      body: { transition: 'submit', on: '2020-12-20', body: '述法报告' },
    },
    'patch /api/v1/enforcement/bodies/{id}': {
      as: () => coord,
      url: `${E}/bodies/${body!.id}`,
      body: { scope: '改' },
    },
    'patch /api/v1/enforcement/officers/{id}': {
      as: () => officer,
      url: `${E}/officers/${w.marketOfficerIds[0]}`,
      body: { phone: '024-1' },
    },
    'patch /api/v1/enforcement/benchmarks/{id}': {
      as: () => officer,
      url: `${E}/benchmarks/${benchmark}`,
      body: { violation: '改' },
    },
    'patch /api/v1/enforcement/fees/{id}': {
      as: () => officer,
      url: `${E}/fees/${fee}`,
      body: { name: '改名' },
    },
    'put /api/v1/enforcement/fees/{id}/collections/{year}': {
      as: () => officer,
      url: `${E}/fees/${fee}/collections/2020`,
      body: { amountYuan: 5 },
    },
    'post /api/v1/coordination/tasks/{id}/transitions/{transition}': {
      as: () => officer,
      url: `${API}/coordination/tasks/${planTask}/transitions/progress`,
      body: { transition: 'progress', text: '已启动', reportedOn: chinaDate(new Date()) },
    },
    'put /api/v1/enforcement/settings': {
      as: () => coord,
      url: `${E}/settings`,
      body: { ...settings, hearingAmountOrganisation: 50000, filingDays: 15 },
    },
    'put /api/v1/enforcement/inspection-plans/{id}/items': {
      as: () => officer,
      url: `${E}/inspection-plans/${plan}/items`,
      body: { items: [] },
    },
    'patch /api/v1/powers/items/{id}': {
      as: () => coord,
      url: `${API}/powers/items/${w.marketPowers.penalty}`,
      body: { name: '改名' },
    },
    'patch /api/v1/disclosure/proactive-items/{id}': {
      as: () => officer,
      url: `${API}/disclosure/proactive-items/${proactive}`,
      body: { title: '新标题' },
    },
    'put /api/v1/disclosure/guides/{orgUnitId}': {
      as: () => officer,
      url: `${API}/disclosure/guides/${w.market.id}`,
      body: { text: '指南正文' },
    },
    'put /api/v1/disclosure/settings': {
      as: () => coord,
      url: `${API}/disclosure/settings`,
      body: { feeMethod: 'per_application' },
    },
    'put /api/v1/org/units/{id}/document-prefix': {
      as: () => coord,
      url: `${API}/org/units/${w.market.id}/document-prefix`,
      body: { documentPrefix: '于市监' },
    },
    'put /api/v1/calendar/years/{year}': {
      as: () => coord,
      url: `${API}/calendar/years/2020`,
      body: { source: year.source, days: year.days },
    },
    'post /api/v1/powers/items/{id}/transitions/{transition}': {
      as: () => coord,
      url: `${API}/powers/items/${w.marketPowers.penalty}/transitions/discard_revision`,
      body: { transition: 'discard_revision' },
    },
    'post /api/v1/disclosure/requests/{id}/transitions/{transition}': {
      as: () => officer,
      url: `${API}/disclosure/requests/${request}/transitions/record_fee_notice_receipt`,
      body: { transition: 'record_fee_notice_receipt', on: '2020-06-05' },
    },
    'post /api/v1/enforcement/cases/{id}/transitions/{transition}': {
      as: () => officer,
      url: `${E}/cases/${kase}/transitions/close`,
      body: { transition: 'close', on: '2020-06-05', note: '结案' },
    },
    'post /api/v1/reconsideration/cases/{id}/transitions/{transition}': {
      as: () => coord,
      url: `${API}/reconsideration/cases/${reconsideration}/transitions/accept`,
      body: { transition: 'accept', on: '2020-06-02', procedureKind: 'ordinary' },
    },
    'patch /api/v1/reports/drafts/{id}': {
      as: () => coord,
      url: `${API}/reports/drafts/${report.id}`,
      body: { title: '新标题' },
    },
    'put /api/v1/reports/drafts/{id}/paragraphs/{pid}': {
      as: () => coord,
      url: `${API}/reports/drafts/${report.id}/paragraphs/${paragraph.id}`,
      body: { ...paragraph, text: `${paragraph.text}（改）` },
    },
    'post /api/v1/reports/drafts/{id}/transitions/{transition}': {
      as: () => coord,
      url: `${API}/reports/drafts/${report.id}/transitions/submit_for_review`,
      body: { transition: 'submit_for_review' },
    },
    'post /api/v1/litigation/lawsuits/{id}/transitions/{transition}': {
      as: () => officer,
      url: `${API}/litigation/lawsuits/${lawsuit}/transitions/answer`,
      body: { transition: 'answer', answeredOn: '2020-05-12', evidence: '卷宗', basis: '《行政处罚法》' },
    },
    'post /api/v1/corrections/tasks/{id}/transitions/{transition}': {
      as: () => officer,
      url: `${API}/corrections/tasks/${task.task!.id}/transitions/submit`,
      body: { transition: 'submit', rectification: '已撤销原决定', rectifiedOn: '2020-06-01' },
    },
    'post /api/v1/legal-affairs/matters/{id}/transitions/{transition}': {
      as: () => officer,
      url: `${API}/legal-affairs/matters/${matter}/transitions/withdraw`,
      body: { transition: 'withdraw', reason: '已自行解决' },
    },
    'post /api/v1/proposals/items/{id}/transitions/{transition}': {
      as: () => coord,
      url: `${API}/proposals/items/${proposal}/transitions/assign`,
      body: { transition: 'assign', on: '2020-03-10', leadUnitId: w.market.id, otherUnitIds: [] },
    },
    'post /api/v1/decisions/items/{id}/transitions/{transition}': {
      as: () => coord,
      url: `${API}/decisions/items/${decision}/transitions/draft`,
      body: {
        transition: 'draft',
        on: '2020-03-03',
        explanation: '说明',
        clauses: [{ number: '第一条', text: '内容' }],
      },
    },
    'put /api/v1/decisions/catalogue/items/{itemId}': {
      as: () => coord,
      url: `${API}/decisions/catalogue/items/${catalogueItem}`,
      body: { title: '于洪区城市更新行动实施方案', plannedOn: '2020年第四季度', reason: '工作进度调整' },
    },
    'post /api/v1/petitions/petitions/{id}/transitions/{transition}': {
      as: () => coord,
      url: `${API}/petitions/petitions/${petition}/transitions/route`,
      body: { transition: 'route', on: '2023-03-03', handlingUnitId: w.market.id, mode: 'assign' },
    },
    'post /api/v1/mediation/cases/{id}/transitions/{transition}': {
      as: () => coord,
      url: `${API}/mediation/cases/${mediationCase}/transitions/start`,
      body: { transition: 'start', on: '2020-05-07', mediators: ['刘桂芳'] },
    },
    'put /api/v1/petitions/petitions/{id}/legal-support': {
      as: () => coord,
      url: `${API}/petitions/petitions/${petition}/legal-support`,
      body: { module: 'legal_affairs', number: 'FW2023-001', note: '法律顾问参与接访' },
    },
    'put /api/v1/assessment/hand-scores/{version}/{code}/{year}': {
      as: () => coord,
      url: `${API}/assessment/hand-scores/demonstration-2021/8.1.1/2021`,
      body: {
        score: 3,
        note: '平台已上线',
        evidence: [{ kind: 'document', ref: '于政办〔2021〕1号', label: '建设方案' }],
      },
    },
    'post /api/v1/normative-docs/docs/{id}/transitions/{transition}': {
      as: () => coord,
      url: `${API}/normative-docs/docs/${normativeDoc}/transitions/evaluate`,
      body: { transition: 'evaluate', on: '2020-03-09', note: '评估可行' },
    },
    'put /api/v1/normative-docs/settings': {
      as: () => coord,
      url: `${API}/normative-docs/settings`,
      body: { ...normativeSettings, version: undefined, filingDays: 30 },
    },
    'put /api/v1/normative-docs/cleanups/{id}/docs/{docId}': {
      as: () => coord,
      url: `${API}/normative-docs/cleanups/${cleanup.id}/docs/${cleanup.items[0]!.docId}`,
      body: { result: 'continue', reason: '继续有效', reviewer: '审查人', reviewedOn: '2020-06-10' },
    },
    'put /api/v1/proposals/settings': {
      as: () => coord,
      url: `${API}/proposals/settings`,
      body: { ...proposalSettings, version: undefined, requireMeetingBeforeAnswer: false },
    },
  };
}, 180_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

const send = (edit: Edit, method: string, ifMatch: string) =>
  edit.as().request({
    method: method.toUpperCase() as 'PATCH',
    url: edit.url,
    headers: { 'if-match': ifMatch },
    payload: edit.body as object,
  });

describe('five parallel PATCHes on the version they all saw', () => {
  it('give one 200 and four 409 VERSION_CONFLICT; the record moves on by one version', async () => {
    const id = (await registerItem(w.as(w.marketOfficer), buildEntry(w.market.id))).id;
    const url = `${API}/disclosure/proactive-items/${id}`;
    const seen = await officer.get(url);
    const version = seen.json().version as number;
    expect(seen.headers.etag).toBe(`"${version}"`);
    const phones = ['024-1', '024-2', '024-3', '024-4', '024-5'];
    const answers = await Promise.all(
      phones.map((phone) =>
        officer.request({
          method: 'PATCH',
          url,
          headers: { 'if-match': `"${version}"` },
          payload: { phone },
        }),
      ),
    );
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes).toEqual([200, 409, 409, 409, 409]);
    for (const a of answers.filter((x) => x.statusCode === 409)) {
      expect(a.json().error.code).toBe('VERSION_CONFLICT');
      expect(a.json().error.message).toMatch(/^该记录已被他人修改（.+），请刷新后重试$/);
    }
    const winner = answers.find((a) => a.statusCode === 200)!;
    expect(winner.json().version).toBe(version + 1);
    expect(winner.headers.etag).toBe(`"${version + 1}"`);
    const after = (await officer.get(url)).json();
    expect(after).toMatchObject({ version: version + 1, title: winner.json().title });
  });
});

describe('every edit route of the OpenAPI document refuses a stale version', () => {
  it('knows a record for each PATCH, PUT and transition route (a new route must be added here)', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, unknown>>;
    };
    const routes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops)
        .filter(
          (m) => m === 'patch' || m === 'put' || (m === 'post' && path.endsWith('/transitions/{transition}')),
        )
        .map((m) => `${m} ${path}`),
    );
    expect(routes.sort()).toEqual(Object.keys(edits).sort());
  });

  it.each([
    'patch /api/v1/enforcement/bodies/{id}',
    'patch /api/v1/enforcement/officers/{id}',
    'patch /api/v1/enforcement/benchmarks/{id}',
    'patch /api/v1/enforcement/fees/{id}',
    'put /api/v1/enforcement/fees/{id}/collections/{year}',
    'put /api/v1/enforcement/settings',
    'put /api/v1/enforcement/inspection-plans/{id}/items',
    'patch /api/v1/powers/items/{id}',
    'patch /api/v1/disclosure/proactive-items/{id}',
    'put /api/v1/disclosure/guides/{orgUnitId}',
    'put /api/v1/disclosure/settings',
    'put /api/v1/org/units/{id}/document-prefix',
    'put /api/v1/calendar/years/{year}',
    'post /api/v1/powers/items/{id}/transitions/{transition}',
    'post /api/v1/disclosure/requests/{id}/transitions/{transition}',
    'post /api/v1/enforcement/cases/{id}/transitions/{transition}',
    'post /api/v1/reconsideration/cases/{id}/transitions/{transition}',
    'patch /api/v1/reports/drafts/{id}',
    'put /api/v1/reports/drafts/{id}/paragraphs/{pid}',
    'post /api/v1/reports/drafts/{id}/transitions/{transition}',
    'post /api/v1/litigation/lawsuits/{id}/transitions/{transition}',
    'post /api/v1/corrections/tasks/{id}/transitions/{transition}',
    'post /api/v1/coordination/tasks/{id}/transitions/{transition}',
    'post /api/v1/legal-affairs/matters/{id}/transitions/{transition}',
    'post /api/v1/proposals/items/{id}/transitions/{transition}',
    'put /api/v1/proposals/settings',
    'post /api/v1/decisions/items/{id}/transitions/{transition}',
    'put /api/v1/decisions/catalogue/items/{itemId}',
    'post /api/v1/petitions/petitions/{id}/transitions/{transition}',
    'put /api/v1/petitions/petitions/{id}/legal-support',
    'post /api/v1/mediation/cases/{id}/transitions/{transition}',
    'put /api/v1/legal-education/sessions/{id}',
    'put /api/v1/legal-education/activities/{id}',
    'put /api/v1/legal-education/acceptances/{id}',
    'post /api/v1/legal-education/reports/{id}/transitions/{transition}',
    'put /api/v1/assessment/hand-scores/{version}/{code}/{year}',
  ])('%s answers 409 VERSION_CONFLICT on a stale If-Match', async (route) => {
    const edit = edits[route]!;
    const res = await send(edit, route.split(' ')[0]!, STALE);
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.code).toBe('VERSION_CONFLICT');
  });
});
