import {
  AddMajorCatalogueEntryBody,
  BenchmarkExportQuery,
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
import { requirePermission } from '../../../../platform/http/guards.js';
import type { RoutePlugin } from '../../../../platform/http/types.js';
import { benchmarkLedger, toBenchmarkLedgerRow } from '../../io/registry.js';
import { presentBenchmark, presentCatalogueEntry } from '../../presenter/registry.js';
import * as service from '../../service/registry/index.js';
import { mountLedgerRoutes } from './ledger-routes.js';

const tags = ['enforcement'];
const BASE = '/api/v1/enforcement/benchmarks';
const CATALOGUE = '/api/v1/enforcement/major-catalogue';

/** 裁量基准: list, set, revise, retire; export and import. */
export const benchmarkRoutes: RoutePlugin = (app) => {
  const manage = requirePermission('enforcement.manage_benchmarks');
  app.get(
    BASE,
    {
      preHandler: requirePermission('enforcement.view'),
      schema: {
        tags,
        summary: '行政处罚裁量基准',
        querystring: BenchmarkListQuery,
        response: { 200: BenchmarkPage },
      },
    },
    async (request) => {
      const { items, total } = await service.findBenchmarks(request.ctx, request.query);
      return {
        items: items.map(presentBenchmark),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );
  app.post(
    BASE,
    {
      preHandler: manage,
      schema: { tags, summary: '设定裁量基准', body: CreateBenchmarkBody, response: { 201: BenchmarkOut } },
    },
    async (request, reply) =>
      reply.status(201).send(presentBenchmark(await service.createBenchmark(request.ctx, request.body))),
  );
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
  mountLedgerRoutes(app, {
    base: BASE,
    title: '裁量基准',
    ledger: benchmarkLedger,
    exportQuery: BenchmarkExportQuery,
    find: service.findBenchmarksForExport,
    toRow: toBenchmarkLedgerRow,
    importRows: service.importBenchmarks,
  });
};

/** 重大执法决定法制审核目录: list, add, deactivate entries per body. */
export const majorCatalogueRoutes: RoutePlugin = (app) => {
  const manage = requirePermission('enforcement.manage_benchmarks');
  app.get(
    CATALOGUE,
    {
      preHandler: requirePermission('enforcement.view'),
      schema: {
        tags,
        summary: '重大执法决定法制审核目录',
        querystring: MajorCatalogueListQuery,
        response: { 200: MajorCataloguePage },
      },
    },
    async (request) => {
      const { items, total } = await service.findMajorCatalogue(request.ctx, request.query);
      return {
        items: items.map(presentCatalogueEntry),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );
  app.post(
    CATALOGUE,
    {
      preHandler: manage,
      schema: {
        tags,
        summary: '列入重大执法决定法制审核目录',
        body: AddMajorCatalogueEntryBody,
        response: { 201: MajorCatalogueEntryOut },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(presentCatalogueEntry(await service.addMajorCatalogueEntry(request.ctx, request.body))),
  );
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
