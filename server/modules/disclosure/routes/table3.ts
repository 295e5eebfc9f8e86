import { sql } from 'drizzle-orm';
import {
  Table3CellPage,
  Table3CellQuery,
  Table3Query,
  Table3Response,
} from '../../../../common/contracts/disclosure/table3.js';
import { unauthenticated } from '../../../platform/errors.js';
import { requireLogin, type RoutePlugin } from '../../../platform/http/index.js';
import { mountRecordYearsRoute, yearOf } from '../../../platform/reports/index.js';
import { CONTENT_TYPES, contentDisposition } from '../../../platform/io/index.js';
import type { Actor } from '../../../platform/context.js';
import { requestScope } from '../policy.js';
import { disclosureRequests as r } from '../schema/requests.js';
import { exportTable3, getTable3, getTable3Cell } from '../table3/service.js';

const tags = ['disclosure'];

function actorOf(ctx: { actor: Actor | null }): Actor {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor;
}

/** Table 三 of the annual report, computed from the request records: JSON, drill-down, .xlsx. */
export const table3Routes: RoutePlugin = (app) => {
  // Table 三 counts the requests received in the year and those concluded in it (carried over).
  mountRecordYearsRoute(app, {
    url: '/api/v1/disclosure/table3/years',
    preHandler: requireLogin,
    tags,
    summary: '有依申请公开记录的年度（年报表三可选年度）',
    sources: (ctx) => [
      { table: r, year: yearOf(r.receivedOn), where: requestScope(actorOf(ctx)) },
      {
        table: r,
        year: yearOf(r.concludedOn),
        where: sql`${requestScope(actorOf(ctx))} AND ${r.concludedOn} IS NOT NULL`,
      },
    ],
  });
  app.get(
    '/api/v1/disclosure/table3',
    {
      preHandler: requireLogin,
      schema: {
        tags,
        summary: '年报表三：收到和处理政府信息公开申请情况（由申请记录计算）',
        querystring: Table3Query,
        response: { 200: Table3Response },
      },
    },
    async (request) => getTable3(request.ctx.db, actorOf(request.ctx), request.query),
  );
  app.get(
    '/api/v1/disclosure/table3/cells',
    {
      preHandler: requireLogin,
      schema: {
        tags,
        summary: '表三单元格对应的申请记录',
        querystring: Table3CellQuery,
        response: { 200: Table3CellPage },
      },
    },
    async (request) => getTable3Cell(request.ctx.db, actorOf(request.ctx), request.query),
  );
  app.get(
    '/api/v1/disclosure/table3.xlsx',
    {
      preHandler: requireLogin,
      schema: { tags, summary: '导出表三（.xlsx，官方格式）', querystring: Table3Query },
    },
    async (request, reply) => {
      const { buffer, fileName } = await exportTable3(request.ctx.db, actorOf(request.ctx), request.query);
      return reply
        .header('Content-Type', CONTENT_TYPES.xlsx)
        .header('Content-Disposition', contentDisposition(fileName))
        .header('Cache-Control', 'no-store')
        .send(buffer);
    },
  );
};
