import {
  CreateProactiveItemBody,
  DisclosureGuide,
  OrgUnitIdParams,
  PortalCatalogueQuery,
  ProactiveIdParams,
  ProactiveItemDetail,
  ProactiveItemListQuery,
  ProactiveItemPage,
  PublicCataloguePage,
  PublicGuides,
  PublicProactiveItem,
  PutDisclosureGuideBody,
  UpdateProactiveItemBody,
  WithdrawProactiveItemBody,
} from '../../../../common/contracts/disclosure/proactive.js';
import type { Ctx } from '../../../platform/context.js';
import { requirePermission } from '../../../platform/http/index.js';
import type { RoutePlugin } from '../../../platform/http/index.js';
import { presentDetail, presentGuide, presentPublic, presentSummary } from '../presenter/proactive.js';
import * as service from '../service/proactive/index.js';

const tags = ['disclosure'];
const BASE = '/api/v1/disclosure/proactive-items';
const detail = async (ctx: Ctx, id: string) => presentDetail(await service.getItem(ctx, id));

/** The register: list, detail, register, correct, withdraw. */
const registerRoutes: RoutePlugin = (app) => {
  const view = requirePermission('disclosure.view_proactive');
  const edit = requirePermission('disclosure.register_proactive');
  app.get(
    BASE,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '主动公开台账',
        querystring: ProactiveItemListQuery,
        response: { 200: ProactiveItemPage },
      },
    },
    async (request) => {
      const { items, total } = await service.findItems(request.ctx, request.query);
      return {
        items: items.map(presentSummary),
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
        summary: '主动公开信息详情（含公开期限说明）',
        params: ProactiveIdParams,
        response: { 200: ProactiveItemDetail },
      },
    },
    async (request) => detail(request.ctx, request.params.id),
  );
  app.post(
    BASE,
    {
      preHandler: edit,
      schema: {
        tags,
        summary: '登记主动公开信息',
        body: CreateProactiveItemBody,
        response: { 201: ProactiveItemDetail },
      },
    },
    async (request, reply) => {
      const item = await service.registerItem(request.ctx, request.body);
      return reply.status(201).send(await detail(request.ctx, item.id));
    },
  );
  app.patch(
    `${BASE}/:id`,
    {
      preHandler: edit,
      schema: {
        tags,
        summary: '更正主动公开信息',
        params: ProactiveIdParams,
        body: UpdateProactiveItemBody,
        response: { 200: ProactiveItemDetail },
      },
    },
    async (request) => {
      await service.updateItem(request.ctx, request.params.id, request.body);
      return detail(request.ctx, request.params.id);
    },
  );
  app.post(
    `${BASE}/:id/withdrawal`,
    {
      preHandler: edit,
      schema: {
        tags,
        summary: '撤回主动公开信息',
        params: ProactiveIdParams,
        body: WithdrawProactiveItemBody,
        response: { 200: ProactiveItemDetail },
      },
    },
    async (request) => {
      await service.withdrawItem(request.ctx, request.params.id, request.body);
      return detail(request.ctx, request.params.id);
    },
  );
};

/** 政府信息公开指南 per unit. */
const guideRoutes: RoutePlugin = (app) => {
  app.get(
    '/api/v1/disclosure/guides/:orgUnitId',
    {
      preHandler: requirePermission('disclosure.view_proactive'),
      schema: {
        tags,
        summary: '单位的政府信息公开指南',
        params: OrgUnitIdParams,
        response: { 200: DisclosureGuide },
      },
    },
    async (request) => presentGuide(await service.getGuide(request.ctx, request.params.orgUnitId)),
  );
  app.put(
    '/api/v1/disclosure/guides/:orgUnitId',
    {
      preHandler: requirePermission('disclosure.edit_guide'),
      schema: {
        tags,
        summary: '编辑政府信息公开指南',
        params: OrgUnitIdParams,
        body: PutDisclosureGuideBody,
        response: { 200: DisclosureGuide },
      },
    },
    async (request) =>
      presentGuide(await service.putGuide(request.ctx, request.params.orgUnitId, request.body)),
  );
};

/** The portal: the catalogue of items on the government website, and the guides. No login. */
const portalRoutes: RoutePlugin = (app) => {
  const publicTags = ['portal'];
  app.get(
    '/api/v1/portal/disclosure/catalogue',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: '政府信息公开目录',
        querystring: PortalCatalogueQuery,
        response: { 200: PublicCataloguePage },
      },
    },
    async (request) => {
      const page = await service.findCatalogue(request.ctx, request.query);
      return {
        ...page,
        items: page.items.map(presentPublic),
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );
  app.get(
    '/api/v1/portal/disclosure/catalogue/:id',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: '主动公开信息详情（摘要与原文链接）',
        params: ProactiveIdParams,
        response: { 200: PublicProactiveItem },
      },
    },
    async (request) => presentPublic(await service.getCatalogueItem(request.ctx, request.params.id)),
  );
  app.get(
    '/api/v1/portal/disclosure/guides',
    {
      config: { public: true },
      schema: { tags: publicTags, summary: '各部门政府信息公开指南', response: { 200: PublicGuides } },
    },
    async (request) => ({
      guides: (await service.publicGuides(request.ctx)).map((g) => ({ ...presentGuide(g), items: g.items })),
    }),
  );
};

/** Every route of the proactive register (mounted by the disclosure module's index.ts). */
export const proactiveRoutes: RoutePlugin = async (app, deps) => {
  await registerRoutes(app, deps);
  await guideRoutes(app, deps);
  await portalRoutes(app, deps);
};
