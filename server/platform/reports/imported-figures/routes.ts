import { z } from 'zod';
import { requirePermission } from '../../http/guards.js';
import type { RoutePlugin } from '../../http/types.js';
import { defineLedgerEntry } from '../../ledgers/define-ledger-entry.js';
import { mountLedgerRoutes } from '../../ledgers/routes.js';
import { getImportedFigureDef } from './define-figure.js';
import { findFigures } from './figure-records.js';
import { figuresLedger } from './ledger.js';

/** The kernel's ledger of imported report figures (export / template / import, and `fazhi import|export`). */
export const importedFiguresLedgers = [defineLedgerEntry(figuresLedger)];

const FigureListQuery = z.object({
  year: z.coerce.number({ message: '年度应为数字' }).int().min(2000).max(2100).optional(),
  key: z.string().trim().min(1).max(120).optional(),
});

const FigureList = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      unitCode: z.string(),
      unitName: z.string(),
      year: z.number(),
      figureKey: z.string(),
      figureLabel: z.string().nullable(),
      value: z.number(),
      source: z.string(),
      note: z.string().nullable(),
      importedAt: z.string(),
    }),
  ),
});

/**
 * `GET /api/v1/reports/imported-figures`: the imported figures in the reader's scope — what a report cell taken
 * from an import links to (its rows, units and sources).
 */
export const importedFigureRoutes: RoutePlugin = (app) => {
  app.get(
    '/api/v1/reports/imported-figures',
    {
      preHandler: requirePermission('reports.read'),
      schema: {
        tags: ['reports'],
        summary: '年报导入数据（按年度、指标代码筛选）',
        querystring: FigureListQuery,
        response: { 200: FigureList },
      },
    },
    async (request) => {
      const { year, key } = request.query as z.output<typeof FigureListQuery>;
      const rows = await findFigures(request.ctx.db, request.ctx.actor!, { year, figureKey: key });
      return {
        items: rows.map((r) => ({ ...r, figureLabel: getImportedFigureDef(r.figureKey)?.label ?? null })),
      };
    },
  );
  mountLedgerRoutes(app, importedFiguresLedgers);
};
