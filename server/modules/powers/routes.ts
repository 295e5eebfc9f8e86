import {
  CreatePowerItemBody,
  IdParams,
  PortalPowerQuery,
  PowerItemDetail,
  PowerItemListQuery,
  PowerItemPage,
  PowerStats,
  PowerStatsQuery,
  PublicPowerDepartments,
  PublicPowerItem,
  PublicPowerPage,
  UpdatePowerItemBody,
} from '../../../common/contracts/powers.js';
import { requirePermission } from '../../platform/http/index.js';
import type { Ctx } from '../../platform/context.js';
import type { RoutePlugin } from '../../platform/http/index.js';
import { procedureEntry } from '../../platform/procedures/index.js';
import { presentDetail, presentPublic, presentSummary } from './presenter.js';
import * as service from './service/index.js';

const tags = ['powers'];
const publicTags = ['portal'];
const presentItem = async (ctx: Ctx, id: string) => presentDetail(await service.getItem(ctx, id), ctx.locale);

/** 发布、修订、取消: the kernel mounts `POST /api/v1/powers/items/:id/transitions/:transition`. */
export const powerItemEntry = procedureEntry(service.itemTransitions, {
  base: '/api/v1/powers/items',
  tags,
  summary: '发布、修订、取消等程序操作',
  idLabel: '事项编号',
  response: PowerItemDetail,
  present: presentItem,
});

/** The staff API of the power list: list, detail, edit, transitions, import/export, stats. */
const staffRoutes: RoutePlugin = (app) => {
  const view = requirePermission('powers.view');
  const edit = requirePermission('powers.edit');
  const detail = presentItem;

  app.get(
    '/api/v1/powers/items',
    {
      preHandler: view,
      schema: {
        tags,
        summary: '权责清单事项列表',
        querystring: PowerItemListQuery,
        response: { 200: PowerItemPage },
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
    '/api/v1/powers/items/:id',
    {
      preHandler: view,
      schema: {
        tags,
        summary: '事项详情（版本、程序记录、可执行操作）',
        params: IdParams,
        response: { 200: PowerItemDetail },
      },
    },
    async (request) => detail(request.ctx, request.params.id),
  );
  app.post(
    '/api/v1/powers/items',
    {
      preHandler: edit,
      schema: {
        tags,
        summary: '新建事项（草稿）',
        body: CreatePowerItemBody,
        response: { 201: PowerItemDetail },
      },
    },
    async (request, reply) => {
      const item = await service.createItem(request.ctx, request.body);
      return reply.status(201).send(await detail(request.ctx, item.id));
    },
  );
  app.patch(
    '/api/v1/powers/items/:id',
    {
      preHandler: edit,
      schema: {
        tags,
        summary: '修改草稿或修订内容',
        params: IdParams,
        body: UpdatePowerItemBody,
        response: { 200: PowerItemDetail },
      },
    },
    async (request) => {
      await service.updateItem(request.ctx, request.params.id, request.body);
      return detail(request.ctx, request.params.id);
    },
  );
  app.get(
    '/api/v1/powers/stats',
    {
      preHandler: view,
      schema: {
        tags,
        summary: '按部门和职权类别统计',
        querystring: PowerStatsQuery,
        response: { 200: PowerStats },
      },
    },
    async (request) => service.itemStats(request.ctx, request.query.status),
  );
};

/** The public portal's view: published items only, no login. */
const portalRoutes: RoutePlugin = (app) => {
  app.get(
    '/api/v1/portal/powers/items',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: '公开的权责清单检索',
        querystring: PortalPowerQuery,
        response: { 200: PublicPowerPage },
      },
    },
    async (request) => {
      const page = await service.findPublishedItems(request.ctx, request.query);
      return {
        ...page,
        items: page.items.map(presentPublic),
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );
  app.get(
    '/api/v1/portal/powers/items/:id',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: '公开的事项详情',
        params: IdParams,
        response: { 200: PublicPowerItem },
      },
    },
    async (request) => presentPublic(await service.getPublishedItem(request.ctx, request.params.id)),
  );
  app.get(
    '/api/v1/portal/powers/departments',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: '公示权责清单的部门及各类事项数',
        response: { 200: PublicPowerDepartments },
      },
    },
    async (request) => ({ departments: (await service.publishedDepartments(request.ctx)).byDepartment }),
  );
};

export const powersRoutes: RoutePlugin = async (app, deps) => {
  await staffRoutes(app, deps);
  await portalRoutes(app, deps);
};
