import {
  BodyCandidatesOut,
  BodyIdParams,
  BodyListQuery,
  BodyOut,
  BodyPage,
  ConfirmBodyBody,
  EnforcementSettingsBody,
  EnforcementSettingsOut,
  RevokeBodyBody,
  UpdateBodyBody,
} from '../../../../../common/contracts/enforcement/registry.js';
import { requirePermission, type RoutePlugin } from '../../../../platform/http/index.js';
import { presentBody, presentBodyCandidate, presentSettings } from '../presenter.js';
import * as service from '../service/index.js';
import { mountCreateRoute, mountPageRoute } from './page-routes.js';

const tags = ['enforcement'];
const SETTINGS = '/api/v1/enforcement/settings';
const BASE = '/api/v1/enforcement/bodies';

/** 执法参数: the district's thresholds and filing period (decision 0011 §4). */
export const settingsRoutes: RoutePlugin = (app) => {
  app.get(
    SETTINGS,
    {
      preHandler: requirePermission('enforcement.view'),
      schema: { tags, summary: '行政执法参数', response: { 200: EnforcementSettingsOut } },
    },
    async (request) => presentSettings(await service.viewSettings(request.ctx)),
  );
  app.put(
    SETTINGS,
    {
      preHandler: requirePermission('enforcement.manage_bodies'),
      schema: {
        tags,
        summary: '设置行政执法参数（重大执法决定金额、较大数额罚款、备案期限）',
        body: EnforcementSettingsBody,
        response: { 200: EnforcementSettingsOut },
      },
    },
    async (request) => presentSettings(await service.updateSettings(request.ctx, request.body)),
  );
};

/** 行政执法主体: list, confirm, correct, revoke; export and import. */
export const bodyRoutes: RoutePlugin = (app) => {
  const manage = requirePermission('enforcement.manage_bodies');
  mountPageRoute(app, {
    path: BASE,
    summary: '行政执法主体（含执法人员数、有效证件数）',
    querystring: BodyListQuery,
    response: BodyPage,
    find: service.findBodies,
    present: presentBody,
  });
  app.get(
    `${BASE}/candidates`,
    {
      preHandler: manage,
      schema: {
        tags,
        summary: '可确认为行政执法主体的单位（本区部门与行政执法机构，已确认的除外）',
        response: { 200: BodyCandidatesOut },
      },
    },
    async (request) => ({
      units: (await service.findBodyCandidates(request.ctx)).map(presentBodyCandidate),
    }),
  );
  mountCreateRoute(app, {
    path: BASE,
    permission: 'enforcement.manage_bodies',
    summary: '确认行政执法主体',
    body: ConfirmBodyBody,
    response: BodyOut,
    create: async (ctx, body) => presentBody(await service.confirmBody(ctx, body)),
  });
  app.patch(
    `${BASE}/:id`,
    {
      preHandler: manage,
      schema: {
        tags,
        summary: '更正行政执法主体',
        params: BodyIdParams,
        body: UpdateBodyBody,
        response: { 200: BodyOut },
      },
    },
    async (request) => presentBody(await service.updateBody(request.ctx, request.params.id, request.body)),
  );
  app.post(
    `${BASE}/:id/revocation`,
    {
      preHandler: manage,
      schema: {
        tags,
        summary: '撤销行政执法主体确认',
        params: BodyIdParams,
        body: RevokeBodyBody,
        response: { 200: BodyOut },
      },
    },
    async (request) => presentBody(await service.revokeBody(request.ctx, request.params.id, request.body)),
  );
};
