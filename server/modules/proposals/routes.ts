import {
  IdParams,
  LinkBody,
  OverviewQuery,
  PersonalStatus,
  ProposalDetail,
  ProposalListQuery,
  ProposalOverview,
  ProposalPage,
  ProposalSettings,
  ProposalSettingsOut,
  PublicAnswerPage,
  PublicAnswerQuery,
  RegisterProposalBody,
  TokenParams,
} from '../../../common/contracts/proposals.js';
import type { Ctx } from '../../platform/context.js';
import { requirePermission, type RoutePlugin } from '../../platform/http/index.js';
import { procedureEntry } from '../../platform/procedures/index.js';
import { addLink, saveSettings } from './service/links.js';
import {
  findProposals,
  findPublicAnswers,
  getProposal,
  personalStatus,
  proposalOverview,
} from './service/queries.js';
import { settingsView } from './service/records.js';
import { registerProposal } from './service/register.js';
import { proposalTransitions } from './service/transitions.js';

const tags = ['proposals'];
const BASE = '/api/v1/proposals/items';

/** 交办、面商、答复、评价…: the kernel mounts `POST /api/v1/proposals/items/:id/transitions/:transition`. */
export const proposalEntry = procedureEntry(proposalTransitions, {
  base: BASE,
  tags,
  summary: '交办、退回、面商、答复、评价、再办理、落实跟踪等程序操作',
  idLabel: '建议提案编号',
  response: ProposalDetail,
  present: (ctx: Ctx, id: string) => getProposal(ctx, id),
});

const staffRoutes: RoutePlugin = (app) => {
  const view = requirePermission('proposals.view');
  app.get(
    BASE,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '建议提案列表',
        querystring: ProposalListQuery,
        response: { 200: ProposalPage },
      },
    },
    async (request) => findProposals(request.ctx, request.query),
  );
  app.get(
    `${BASE}/:id`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '建议提案详情（承办单位、面商、答复、评价、程序）',
        params: IdParams,
        response: { 200: ProposalDetail },
      },
    },
    async (request) => getProposal(request.ctx, request.params.id),
  );
  app.post(
    BASE,
    {
      preHandler: requirePermission('proposals.register'),
      schema: {
        tags,
        summary: '登记建议提案',
        body: RegisterProposalBody,
        response: { 201: ProposalDetail },
      },
    },
    async (request, reply) => {
      const row = await registerProposal(request.ctx, request.body);
      return reply.status(201).send(await getProposal(request.ctx, row.id));
    },
  );
  app.post(
    `${BASE}/:id/links`,
    {
      preHandler: requirePermission('proposals.handle'),
      schema: {
        tags,
        summary: '关联重大行政决策或年度工作计划任务',
        params: IdParams,
        body: LinkBody,
        response: { 200: ProposalDetail },
      },
    },
    async (request) => {
      await addLink(request.ctx, request.params.id, request.body);
      return getProposal(request.ctx, request.params.id);
    },
  );
  app.get(
    '/api/v1/proposals/overview',
    {
      preHandler: view,
      schema: {
        tags,
        summary: '领导视图：各承办单位办理情况',
        querystring: OverviewQuery,
        response: { 200: ProposalOverview },
      },
    },
    async (request) => proposalOverview(request.ctx, request.query.year),
  );
  app.get(
    '/api/v1/proposals/settings',
    {
      preHandler: view,
      schema: { tags, summary: '本区建议提案办理规则设置', response: { 200: ProposalSettingsOut } },
    },
    async (request) => settingsView(request.ctx.db, request.ctx.actor!.districtId),
  );
  app.put(
    '/api/v1/proposals/settings',
    {
      preHandler: requirePermission('proposals.settings'),
      schema: {
        tags,
        summary: '修改建议提案办理规则设置',
        body: ProposalSettings,
        response: { 200: ProposalSettingsOut },
      },
    },
    async (request) => {
      await saveSettings(request.ctx, request.body);
      return settingsView(request.ctx.db, request.ctx.actor!.districtId);
    },
  );
};

const portalRoutes: RoutePlugin = (app) => {
  app.get(
    '/api/v1/portal/proposals/answers',
    {
      config: { public: true },
      schema: {
        tags: ['portal'],
        summary: '建议提案办理复文公开',
        querystring: PublicAnswerQuery,
        response: { 200: PublicAnswerPage },
      },
    },
    async (request) => findPublicAnswers(request.ctx, request.query),
  );
  app.get(
    '/api/v1/portal/proposals/status/:token',
    {
      config: { public: true },
      schema: {
        tags: ['portal'],
        summary: '代表委员查询本人建议提案办理情况（个人链接）',
        params: TokenParams,
        response: { 200: PersonalStatus },
      },
    },
    async (request) => personalStatus(request.ctx, request.params.token),
  );
};

export const proposalsRoutes: RoutePlugin = async (app, deps) => {
  await staffRoutes(app, deps);
  await portalRoutes(app, deps);
};
