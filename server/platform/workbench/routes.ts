import {
  Counts,
  DueFilter,
  DueItemsQuery,
  ItemsPage,
  Overview,
  OverviewQuery,
  Queues,
  Screen,
  Supervision,
} from '../../../common/contracts/workbench.js';
import { requireLogin, requirePermission } from '../http/guards.js';
import type { RoutePlugin } from '../http/types.js';
import { countDueItems, findDueItems } from './due-items.js';
import { findOverview } from './overview.js';
import { findMyQueues } from './queues.js';
import { findScreen } from './screen.js';
import { findSupervision } from './supervision.js';

const tags = ['workbench'];
/** The homes' data: counts and pages of due items, work queues, the supervision board, the overview, the screen. */
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
  app.get(
    '/api/v1/workbench/screen',
    {
      preHandler: requirePermission('clocks.view_overview'),
      schema: {
        tags,
        summary: '数据大屏：年度主要指标、月度趋势、各单位按期与逾期、街道、本周到期、年度报告状态',
        querystring: OverviewQuery,
        response: { 200: Screen },
      },
    },
    async (request) => findScreen(request.ctx, request.query.year),
  );
};
