import {
  Campaign,
  CampaignItemParams,
  CampaignList,
  ChangeLawBody,
  CleanupResultBody,
  DocDetail,
  DocListQuery,
  DocPage,
  DraftDocBody,
  IdParams,
  LawCiters,
  LawList,
  Law,
  NormativeSettings,
  NormativeSettingsOut,
  OpenCampaignBody,
  PublicCampaignList,
  PublicDocDetail,
  PublicDocPage,
  PublicDocQuery,
  PublishCampaignBody,
  RegisterLawBody,
} from '../../../common/contracts/normative-docs.js';
import type { Ctx } from '../../platform/context.js';
import { requirePermission, type RoutePlugin } from '../../platform/http/index.js';
import { procedureEntry } from '../../platform/procedures/index.js';
import {
  findCampaigns,
  getCampaign,
  openCampaign,
  publicCampaigns,
  publishCampaign,
  recordCleanupResult,
} from './service/cleanup.js';
import { draftDoc } from './service/draft.js';
import { changeLaw, findLaws, lawCiters, registerLaw } from './service/laws.js';
import { findDocs, findPublicDocs, getDoc, getPublicDoc } from './service/queries.js';
import { saveSettings, settingsView } from './service/records.js';
import { docTransitions } from './service/transitions.js';

const tags = ['normative-docs'];
const API = '/api/v1/normative-docs';
const DOCS = `${API}/docs`;

/** 评估、征求意见、送审、审核、审议、登记、公布、备案、废止…: `POST /api/v1/normative-docs/docs/:id/transitions/:transition`. */
export const docEntry = procedureEntry(docTransitions, {
  base: DOCS,
  tags,
  summary: '规范性文件程序操作（评估论证、征求意见、合法性审核、集体审议、统一登记、公布、备案、废止）',
  idLabel: '文件编号',
  response: DocDetail,
  present: (ctx: Ctx, id: string) => getDoc(ctx, id),
});

const docRoutes: RoutePlugin = (app) => {
  const view = requirePermission('normative_docs.view');
  app.get(
    DOCS,
    {
      preHandler: view,
      schema: { tags, summary: '规范性文件列表', querystring: DocListQuery, response: { 200: DocPage } },
    },
    async (request) => findDocs(request.ctx, request.query),
  );
  app.get(
    `${DOCS}/:id`,
    {
      preHandler: view,
      schema: { tags, summary: '规范性文件详情', params: IdParams, response: { 200: DocDetail } },
    },
    async (request) => getDoc(request.ctx, request.params.id),
  );
  app.post(
    DOCS,
    {
      preHandler: requirePermission('normative_docs.draft'),
      schema: { tags, summary: '起草规范性文件', body: DraftDocBody, response: { 201: DocDetail } },
    },
    async (request, reply) => {
      const row = await draftDoc(request.ctx, request.body);
      return reply.status(201).send(await getDoc(request.ctx, row.id));
    },
  );
  app.get(
    `${API}/settings`,
    {
      preHandler: view,
      schema: { tags, summary: '规范性文件期限设置', response: { 200: NormativeSettingsOut } },
    },
    async (request) => settingsView(request.ctx.db, request.ctx.actor!.districtId),
  );
  app.put(
    `${API}/settings`,
    {
      preHandler: requirePermission('normative_docs.settings'),
      schema: {
        tags,
        summary: '修改规范性文件期限设置',
        body: NormativeSettings,
        response: { 200: NormativeSettingsOut },
      },
    },
    async (request) => {
      await saveSettings(request.ctx, request.body);
      return settingsView(request.ctx.db, request.ctx.actor!.districtId);
    },
  );
};

const CLEANUPS = `${API}/cleanups`;
const cleanupRoutes: RoutePlugin = (app) => {
  const view = requirePermission('normative_docs.view');
  app.get(
    CLEANUPS,
    { preHandler: view, schema: { tags, summary: '规范性文件清理活动', response: { 200: CampaignList } } },
    async (request) => findCampaigns(request.ctx),
  );
  app.get(
    `${CLEANUPS}/:id`,
    {
      preHandler: view,
      schema: { tags, summary: '清理活动详情', params: IdParams, response: { 200: Campaign } },
    },
    async (request) => getCampaign(request.ctx, request.params.id),
  );
  app.post(
    CLEANUPS,
    {
      preHandler: requirePermission('normative_docs.cleanup'),
      schema: { tags, summary: '开展规范性文件清理', body: OpenCampaignBody, response: { 201: Campaign } },
    },
    async (request, reply) => {
      const id = await openCampaign(request.ctx, request.body);
      return reply.status(201).send(await getCampaign(request.ctx, id));
    },
  );
  app.put(
    `${CLEANUPS}/:id/docs/:docId`,
    {
      preHandler: requirePermission('normative_docs.cleanup'),
      schema: {
        tags,
        summary: '登记文件清理结果',
        params: CampaignItemParams,
        body: CleanupResultBody,
        response: { 200: Campaign },
      },
    },
    async (request) => {
      await recordCleanupResult(request.ctx, request.params.id, request.params.docId, request.body);
      return getCampaign(request.ctx, request.params.id);
    },
  );
  app.post(
    `${CLEANUPS}/:id/publication`,
    {
      preHandler: requirePermission('normative_docs.publish_cleanup'),
      schema: {
        tags,
        summary: '公布清理结果（废止、失效的文件随之终止）',
        params: IdParams,
        body: PublishCampaignBody,
        response: { 200: Campaign },
      },
    },
    async (request) => {
      await publishCampaign(request.ctx, request.params.id, request.body.publishedOn);
      return getCampaign(request.ctx, request.params.id);
    },
  );
};

const LAWS = `${API}/laws`;
const lawRoutes: RoutePlugin = (app) => {
  const view = requirePermission('normative_docs.view');
  app.get(
    LAWS,
    { preHandler: view, schema: { tags, summary: '法律法规依据库', response: { 200: LawList } } },
    async (request) => findLaws(request.ctx),
  );
  app.get(
    `${LAWS}/:id/citers`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '引用该法律法规的文件、决策和权责事项',
        params: IdParams,
        response: { 200: LawCiters },
      },
    },
    async (request) => lawCiters(request.ctx, request.params.id),
  );
  app.post(
    LAWS,
    {
      preHandler: requirePermission('normative_docs.laws'),
      schema: { tags, summary: '登记法律法规', body: RegisterLawBody, response: { 201: Law } },
    },
    async (request, reply) => reply.status(201).send(await registerLaw(request.ctx, request.body)),
  );
  app.post(
    `${LAWS}/:id/changes`,
    {
      preHandler: requirePermission('normative_docs.laws'),
      schema: {
        tags,
        summary: '登记法律法规修改或废止，列出引用者',
        params: IdParams,
        body: ChangeLawBody,
        response: { 200: LawCiters },
      },
    },
    async (request) => changeLaw(request.ctx, request.params.id, request.body),
  );
};

const PORTAL = '/api/v1/portal/normative-docs';
const portalRoutes: RoutePlugin = (app) => {
  const pub = ['portal'];
  app.get(
    PORTAL,
    {
      config: { public: true },
      schema: {
        tags: pub,
        summary: '现行有效的规范性文件',
        querystring: PublicDocQuery,
        response: { 200: PublicDocPage },
      },
    },
    async (request) => findPublicDocs(request.ctx, request.query),
  );
  app.get(
    `${PORTAL}/cleanups`,
    {
      config: { public: true },
      schema: { tags: pub, summary: '规范性文件清理结果目录', response: { 200: PublicCampaignList } },
    },
    async (request) => publicCampaigns(request.ctx),
  );
  app.get(
    `${PORTAL}/:id`,
    {
      config: { public: true },
      schema: {
        tags: pub,
        summary: '规范性文件全文及政策解读',
        params: IdParams,
        response: { 200: PublicDocDetail },
      },
    },
    async (request) => getPublicDoc(request.ctx, request.params.id),
  );
};

export const normativeDocsRoutes: RoutePlugin = async (app, deps) => {
  await docRoutes(app, deps);
  await cleanupRoutes(app, deps);
  await lawRoutes(app, deps);
  await portalRoutes(app, deps);
};
