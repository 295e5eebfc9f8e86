import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { loadConfig } from '../../config.js';
import { loginAs, type TestSession } from '../../test/test-server.js';
import { orgScope } from '../authz/index.js';
import { ensureCalendarSeeded } from '../calendar/index.js';
import type { Actor } from '../context.js';
import type { Db, Tx } from '../db/client.js';
import { notFound } from '../errors.js';
import { buildApp } from '../http/build-app.js';
import type { App } from '../http/types.js';
import type { ModuleManifest } from '../modules.js';
import { resolveSession, SESSION_COOKIE } from '../org/index.js';
import { buildOrgUnit, buildUser, TEST_PASSWORD } from '../org/testing.js';
import { platformRoutes } from '../platform-routes.js';
import { installModules } from '../install-modules.js';
import { defineProcedure, procedureAuditActions } from './define.js';
import { procedureEntry } from './entry.js';
import { defineGate } from './gates.js';
import { type PendingTransition, procedureService } from './service.js';
import { type TestItem, testProcedure, testProcedureModule } from './test-procedure.js';
import type { ProcedureRecord } from './types.js';

/** A kernel-only app with two test procedures mounted from a manifest, as a module would declare them. */
export const TEST_ROUTES = { items: '/api/v1/testproc/items', notes: '/api/v1/testproc/notes' } as const;

export interface TestWorld {
  db: Db;
  app: App;
  officer: TestSession;
  coordinator: TestSession;
  reviewer: TestSession;
  unknownId: string;
  calls: { parses: number; factsSteps: unknown[] };
  newItem(state: string): Promise<string>;
  newNote(approved: boolean): Promise<string>;
}

const calls: TestWorld['calls'] = { parses: 0, factsSteps: [] };

interface TestNote extends ProcedureRecord {
  approved: boolean;
}

/** A second procedure whose gate reads a fact only its module can load (given with the entry). */
const noteProcedure = defineProcedure({
  key: 'testproc.note',
  subjectType: 'test_note',
  label: '测试便签',
  states: { open: { label: '未处理' }, closed: { label: '已处理', final: true } },
  transitions: {
    close: {
      label: '处理完毕',
      from: ['open'],
      to: 'closed',
      permission: 'testproc.edit',
      input: z.object({
        reason: z
          .string()
          .min(2)
          .transform((s) => {
            calls.parses += 1;
            return s.trim();
          }),
      }),
      gates: [
        defineGate<TestNote, { approved: boolean }>({
          code: 'NOTE_NOT_APPROVED',
          message: '便签尚未批准',
          check: (_r, facts) => facts.approved,
        }),
      ],
    },
  },
});

const ITEM_COLUMNS = sql`id, state, title, published_on AS "publishedOn", org_unit_id AS "orgUnitId", district_id AS "districtId", version`;

async function lockRow<R>(tx: Tx, actor: Actor, table: 'test_items' | 'test_notes', id: string) {
  const columns =
    table === 'test_items'
      ? ITEM_COLUMNS
      : sql`id, state, approved, org_unit_id AS "orgUnitId", district_id AS "districtId", version`;
  const { rows } = await tx.execute<R & Record<string, unknown>>(
    sql`SELECT ${columns} FROM ${sql.identifier(table)} WHERE id = ${id} AND ${orgScope(actor, sql`org_unit_id`)} FOR UPDATE`,
  );
  if (!rows[0]) throw notFound();
  return rows[0] as R;
}

const itemTransitions = procedureService({
  procedure: testProcedure,
  lock: (tx, _ctx, actor, id) => lockRow<TestItem>(tx, actor, 'test_items', id),
  async write(tx, _ctx, { record, to, step }) {
    const on = step.transition === 'publish' ? step.input.publishedOn : record.publishedOn;
    await tx.execute(
      sql`UPDATE test_items SET state = ${to}, published_on = ${on}, version = version + 1 WHERE id = ${record.id}`,
    );
    return { ...record, state: to, publishedOn: on, version: record.version + 1 };
  },
});

const noteTransitions = procedureService({
  procedure: noteProcedure,
  lock: (tx, _ctx, actor, id) => lockRow<TestNote>(tx, actor, 'test_notes', id),
  async facts(tx, record, step?: PendingTransition<typeof noteProcedure.transitions>) {
    calls.factsSteps.push(step);
    const { rows } = await tx.execute<{ approved: boolean }>(
      sql`SELECT approved FROM test_notes WHERE id = ${record.id}`,
    );
    return { approved: rows[0]!.approved };
  },
  async write(tx, _ctx, { record, to }) {
    await tx.execute(sql`UPDATE test_notes SET state = ${to}, version = version + 1 WHERE id = ${record.id}`);
    return { ...record, state: to, version: record.version + 1 };
  },
});

const Row = z.object({
  id: z.string(),
  state: z.string(),
  version: z.number().int(),
  publishedOn: z.string().nullable().optional(),
});
const readRow = (db: Db, table: 'test_items' | 'test_notes', id: string) =>
  db
    .execute<z.infer<typeof Row>>(
      table === 'test_items'
        ? sql`SELECT id, state, version, published_on AS "publishedOn" FROM test_items WHERE id = ${id}`
        : sql`SELECT id, state, version FROM test_notes WHERE id = ${id}`,
    )
    .then((r) => r.rows[0]!);

/**
 * The test procedure's manifest, plus the notes procedure and the derived routes of both. One object for
 * every file that installs `testproc`: a db worker keeps the kit's registry from one file to the next
 * (decision 0044), and the registry refuses a second, different manifest under a key.
 */
export const mountedTestModule: ModuleManifest = {
  ...testProcedureModule,
  auditActions: [...testProcedureModule.auditActions, ...procedureAuditActions(noteProcedure)],
  procedures: [
    procedureEntry(itemTransitions, {
      base: TEST_ROUTES.items,
      tags: ['testproc'],
      summary: '测试事项的办理操作',
      idLabel: '事项编号',
      response: Row,
      present: (ctx, id) => readRow(ctx.db, 'test_items', id),
    }),
    procedureEntry(noteTransitions, {
      base: TEST_ROUTES.notes,
      tags: ['testproc'],
      summary: '测试便签的办理操作',
      idLabel: '便签编号',
      response: Row,
      present: (ctx, id) => readRow(ctx.db, 'test_notes', id),
    }),
  ],
};

/** The org units, users, tables and app of the kernel's route tests. */
export async function buildTestWorld(db: Db): Promise<TestWorld> {
  await ensureCalendarSeeded(db);
  const district = await buildOrgUnit(db, { code: 'TD', name: '测试区', type: 'district' });
  const dept = await buildOrgUnit(db, {
    code: 'TJ',
    name: '测试局',
    type: 'department',
    parentId: district.id,
  });
  await db.execute(sql`CREATE TABLE test_items (id uuid PRIMARY KEY, state text NOT NULL, title text,
    published_on date, org_unit_id uuid NOT NULL, district_id uuid NOT NULL, version integer NOT NULL DEFAULT 1)`);
  await db.execute(sql`CREATE TABLE test_notes (id uuid PRIMARY KEY, state text NOT NULL,
    approved boolean NOT NULL, org_unit_id uuid NOT NULL, district_id uuid NOT NULL,
    version integer NOT NULL DEFAULT 1)`);
  await buildUser(db, { username: 'officer', role: 'department_officer', orgUnitId: dept.id });
  await buildUser(db, { username: 'coord', role: 'coordinator', orgUnitId: district.id });
  await buildUser(db, { username: 'reviewer', role: 'legal_reviewer', orgUnitId: district.id });
  const manifest = mountedTestModule;
  installModules([manifest]);
  const app = await buildApp({
    db,
    config: loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }),
    authenticate: async (token, now) => {
      const session = await resolveSession(db, token, { now, idleMinutes: 60 });
      return session && { actor: session.actor, csrfToken: session.csrfToken };
    },
    sessionCookie: SESSION_COOKIE,
    platformRoutes,
    modules: [manifest],
    serveWeb: false,
    logger: false,
  });
  await app.ready();
  const insert = async (table: 'test_items' | 'test_notes', values: ReturnType<typeof sql>) => {
    const id = randomUUID();
    await db.execute(
      sql`INSERT INTO ${sql.identifier(table)} VALUES (${id}, ${values}, ${dept.id}, ${district.id})`,
    );
    return id;
  };
  return {
    db,
    app,
    officer: await loginAs(app, 'officer', TEST_PASSWORD),
    coordinator: await loginAs(app, 'coord', TEST_PASSWORD),
    reviewer: await loginAs(app, 'reviewer', TEST_PASSWORD),
    unknownId: randomUUID(),
    calls,
    newItem: (state) => insert('test_items', sql`${state}, '测试标题', NULL`),
    newNote: (approved) => insert('test_notes', sql`'open', ${approved}`),
  };
}
