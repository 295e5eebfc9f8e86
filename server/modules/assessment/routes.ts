import {
  GapList,
  HandScoreBody,
  HandScoreParams,
  HandScoreSaved,
  Ranking,
  Scoreboard,
  ScoresQuery,
  Tree,
  TreeQuery,
  Trend,
  TrendQuery,
  VersionList,
} from '../../../common/contracts/assessment.js';
import { requirePermission, type RoutePlugin } from '../../platform/http/index.js';
import { saveHandScore } from './service/hand-score.js';
import { getGaps, getRanking, getScoreboard, getTree, getTrend } from './service/queries.js';
import { listVersions } from './service/tree.js';

const tags = ['assessment'];
const BASE = '/api/v1/assessment';
const YearQuery = ScoresQuery.pick({ year: true });

/** 考评: the trees, the scoreboard, its trend and ranking, the gap list, hand scores (decision 0051). */
export const assessmentRoutes: RoutePlugin = (app) => {
  const view = requirePermission('assessment.view');
  app.get(
    `${BASE}/versions`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '示范指标体系版本（适用年度、公布的指标数、已载入数）',
        response: { 200: VersionList },
      },
    },
    async (request) => listVersions(request.ctx.db, request.ctx.actor!.districtId),
  );
  app.get(
    `${BASE}/tree`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '指标体系（一级、二级、三级，评分方法和公式）',
        querystring: TreeQuery,
        response: { 200: Tree },
      },
    },
    async (request) => getTree(request.ctx, request.query),
  );
  app.get(
    `${BASE}/scores`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '年度考评得分（全区或单位）',
        querystring: ScoresQuery,
        response: { 200: Scoreboard },
      },
    },
    async (request) => getScoreboard(request.ctx, request.query),
  );
  app.get(
    `${BASE}/trend`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '逐年得分率（总分和一级指标）',
        querystring: TrendQuery,
        response: { 200: Trend },
      },
    },
    async (request) => getTrend(request.ctx, request.query),
  );
  app.get(
    `${BASE}/ranking`,
    {
      preHandler: view,
      schema: { tags, summary: '单位得分排名', querystring: YearQuery, response: { 200: Ranking } },
    },
    async (request) => getRanking(request.ctx, request.query),
  );
  app.get(
    `${BASE}/gaps`,
    {
      preHandler: view,
      schema: {
        tags,
        summary: '未达标指标清单及对应任务',
        querystring: YearQuery,
        response: { 200: GapList },
      },
    },
    async (request) => getGaps(request.ctx, request.query),
  );
  app.put(
    `${BASE}/hand-scores/:version/:code/:year`,
    {
      preHandler: requirePermission('assessment.score'),
      schema: {
        tags,
        summary: '人工评分（附佐证材料）',
        params: HandScoreParams,
        body: HandScoreBody,
        response: { 200: HandScoreSaved },
      },
    },
    async (request) => saveHandScore(request.ctx, request.params, request.body),
  );
};
