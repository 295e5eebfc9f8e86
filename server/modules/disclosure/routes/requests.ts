import {
  RegisterRequestBody,
  RequestDetail,
  RequestIdParams,
  RequestListQuery,
  RequestPage,
} from '../../../../common/contracts/disclosure/requests.js';
import type { Ctx } from '../../../platform/context.js';
import { requirePermission } from '../../../platform/http/index.js';
import type { RoutePlugin } from '../../../platform/http/index.js';
import { procedureEntry } from '../../../platform/procedures/index.js';
import { contentDisposition } from '../../../platform/io/index.js';
import { replyDocumentFor } from '../docx/reply-document.js';
import { presentDetail, presentSummary } from '../presenter/requests.js';
import * as service from '../service/requests/index.js';

const tags = ['disclosure'];
const detail = async (ctx: Ctx, id: string) => presentDetail(await service.getRequest(ctx, id), ctx.locale);

/** 补正、征求意见、延期、收费、答复、撤回: the kernel mounts `POST …/requests/:id/transitions/:transition`. */
export const requestEntry = procedureEntry(service.requestTransitions, {
  base: '/api/v1/disclosure/requests',
  tags,
  summary: '补正、征求意见、延期、收费、答复、撤回等办理操作',
  idLabel: '申请编号',
  response: RequestDetail,
  present: detail,
});

/** The staff API of disclosure requests: list, intake, detail, procedure steps, reply document. */
const staffRoutes: RoutePlugin = (app) => {
  const view = requirePermission('disclosure.view_requests');
  app.get(
    '/api/v1/disclosure/requests',
    {
      preHandler: view,
      schema: {
        tags,
        summary: '依申请公开台账',
        querystring: RequestListQuery,
        response: { 200: RequestPage },
      },
    },
    async (request) => {
      const { items, total } = await service.findRequests(request.ctx, request.query);
      return {
        items: items.map(presentSummary),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );
  app.post(
    '/api/v1/disclosure/requests',
    {
      preHandler: requirePermission('disclosure.register_request'),
      schema: {
        tags,
        summary: '登记政府信息公开申请',
        body: RegisterRequestBody,
        response: { 201: RequestDetail },
      },
    },
    async (request, reply) => {
      const row = await service.registerRequest(request.ctx, request.body);
      return reply.status(201).send(await detail(request.ctx, row.id));
    },
  );
  app.get(
    '/api/v1/disclosure/requests/:id',
    {
      preHandler: view,
      schema: {
        tags,
        summary: '申请详情（期限说明、办理记录、可执行操作）',
        params: RequestIdParams,
        response: { 200: RequestDetail },
      },
    },
    async (request) => detail(request.ctx, request.params.id),
  );
  app.get(
    '/api/v1/disclosure/requests/:id/reply-document.docx',
    {
      preHandler: view,
      schema: { tags, summary: '答复书（.docx，按办理结果模板生成）', params: RequestIdParams },
    },
    async (request, reply) => {
      const doc = await replyDocumentFor(request.ctx, request.params.id);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', contentDisposition(`${doc.fileName}.docx`))
        .send(doc.buffer);
    },
  );
};

export const requestRoutes: RoutePlugin = async (app, deps) => {
  await staffRoutes(app, deps);
};
