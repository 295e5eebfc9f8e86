import {
  LegalSupportRequestBody,
  ModuleLinkIn,
  PetitionDetail,
  PetitionIdParams,
  PetitionListQuery,
  PetitionPage,
  PetitionStats,
  PetitionStatsQuery,
  PetitionSubmission,
  PetitionTrackingParams,
  PortalPetitionBody,
  PublicPetitionStatus,
  RegisterPetitionBody,
} from '../../../common/contracts/petitions.js';
import { requirePermission, type RoutePlugin } from '../../platform/http/index.js';
import { procedureEntry } from '../../platform/procedures/index.js';
import {
  findPetitions,
  getPetition,
  getPetitionAfterStep,
  linkLegalSupport,
  requestLegalSupport,
  trackPetition,
} from './service/read.js';
import { registerPetition, submitOnlinePetition } from './service/register.js';
import { petitionStats } from './service/stats.js';
import { petitionTransitions } from './service/transitions.js';

const tags = ['petitions'];
const BASE = '/api/v1/petitions/petitions';

/** 转送交办、受理、处理意见、复查、复核: the kernel mounts `POST …/:id/transitions/:transition`. */
export const petitionEntry = procedureEntry(petitionTransitions, {
  base: BASE,
  tags,
  summary: '信访事项办理程序（转送交办、受理告知、处理意见、复查、复核）',
  idLabel: '信访事项编号',
  response: PetitionDetail,
  present: (ctx, id) => getPetitionAfterStep(ctx, id),
});

/** The staff API (list, page, registration, legal support) and the portal's submit and track. */
export const petitionRoutes: RoutePlugin = (app) => {
  const view = requirePermission('petitions.view');
  app.get(
    BASE,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '信访事项列表',
        querystring: PetitionListQuery,
        response: { 200: PetitionPage },
      },
    },
    async (request) => findPetitions(request.ctx, request.query),
  );
  app.get(
    `${BASE}/stats`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '信访统计：按类别、渠道、月份，及转送、告知、办理、复查、复核按期率',
        querystring: PetitionStatsQuery,
        response: { 200: PetitionStats },
      },
    },
    async (request) => petitionStats(request.ctx, request.query.year),
  );
  app.get(
    `${BASE}/:id`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '信访事项详情（期限、办理记录、可执行操作）',
        params: PetitionIdParams,
        response: { 200: PetitionDetail },
      },
    },
    async (request) => getPetition(request.ctx, request.params.id),
  );
  app.post(
    BASE,
    {
      preHandler: requirePermission('petitions.register'),
      schema: {
        tags,
        summary: '登记信访事项',
        body: RegisterPetitionBody,
        response: { 201: PetitionDetail },
      },
    },
    async (request, reply) => {
      const row = await registerPetition(request.ctx, request.body);
      return reply.status(201).send(await getPetition(request.ctx, row.id));
    },
  );
  app.put(
    `${BASE}/:id/legal-support`,
    {
      preHandler: requirePermission('petitions.handle'),
      schema: {
        tags,
        summary: '登记重点信访案件的法律顾问支持（关联法律事务）',
        params: PetitionIdParams,
        body: ModuleLinkIn,
        response: { 200: PetitionDetail },
      },
    },
    async (request) => {
      await linkLegalSupport(request.ctx, request.params.id, request.body);
      return getPetition(request.ctx, request.params.id);
    },
  );
  app.post(
    `${BASE}/:id/legal-support/request`,
    {
      preHandler: requirePermission('petitions.handle'),
      schema: {
        tags,
        summary: '重点信访案件申请法律顾问支持（在法律事务中登记非诉事项）',
        params: PetitionIdParams,
        body: LegalSupportRequestBody,
        response: { 200: PetitionDetail },
      },
    },
    async (request) => {
      await requestLegalSupport(request.ctx, request.params.id, request.body);
      return getPetition(request.ctx, request.params.id);
    },
  );
  app.post(
    '/api/v1/portal/petitions',
    {
      config: { public: true, rateLimit: { max: 5, timeWindow: '1 minute' } },
      bodyLimit: 64 * 1024,
      schema: {
        tags: ['portal'],
        summary: '网上信访（返回查询码）',
        body: PortalPetitionBody,
        response: { 201: PetitionSubmission },
      },
    },
    async (request, reply) => {
      const row = await submitOnlinePetition(request.ctx, request.body);
      return reply.status(201).send({ trackingCode: row.trackingCode, receivedOn: row.receivedOn });
    },
  );
  app.get(
    '/api/v1/portal/petitions/:trackingCode',
    {
      config: { public: true },
      schema: {
        tags: ['portal'],
        summary: '凭查询码查询信访事项办理状态',
        params: PetitionTrackingParams,
        response: { 200: PublicPetitionStatus },
      },
    },
    async (request) => trackPetition(request.ctx, request.params.trackingCode),
  );
};
