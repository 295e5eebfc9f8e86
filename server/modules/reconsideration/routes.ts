import { TrackingParams } from '../../../common/contracts/disclosure/requests.js';
import {
  CaseDetail,
  CaseIdParams,
  CaseListQuery,
  CasePage,
  PortalApplicationBody,
  PortalRespondents,
  PortalSubmissionResult,
  PublicCaseStatus,
  PublicDecisionPage,
  PublicDecisionQuery,
  RegisterCaseBody,
} from '../../../common/contracts/reconsideration.js';
import type { Ctx } from '../../platform/context.js';
import { type RoutePlugin, requirePermission } from '../../platform/http/index.js';
import { procedureEntry } from '../../platform/procedures/index.js';
import { disclosure } from '../disclosure/index.js';
import { presentDetail, presentPublicDecision, presentPublicStatus, presentSummary } from './presenter.js';
import { caseTransitions } from './service/fire-transition.js';
import { findCases, getCase, publicDecisions, trackCase } from './service/queries.js';
import { portalRespondents, registerCase, submitOnlineApplication } from './service/register-case.js';

const tags = ['reconsideration'];
const BASE = '/api/v1/reconsideration/cases';
const detail = async (ctx: Ctx, id: string) => presentDetail(await getCase(ctx, id), ctx.locale);

/** 补正、受理、答复、听证、中止、决定、意见书: the kernel mounts `POST …/cases/:id/transitions/:transition`. */
export const caseEntry = procedureEntry(caseTransitions, {
  base: BASE,
  tags,
  summary: '补正、受理、答复、听证、中止、决定、终止、意见书等办理操作',
  idLabel: '案件编号',
  response: CaseDetail,
  present: detail,
});

const staffRoutes: RoutePlugin = (app) => {
  const view = requirePermission('reconsideration.view_cases');
  app.get(
    BASE,
    {
      preHandler: view,
      schema: { tags, summary: '行政复议案件台账', querystring: CaseListQuery, response: { 200: CasePage } },
    },
    async (request) => {
      const { items, total } = await findCases(request.ctx, request.query);
      return {
        items: items.map((i) => presentSummary(i.c, i.clock)),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );
  app.post(
    BASE,
    {
      preHandler: requirePermission('reconsideration.register_case'),
      schema: {
        tags,
        summary: '登记行政复议申请（书面、邮寄、口头）',
        body: RegisterCaseBody,
        response: { 201: CaseDetail },
      },
    },
    async (request, reply) => {
      const row = await registerCase(request.ctx, request.body);
      return reply.status(201).send(await detail(request.ctx, row.id));
    },
  );
  app.get(
    `${BASE}/:id`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '案件详情（期限说明、办理记录、可执行操作）',
        params: CaseIdParams,
        response: { 200: CaseDetail },
      },
    },
    async (request) => detail(request.ctx, request.params.id),
  );
};

/** The portal: file online (rate-limited), track by code, the respondents, the published decisions. */
const portalRoutes: RoutePlugin = (app) => {
  const ptags = ['portal'];
  app.post(
    '/api/v1/portal/reconsideration/applications',
    {
      config: { public: true, rateLimit: { max: 5, timeWindow: '1 minute' } },
      bodyLimit: 64 * 1024,
      schema: {
        tags: ptags,
        summary: '网上提交行政复议申请（返回查询码）',
        body: PortalApplicationBody,
        response: { 201: PortalSubmissionResult },
      },
    },
    async (request, reply) => {
      const s = await submitOnlineApplication(request.ctx, request.body);
      return reply.status(201).send({
        trackingCode: disclosure.formatTrackingCode(s.row.trackingCode),
        caseNumber: s.row.caseNumber,
        respondent: s.respondent,
        receivedOn: s.row.receivedOn,
        reviewDueOn: s.reviewDueOn,
      });
    },
  );
  app.get(
    '/api/v1/portal/reconsideration/applications/:trackingCode',
    {
      config: { public: true },
      schema: {
        tags: ptags,
        summary: '凭查询码查询行政复议申请办理状态',
        params: TrackingParams,
        response: { 200: PublicCaseStatus },
      },
    },
    async (request) => {
      const { c, clock } = await trackCase(request.ctx, request.params.trackingCode);
      return presentPublicStatus(c, clock);
    },
  );
  app.get(
    '/api/v1/portal/reconsideration/respondents',
    {
      config: { public: true },
      schema: { tags: ptags, summary: '可申请行政复议的被申请人', response: { 200: PortalRespondents } },
    },
    async (request) => ({ respondents: await portalRespondents(request.ctx) }),
  );
  app.get(
    '/api/v1/portal/reconsideration/decisions',
    {
      config: { public: true },
      schema: {
        tags: ptags,
        summary: '行政复议决定书公开',
        querystring: PublicDecisionQuery,
        response: { 200: PublicDecisionPage },
      },
    },
    async (request) => {
      const { items, total } = await publicDecisions(request.ctx, request.query);
      return {
        items: items.map(presentPublicDecision),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );
};

export const reconsiderationRoutes: RoutePlugin = async (app, deps) => {
  await staffRoutes(app, deps);
  await portalRoutes(app, deps);
};
