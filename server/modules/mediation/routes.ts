import {
  CaseDetail,
  CaseListQuery,
  CasePage,
  Committees,
  CourtTransfers,
  Coverage,
  CoverageQuery,
  LogBody,
  LogOut,
  MediationIdParams,
  MediationStats,
  VillagePage,
  VillageRosterList,
  YearQuery,
} from '../../../common/contracts/mediation.js';
import { type RoutePlugin, requirePermission } from '../../platform/http/index.js';
import { contentDisposition } from '../../platform/io/index.js';
import { procedureEntry } from '../../platform/procedures/index.js';
import { agreementDocumentFor } from './agreement-document.js';
import {
  findCases,
  findCommittees,
  findCourtTransfers,
  findCoverage,
  findStats,
  getCase,
} from './queries.js';
import { villagePage, villageRoster } from './roster.js';
import { caseTransitions, logMatter } from './service.js';

const tags = ['mediation'];
const BASE = '/api/v1/mediation';

/** The case steps on the kernel's procedure engine: `POST /api/v1/mediation/cases/:id/transitions/:transition`. */
export const caseEntry = procedureEntry(caseTransitions, {
  base: `${BASE}/cases`,
  tags,
  summary: '人民调解案件办理（调解、协议、司法确认、回访、结案）',
  idLabel: '案件编号',
  response: CaseDetail,
  present: getCase,
});

const yearOf = (ctx: { today: string }, year?: number) => year ?? Number(ctx.today.slice(0, 4));

/** The staff API: coverage as of a day, cases, the 说事 log, committees, 诉调对接, the roster and the charts. */
export const mediationRoutes: RoutePlugin = (app) => {
  const view = requirePermission('mediation.view');
  const edit = requirePermission('mediation.edit');

  app.get(
    `${BASE}/coverage`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '评理说事点建成情况（按街道，截至某日）',
        querystring: CoverageQuery,
        response: { 200: Coverage },
      },
    },
    async (request) => findCoverage(request.ctx, request.query.asOf ?? request.ctx.today),
  );
  app.get(
    `${BASE}/cases`,
    {
      preHandler: view,
      schema: { tags, summary: '人民调解案件列表', querystring: CaseListQuery, response: { 200: CasePage } },
    },
    async (request) => findCases(request.ctx, request.query),
  );
  app.get(
    `${BASE}/cases/:id`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '人民调解案件详情（司法确认期限、预警、可执行操作）',
        params: MediationIdParams,
        response: { 200: CaseDetail },
      },
    },
    async (request) => getCase(request.ctx, request.params.id),
  );
  app.get(
    `${BASE}/cases/:id/agreement.docx`,
    {
      preHandler: view,
      schema: { tags, summary: '人民调解协议书（.docx，第二十九条）', params: MediationIdParams },
    },
    async (request, reply) => {
      const doc = await agreementDocumentFor(request.ctx, request.params.id);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', contentDisposition(`${doc.fileName}.docx`))
        .send(doc.buffer);
    },
  );
  app.post(
    `${BASE}/log`,
    {
      preHandler: edit,
      schema: {
        tags,
        summary: '登记说事事项（转人民调解委员会的同时受理案件）',
        body: LogBody,
        response: { 200: LogOut },
      },
    },
    async (request) => logMatter(request.ctx, request.body),
  );
  app.get(
    `${BASE}/committees`,
    {
      preHandler: view,
      schema: { tags, summary: '人民调解委员会（组成、任期）', response: { 200: Committees } },
    },
    async (request) => findCommittees(request.ctx),
  );
  app.get(
    `${BASE}/court-transfers`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '诉调对接：与法院之间的委派、移送及结果',
        querystring: YearQuery,
        response: { 200: CourtTransfers },
      },
    },
    async (request) => findCourtTransfers(request.ctx, request.query.year),
  );
  app.get(
    `${BASE}/stats`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '街道、全区纠纷统计（类型、月份、成功率、预警、覆盖）',
        querystring: YearQuery,
        response: { 200: MediationStats },
      },
    },
    async (request) => findStats(request.ctx, yearOf(request.ctx, request.query.year)),
  );
  app.get(
    `${BASE}/villages`,
    {
      preHandler: view,
      schema: { tags, summary: '村（社区）法治名册', response: { 200: VillageRosterList } },
    },
    async (request) => ({ items: await villageRoster(request.ctx) }),
  );
  app.get(
    `${BASE}/villages/:id`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '村（社区）页面：法治名册、说事点、调委会、纠纷',
        params: MediationIdParams,
        querystring: YearQuery,
        response: { 200: VillagePage },
      },
    },
    async (request) => villagePage(request.ctx, request.params.id, yearOf(request.ctx, request.query.year)),
  );
};
