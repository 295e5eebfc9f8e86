import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { makeCtx, type Role } from '../platform/context.js';
import type { Db } from '../platform/db/index.js';
import { inTransaction } from '../platform/db/index.js';
import type { App } from '../platform/http/types.js';
import { createOrgUnit, createUser, type OrgUnit } from '../platform/org/index.js';
import { loginAs, type TestSession } from './session.js';

/**
 * The standing security checks' kit (issue #11; docs/decisions/0023-standing-security-checks.md): the
 * OpenAPI document as operations, a second district, and sessions for any role in any unit.
 */

export interface Operation {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  path: string;
  isPublic: boolean;
  parameters: { in: string; name: string; required?: boolean; schema?: JsonSchema }[];
  body?: JsonSchema;
}

export interface JsonSchema {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
}

/** Every operation of the application's OpenAPI document, with `$ref`s left for the caller to resolve. */
export async function readOperations(
  app: App,
): Promise<{ ops: Operation[]; components: Record<string, JsonSchema> }> {
  const doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
    paths: Record<
      string,
      Record<
        string,
        {
          security?: unknown[];
          parameters?: Operation['parameters'];
          requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
        }
      >
    >;
    components?: { schemas?: Record<string, JsonSchema> };
  };
  const ops: Operation[] = [];
  for (const [path, byMethod] of Object.entries(doc.paths))
    for (const [method, op] of Object.entries(byMethod))
      ops.push({
        method: method.toUpperCase() as Operation['method'],
        path,
        isPublic: Array.isArray(op.security) && op.security.length === 0,
        parameters: op.parameters ?? [],
        body: op.requestBody?.content?.['application/json']?.schema,
      });
  return { ops, components: doc.components?.schemas ?? {} };
}

/** A second district (辽中区, invented codes) with one department, for "another district" cells. */
export async function addSecondDistrict(db: Db): Promise<{ district: OrgUnit; department: OrgUnit }> {
  const system = makeCtx(db, null, `test-${randomUUID()}`);
  return inTransaction(db, async (tx) => {
    const district = await createOrgUnit(tx, system, { code: '210115', name: '辽中区', type: 'district' });
    const department = await createOrgUnit(tx, system, {
      code: '210115-D22',
      name: '辽中区市场监督管理局',
      shortName: '辽中区市场局',
      type: 'department',
      parentId: district.id,
    });
    return { district, department };
  });
}

const PASSWORD = 'Matrix#Check2020';

/** Sessions for (role, unit) pairs, each account created once and signed in through the real login route. */
export function sessionPool(db: Db, app: App) {
  const cache = new Map<string, Promise<TestSession>>();
  let n = 0;
  return (role: Role, unit: OrgUnit): Promise<TestSession> => {
    const key = `${role}@${unit.id}`;
    let session = cache.get(key);
    if (!session) {
      const username = `sc_${++n}_${role}`.slice(0, 32);
      const system = makeCtx(db, null, `test-${randomUUID()}`);
      session = inTransaction(db, (tx) =>
        createUser(tx, system, {
          username,
          displayName: `检查${n}`,
          role,
          orgUnitId: unit.id,
          password: PASSWORD,
        }),
      ).then(() => loginAs(app, username, PASSWORD, `10.23.${Math.floor(n / 250)}.${n % 250}`));
      cache.set(key, session);
    }
    return session;
  };
}

/** Rows in every table of the public schema (a refused request must leave every count as it was). */
export async function countRows(db: Db): Promise<Record<string, number>> {
  const tables = await db.execute<{ name: string }>(
    sql`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename NOT LIKE '\\_\\_%' ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  const names = tables.rows.map((r) => r.name);
  if (names.length === 0) return counts;
  const union = names
    .map((name) => `SELECT '${name}' AS name, count(*)::int AS n FROM "${name}"`)
    .join(' UNION ALL ');
  for (const row of (await db.execute<{ name: string; n: number }>(sql.raw(union))).rows)
    counts[row.name] = row.n;
  return counts;
}
