import { inTransaction } from '../db/transaction.js';
import { notFound } from '../errors.js';
import { requireLogin, requirePermission } from '../http/guards.js';
import type { App, RoutePlugin } from '../http/types.js';
import {
  CreateOrgUnitBody,
  CreateUserBody,
  DocumentPrefixBody,
  DocumentPrefixList,
  DocumentPrefixResponse,
  IdParams,
  OrgTreeNode,
  OrgUnitListQuery,
  OrgUnitResponse,
  PortalDepartmentsQuery,
  PortalDepartmentsResponse,
  UserActivationBody,
  UserResponse,
} from './contracts.js';
import { createOrgUnit, findDistricts, findOrgUnits, getOrgUnit, orgTree } from './org-service.js';
import { presentOrgUnit, presentUser } from './presenter.js';
import { createUser, findUsers, getUserView, setUserActive, unlockUser } from './user-service.js';
import { z } from 'zod';
import { documentPrefixOf, setDocumentPrefix } from '../documents/allocate.js';
import { defaultDocumentPrefix } from '../documents/numbering.js';
import { mountLedgerRoutes } from '../ledgers/routes.js';
import { orgLedgers } from './ledgers.js';
import { setupRoutes } from './setup-routes.js';

const tags = ['org'];

/** The org tree (names of units are not secret: every signed-in user sees the whole district) and users. */
export const orgRoutes: RoutePlugin = async (app) => {
  app.get(
    '/api/v1/org/units',
    {
      preHandler: requireLogin,
      schema: {
        tags,
        summary: '本区机构列表',
        querystring: OrgUnitListQuery,
        response: { 200: z.object({ units: z.array(OrgUnitResponse) }) },
      },
    },
    async (request) => {
      const actor = request.ctx.actor!;
      const q = request.query;
      const units = await findOrgUnits(request.ctx.db, {
        districtId: actor.districtId,
        type: q.type,
        parentId: q.parentId,
      });
      return { units: units.map(presentOrgUnit) };
    },
  );
  app.get(
    '/api/v1/org/units/:id',
    {
      preHandler: requireLogin,
      schema: { tags, summary: '机构详情', params: IdParams, response: { 200: OrgUnitResponse } },
    },
    async (request) => {
      const unit = await getOrgUnit(request.ctx.db, request.params.id);
      if (unit.districtId !== request.ctx.actor!.districtId) throw notFound('机构');
      return presentOrgUnit(unit);
    },
  );
  app.get(
    '/api/v1/org/tree',
    { preHandler: requireLogin, schema: { tags, summary: '本区机构树', response: { 200: OrgTreeNode } } },
    async (request) => {
      const tree = await orgTree(request.ctx.db, request.ctx.actor!.districtId);
      if (!tree) throw notFound('机构');
      return tree;
    },
  );
  app.post(
    '/api/v1/org/units',
    {
      preHandler: requirePermission('org.manage'),
      schema: { tags, summary: '新增机构', body: CreateOrgUnitBody, response: { 201: OrgUnitResponse } },
    },
    async (request, reply) => {
      const ctx = request.ctx;
      const unit = await inTransaction(ctx.db, (tx) => createOrgUnit(tx, ctx, request.body));
      return reply.status(201).send(presentOrgUnit(unit));
    },
  );
  documentPrefixRoutes(app);
  app.get(
    '/api/v1/portal/departments',
    {
      config: { public: true },
      schema: {
        tags: ['portal'],
        summary: '部门与执法主体（公开）',
        querystring: PortalDepartmentsQuery,
        response: { 200: PortalDepartmentsResponse },
      },
    },
    async (request) => {
      const districts = await findDistricts(request.ctx.db);
      const wanted = request.query.district;
      const district = wanted ? districts.find((d) => d.code === wanted) : districts[0];
      if (!district) return { departments: [] };
      const units = await findOrgUnits(request.ctx.db, {
        districtId: district.id,
        type: ['department', 'enforcement_body'],
      });
      return {
        departments: units.map((u) => ({ id: u.id, code: u.code, name: u.name, type: u.type })),
      };
    },
  );
  userRoutes(app);
  setupRoutes(app);
  mountLedgerRoutes(app, orgLedgers);
};

/** The organ's 发文机关代字, in force (set or derived), and setting it (org.manage). */
function documentPrefixRoutes(app: App): void {
  app.get(
    '/api/v1/org/document-prefixes',
    {
      preHandler: requireLogin,
      schema: { tags, summary: '各发文机关的代字', response: { 200: DocumentPrefixList } },
    },
    async (request) => {
      const db = request.ctx.db;
      const districtId = request.ctx.actor!.districtId;
      const district = await getOrgUnit(db, districtId);
      const units = await findOrgUnits(db, { districtId, type: ['department', 'enforcement_body'] });
      return {
        units: [district, ...units].map((u) => ({
          id: u.id,
          code: u.code,
          name: u.name,
          type: u.type,
          documentPrefix: u.documentPrefix,
          inForce: u.documentPrefix ?? defaultDocumentPrefix(u, district),
          version: u.version,
        })),
      };
    },
  );
  const url = '/api/v1/org/units/:id/document-prefix';
  app.get(
    url,
    {
      preHandler: requireLogin,
      schema: { tags, summary: '发文机关代字', params: IdParams, response: { 200: DocumentPrefixResponse } },
    },
    async (request) => {
      const unit = await getOrgUnit(request.ctx.db, request.params.id);
      if (unit.districtId !== request.ctx.actor!.districtId) throw notFound('机构');
      return { documentPrefix: await documentPrefixOf(request.ctx.db, unit.id), version: unit.version };
    },
  );
  app.put(
    url,
    {
      preHandler: requirePermission('org.manage'),
      schema: {
        tags,
        summary: '设置发文机关代字',
        params: IdParams,
        body: DocumentPrefixBody,
        response: { 200: DocumentPrefixResponse },
      },
    },
    async (request) => {
      const ctx = request.ctx;
      const { id } = request.params;
      const prefix = await inTransaction(ctx.db, (tx) =>
        setDocumentPrefix(tx, ctx, id, request.body.documentPrefix),
      );
      return { documentPrefix: prefix, version: (await getOrgUnit(ctx.db, id)).version };
    },
  );
}

function userRoutes(app: App): void {
  app.get(
    '/api/v1/users',
    {
      preHandler: requirePermission('users.manage'),
      schema: {
        tags,
        summary: '本区用户账号',
        response: { 200: z.object({ users: z.array(UserResponse) }) },
      },
    },
    async (request) => ({ users: (await findUsers(request.ctx)).map(presentUser) }),
  );
  app.post(
    '/api/v1/users',
    {
      preHandler: requirePermission('users.manage'),
      schema: { tags, summary: '新建用户账号', body: CreateUserBody, response: { 201: UserResponse } },
    },
    async (request, reply) => {
      const ctx = request.ctx;
      const user = await inTransaction(ctx.db, (tx) => createUser(tx, ctx, request.body));
      return reply.status(201).send(presentUser(user));
    },
  );
  userAdminRoutes(app);
}

/** The coordinator's users screen: lift the login throttle on a name, enable or disable an account. */
function userAdminRoutes(app: App): void {
  app.post(
    '/api/v1/users/:id/unlock',
    {
      preHandler: requirePermission('users.manage'),
      schema: { tags, summary: '解除登录限制', params: IdParams, response: { 200: UserResponse } },
    },
    async (request) => {
      const ctx = request.ctx;
      const user = await inTransaction(ctx.db, (tx) => unlockUser(tx, ctx, { id: request.params.id }));
      return presentUser(await getUserView(ctx.db, user.id, ctx.now));
    },
  );
  app.post(
    '/api/v1/users/:id/activation',
    {
      preHandler: requirePermission('users.manage'),
      schema: {
        tags,
        summary: '启用或停用账号',
        params: IdParams,
        body: UserActivationBody,
        response: { 200: UserResponse },
      },
    },
    async (request) => {
      const ctx = request.ctx;
      const { id } = request.params;
      const user = await inTransaction(ctx.db, (tx) => setUserActive(tx, ctx, { id }, request.body.isActive));
      return presentUser(await getUserView(ctx.db, user.id, ctx.now));
    },
  );
}
