import {
  AdviserDetail,
  ContractBody,
  CreateAdviserBody,
  CreateMatterBody,
  EndAdviserBody,
  EvaluationBody,
  IdParams,
  MatterDetail,
  MatterListQuery,
  MatterPage,
  Roster,
  RosterQuery,
} from '../../../common/contracts/legal-affairs/matters.js';
import type { Ctx } from '../../platform/context.js';
import { type RoutePlugin, requirePermission } from '../../platform/http/index.js';
import { contentDisposition } from '../../platform/io/index.js';
import { procedureEntry } from '../../platform/procedures/index.js';
import { mountRecordYearsRoute, yearOf } from '../../platform/reports/index.js';
import { opinionDocumentFor } from './opinion-document.js';
import { matterScope } from './policy.js';
import { presentAdviser, presentAdviserDetail, presentMatter, presentMatterDetail } from './presenter.js';
import { legalMatters } from './schema.js';
import {
  addContract,
  addEvaluation,
  createAdviser,
  endAdviser,
  getAdviser,
  roster,
} from './service/advisers.js';
import { createMatter, findMatters, getMatter } from './service/matters.js';
import { matterTransitions } from './service/transitions.js';

const tags = ['legal-affairs'];
const BASE = '/api/v1/legal-affairs';

const presentMatterById = async (ctx: Ctx, id: string) =>
  presentMatterDetail(await getMatter(ctx, id), ctx.locale);
const presentAdviserById = async (ctx: Ctx, id: string) => presentAdviserDetail(await getAdviser(ctx, id));

/** 分派、办理、出具意见书、办结、退回、撤回: `POST /api/v1/legal-affairs/matters/:id/transitions/:transition`. */
export const matterEntry = procedureEntry(matterTransitions, {
  base: `${BASE}/matters`,
  tags,
  summary: '法律事务的分派、办理、出具意见书、办结、退回和撤回',
  idLabel: '事项编号',
  response: MatterDetail,
  present: presentMatterById,
});

const matterRoutes: RoutePlugin = (app) => {
  const view = requirePermission('legal_affairs.view');
  app.get(
    `${BASE}/matters`,
    {
      preHandler: view,
      schema: { tags, summary: '法律事务台账', querystring: MatterListQuery, response: { 200: MatterPage } },
    },
    async (request) => {
      const { rows, total } = await findMatters(request.ctx, request.query);
      return {
        items: rows.map(presentMatter),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );
  mountRecordYearsRoute(app, {
    url: `${BASE}/matters/years`,
    preHandler: view,
    tags,
    summary: '有法律事务记录的年份',
    sources: (ctx) => [
      { table: legalMatters, year: yearOf(legalMatters.requestedOn), where: matterScope(ctx.actor!) },
    ],
  });
  app.get(
    `${BASE}/matters/:id`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '法律事务详情（意见书、程序记录、期限、可执行操作）',
        params: IdParams,
        response: { 200: MatterDetail },
      },
    },
    async (request) => presentMatterById(request.ctx, request.params.id),
  );
  app.get(
    `${BASE}/opinions/:id/document.docx`,
    { preHandler: view, schema: { tags, summary: '法律意见书（.docx，公文格式）', params: IdParams } },
    async (request, reply) => {
      const doc = await opinionDocumentFor(request.ctx, request.params.id);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', contentDisposition(`${doc.fileName}.docx`))
        .send(doc.buffer);
    },
  );
  app.post(
    `${BASE}/matters`,
    {
      preHandler: requirePermission('legal_affairs.request'),
      schema: {
        tags,
        summary: '申请法律服务（登记法律事务）',
        body: CreateMatterBody,
        response: { 201: MatterDetail },
      },
    },
    async (request, reply) => {
      const matter = await createMatter(request.ctx, request.body);
      return reply.status(201).send(await presentMatterById(request.ctx, matter.id));
    },
  );
};

const rosterRoutes: RoutePlugin = (app) => {
  const view = requirePermission('legal_affairs.view');
  const manage = requirePermission('legal_affairs.manage_roster');
  app.get(
    `${BASE}/advisers`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '法律顾问名册及年度工作量',
        querystring: RosterQuery,
        response: { 200: Roster },
      },
    },
    async (request) => {
      const year = request.query.year ?? Number(request.ctx.today.slice(0, 4));
      return { year, advisers: (await roster(request.ctx, year)).map(presentAdviser) };
    },
  );
  mountRecordYearsRoute(app, {
    url: `${BASE}/advisers/years`,
    preHandler: view,
    tags,
    summary: '有法律顾问工作记录的年份',
    sources: (ctx) => [
      { table: legalMatters, year: yearOf(legalMatters.requestedOn), where: matterScope(ctx.actor!) },
    ],
  });
  app.get(
    `${BASE}/advisers/:id`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '法律顾问详情（合同、考评、历年工作量）',
        params: IdParams,
        response: { 200: AdviserDetail },
      },
    },
    async (request) => presentAdviserById(request.ctx, request.params.id),
  );
  app.post(
    `${BASE}/advisers`,
    {
      preHandler: manage,
      schema: { tags, summary: '登记法律顾问', body: CreateAdviserBody, response: { 201: AdviserDetail } },
    },
    async (request, reply) => {
      const adviser = await createAdviser(request.ctx, request.body);
      return reply.status(201).send(await presentAdviserById(request.ctx, adviser.id));
    },
  );
  app.post(
    `${BASE}/advisers/:id/contracts`,
    {
      preHandler: manage,
      schema: {
        tags,
        summary: '登记聘用合同',
        params: IdParams,
        body: ContractBody,
        response: { 200: AdviserDetail },
      },
    },
    async (request) => {
      await addContract(request.ctx, request.params.id, request.body);
      return presentAdviserById(request.ctx, request.params.id);
    },
  );
  app.post(
    `${BASE}/advisers/:id/evaluations`,
    {
      preHandler: manage,
      schema: {
        tags,
        summary: '登记年度考评',
        params: IdParams,
        body: EvaluationBody,
        response: { 200: AdviserDetail },
      },
    },
    async (request) => {
      await addEvaluation(request.ctx, request.params.id, request.body);
      return presentAdviserById(request.ctx, request.params.id);
    },
  );
  app.post(
    `${BASE}/advisers/:id/end`,
    {
      preHandler: manage,
      schema: {
        tags,
        summary: '解聘法律顾问',
        params: IdParams,
        body: EndAdviserBody,
        response: { 200: AdviserDetail },
      },
    },
    async (request) => {
      await endAdviser(request.ctx, request.params.id, request.body);
      return presentAdviserById(request.ctx, request.params.id);
    },
  );
};

export const legalAffairsRoutes: RoutePlugin = async (app, deps) => {
  await matterRoutes(app, deps);
  await rosterRoutes(app, deps);
};
