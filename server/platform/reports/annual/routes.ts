import type { FastifyRequest } from 'fastify';
import { AnnualReport, type ReportKind, ReportQuery } from '../../../../common/contracts/reports/annual.js';
import { buildReportDocx, renderPdf } from '../../docx/index.js';
import { unauthenticated } from '../../errors.js';
import { requirePermission } from '../../http/guards.js';
import type { RoutePlugin } from '../../http/types.js';
import { ReportSuggestions, SuggestionQuery } from '../../../../common/contracts/reports/suggestions.js';
import { contentDisposition } from '../../io/http.js';
import { assembleReport } from './assemble.js';
import { suggestParagraphs } from './suggest.js';
import { reportDocument, reportFileName } from './document.js';

const CONTENT_TYPE = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

/** The report a request asks for: its year (default: last year, the one reports are written about now) and unit. */
function computeFor(request: FastifyRequest, report: ReportKind): Promise<AnnualReport> {
  const { ctx } = request;
  if (!ctx.actor) throw unauthenticated();
  const { unit, year = Number(ctx.today.slice(0, 4)) - 1 } = request.query as ReportQuery;
  return assembleReport(ctx.db, ctx.actor, { report, year, unit });
}

/** The suggested paragraphs of 二 / 四 (decision 0037), scoped like the report. */
const mountSuggestions = (app: Parameters<RoutePlugin>[0]) => {
  app.get(
    '/api/v1/reports/suggestions',
    {
      preHandler: requirePermission('reports.read'),
      schema: {
        tags: ['reports'],
        summary: '年度报告建议段落：不足和原因、下一年度安排（由指标起草，decision 0037）',
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

/** The JSON, .docx and PDF of a report, computed now from the records in the reader's scope (staff only). */
export const annualReportRoutes: RoutePlugin = (app) => {
  const guard = { preHandler: requirePermission('reports.read') };
  const mount = (path: string, report: ReportKind, summary: string) => {
    app.get(
      path,
      {
        ...guard,
        schema: { tags: ['reports'], summary, querystring: ReportQuery, response: { 200: AnnualReport } },
      },
      (request) => computeFor(request, report),
    );
    for (const format of ['docx', 'pdf'] as const)
      app.get(
        `${path}.${format}`,
        {
          ...guard,
          schema: { tags: ['reports'], summary: `${summary}（.${format}）`, querystring: ReportQuery },
        },
        async (request, reply) => {
          const doc = await computeFor(request, report);
          const docx = await buildReportDocx(reportDocument(doc, { draft: true, today: request.ctx.today }));
          return reply
            .header('Content-Type', CONTENT_TYPE[format])
            .header('Content-Disposition', contentDisposition(reportFileName(doc, format)))
            .send(format === 'docx' ? docx : await renderPdf(docx));
        },
      );
  };
  mount('/api/v1/reports/annual', 'rule_of_law_annual', '法治政府建设年度报告（由记录计算）');
  mount('/api/v1/reports/disclosure-annual', 'disclosure_annual', '政府信息公开工作年度报告（由记录计算）');
  mountSuggestions(app);
};
