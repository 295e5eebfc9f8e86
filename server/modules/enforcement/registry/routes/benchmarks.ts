import {
  AddMajorCatalogueEntryBody,
  BenchmarkIdParams,
  BenchmarkListQuery,
  BenchmarkOut,
  BenchmarkPage,
  CreateBenchmarkBody,
  MajorCatalogueEntryOut,
  MajorCatalogueIdParams,
  MajorCatalogueListQuery,
  MajorCataloguePage,
  UpdateBenchmarkBody,
} from '../../../../../common/contracts/enforcement/registry.js';
import { requirePermission } from '../../../../platform/http/index.js';
import type { RoutePlugin } from '../../../../platform/http/index.js';
import { presentBenchmark, presentCatalogueEntry } from '../presenter.js';
import * as service from '../service/index.js';
import { mountCreateRoute, mountPageRoute } from './page-routes.js';

const tags = ['enforcement'];
const BASE = '/api/v1/enforcement/benchmarks';
const CATALOGUE = '/api/v1/enforcement/major-catalogue';

/** 裁量基准: list, set, revise, retire; export and import. */
export const benchmarkRoutes: RoutePlugin = (app) => {
  const manage = requirePermission('enforcement.manage_benchmarks');
  mountPageRoute(app, {
    path: BASE,
    summary: '行政处罚裁量基准',
    querystring: BenchmarkListQuery,
    response: BenchmarkPage,
    find: service.findBenchmarks,
    present: presentBenchmark,
  });
  mountCreateRoute(app, {
    path: BASE,
    permission: 'enforcement.manage_benchmarks',
    summary: '设定裁量基准',
    body: CreateBenchmarkBody,
    response: BenchmarkOut,
    create: async (ctx, body) => presentBenchmark(await service.createBenchmark(ctx, body)),
  });
  app.patch(
    `${BASE}/:id`,
    {
      preHandler: manage,
      schema: {
        tags,
        summary: '修订裁量基准',
        params: BenchmarkIdParams,
        body: UpdateBenchmarkBody,
        response: { 200: BenchmarkOut },
      },
    },
    async (request) =>
      presentBenchmark(await service.updateBenchmark(request.ctx, request.params.id, request.body)),
  );
  app.post(
    `${BASE}/:id/deactivation`,
    {
      preHandler: manage,
      schema: { tags, summary: '停用裁量基准', params: BenchmarkIdParams, response: { 200: BenchmarkOut } },
    },
    async (request) => presentBenchmark(await service.deactivateBenchmark(request.ctx, request.params.id)),
  );
};

/** 重大执法决定法制审核目录: list, add, deactivate entries per body. */
export const majorCatalogueRoutes: RoutePlugin = (app) => {
  const manage = requirePermission('enforcement.manage_benchmarks');
  mountPageRoute(app, {
    path: CATALOGUE,
    summary: '重大执法决定法制审核目录',
    querystring: MajorCatalogueListQuery,
    response: MajorCataloguePage,
    find: service.findMajorCatalogue,
    present: presentCatalogueEntry,
  });
  mountCreateRoute(app, {
    path: CATALOGUE,
    permission: 'enforcement.manage_benchmarks',
    summary: '列入重大执法决定法制审核目录',
    body: AddMajorCatalogueEntryBody,
    response: MajorCatalogueEntryOut,
    create: async (ctx, body) => presentCatalogueEntry(await service.addMajorCatalogueEntry(ctx, body)),
  });
  app.post(
    `${CATALOGUE}/:id/deactivation`,
    {
      preHandler: manage,
      schema: {
        tags,
        summary: '移出重大执法决定法制审核目录',
        params: MajorCatalogueIdParams,
        response: { 200: MajorCatalogueEntryOut },
      },
    },
    async (request) =>
      presentCatalogueEntry(await service.deactivateMajorCatalogueEntry(request.ctx, request.params.id)),
  );
};
