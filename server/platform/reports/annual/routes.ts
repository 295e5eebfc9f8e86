import { AnnualReport, type ReportKind, ReportQuery } from '../../../../common/contracts/reports/annual.js';
import { requirePermission } from '../../http/guards.js';
import type { RoutePlugin } from '../../http/types.js';
import { ReportSuggestions, SuggestionQuery } from '../../../../common/contracts/reports/suggestions.js';
import { assembleReport } from './assemble.js';
import { suggestParagraphs } from './suggest.js';

/** The JSON of a report, computed now from the records in the reader's scope (drafts are staff-only). */
export const annualReportRoutes: RoutePlugin = (app) => {
  const mount = (path: string, report: ReportKind, summary: string) =>
    app.get(
      path,
      {
        preHandler: requirePermission('reports.read'),
        schema: { tags: ['reports'], summary, querystring: ReportQuery, response: { 200: AnnualReport } },
      },
      async (request) => {
        const { unit, year = Number(request.ctx.today.slice(0, 4)) - 1 } = request.query as ReportQuery;
        const actor = request.ctx.actor;
        if (!actor) throw new Error('unreachable: requirePermission admits logged-in users only');
        return assembleReport(request.ctx.db, actor, { report, year, unit });
      },
    );
  mount('/api/v1/reports/annual', 'rule_of_law_annual', '法治政府建设年度报告（由记录计算）');
  mount('/api/v1/reports/disclosure-annual', 'disclosure_annual', '政府信息公开工作年度报告（由记录计算）');
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
