import {
  CreateInspectionBody,
  CreateInspectionPlanBody,
  FileInspectionPlanBody,
  InspectionListQuery,
  InspectionOut,
  InspectionPage,
  InspectionPlanIdParams,
  InspectionPlanListQuery,
  InspectionPlanOut,
  InspectionPlanPage,
  InspectionProgressOut,
  InspectionProgressQuery,
  ReplacePlanItemsBody,
} from '../../../../common/contracts/enforcement/inspections.js';
import { requirePermission } from '../../../platform/http/index.js';
import { mountRecordYearsRoute, yearOf } from '../../../platform/reports/index.js';
import { enforcementScope } from '../policy.js';
import { enforcementInspectionPlans as p, enforcementInspections as i } from './schema.js';
import type { RoutePlugin } from '../../../platform/http/index.js';
import { presentInspection, presentPlan, presentProgress } from './presenter.js';
import * as service from './service/index.js';

const tags = ['enforcement'];
const PLANS = '/api/v1/enforcement/inspection-plans';
const INSPECTIONS = '/api/v1/enforcement/inspections';
const view = requirePermission('enforcement.view');
const manage = requirePermission('enforcement.manage_inspections');

/** 行政检查计划: list, progress, detail, create, replace the lines of a draft, file. */
const planRoutes: RoutePlugin = (app) => {
  // The years a body filed (or drafted) a plan or recorded an inspection, in the reader's scope.
  mountRecordYearsRoute(app, {
    url: `${PLANS}/years`,
    preHandler: view,
    tags,
    summary: '有检查计划或检查记录的年度',
    sources: ({ actor }) => [
      { table: p, year: p.year, where: enforcementScope(actor!, p.orgUnitId, p.districtId) },
      { table: i, year: yearOf(i.inspectedOn), where: enforcementScope(actor!, i.orgUnitId, i.districtId) },
    ],
  });
  app.get(
    PLANS,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '行政检查计划',
        querystring: InspectionPlanListQuery,
        response: { 200: InspectionPlanPage },
      },
    },
    async (request) => {
      const { items, total } = await service.findPlans(request.ctx, request.query);
      return {
        items: items.map(presentPlan),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );
  app.get(
    `${PLANS}/progress`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '行政检查计划执行情况（按执法主体）',
        querystring: InspectionProgressQuery,
        response: { 200: InspectionProgressOut },
      },
    },
    async (request) => ({
      year: request.query.year,
      rows: (await service.planProgress(request.ctx, request.query.year)).map(presentProgress),
    }),
  );
  app.get(
    `${PLANS}/:id`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '检查计划详情',
        params: InspectionPlanIdParams,
        response: { 200: InspectionPlanOut },
      },
    },
    async (request) => presentPlan(await service.getPlan(request.ctx, request.params.id)),
  );
  app.post(
    PLANS,
    {
      preHandler: manage,
      schema: {
        tags,
        summary: '编制年度行政检查计划',
        body: CreateInspectionPlanBody,
        response: { 201: InspectionPlanOut },
      },
    },
    async (request, reply) =>
      reply.status(201).send(presentPlan(await service.createPlan(request.ctx, request.body))),
  );
  app.put(
    `${PLANS}/:id/items`,
    {
      preHandler: manage,
      schema: {
        tags,
        summary: '设置检查计划事项（备案前）',
        params: InspectionPlanIdParams,
        body: ReplacePlanItemsBody,
        response: { 200: InspectionPlanOut },
      },
    },
    async (request) =>
      presentPlan(await service.replacePlanItems(request.ctx, request.params.id, request.body)),
  );
  app.post(
    `${PLANS}/:id/filing`,
    {
      preHandler: manage,
      schema: {
        tags,
        summary: '检查计划备案',
        params: InspectionPlanIdParams,
        body: FileInspectionPlanBody,
        response: { 200: InspectionPlanOut },
      },
    },
    async (request) =>
      presentPlan(await service.filePlan(request.ctx, request.params.id, request.body ?? {})),
  );
};

/** 行政检查: list and record. */
const inspectionRoutes: RoutePlugin = (app) => {
  app.get(
    INSPECTIONS,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '行政检查台账',
        querystring: InspectionListQuery,
        response: { 200: InspectionPage },
      },
    },
    async (request) => {
      const { items, total } = await service.findInspections(request.ctx, request.query);
      return {
        items: items.map(presentInspection),
        total,
        page: request.query.page,
        pageSize: request.query.pageSize,
      };
    },
  );
  app.post(
    INSPECTIONS,
    {
      preHandler: manage,
      schema: { tags, summary: '登记行政检查', body: CreateInspectionBody, response: { 201: InspectionOut } },
    },
    async (request, reply) =>
      reply.status(201).send(presentInspection(await service.recordInspection(request.ctx, request.body))),
  );
};

/** Every route of the inspection plans and the inspections (mounted by the module's index.ts). */
export const inspectionsRoutes: RoutePlugin = async (app, deps) => {
  await planRoutes(app, deps);
  await inspectionRoutes(app, deps);
};
