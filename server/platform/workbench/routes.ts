import { z } from 'zod';
import { requireLogin, requirePermission } from '../http/guards.js';
import type { RoutePlugin } from '../http/types.js';
import { countDueItems, findDueItems } from './due-items.js';
import { findOverview } from './overview.js';
import { findMyQueues } from './queues.js';
import { findSupervision } from './supervision.js';

const tags = ['workbench'];
const Label = z.object({ 'zh-CN': z.string(), 'en-US': z.string() });
const Urgency = z.enum(['ok', 'due_soon', 'overdue']);
const DueFilter = z.object({
  urgency: z
    .enum(['ok', 'due_soon', 'overdue', 'attention'], {
      error: '期限状态应为 ok、due_soon、overdue 或 attention',
    })
    .optional(),
  module: z
    .string()
    .regex(/^[a-z][a-z0-9_-]*$/, '业务模块应为模块键，如 disclosure')
    .optional(),
  unitId: z.uuid({ error: '单位编号格式不正确' }).optional(),
});
const DueItemsQuery = DueFilter.extend({
  page: z.coerce.number({ error: '页码应为数字' }).int().min(1, '页码至少为 1').default(1),
  pageSize: z.coerce
    .number({ error: '每页条数应为数字' })
    .int()
    .min(1)
    .max(100, '每页最多 100 条')
    .default(20),
});
const Counts = z.object({
  overdue: z.number(),
  due_soon: z.number(),
  ok: z.number(),
  paused: z.number(),
  total: z.number(),
});
const Item = z.object({
  clockId: z.string(),
  clockKey: z.string(),
  title: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  status: z.string(),
  dueOn: z.string().nullable(),
  urgency: Urgency,
  explanation: z.string(),
  provisional: z.boolean(),
  orgUnitId: z.string().nullable(),
  unitName: z.string().nullable(),
});
const ItemsPage = z.object({
  items: z.array(Item),
  total: z.number(),
  page: z.number(),
  pageSize: z.number(),
});
const Queues = z.object({
  queues: z.array(
    z.object({
      key: z.string(),
      label: Label,
      path: z.string(),
      total: z.number(),
      items: z.array(
        z.object({
          id: z.string(),
          title: z.string(),
          link: z.string(),
          unitName: z.string().nullable(),
          since: z.string().nullable(),
        }),
      ),
    }),
  ),
});
const Supervision = z.object({
  units: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      unitType: z.string(),
      open: z.number(),
      overdue: z.number(),
      dueSoon: z.number(),
      rating: z.enum(['red', 'amber', 'green']),
    }),
  ),
});
const OverviewQuery = z.object({
  year: z.coerce
    .number({ error: '年份应为数字' })
    .int()
    .min(2000, '年份应在 2000 至 2100 之间')
    .max(2100, '年份应在 2000 至 2100 之间')
    .optional(),
});
const Overview = z.object({
  year: z.number(),
  years: z.array(z.number()),
  months: z.array(z.string()),
  series: z.array(
    z.object({
      key: z.string(),
      label: Label,
      metricKey: z.string().nullable(),
      byMonth: z.array(z.number()),
      total: z.number(),
    }),
  ),
  departments: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      values: z.record(z.string(), z.number()),
      open: z.number(),
      overdue: z.number(),
    }),
  ),
});

/** The homes' data: counts and pages of due items, work queues, the supervision board, the overview. */
export const workbenchRoutes: RoutePlugin = (app) => {
  app.get(
    '/api/v1/workbench/counts',
    {
      preHandler: requireLogin,
      schema: {
        tags,
        summary: '我的期限计数（全部未结期限，按紧急程度）',
        querystring: DueFilter,
        response: { 200: Counts },
      },
    },
    async (request) => countDueItems(request.ctx, request.query),
  );
  app.get(
    '/api/v1/workbench/items',
    {
      preHandler: requireLogin,
      schema: {
        tags,
        summary: '我的期限事项（分页，可按紧急程度、业务、单位筛选）',
        querystring: DueItemsQuery,
        response: { 200: ItemsPage },
      },
    },
    async (request) => {
      const { page, pageSize, ...filter } = request.query;
      return { ...(await findDueItems(request.ctx, filter, { page, pageSize })), page, pageSize };
    },
  );
  app.get(
    '/api/v1/workbench/queues',
    {
      preHandler: requireLogin,
      schema: { tags, summary: '我的待办队列（如法制审核）', response: { 200: Queues } },
    },
    async (request) => ({ queues: await findMyQueues(request.ctx) }),
  );
  app.get(
    '/api/v1/workbench/supervision',
    {
      preHandler: requirePermission('clocks.supervise'),
      schema: { tags, summary: '督办看板：各单位逾期与即将到期（红黄绿）', response: { 200: Supervision } },
    },
    async (request) => ({ units: await findSupervision(request.ctx) }),
  );
  app.get(
    '/api/v1/workbench/overview',
    {
      preHandler: requirePermission('clocks.view_overview'),
      schema: {
        tags,
        summary: '领导概览：按月、按单位的工作量与逾期',
        querystring: OverviewQuery,
        response: { 200: Overview },
      },
    },
    async (request) => findOverview(request.ctx, request.query.year),
  );
};
