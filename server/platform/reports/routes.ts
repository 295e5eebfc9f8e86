import { z } from 'zod';
import type { RoutePlugin } from '../http/types.js';
import { listMetricDefs } from './define-metric.js';
import { computeMetric, metricRecords, resolvePeriod } from './metric-service.js';

const IsoDate = z.iso.date({ error: '应为 YYYY-MM-DD 格式的日期' });
const PeriodQuery = z.object({
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});
const KeyParams = z.object({ key: z.string().regex(/^[a-z_]+\.[a-z_]+$/, '指标键应为 <模块>.<度量>') });
const MetricResponse = z.object({
  key: z.string(),
  value: z.number(),
  breakdown: z.record(z.string(), z.number()).optional(),
});

/** Report figures by stable key, and the records behind each (drill-down). */
export const metricRoutes: RoutePlugin = (app) => {
  app.get('/api/v1/metrics', { schema: { tags: ['metrics'], summary: '指标目录' } }, async () => ({
    metrics: listMetricDefs().map((d) => ({
      key: d.key,
      label: d.label,
      unit: d.unit,
      isPublic: d.isPublic,
      breakdown: d.breakdown ?? null,
    })),
  }));
  app.get(
    '/api/v1/metrics/:key',
    {
      config: { public: true },
      schema: {
        tags: ['metrics'],
        summary: '指标取值（公开指标无需登录）',
        params: KeyParams,
        querystring: PeriodQuery,
        response: { 200: MetricResponse },
      },
    },
    async (request) =>
      computeMetric(
        request.ctx.db,
        request.ctx.actor,
        request.params.key,
        resolvePeriod(request.query, request.ctx.today),
      ),
  );
  app.get(
    '/api/v1/metrics/:key/records',
    {
      schema: {
        tags: ['metrics'],
        summary: '指标明细（下钻到记录）',
        params: KeyParams,
        querystring: PeriodQuery.extend({
          cell: z.string().max(64).optional(),
          page: z.coerce.number().int().min(1).default(1),
          pageSize: z.coerce.number().int().min(1).max(500).default(50),
        }),
      },
    },
    async (request) => {
      const { cell, page, pageSize } = request.query;
      return metricRecords(
        request.ctx.db,
        request.ctx.actor,
        request.params.key,
        resolvePeriod(request.query, request.ctx.today),
        {
          cell,
          limit: pageSize,
          offset: (page - 1) * pageSize,
        },
      );
    },
  );
};
