import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { orgScope } from '../authz/index.js';
import { ensureCalendarSeeded } from '../calendar/index.js';
import { findClocksForSubject } from '../clocks/index.js';
import { type Actor, makeCtx, type Role } from '../context.js';
import type { Tx } from '../db/client.js';
import { AppError, notFound } from '../errors.js';
import type { ClockEffects } from './clock-effects.js';
import { applyTransition } from './run.js';
import { findProcedureSteps } from './steps.js';
import { buildActor, reviewClock, type TestItem, testProcedure } from './test-procedure.js';
import { installModules } from '../install-modules.js';
import { mountedTestModule } from './mount.test-support.js';

// The mount tests' manifest (testproc with its notes procedure): a db worker may run both files (0044).
installModules([mountedTestModule]);

let t: TestDatabase;
const district = randomUUID();
const otherDept = randomUUID();
const actors = {} as Record<'officer' | 'coordinator' | 'reviewer' | 'outsider', Actor>;
const NOW = new Date('2024-09-27T02:00:00Z'); // 10:00 in Beijing, Friday 2024-09-27

/** Records what the runner asked of the clocks, in order; optionally fails to prove the rollback. */
class FakeClocks implements ClockEffects {
  calls: { op: string; [k: string]: unknown }[] = [];
  failOnStart = false;
  async start(_tx: Tx, _ctx: unknown, clock: Parameters<ClockEffects['start']>[2]) {
    if (this.failOnStart) throw new Error('clock service down');
    this.calls.push({ op: 'start', ...clock, def: clock.def.key });
  }
  async pause(_tx: Tx, _ctx: unknown, ref: Parameters<ClockEffects['pause']>[2]) {
    this.calls.push({ op: 'pause', ...ref });
  }
  async resume(_tx: Tx, _ctx: unknown, ref: Parameters<ClockEffects['resume']>[2]) {
    this.calls.push({ op: 'resume', ...ref });
  }
  async stop(_tx: Tx, _ctx: unknown, ref: Parameters<ClockEffects['stop']>[2]) {
    this.calls.push({ op: 'stop', ...ref });
  }
}
let clocks: FakeClocks;

async function addUser(role: Role, orgUnitId: string, orgPath: string): Promise<Actor> {
  const userId = randomUUID();
  await t.db.execute(sql`INSERT INTO users (id, username, display_name, role, org_unit_id, district_id, password_hash)
    VALUES (${userId}, ${`u-${userId.slice(0, 8)}`}, ${`测试${role}`}, ${role}, ${orgUnitId}, ${district}, 'x')`);
  return buildActor(role, { userId, orgUnitId, orgPath, districtId: district });
}

beforeAll(async () => {
  t = await createTestDatabase();
  const dept = randomUUID();
  await t.db.execute(sql`INSERT INTO org_units (id, code, name, type, parent_id, path, district_id) VALUES
    (${district}, 'd', '测试区', 'district', NULL, ${`/${district}/`}, ${district}),
    (${dept}, 'dept', '测试局', 'department', ${district}, ${`/${district}/${dept}/`}, ${district}),
    (${otherDept}, 'other', '另一局', 'department', ${district}, ${`/${district}/${otherDept}/`}, ${district})`);
  await ensureCalendarSeeded(t.db);
  await t.db.execute(sql`CREATE TABLE test_items (id text PRIMARY KEY, state text NOT NULL, title text,
    published_on date, org_unit_id uuid NOT NULL REFERENCES org_units(id), district_id uuid NOT NULL,
    version integer NOT NULL DEFAULT 1)`);
  actors.officer = await addUser('department_officer', dept, `/${district}/${dept}/`);
  actors.coordinator = await addUser('coordinator', district, `/${district}/`);
  actors.reviewer = await addUser('legal_reviewer', district, `/${district}/`);
  actors.outsider = await addUser('department_officer', otherDept, `/${district}/${otherDept}/`);
});
afterAll(async () => {
  await t.drop();
});
beforeEach(() => {
  clocks = new FakeClocks();
});

async function newItem(state = 'draft', title: string | null = '某项规定'): Promise<string> {
  const id = randomUUID();
  await t.db.execute(sql`INSERT INTO test_items (id, state, title, org_unit_id, district_id)
    VALUES (${id}, ${state}, ${title}, ${actors.officer.orgUnitId}, ${district})`);
  return id;
}

const COLUMNS = sql`id, state, title, published_on AS "publishedOn", org_unit_id AS "orgUnitId", district_id AS "districtId", version`;

/** What a module's service does: lock the row, within the actor's scope, or 404. */
function loader(actor: Actor, id: string) {
  return async (tx: Tx): Promise<TestItem> => {
    const scope = orgScope(actor, sql`org_unit_id`);
    const { rows } = await tx.execute<TestItem & Record<string, unknown>>(
      sql`SELECT ${COLUMNS} FROM test_items WHERE id = ${id} AND ${scope} FOR UPDATE`,
    );
    if (!rows[0]) throw notFound('测试事项');
    return rows[0];
  };
}

async function write(tx: Tx, record: TestItem, to: string, input: unknown): Promise<TestItem> {
  const publishedOn = (input as { publishedOn?: string } | undefined)?.publishedOn ?? null;
  const { rows } = await tx.execute<TestItem & Record<string, unknown>>(sql`UPDATE test_items
    SET state = ${to}, published_on = COALESCE(${publishedOn}::date, published_on), version = version + 1
    WHERE id = ${record.id} RETURNING ${COLUMNS}`);
  return rows[0]!;
}

type Key = keyof typeof testProcedure.transitions;

function fire(
  actor: Actor,
  id: string,
  transition: Key,
  input?: unknown,
  opts: { slowWrite?: boolean; realClocks?: boolean } = {},
) {
  return applyTransition(makeCtx(t.db, actor, randomUUID(), NOW), {
    procedure: testProcedure,
    load: loader(actor, id),
    transition,
    input,
    write: async (tx, record, to, parsed) => {
      if (opts.slowWrite) await tx.execute(sql`SELECT pg_sleep(0.3)`);
      return write(tx, record, to, parsed);
    },
    clockEffects: opts.realClocks ? undefined : clocks,
  });
}

describe('a clock chosen by the record', () => {
  it('starts the clock the record selects, on the step day', async () => {
    await fire(actors.officer, await newItem('draft', '紧急：某项规定'), 'escalate');
    expect(clocks.calls).toMatchObject([
      { op: 'start', def: 'testproc.urgent_review', startedOn: '2024-09-27' },
    ]);
    clocks.calls = [];
    await fire(actors.officer, await newItem('draft', '某项规定'), 'escalate');
    expect(clocks.calls).toMatchObject([{ op: 'start', def: 'testproc.review' }]);
  });

  it('starts none when the selection says none, and still moves the record', async () => {
    const id = await newItem('draft', null);
    await fire(actors.officer, id, 'escalate');
    expect(clocks.calls).toEqual([]);
    expect(await stateOf(id)).toBe('reviewing');
  });
});

async function stateOf(id: string) {
  const { rows } = await t.db.execute<{ state: string }>(sql`SELECT state FROM test_items WHERE id = ${id}`);
  return rows[0]?.state;
}

async function auditOf(id: string) {
  const { rows } = await t.db.execute<{ action: string; before: unknown; after: unknown; data: unknown }>(
    sql`SELECT action, subject_type, org_unit_id, before, after, data FROM audit_events WHERE subject_id = ${id} ORDER BY seq`,
  );
  return rows;
}

async function expectNothingChanged(id: string, state: string) {
  expect(await stateOf(id)).toBe(state);
  expect(await auditOf(id)).toEqual([]);
  expect(await findProcedureSteps(t.db, testProcedure.key, id)).toEqual([]);
  expect(clocks.calls).toEqual([]);
}

describe('applyTransition', () => {
  it('writes, audits, records the step and starts the clock, in one go', async () => {
    const id = await newItem();
    const updated = await fire(actors.officer, id, 'submit');
    expect(updated).toMatchObject({ id, state: 'reviewing' });
    expect(await stateOf(id)).toBe('reviewing');
    expect(await auditOf(id)).toEqual([
      {
        action: 'testproc.item.submitted',
        subject_type: 'test_item',
        org_unit_id: actors.officer.orgUnitId,
        before: { state: 'draft' },
        after: { state: 'reviewing' },
        data: null,
      },
    ]);
    const steps = await findProcedureSteps(t.db, testProcedure.key, id);
    expect(steps).toEqual([
      expect.objectContaining({
        transition: 'submit',
        fromState: 'draft',
        toState: 'reviewing',
        actorUserId: actors.officer.userId,
        occurredAt: NOW.toISOString(),
      }),
    ]);
    expect(clocks.calls).toEqual([
      {
        op: 'start',
        def: reviewClock.key,
        subjectType: 'test_item',
        subjectId: id,
        startedOn: '2024-09-27',
        title: '测试事项 某项规定',
        orgUnitId: actors.officer.orgUnitId,
        districtId: district,
        handlerUserId: actors.officer.userId,
      },
    ]);
  });

  it('a gate reads the recorded steps: unlawful blocks publication, lawful after revision allows it', async () => {
    const id = await newItem();
    await fire(actors.officer, id, 'submit');
    await fire(actors.reviewer, id, 'conclude_review', { outcome: 'unlawful', opinion: '超越法定权限' });
    const before = await auditOf(id);
    await expect(
      fire(actors.coordinator, id, 'publish', { publishedOn: '2024-10-08' }),
    ).rejects.toMatchObject({
      code: 'LEGALITY_REVIEW_REQUIRED',
      status: 409,
      message: '须经合法性审查且结论为合法后方可发布',
    });
    expect(await stateOf(id)).toBe('reviewed');
    expect(await auditOf(id)).toEqual(before);
    expect(await findProcedureSteps(t.db, testProcedure.key, id)).toHaveLength(2);

    clocks.calls = [];
    await fire(actors.officer, id, 'revise', { on: '2024-10-08' });
    expect(clocks.calls).toMatchObject([{ op: 'start', def: 'testproc.review', startedOn: '2024-10-08' }]);
    await fire(actors.reviewer, id, 'conclude_review', { outcome: 'lawful', opinion: '符合法定权限和程序' });
    expect(clocks.calls.at(-1)).toMatchObject({ op: 'stop', clockKey: 'testproc.review', on: '2024-09-27' });
    const published = await fire(actors.coordinator, id, 'publish', { publishedOn: '2024-10-09' });
    expect(published).toMatchObject({ state: 'published', publishedOn: '2024-10-09' });
    const audit = await auditOf(id);
    expect(audit.map((e) => e.action)).toEqual([
      'testproc.item.submitted',
      'testproc.item.conclude_review',
      'testproc.item.revise',
      'testproc.item.conclude_review',
      'testproc.item.published',
    ]);
    expect(audit[1]?.data).toEqual({ outcome: 'unlawful', opinion: '超越法定权限' });
  });

  it('a blocked gate changes nothing: no row change, no audit event, no step, no clock', async () => {
    const id = await newItem('draft', null);
    await expect(fire(actors.officer, id, 'submit')).rejects.toMatchObject({
      code: 'FIELD_REQUIRED',
      status: 409,
    });
    await expectNothingChanged(id, 'draft');
  });

  it('a role without the permission gets FORBIDDEN and changes nothing', async () => {
    const id = await newItem();
    await expect(fire(actors.reviewer, id, 'submit')).rejects.toMatchObject({
      code: 'FORBIDDEN',
      status: 403,
    });
    await expectNothingChanged(id, 'draft');
  });

  it('the wrong state gets TRANSITION_NOT_ALLOWED', async () => {
    const id = await newItem();
    await expect(
      fire(actors.coordinator, id, 'publish', { publishedOn: '2024-10-09' }),
    ).rejects.toMatchObject({
      code: 'TRANSITION_NOT_ALLOWED',
      status: 409,
    });
    await expectNothingChanged(id, 'draft');
  });

  it('a record outside the scope is not found', async () => {
    const id = await newItem();
    await expect(fire(actors.outsider, id, 'submit')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      status: 404,
    });
    await expectNothingChanged(id, 'draft');
  });

  it('a bad form gets VALIDATION_FAILED with zh-CN field errors and changes nothing', async () => {
    const id = await newItem('reviewing');
    const error = await fire(actors.reviewer, id, 'conclude_review', { outcome: 'maybe' }).catch(
      (e: AppError) => e,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('VALIDATION_FAILED');
    expect((error as AppError).fields?.map((f) => f.path).sort()).toEqual(['opinion', 'outcome']);
    await expectNothingChanged(id, 'reviewing');
  });

  it('a failing clock effect rolls back the write, the audit event and the step', async () => {
    const id = await newItem();
    clocks.failOnStart = true;
    await expect(fire(actors.officer, id, 'submit')).rejects.toThrow('clock service down');
    await expectNothingChanged(id, 'draft');
  });

  it('two simultaneous transitions on one record: exactly one succeeds (row lock)', async () => {
    const id = await newItem();
    const results = await Promise.allSettled([
      fire(actors.officer, id, 'submit', undefined, { slowWrite: true }),
      fire(actors.coordinator, id, 'submit', undefined, { slowWrite: true }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.filter((r) => r.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toMatchObject({ code: 'TRANSITION_NOT_ALLOWED' });
    expect(await auditOf(id)).toHaveLength(1);
    expect(await findProcedureSteps(t.db, testProcedure.key, id)).toHaveLength(1);
    expect(clocks.calls.filter((c) => c.op === 'start')).toHaveLength(1);
  });
});

describe('applyTransition with the clocks service (default ClockEffects)', () => {
  it('starts the declared clock with a due date on the working-day calendar, and stops it', async () => {
    const id = await newItem();
    await fire(actors.officer, id, 'submit', undefined, { realClocks: true });
    const [started] = await findClocksForSubject(t.db, 'test_item', id);
    // 7 working days after Fri 2024-09-27: Sun 09-29 (调休), 09-30, 10-08…10-11 (国庆 off before), Sat 10-12 (调休).
    expect(started).toMatchObject({
      clockKey: 'testproc.review',
      status: 'running',
      startedOn: '2024-09-27',
      title: '测试事项 某项规定',
      handlerUserId: actors.officer.userId,
      orgUnitId: actors.officer.orgUnitId,
    });
    expect(started?.dueOn).toBe('2024-10-12');
    expect((await auditOf(id)).map((e) => e.action)).toEqual([
      'testproc.item.submitted',
      'clocks.clock.started',
    ]);

    await fire(actors.officer, id, 'withdraw', undefined, { realClocks: true });
    const [stopped] = await findClocksForSubject(t.db, 'test_item', id);
    expect(stopped).toMatchObject({ status: 'stopped', stoppedOn: '2024-09-27', dueOn: started?.dueOn });
    expect(await stateOf(id)).toBe('withdrawn');
  });

  it('stopping a clock the record does not have is a no-op, not a failure', async () => {
    const id = await newItem();
    await fire(actors.officer, id, 'withdraw', undefined, { realClocks: true });
    expect(await findClocksForSubject(t.db, 'test_item', id)).toEqual([]);
    expect(await stateOf(id)).toBe('withdrawn');
  });
});
