import {
  CorrectionRates,
  CorrectionRatesQuery,
  CorrectiveIdParams,
  CorrectiveTaskDetail,
  CorrectiveTaskListQuery,
  CorrectiveTaskPage,
} from '../../../common/contracts/corrections.js';
import type { Ctx } from '../../platform/context.js';
import { requirePermission, type RoutePlugin } from '../../platform/http/index.js';
import { procedureEntry } from '../../platform/procedures/index.js';
import { presentTaskDetail, presentTaskSummary } from './presenter.js';
import { findTasks, getTask } from './service/find-tasks.js';
import { correctionRates } from './service/rates.js';
import { taskTransitions } from './service/transitions.js';

const tags = ['corrections'];
const BASE = '/api/v1/corrections/tasks';
const presentTask = async (ctx: Ctx, id: string) =>
  presentTaskDetail(await getTask(ctx, id), ctx.today, ctx.locale);

/** 提交整改报告、验收、退回: the kernel mounts `POST /api/v1/corrections/tasks/:id/transitions/:transition`. */
export const taskEntry = procedureEntry(taskTransitions, {
  base: BASE,
  tags,
  summary: '纠错整改任务：提交整改报告、验收、退回',
  idLabel: '整改任务编号',
  response: CorrectiveTaskDetail,
  present: presentTask,
});

/** The staff API: the task list (a department's own), a task, and the 纠错率 per unit or power. */
export const correctionsRoutes: RoutePlugin = (app) => {
  const view = requirePermission('corrections.view');
  app.get(
    BASE,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '纠错整改任务列表',
        querystring: CorrectiveTaskListQuery,
        response: { 200: CorrectiveTaskPage },
      },
    },
    async (request) => {
      const { items, total } = await findTasks(request.ctx, request.query);
      return {
        items: items.map((task) => presentTaskSummary(task, request.ctx.today)),
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
        summary: '整改任务详情（整改报告、程序记录、可执行操作）',
        params: CorrectiveIdParams,
        response: { 200: CorrectiveTaskDetail },
      },
    },
    async (request) => presentTask(request.ctx, request.params.id),
  );
  app.get(
    '/api/v1/corrections/rates',
    {
      preHandler: view,
      schema: {
        tags,
        summary: '按单位或权责事项统计纠错率',
        querystring: CorrectionRatesQuery,
        response: { 200: CorrectionRates },
      },
    },
    async (request) => correctionRates(request.ctx, request.query),
  );
};
