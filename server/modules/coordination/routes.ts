import {
  CreateMeetingBody,
  CreateMemberBody,
  CreateTaskBody,
  IdParams,
  LeagueTable,
  MeetingDetail,
  MeetingList,
  MemberList,
  PlanList,
  TaskDetail,
  TaskListQuery,
  TaskPage,
  TaskSummary,
  YearQuery,
} from '../../../common/contracts/coordination.js';
import { ImportResult } from '../../../common/contracts/kit.js';
import { z } from '../../../common/contracts/zod-setup.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { requirePermission, type RoutePlugin } from '../../platform/http/index.js';
import { contentDisposition } from '../../platform/io/index.js';
import { importLedger } from '../../platform/ledgers/index.js';
import { procedureEntry } from '../../platform/procedures/index.js';
import { tasksLedger } from './ledger.js';
import { noticeDocumentFor } from './notice-document.js';
import { docxParagraphs, planRows } from './plan-docx.js';
import {
  findMeetings,
  findMembers,
  findPlans,
  findTasks,
  getMeeting,
  getTask,
  leagueTable,
  referredPending,
} from './service/queries.js';
import { taskTransitions } from './service/transitions.js';
import { createMeeting, createMember, createTask } from './service/writes.js';

const tags = ['coordination'];
const BASE = '/api/v1/coordination';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** 报送、验收、退回、督办: the kernel mounts `POST /api/v1/coordination/tasks/:id/transitions/:transition`. */
export const taskEntry = procedureEntry(taskTransitions, {
  base: `${BASE}/tasks`,
  tags,
  summary: '工作要点任务：报送进展和完成情况、验收、退回、督办（提醒、督办通知、约谈、提请委员会）',
  idLabel: '任务编号',
  response: TaskDetail,
  present: (ctx: Ctx, id: string) => getTask(ctx, id),
});

const yearOf = (ctx: Ctx, year?: number) => year ?? Number(ctx.today.slice(0, 4));

/** The staff API: tasks and the board, the league table, plans (with the .docx import), meetings, members. */
export const coordinationRoutes: RoutePlugin = (app) => {
  const view = requirePermission('coordination.view');
  const committee = requirePermission('coordination.committee');
  const manage = requirePermission('coordination.manage');
  app.get(
    `${BASE}/tasks`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '工作要点任务（督办看板：逾期和停滞的在前）',
        querystring: TaskListQuery,
        response: { 200: TaskPage },
      },
    },
    async (request) => findTasks(request.ctx, request.query),
  );
  app.get(
    `${BASE}/tasks/:id`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '任务详情（进展报告、佐证、关联建议提案、督办记录）',
        params: IdParams,
        response: { 200: TaskDetail },
      },
    },
    async (request) => getTask(request.ctx, request.params.id),
  );
  app.post(
    `${BASE}/tasks`,
    {
      preHandler: manage,
      schema: { tags, summary: '录入工作要点任务', body: CreateTaskBody, response: { 201: TaskDetail } },
    },
    async (request, reply) =>
      reply.status(201).send(await getTask(request.ctx, await createTask(request.ctx, request.body))),
  );
  app.get(
    `${BASE}/tasks/:id/notice.docx`,
    { preHandler: view, schema: { tags, summary: '督办通知（.docx，公文格式）', params: IdParams } },
    async (request, reply) => {
      const doc = await noticeDocumentFor(request.ctx, request.params.id);
      return reply
        .header('content-type', DOCX)
        .header('content-disposition', contentDisposition(`${doc.fileName}.docx`))
        .send(doc.buffer);
    },
  );
  app.get(
    `${BASE}/referred`,
    {
      preHandler: committee,
      schema: {
        tags,
        summary: '已提请委员会、尚未上会的督办任务',
        response: { 200: z.object({ items: z.array(TaskSummary) }) },
      },
    },
    async (request) => ({ items: await referredPending(request.ctx) }),
  );
  app.get(
    `${BASE}/league`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '各单位按期完成排名（红黑榜）',
        querystring: YearQuery,
        response: { 200: LeagueTable },
      },
    },
    async (request) => leagueTable(request.ctx, yearOf(request.ctx, request.query.year)),
  );
  app.get(
    `${BASE}/plans`,
    { preHandler: view, schema: { tags, summary: '年度工作要点', response: { 200: PlanList } } },
    async (request) => findPlans(request.ctx),
  );
  app.post(
    `${BASE}/plans/import-docx`,
    {
      preHandler: manage,
      schema: {
        tags,
        summary:
          '导入工作要点（.docx：编号段落为任务，括注牵头单位、配合单位、完成时限、指标；全部成功或全部不写入，按任务编号识别已有任务）',
        consumes: ['multipart/form-data'],
        response: { 200: ImportResult },
      },
    },
    async (request) => {
      if (!request.isMultipart())
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', '请以 multipart/form-data 方式上传 .docx 文件');
      const file = await request.file({ limits: { fileSize: 10 * 1024 * 1024, files: 1 } });
      if (!file)
        throw new AppError('VALIDATION_FAILED', '未收到上传的文件', [
          { path: 'file', message: '请选择文件' },
        ]);
      if (!file.filename.toLowerCase().endsWith('.docx')) {
        file.file.resume();
        throw new AppError('UNSUPPORTED_MEDIA_TYPE', '仅支持 .docx 文件（.doc 请先另存为 .docx）');
      }
      const parsed = planRows(await docxParagraphs(await file.toBuffer()));
      return importLedger(tasksLedger, request.ctx, parsed);
    },
  );
  app.get(
    `${BASE}/meetings`,
    { preHandler: committee, schema: { tags, summary: '委员会会议', response: { 200: MeetingList } } },
    async (request) => findMeetings(request.ctx),
  );
  app.get(
    `${BASE}/meetings/:id`,
    {
      preHandler: committee,
      schema: {
        tags,
        summary: '会议详情（议程、出席、纪要、决定事项、督办事项）',
        params: IdParams,
        response: { 200: MeetingDetail },
      },
    },
    async (request) => getMeeting(request.ctx, request.params.id),
  );
  app.post(
    `${BASE}/meetings`,
    {
      preHandler: manage,
      schema: {
        tags,
        summary: '登记会议（决定事项生成任务）',
        body: CreateMeetingBody,
        response: { 201: MeetingDetail },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await getMeeting(request.ctx, await createMeeting(request.ctx, request.body))),
  );
  app.get(
    `${BASE}/members`,
    { preHandler: committee, schema: { tags, summary: '委员会组成人员', response: { 200: MemberList } } },
    async (request) => findMembers(request.ctx),
  );
  app.post(
    `${BASE}/members`,
    {
      preHandler: manage,
      schema: { tags, summary: '增加委员会组成人员', body: CreateMemberBody, response: { 201: MemberList } },
    },
    async (request, reply) => {
      await createMember(request.ctx, request.body);
      return reply.status(201).send(await findMembers(request.ctx));
    },
  );
};
