import { ReportQuery } from '../../../../common/contracts/reports/annual.js';
import { requirePermission } from '../../http/guards.js';
import type { RoutePlugin } from '../../http/types.js';
import { CONTENT_TYPES, contentDisposition } from '../../io/index.js';
import { assembleReport } from './assemble.js';
import { reportTablesFileName, reportTablesXlsx } from './xlsx.js';

/** `GET /api/v1/reports/disclosure-annual.xlsx`: tables 二, 三, 四 in the template's merged layout, one sheet each. */
export const annualReportXlsxRoutes: RoutePlugin = (app) => {
  app.get(
    '/api/v1/reports/disclosure-annual.xlsx',
    {
      preHandler: requirePermission('reports.read'),
      schema: {
        tags: ['reports'],
        summary: '政府信息公开工作年度报告表二、表三、表四（.xlsx，官方合并单元格版式）',
        querystring: ReportQuery,
      },
    },
    async (request, reply) => {
      const { unit, year = Number(request.ctx.today.slice(0, 4)) - 1 } = request.query as ReportQuery;
      const actor = request.ctx.actor;
      if (!actor) throw new Error('unreachable: requirePermission admits logged-in users only');
      const doc = await assembleReport(request.ctx.db, actor, { report: 'disclosure_annual', year, unit });
      return reply
        .header('Content-Type', CONTENT_TYPES.xlsx)
        .header('Content-Disposition', contentDisposition(reportTablesFileName(doc)))
        .send(await reportTablesXlsx(doc));
    },
  );
};
