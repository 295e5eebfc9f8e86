import { AnnualReport, type ReportKind, ReportQuery } from '../../../common/contracts/reports/annual.js';
import {
  DraftParagraphInput,
  PortalReport,
  PortalReportList,
  PortalReportQuery,
  ReportDifferences,
  ReportDraftCreate,
  ReportDraftDetail,
  ReportDraftListQuery,
  ReportDraftPage,
  ReportDraftPatch,
} from '../../../common/contracts/reports/drafts.js';
import { ReportSuggestions, SuggestionQuery } from '../../../common/contracts/reports/suggestions.js';
import { z } from '../../../common/contracts/zod-setup.js';
import { can } from '../../platform/authz/index.js';
import { contentDisposition } from '../../platform/io/index.js';
import { getOrgUnit } from '../../platform/org/index.js';
import type { Ctx } from '../../platform/context.js';
import { requirePermission, type RoutePlugin } from '../../platform/http/index.js';
import { procedureEntry } from '../../platform/procedures/index.js';
import { suggestParagraphs } from '../../platform/reports/index.js';
import { presentDetail, presentPortalReport, presentPortalSummary, presentSummary } from './presenter.js';
import { annualReportFile } from './files.js';
import * as service from './service/index.js';

const tags = ['reports'];
const FILE_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;
/** The disclosure report's tables 二, 三, 四 also come as .xlsx in the official merged layout. */
const FILE_FORMATS = ['docx', 'pdf', 'xlsx'] as const;
const IdParams = z.object({ id: z.uuid({ message: '报告编号格式不正确' }) });
const ParagraphParams = IdParams.extend({ pid: z.string().trim().min(1).max(80) });

const EDITABLE = ['draft', 'in_review'];

/** The detail as the route answers it (after every write too). */
async function presentDraft(ctx: Ctx, id: string): Promise<ReportDraftDetail> {
  const d = await service.getDraftDetail(ctx, id);
  const deadlines = await service.deadlinesOf(ctx.db, d.row, ctx.today);
  const canEdit = !!ctx.actor && can(ctx.actor, 'reports.edit') && EDITABLE.includes(d.row.status);
  return presentDetail(d, { seal: service.sealOfRow(d.row), deadlines, canEdit }, ctx.locale);
}

/** 提交审核 … 归档: the kernel mounts `POST /api/v1/reports/drafts/:id/transitions/:transition`. */
export const reportDraftEntry = procedureEntry(service.reportTransitions, {
  base: '/api/v1/reports/drafts',
  tags,
  summary: '年度报告的审核、审议通过、签署、公开、归档',
  idLabel: '报告编号',
  response: ReportDraftDetail,
  present: presentDraft,
});

/** The reports computed or stored: the kernel engine's JSON, answered from the stored report when there is one. */
const reportRoutes: RoutePlugin = (app) => {
  const mount = (path: string, report: ReportKind, summary: string) => {
    for (const format of report === 'disclosure_annual' ? FILE_FORMATS : (['docx', 'pdf'] as const))
      app.get(
        `${path}.${format}`,
        {
          preHandler: requirePermission('reports.read'),
          schema: { tags, summary: `${summary}（.${format}）`, querystring: ReportQuery },
        },
        async (request, reply) => {
          const { unit, year = Number(request.ctx.today.slice(0, 4)) - 1 } = request.query as ReportQuery;
          const actor = request.ctx.actor;
          if (!actor) throw new Error('unreachable: requirePermission admits logged-in users only');
          const input = { report, year, unit, today: request.ctx.today };
          const file = await annualReportFile(request.ctx.db, actor, input, format);
          return reply
            .header('Content-Type', FILE_TYPES[format])
            .header('Content-Disposition', contentDisposition(file.fileName))
            .send(file.body);
        },
      );
    app.get(
      path,
      {
        preHandler: requirePermission('reports.read'),
        schema: { tags, summary, querystring: ReportQuery, response: { 200: AnnualReport } },
      },
      async (request) => {
        const { unit, year = Number(request.ctx.today.slice(0, 4)) - 1 } = request.query as ReportQuery;
        const actor = request.ctx.actor;
        if (!actor) throw new Error('unreachable: requirePermission admits logged-in users only');
        return service.annualReport(request.ctx.db, actor, { report, year, unit });
      },
    );
  };
  mount(
    '/api/v1/reports/annual',
    'rule_of_law_annual',
    '法治政府建设年度报告（已签署的为定稿，否则由记录计算）',
  );
  mount(
    '/api/v1/reports/disclosure-annual',
    'disclosure_annual',
    '政府信息公开工作年度报告（已签署的为定稿，否则由记录计算）',
  );
};

/** The suggested paragraphs of 二 / 四, drafted from the indicators that fall short (decision 0037). */
const suggestionRoutes: RoutePlugin = (app) => {
  app.get(
    '/api/v1/reports/suggestions',
    {
      preHandler: requirePermission('reports.read'),
      schema: {
        tags,
        summary: '年度报告建议段落：不足和原因、下一年度安排（由指标起草）',
        querystring: SuggestionQuery,
        response: { 200: ReportSuggestions },
      },
    },
    async (request) => {
      const {
        report,
        unit,
        year = Number(request.ctx.today.slice(0, 4)) - 1,
      } = request.query as SuggestionQuery;
      const actor = request.ctx.actor;
      if (!actor) throw new Error('unreachable: requirePermission admits logged-in users only');
      return suggestParagraphs(request.ctx.db, actor, { report, year, unit });
    },
  );
};

const draftRoutes: RoutePlugin = (app) => {
  const read = requirePermission('reports.read');
  const edit = requirePermission('reports.edit');
  const base = '/api/v1/reports/drafts';
  app.get(
    base,
    {
      preHandler: read,
      schema: {
        tags,
        summary: '年度报告草稿列表',
        querystring: ReportDraftListQuery,
        response: { 200: ReportDraftPage },
      },
    },
    async (request) => {
      const query = request.query as ReportDraftListQuery;
      const { rows, total } = await service.findDrafts(request.ctx, query);
      const items = await Promise.all(
        rows.map(async (r) => {
          const unit = await getOrgUnit(request.ctx.db, r.row.orgUnitId);
          const words = await service.titleWords(request.ctx.db, unit, r.row.year);
          const title =
            (r.row.draft as service.StoredDraft).title ?? r.row.frozen?.title ?? defaultTitle(r.row, words);
          return presentSummary(
            r.row,
            { id: r.row.orgUnitId, code: r.unitCode, name: words.unit, type: r.unitType },
            title,
            service.listedDeadlines(r.row, r.unitType === 'district', request.ctx.today),
          );
        }),
      );
      return { items, total, page: query.page, pageSize: query.pageSize };
    },
  );
  app.post(
    base,
    {
      preHandler: edit,
      schema: {
        tags,
        summary: '由已安装模块的表述生成年度报告草稿',
        body: ReportDraftCreate,
        response: { 201: ReportDraftDetail },
      },
    },
    async (request, reply) => {
      const row = await service.createDraft(request.ctx, request.body as ReportDraftCreate);
      reply.code(201);
      return presentDraft(request.ctx, row.id);
    },
  );
  app.get(
    `${base}/:id`,
    {
      preHandler: read,
      schema: {
        tags,
        summary: '年度报告（草稿、定稿）详情',
        params: IdParams,
        response: { 200: ReportDraftDetail },
      },
    },
    async (request) => presentDraft(request.ctx, (request.params as { id: string }).id),
  );
  app.patch(
    `${base}/:id`,
    {
      preHandler: edit,
      schema: {
        tags,
        summary: '修改标题、开头、结尾、落款',
        params: IdParams,
        body: ReportDraftPatch,
        response: { 200: ReportDraftDetail },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      await service.updateDraftText(request.ctx, id, request.body as ReportDraftPatch);
      return presentDraft(request.ctx, id);
    },
  );
  app.post(
    `${base}/:id/paragraphs`,
    {
      preHandler: edit,
      schema: {
        tags,
        summary: '新增段落（部门报送的段落记为其报送）',
        params: IdParams,
        body: DraftParagraphInput,
        response: { 201: ReportDraftDetail },
      },
    },
    async (request, reply) => {
      const { id } = request.params as { id: string };
      await service.addParagraph(request.ctx, id, request.body as DraftParagraphInput);
      reply.code(201);
      return presentDraft(request.ctx, id);
    },
  );
  app.put(
    `${base}/:id/paragraphs/:pid`,
    {
      preHandler: edit,
      schema: {
        tags,
        summary: '修改或移动段落（实时数字须保留或说明替换理由）',
        params: ParagraphParams,
        body: DraftParagraphInput,
        response: { 200: ReportDraftDetail },
      },
    },
    async (request) => {
      const { id, pid } = request.params as { id: string; pid: string };
      await service.editParagraph(request.ctx, id, pid, request.body as DraftParagraphInput);
      return presentDraft(request.ctx, id);
    },
  );
  app.delete(
    `${base}/:id/paragraphs/:pid`,
    {
      preHandler: edit,
      schema: { tags, summary: '删除段落', params: ParagraphParams, response: { 200: ReportDraftDetail } },
    },
    async (request) => {
      const { id, pid } = request.params as { id: string; pid: string };
      await service.dropParagraph(request.ctx, id, pid);
      return presentDraft(request.ctx, id);
    },
  );
  app.post(
    `${base}/:id/regeneration`,
    {
      preHandler: edit,
      schema: {
        tags,
        summary: '重新生成：加入新安装模块的表述，保留已修改段落',
        params: IdParams,
        response: { 200: ReportDraftDetail },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      await service.regenerateDraft(request.ctx, id);
      return presentDraft(request.ctx, id);
    },
  );
  app.get(
    `${base}/:id/differences`,
    {
      preHandler: read,
      schema: {
        tags,
        summary: '定稿与按现有记录重新计算的差异',
        params: IdParams,
        response: { 200: ReportDifferences },
      },
    },
    async (request) => {
      const actor = request.ctx.actor!;
      const row = await service.getReadableDraft(
        request.ctx.db,
        actor,
        (request.params as { id: string }).id,
      );
      return service.differencesOf(request.ctx.db, row);
    },
  );
};

const defaultTitle = (row: { report: string; year: number }, words: { unitShort: string }) =>
  row.report === 'rule_of_law_annual'
    ? `${row.year}年${words.unitShort}法治政府建设年度报告`
    : `${words.unitShort}${row.year}年政府信息公开工作年度报告`;

/** The portal: the published reports, frozen, without staff links. */
const portalRoutes: RoutePlugin = (app) => {
  app.get(
    '/api/v1/portal/reports',
    {
      config: { public: true },
      schema: {
        tags: ['portal'],
        summary: '已公开的年度报告',
        querystring: PortalReportQuery,
        response: { 200: PortalReportList },
      },
    },
    async (request) => {
      const rows = await service.findPublishedReports(request.ctx.db, request.query as PortalReportQuery);
      return { items: rows.map((r) => presentPortalSummary(r.row, r.unitCode)) };
    },
  );
  app.get(
    '/api/v1/portal/reports/:id',
    {
      config: { public: true },
      schema: {
        tags: ['portal'],
        summary: '已公开的年度报告全文（定稿）',
        params: IdParams,
        response: { 200: PortalReport },
      },
    },
    async (request) =>
      presentPortalReport(
        await service.getPublishedReport(request.ctx.db, (request.params as { id: string }).id),
      ),
  );
};

export const reportsRoutes: RoutePlugin = async (app, deps) => {
  await reportRoutes(app, deps);
  await suggestionRoutes(app, deps);
  await draftRoutes(app, deps);
  await portalRoutes(app, deps);
};
