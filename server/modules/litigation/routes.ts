import {
  JudicialSuggestionBody,
  LawsuitDetail,
  LawsuitIdParams,
  LawsuitListQuery,
  LawsuitPage,
  RegisterLawsuitBody,
  SuggestionIdParams,
  SuggestionReplyBody,
} from '../../../common/contracts/litigation.js';
import type { Ctx } from '../../platform/context.js';
import { requirePermission, type RoutePlugin } from '../../platform/http/index.js';
import { procedureEntry } from '../../platform/procedures/index.js';
import { corrections } from '../corrections/index.js';
import { presentLawsuitDetail, presentLawsuitSummary } from './presenter.js';
import { findLawsuits, getLawsuit } from './service/find.js';
import { registerLawsuit } from './service/register.js';
import { recordSuggestion, replySuggestion } from './service/suggestions.js';
import { lawsuitTransitions } from './service/transitions.js';

const tags = ['litigation'];
const BASE = '/api/v1/litigation/lawsuits';

async function presentLawsuit(ctx: Ctx, id: string) {
  const data = await getLawsuit(ctx, id);
  const task = await corrections.findTaskBySource(ctx.db, {
    districtId: data.lawsuit.districtId,
    kind: 'litigation',
    number: data.lawsuit.caseNumber,
  });
  return presentLawsuitDetail(data, task, ctx.locale);
}

/** 答辩、开庭、裁判、上诉、生效、结案: `POST /api/v1/litigation/lawsuits/:id/transitions/:transition`. */
export const lawsuitEntry = procedureEntry(lawsuitTransitions, {
  base: BASE,
  tags,
  summary: '行政应诉案件：答辩、开庭、裁判、上诉、生效、结案',
  idLabel: '案件编号',
  response: LawsuitDetail,
  present: presentLawsuit,
});

/** The staff API of 行政应诉: the ledger list, a case, registration and judicial suggestions. */
export const litigationRoutes: RoutePlugin = (app) => {
  const view = requirePermission('litigation.view');
  const handle = requirePermission('litigation.handle');
  app.get(
    BASE,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '行政应诉案件列表',
        querystring: LawsuitListQuery,
        response: { 200: LawsuitPage },
      },
    },
    async (request) => {
      const { items, total } = await findLawsuits(request.ctx, request.query);
      return {
        items: items.map(presentLawsuitSummary),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );
  app.get(
    `${BASE}/:id`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '行政应诉案件详情（开庭、期限、程序记录）',
        params: LawsuitIdParams,
        response: { 200: LawsuitDetail },
      },
    },
    async (request) => presentLawsuit(request.ctx, request.params.id),
  );
  app.post(
    BASE,
    {
      preHandler: handle,
      schema: {
        tags,
        summary: '登记行政应诉案件（收到起诉状副本）',
        body: RegisterLawsuitBody,
        response: { 201: LawsuitDetail },
      },
    },
    async (request, reply) => {
      const lawsuit = await registerLawsuit(request.ctx, request.body);
      return reply.status(201).send(await presentLawsuit(request.ctx, lawsuit.id));
    },
  );
  app.post(
    `${BASE}/:id/suggestions`,
    {
      preHandler: handle,
      schema: {
        tags,
        summary: '登记司法建议',
        params: LawsuitIdParams,
        body: JudicialSuggestionBody,
        response: { 201: LawsuitDetail },
      },
    },
    async (request, reply) => {
      await recordSuggestion(request.ctx, request.params.id, request.body);
      return reply.status(201).send(await presentLawsuit(request.ctx, request.params.id));
    },
  );
  app.post(
    `${BASE}/:id/suggestions/:suggestionId/reply`,
    {
      preHandler: handle,
      schema: {
        tags,
        summary: '回复司法建议',
        params: SuggestionIdParams,
        body: SuggestionReplyBody,
        response: { 200: LawsuitDetail },
      },
    },
    async (request) => {
      await replySuggestion(request.ctx, request.params.id, request.params.suggestionId, request.body);
      return presentLawsuit(request.ctx, request.params.id);
    },
  );
};
