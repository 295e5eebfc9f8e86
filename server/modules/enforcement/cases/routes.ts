import type { FastifyRequest } from 'fastify';
import {
  CaseDetail,
  CaseIdParams,
  CaseListQuery,
  CaseListResponse,
  CaseNumberSuggestion,
  CaseNumberSuggestionQuery,
  EvidenceFields,
  EvidenceFileParams,
  EvidenceOut,
  ExtendHandlingBody,
  HandlingPauseBody,
  OpenCaseBody,
  ReviewQueuePage,
  ReviewQueueQuery,
} from '../../../../common/contracts/enforcement/cases.js';
import type { z } from '../../../../common/contracts/zod-setup.js';
import type { Ctx } from '../../../platform/context.js';
import { AppError } from '../../../platform/errors.js';
import { requirePermission } from '../../../platform/http/index.js';
import type { RoutePlugin } from '../../../platform/http/index.js';
import { contentDisposition, DEFAULT_UPLOAD_LIMIT_BYTES, sendStoredFile } from '../../../platform/io/index.js';
import { parseInput, procedureEntry } from '../../../platform/procedures/index.js';
import { decisionDocumentFor } from './decision-document.js';
import { presentDetail, presentListRow, presentQueueItem } from './presenter.js';
import * as service from './service/index.js';

const tags = ['enforcement'];
const detail = async (ctx: Ctx, id: string) => presentDetail(await service.getCase(ctx, id), ctx.today, ctx.locale);
const view = requirePermission('enforcement.view');

/** 告知 … 结案: the kernel mounts `POST /api/v1/enforcement/cases/:id/transitions/:transition`. */
export const caseEntry = procedureEntry(service.caseTransitions, {
  base: '/api/v1/enforcement/cases',
  tags,
  summary: '告知、听证、法制审核、集体讨论、决定、送达、执行、结案',
  idLabel: '案件编号',
  response: CaseDetail,
  present: detail,
});

const tooLarge = () =>
  new AppError('PAYLOAD_TOO_LARGE', `证据文件超过 ${DEFAULT_UPLOAD_LIMIT_BYTES / 1024 / 1024} MB`);

/** The fields and the one file of an evidence upload (multipart/form-data). */
async function readEvidenceUpload(request: FastifyRequest): Promise<service.EvidenceUpload> {
  if (!request.isMultipart())
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', '请以 multipart/form-data 方式上传证据文件');
  const fields: Record<string, unknown> = {};
  let file: { fileName: string; contentType: string; content: Buffer } | null = null;
  for await (const part of request.parts({ limits: { fileSize: DEFAULT_UPLOAD_LIMIT_BYTES, files: 1 } })) {
    if (part.type === 'field') {
      fields[part.fieldname] = part.value;
      continue;
    }
    const content = await part.toBuffer().catch((error: { code?: string }) => {
      throw error.code === 'FST_REQ_FILE_TOO_LARGE' ? tooLarge() : error;
    });
    if (part.file.truncated) throw tooLarge();
    file = {
      fileName: part.filename || 'evidence',
      contentType: part.mimetype || 'application/octet-stream',
      content,
    };
  }
  const parsed = parseInput(EvidenceFields, fields) as z.output<typeof EvidenceFields>;
  if (!file)
    throw new AppError('VALIDATION_FAILED', '未收到证据文件', [{ path: 'file', message: '请选择文件' }]);
  return { ...parsed, ...file };
}

/** The case ledger: list, 立案, detail with actions, procedure steps, extension. */
const caseRoutes: RoutePlugin = (app) => {
  app.get(
    '/api/v1/enforcement/cases',
    {
      preHandler: view,
      schema: {
        tags,
        summary: '行政执法案件台账',
        querystring: CaseListQuery,
        response: { 200: CaseListResponse },
      },
    },
    async (request) => {
      const { items, total, totalIsCapped } = await service.findCases(request.ctx, request.query);
      return {
        items: items.map(presentListRow),
        total,
        totalIsCapped,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );
  app.post(
    '/api/v1/enforcement/cases',
    {
      preHandler: requirePermission('enforcement.handle_case'),
      schema: { tags, summary: '立案', body: OpenCaseBody, response: { 201: CaseDetail } },
    },
    async (request, reply) => {
      const row = await service.openCase(request.ctx, request.body);
      return reply.status(201).send(await detail(request.ctx, row.id));
    },
  );
  app.get(
    '/api/v1/enforcement/cases/number-suggestion',
    {
      preHandler: requirePermission('enforcement.handle_case'),
      schema: {
        tags,
        summary: '建议的立案编号（本主体代字 + 立〔年〕N号）',
        querystring: CaseNumberSuggestionQuery,
        response: { 200: CaseNumberSuggestion },
      },
    },
    async (request) => ({
      caseNumber: await service.suggestCaseNumber(
        request.ctx,
        request.query.orgUnitId,
        request.query.openedOn,
      ),
    }),
  );
  app.get(
    '/api/v1/enforcement/cases/:id',
    {
      preHandler: view,
      schema: {
        tags,
        summary: '案件详情（期限说明、证据、法制审核、办理记录、可执行操作）',
        params: CaseIdParams,
        response: { 200: CaseDetail },
      },
    },
    async (request) => detail(request.ctx, request.params.id),
  );
  app.get(
    '/api/v1/enforcement/cases/:id/decision.docx',
    {
      preHandler: view,
      schema: { tags, summary: '行政处罚决定书（.docx，《行政处罚法》第五十九条）', params: CaseIdParams },
    },
    async (request, reply) => {
      const doc = await decisionDocumentFor(request.ctx, request.params.id);
      return reply
        .header('content-type', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')
        .header('content-disposition', contentDisposition(`${doc.fileName}.docx`))
        .send(doc.buffer);
    },
  );
  app.post(
    '/api/v1/enforcement/cases/:id/extension',
    {
      preHandler: requirePermission('enforcement.approve_extension'),
      schema: {
        tags,
        summary: '延长办案期限',
        params: CaseIdParams,
        body: ExtendHandlingBody,
        response: { 200: CaseDetail },
      },
    },
    async (request) => {
      await service.extendHandlingPeriod(request.ctx, request.params.id, request.body);
      return detail(request.ctx, request.params.id);
    },
  );
  app.post(
    '/api/v1/enforcement/cases/:id/handling-pause',
    {
      preHandler: requirePermission('enforcement.handle_case'),
      schema: {
        tags,
        summary: '登记不计入办案期限的事由（公告、检测检验检疫鉴定、中止）的开始或结束',
        params: CaseIdParams,
        body: HandlingPauseBody,
        response: { 200: CaseDetail },
      },
    },
    async (request) => {
      await service.recordHandlingPause(request.ctx, request.params.id, request.body);
      return detail(request.ctx, request.params.id);
    },
  );
};

/** Evidence (调查取证): upload one file with its description, download it back. */
const evidenceRoutes: RoutePlugin = (app) => {
  app.post(
    '/api/v1/enforcement/cases/:id/evidence',
    {
      preHandler: requirePermission('enforcement.handle_case'),
      schema: {
        tags,
        summary: '上传证据（multipart：evidenceType、description、collectedOn 和一个文件）',
        consumes: ['multipart/form-data'],
        params: CaseIdParams,
        response: { 201: EvidenceOut },
      },
    },
    async (request, reply) => {
      const upload = await readEvidenceUpload(request);
      const row = await service.addEvidence(request.ctx, request.params.id, upload);
      const shown = (await service.getCase(request.ctx, row.caseId)).evidence.find((e) => e.id === row.id)!;
      return reply.status(201).send({ ...shown, uploadedAt: shown.uploadedAt.toISOString() });
    },
  );
  app.get(
    '/api/v1/enforcement/cases/:id/evidence/:evidenceId/file',
    {
      preHandler: requirePermission('enforcement.view_evidence'),
      schema: { tags, summary: '下载证据文件', params: EvidenceFileParams },
    },
    async (request, reply) => {
      const file = await service.getEvidenceFile(request.ctx, request.params.id, request.params.evidenceId);
      return sendStoredFile(reply, file);
    },
  );
};

/** The legal reviewers' queue (法制审核). */
const reviewRoutes: RoutePlugin = (app) => {
  app.get(
    '/api/v1/enforcement/reviews',
    {
      preHandler: view,
      schema: {
        tags,
        summary: '法制审核队列（待审核 / 偏离裁量基准）',
        querystring: ReviewQueueQuery,
        response: { 200: ReviewQueuePage },
      },
    },
    async (request) => {
      const { items, total } = await service.findReviewQueue(request.ctx, request.query);
      return {
        items: items.map(presentQueueItem),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );
};

/** The staff API of enforcement cases (docs/decisions/0011-enforcement.md §7). */
export const casesRoutes: RoutePlugin = async (app, deps) => {
  await caseRoutes(app, deps);
  await evidenceRoutes(app, deps);
  await reviewRoutes(app, deps);
};
