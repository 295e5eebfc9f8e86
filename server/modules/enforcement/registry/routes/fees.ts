import {
  CreateFeeBody,
  FeeCollectionBody,
  FeeCollectionParams,
  FeeIdParams,
  FeeListQuery,
  FeeOut,
  FeePage,
  RepealFeeBody,
  UpdateFeeBody,
} from '../../../../../common/contracts/enforcement/registry.js';
import { sql } from 'drizzle-orm';
import { requirePermission } from '../../../../platform/http/index.js';
import { mountRecordYearsRoute } from '../../../../platform/reports/index.js';
import { enforcementScope } from '../../policy.js';
import { enforcementFeeCollections as c, enforcementFeeItems as f } from '../schema.js';
import type { RoutePlugin } from '../../../../platform/http/index.js';
import { presentFee } from '../presenter.js';
import * as service from '../service/index.js';
import { mountCreateRoute, mountPageRoute } from './page-routes.js';

const tags = ['enforcement'];
const BASE = '/api/v1/enforcement/fees';

/** 涉企行政事业性收费目录: items, their repeal, and the amounts collected per year; export and import. */
export const feeRoutes: RoutePlugin = (app) => {
  const manage = requirePermission('enforcement.manage_fees');
  // The years with collections recorded for a fee item in the reader's scope (the chart's years).
  mountRecordYearsRoute(app, {
    url: `${BASE}/years`,
    preHandler: requirePermission('enforcement.view'),
    tags,
    summary: '有收费金额记录的年度',
    sources: ({ actor }) => [
      {
        table: c,
        year: c.year,
        where: sql`${c.feeItemId} IN (SELECT ${f.id} FROM ${f} WHERE ${enforcementScope(actor!, f.orgUnitId, f.districtId)})`,
      },
    ],
  });
  mountPageRoute(app, {
    path: BASE,
    summary: '涉企行政事业性收费目录',
    querystring: FeeListQuery,
    response: FeePage,
    find: service.findFees,
    present: presentFee,
  });
  mountCreateRoute(app, {
    path: BASE,
    permission: 'enforcement.manage_fees',
    summary: '登记收费项目',
    body: CreateFeeBody,
    response: FeeOut,
    create: async (ctx, body) => presentFee(await service.createFee(ctx, body)),
  });
  app.patch(
    `${BASE}/:id`,
    {
      preHandler: manage,
      schema: {
        tags,
        summary: '更正收费项目',
        params: FeeIdParams,
        body: UpdateFeeBody,
        response: { 200: FeeOut },
      },
    },
    async (request) => presentFee(await service.updateFee(request.ctx, request.params.id, request.body)),
  );
  app.post(
    `${BASE}/:id/repeal`,
    {
      preHandler: manage,
      schema: {
        tags,
        summary: '取消收费项目',
        params: FeeIdParams,
        body: RepealFeeBody,
        response: { 200: FeeOut },
      },
    },
    async (request) => presentFee(await service.repealFee(request.ctx, request.params.id, request.body)),
  );
  app.put(
    `${BASE}/:id/collections/:year`,
    {
      preHandler: manage,
      schema: {
        tags,
        summary: '登记年度收费金额',
        params: FeeCollectionParams,
        body: FeeCollectionBody,
        response: { 200: FeeOut },
      },
    },
    async (request) => {
      const { id, year } = request.params;
      return presentFee(await service.recordFeeCollection(request.ctx, id, year, request.body.amountYuan));
    },
  );
};
