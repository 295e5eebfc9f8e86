import {
  AcceptanceBody,
  ActivityBody,
  ActivityChart,
  ActivityListQuery,
  ActivityOut,
  ActivityPage,
  DutyListQuery,
  DutyPage,
  GenerateDutiesBody,
  GenerateDutiesOut,
  IdParams,
  LeaderBody,
  LeaderList,
  LeaderOut,
  LeaderRecord,
  LeaderRecordsOut,
  PlanList,
  ReportCreateBody,
  ReportDetail,
  ReportList,
  SessionBody,
  SessionDetail,
  SessionListQuery,
  SessionPage,
  YearQuery,
} from '../../../common/contracts/legal-education.js';
import type { Ctx } from '../../platform/context.js';
import { requirePermission, type RoutePlugin } from '../../platform/http/index.js';
import { procedureEntry } from '../../platform/procedures/index.js';
import {
  activityChart,
  generateDuties,
  listActivities,
  listDuties,
  listPlans,
  logActivity,
  saveAcceptance,
  updateActivity,
} from './service/popularise.js';
import { getReport, listReports, openReport, reportTransitions } from './service/reports.js';
import {
  createLeader,
  getSession,
  leaderRecord,
  leaderRecords,
  listLeaders,
  listSessions,
  recordSession,
  updateSession,
} from './service/study.js';

const tags = ['legal-education'];
const API = '/api/v1/legal-education';

/** 提交、审核、退回、评议: the kernel mounts `POST /api/v1/legal-education/reports/:id/transitions/:transition`. */
export const reportEntry = procedureEntry(reportTransitions, {
  base: `${API}/reports`,
  tags,
  summary: '年终述法的提交、审核、退回和评议',
  idLabel: '述法报告编号',
  response: ReportDetail,
  present: (ctx: Ctx, id: string) => getReport(ctx, id),
});

const LeaderParams = IdParams;

export const educationRoutes: RoutePlugin = (app) => {
  const view = requirePermission('legal_education.view');
  const study = requirePermission('legal_education.study');
  const popularise = requirePermission('legal_education.popularise');

  // ── 学法 ──
  app.get(
    `${API}/leaders`,
    { preHandler: view, schema: { tags, summary: '领导干部学法名册', response: { 200: LeaderList } } },
    async (request) => listLeaders(request.ctx),
  );
  app.post(
    `${API}/leaders`,
    {
      preHandler: study,
      schema: { tags, summary: '登记学法名册中的领导干部', body: LeaderBody, response: { 201: LeaderOut } },
    },
    async (request, reply) => reply.status(201).send(await createLeader(request.ctx, request.body)),
  );
  app.get(
    `${API}/leaders/records`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '领导干部年度学法记录（全部）',
        querystring: YearQuery,
        response: { 200: LeaderRecordsOut },
      },
    },
    async (request) => leaderRecords(request.ctx, request.query.year),
  );
  app.get(
    `${API}/leaders/:id/record`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '某位领导干部的年度学法记录',
        params: LeaderParams,
        querystring: YearQuery,
        response: { 200: LeaderRecord },
      },
    },
    async (request) => leaderRecord(request.ctx, request.params.id, request.query.year),
  );
  app.get(
    `${API}/sessions`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '领导干部学法活动列表',
        querystring: SessionListQuery,
        response: { 200: SessionPage },
      },
    },
    async (request) => listSessions(request.ctx, request.query),
  );
  app.get(
    `${API}/sessions/:id`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '学法活动详情（出席情况、考试成绩）',
        params: IdParams,
        response: { 200: SessionDetail },
      },
    },
    async (request) => getSession(request.ctx, request.params.id),
  );
  app.post(
    `${API}/sessions`,
    {
      preHandler: study,
      schema: {
        tags,
        summary: '登记学法活动及出席情况',
        body: SessionBody,
        response: { 201: SessionDetail },
      },
    },
    async (request, reply) => {
      const row = await recordSession(request.ctx, request.body);
      return reply.status(201).send(await getSession(request.ctx, row.id));
    },
  );
  app.put(
    `${API}/sessions/:id`,
    {
      preHandler: study,
      schema: {
        tags,
        summary: '更正学法活动及出席情况（If-Match）',
        params: IdParams,
        body: SessionBody,
        response: { 200: SessionDetail },
      },
    },
    async (request) => {
      await updateSession(request.ctx, request.params.id, request.body);
      return getSession(request.ctx, request.params.id);
    },
  );

  // ── 普法 ──
  app.get(
    `${API}/plans`,
    { preHandler: view, schema: { tags, summary: '普法规划、任务和验收清单', response: { 200: PlanList } } },
    async (request) => listPlans(request.ctx),
  );
  app.put(
    `${API}/acceptances/:id`,
    {
      preHandler: requirePermission('legal_education.accept'),
      schema: {
        tags,
        summary: '登记普法规划中期评估或总结验收（If-Match）',
        params: IdParams,
        body: AcceptanceBody,
        response: { 200: PlanList },
      },
    },
    async (request) => {
      await saveAcceptance(request.ctx, request.params.id, request.body);
      return listPlans(request.ctx);
    },
  );
  app.get(
    `${API}/duties`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '普法责任清单（谁执法谁普法）',
        querystring: DutyListQuery,
        response: { 200: DutyPage },
      },
    },
    async (request) => listDuties(request.ctx, request.query),
  );
  app.post(
    `${API}/duties/generate`,
    {
      preHandler: popularise,
      schema: {
        tags,
        summary: '由权责清单和执法依据生成单位普法责任清单',
        body: GenerateDutiesBody,
        response: { 200: GenerateDutiesOut },
      },
    },
    async (request) => generateDuties(request.ctx, request.body.orgUnitId),
  );
  app.get(
    `${API}/activities`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '普法活动列表',
        querystring: ActivityListQuery,
        response: { 200: ActivityPage },
      },
    },
    async (request) => listActivities(request.ctx, request.query),
  );
  app.get(
    `${API}/activities/chart`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '普法活动和受众（按月、按单位），法律明白人培训',
        querystring: YearQuery,
        response: { 200: ActivityChart },
      },
    },
    async (request) => activityChart(request.ctx, request.query.year),
  );
  app.post(
    `${API}/activities`,
    {
      preHandler: popularise,
      schema: { tags, summary: '登记普法活动', body: ActivityBody, response: { 201: ActivityOut } },
    },
    async (request, reply) => reply.status(201).send(await logActivity(request.ctx, request.body)),
  );
  app.put(
    `${API}/activities/:id`,
    {
      preHandler: popularise,
      schema: {
        tags,
        summary: '更正普法活动（If-Match）',
        params: IdParams,
        body: ActivityBody,
        response: { 200: ActivityOut },
      },
    },
    async (request) => updateActivity(request.ctx, request.params.id, request.body),
  );

  // ── 第一责任人、述法 ──
  app.get(
    `${API}/reports`,
    {
      preHandler: view,
      schema: { tags, summary: '年终述法列表', querystring: YearQuery, response: { 200: ReportList } },
    },
    async (request) => listReports(request.ctx, request.query.year),
  );
  app.get(
    `${API}/reports/:id`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '述法报告（职责清单、审核、评议、程序）',
        params: IdParams,
        response: { 200: ReportDetail },
      },
    },
    async (request) => getReport(request.ctx, request.params.id),
  );
  app.post(
    `${API}/reports`,
    {
      preHandler: requirePermission('legal_education.report'),
      schema: {
        tags,
        summary: '为主要负责人建立年度述法（带出职责清单）',
        body: ReportCreateBody,
        response: { 201: ReportDetail },
      },
    },
    async (request, reply) => {
      const row = await openReport(request.ctx, request.body.leaderId, request.body.year);
      return reply.status(201).send(await getReport(request.ctx, row.id));
    },
  );
};
