import { z } from 'zod';
import {
  AdjustItemBody,
  AssignReviewInput,
  CatalogueItemBody,
  CatalogueOut,
  CatalogueStepBody,
  CodeParams,
  CommentReceipt,
  CommentStatus,
  DecisionDetail,
  DecisionListQuery,
  DecisionPage,
  IdParams,
  ItemParams,
  LaunchBody,
  PublicCommentBody,
  PublicDecisionDetail,
  PublicDecisionList,
  YearQuery,
} from '../../../common/contracts/decisions.js';
import type { Ctx } from '../../platform/context.js';
import { requirePermission, type RoutePlugin } from '../../platform/http/index.js';
import { contentDisposition } from '../../platform/io/index.js';
import { procedureEntry } from '../../platform/procedures/index.js';
import { buildDecisionArchive } from './service/archive.js';
import { getCatalogue, findDecisions, getDecision } from './service/queries.js';
import {
  commentStatus,
  publicCatalogue,
  publicDecision,
  publicDecisions,
  submitComment,
} from './service/public.js';
import {
  addCatalogueItem,
  adjustCatalogueItem,
  advanceCatalogue,
  launchDecision,
} from './service/register.js';
import { assignLegalityReview, decisionTransitions } from './service/transitions.js';

const tags = ['decisions'];
const BASE = '/api/v1/decisions/items';
const CATALOGUE = '/api/v1/decisions/catalogue';

/** 起草、征求意见、意见处理、论证评估、合法性审查、集体讨论、公布…: `POST …/items/:id/transitions/:transition`. */
export const decisionEntry = procedureEntry(decisionTransitions, {
  base: BASE,
  tags,
  summary:
    '重大行政决策程序操作（起草、征求意见、采纳反馈、听证、论证、评估、审查、集体讨论、公布、执行、评估、调整）',
  idLabel: '决策编号',
  response: DecisionDetail,
  present: (ctx: Ctx, id: string) => getDecision(ctx, id),
});

const staffRoutes: RoutePlugin = (app) => {
  const view = requirePermission('decisions.view');
  app.get(
    BASE,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '重大行政决策列表',
        querystring: DecisionListQuery,
        response: { 200: DecisionPage },
      },
    },
    async (request) => findDecisions(request.ctx, request.query),
  );
  app.get(
    `${BASE}/:id`,
    {
      preHandler: view,
      schema: { tags, summary: '重大行政决策详情', params: IdParams, response: { 200: DecisionDetail } },
    },
    async (request) => getDecision(request.ctx, request.params.id),
  );
  app.post(
    BASE,
    {
      preHandler: requirePermission('decisions.launch'),
      schema: { tags, summary: '启动重大行政决策', body: LaunchBody, response: { 201: DecisionDetail } },
    },
    async (request, reply) => {
      const row = await launchDecision(request.ctx, request.body);
      return reply.status(201).send(await getDecision(request.ctx, row.id));
    },
  );
  app.post(
    `${BASE}/:id/legality-review`,
    {
      preHandler: requirePermission('decisions.review'),
      schema: {
        tags,
        summary: '将合法性审查交法律顾问办理（在法律事务中立项并分派）',
        params: IdParams,
        body: AssignReviewInput,
        response: { 200: DecisionDetail },
      },
    },
    async (request) => {
      await assignLegalityReview(request.ctx, request.params.id, request.body);
      return getDecision(request.ctx, request.params.id);
    },
  );
  app.get(
    `${BASE}/:id/archive.zip`,
    {
      preHandler: view,
      schema: { tags, summary: '决策全过程记录档案（.zip：索引、各环节材料及其 SHA-256）', params: IdParams },
    },
    async (request, reply) => {
      const archive = await buildDecisionArchive(request.ctx, request.params.id);
      return reply
        .header('content-type', 'application/zip')
        .header('content-disposition', contentDisposition(archive.fileName))
        .header('cache-control', 'no-store')
        .send(archive.buffer);
    },
  );
  app.get(
    CATALOGUE,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '年度重大行政决策事项目录',
        querystring: YearQuery,
        response: { 200: CatalogueOut },
      },
    },
    async (request) => getCatalogue(request.ctx, request.query.year),
  );
  app.post(
    `${CATALOGUE}/items`,
    {
      preHandler: requirePermission('decisions.catalogue'),
      schema: { tags, summary: '目录增加事项', body: CatalogueItemBody, response: { 200: CatalogueOut } },
    },
    async (request) => {
      await addCatalogueItem(request.ctx, request.body);
      return getCatalogue(request.ctx, request.body.year);
    },
  );
  app.put(
    `${CATALOGUE}/items/:itemId`,
    {
      preHandler: requirePermission('decisions.catalogue'),
      schema: {
        tags,
        summary: '调整目录事项（须说明理由）',
        params: ItemParams,
        body: AdjustItemBody,
        response: { 200: CatalogueOut },
      },
    },
    async (request) => {
      const row = await adjustCatalogueItem(request.ctx, request.params.itemId, request.body);
      return getCatalogue(request.ctx, row.year);
    },
  );
  for (const step of ['approve', 'publish'] as const) {
    app.post(
      `${CATALOGUE}/${step}`,
      {
        preHandler: requirePermission('decisions.catalogue'),
        schema: {
          tags,
          summary: step === 'approve' ? '目录经同级党委同意' : '公布目录',
          body: CatalogueStepBody,
          response: { 200: CatalogueOut },
        },
      },
      async (request) => {
        await advanceCatalogue(request.ctx, step, request.body);
        return getCatalogue(request.ctx, request.body.year);
      },
    );
  }
};

const portalRoutes: RoutePlugin = (app) => {
  const ptags = ['portal'];
  app.get(
    '/api/v1/portal/decisions',
    {
      config: { public: true },
      schema: {
        tags: ptags,
        summary: '重大行政决策：征求意见中的草案或已公布的决策',
        querystring: z.object({ which: z.enum(['open', 'published']).default('open') }),
        response: { 200: PublicDecisionList },
      },
    },
    async (request) => publicDecisions(request.ctx, request.query.which),
  );
  app.get(
    '/api/v1/portal/decisions/catalogue',
    {
      config: { public: true },
      schema: {
        tags: ptags,
        summary: '年度重大行政决策事项目录（已公布）',
        querystring: YearQuery,
        response: { 200: CatalogueOut },
      },
    },
    async (request) => publicCatalogue(request.ctx, request.query.year),
  );
  app.get(
    '/api/v1/portal/decisions/comments/:code',
    {
      config: { public: true },
      schema: {
        tags: ptags,
        summary: '凭查询码查看意见的采纳情况',
        params: CodeParams,
        response: { 200: CommentStatus },
      },
    },
    async (request) => commentStatus(request.ctx, request.params.code),
  );
  app.get(
    '/api/v1/portal/decisions/:id',
    {
      config: { public: true },
      schema: {
        tags: ptags,
        summary: '决策草案或已公布的决策（含意见采纳情况）',
        params: IdParams,
        response: { 200: PublicDecisionDetail },
      },
    },
    async (request) => publicDecision(request.ctx, request.params.id),
  );
  app.post(
    '/api/v1/portal/decisions/:id/comments',
    {
      config: { public: true, rateLimit: { max: 5, timeWindow: '1 minute' } },
      bodyLimit: 16 * 1024,
      schema: {
        tags: ptags,
        summary: '对决策草案或其条款提出意见（返回查询码）',
        params: IdParams,
        body: PublicCommentBody,
        response: { 201: CommentReceipt },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await submitComment(request.ctx, request.params.id, request.body)),
  );
};

export const decisionsRoutes: RoutePlugin = async (app, deps) => {
  await staffRoutes(app, deps);
  await portalRoutes(app, deps);
};
