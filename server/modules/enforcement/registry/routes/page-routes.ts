import type { z } from 'zod';
import type { Ctx } from '../../../../platform/context.js';
import { type App, requirePermission } from '../../../../platform/http/index.js';

const tags = ['enforcement'];

/** A register's list: its filters, one page of items (presented for the actor) and the total. */
export interface PageRoute<Query extends { page: number; pageSize: number }, Item> {
  path: string;
  summary: string;
  querystring: z.ZodType<Query>;
  response: z.ZodTypeAny;
  find(ctx: Ctx, query: Query): Promise<{ items: Item[]; total: number }>;
  present(item: Item, ctx: Ctx): unknown;
}

/** Mounts `GET <path>` for anyone with `enforcement.view`, echoing the page asked for. */
export function mountPageRoute<Query extends { page: number; pageSize: number }, Item>(
  app: App,
  r: PageRoute<Query, Item>,
): void {
  app.get(
    r.path,
    {
      preHandler: requirePermission('enforcement.view'),
      schema: { tags, summary: r.summary, querystring: r.querystring, response: { 200: r.response } },
    },
    async (request) => {
      const query = request.query as Query;
      const { items, total } = await r.find(request.ctx, query);
      return {
        items: items.map((item) => r.present(item, request.ctx)),
        total,
        page: query.page,
        pageSize: query.pageSize,
      };
    },
  );
}

/** A register's create form: who may, the body schema, and the use case whose answer is presented. */
export interface CreateRoute<Body> {
  path: string;
  permission: string;
  summary: string;
  body: z.ZodType<Body>;
  response: z.ZodTypeAny;
  create(ctx: Ctx, body: Body): Promise<unknown>;
}

/** Mounts `POST <path>` answering 201 with what `create` returns. */
export function mountCreateRoute<Body>(app: App, r: CreateRoute<Body>): void {
  app.post(
    r.path,
    {
      preHandler: requirePermission(r.permission),
      schema: { tags, summary: r.summary, body: r.body, response: { 201: r.response } },
    },
    async (request, reply) => reply.status(201).send(await r.create(request.ctx, request.body as Body)),
  );
}
