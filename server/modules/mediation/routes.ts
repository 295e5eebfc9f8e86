import {
  CaseDetail,
  CaseListQuery,
  CasePage,
  Coverage,
  CoverageQuery,
  LogBody,
  LogOut,
  MediationIdParams,
  MediationStepParams,
  StepBody,
} from '../../../common/contracts/mediation.js';
import { type RoutePlugin, requirePermission } from '../../platform/http/index.js';
import { findCases, findCoverage, getCase } from './queries.js';
import { logMatter, takeCaseStep } from './service.js';

const tags = ['mediation'];

/** The staff API: coverage as of a day, cases and their steps, the 说事 log. */
export const mediationRoutes: RoutePlugin = (app) => {
  const view = requirePermission('mediation.view');
  const edit = requirePermission('mediation.edit');

  app.get(
    '/api/v1/mediation/coverage',
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
    '/api/v1/mediation/cases',
    {
      preHandler: view,
      schema: { tags, summary: '人民调解案件列表', querystring: CaseListQuery, response: { 200: CasePage } },
    },
    async (request) => findCases(request.ctx, request.query),
  );
  app.get(
    '/api/v1/mediation/cases/:id',
    {
      preHandler: view,
      schema: {
        tags,
        summary: '人民调解案件详情（司法确认期限、预警）',
        params: MediationIdParams,
        response: { 200: CaseDetail },
      },
    },
    async (request) => getCase(request.ctx, request.params.id),
  );
  app.post(
    '/api/v1/mediation/cases/:id/steps/:step',
    {
      preHandler: edit,
      schema: {
        tags,
        summary: '案件办理步骤（调解、协议、司法确认、回访、结案）',
        params: MediationStepParams,
        body: StepBody,
        response: { 200: CaseDetail },
      },
    },
    async (request) => {
      await takeCaseStep(request.ctx, request.params.id, request.params.step, {
        ...request.body,
        mediators: request.body.mediators,
        agreementTerms: request.body.agreementTerms ?? undefined,
        note: request.body.note ?? undefined,
      });
      return getCase(request.ctx, request.params.id);
    },
  );
  app.post(
    '/api/v1/mediation/log',
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
};
