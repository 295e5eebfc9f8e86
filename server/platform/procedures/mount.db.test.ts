import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { buildTestWorld, TEST_ROUTES, type TestWorld } from './mount.test-support.js';
import { testProcedure } from './test-procedure.js';

let t: TestDatabase;
let w: TestWorld;

beforeAll(async () => {
  t = await createTestDatabase();
  w = await buildTestWorld(t.db);
});
afterAll(async () => {
  await w?.app.close();
  await t?.drop();
});

const url = (base: string, id: string, transition: string) => `${base}/${id}/transitions/${transition}`;

describe('the derived transition route', () => {
  it('walks 401 → 403 → 404 → 400 (per field) → 409 (gate) → 200', async () => {
    const id = await w.newItem('reviewed');
    const publish = url(TEST_ROUTES.items, id, 'publish');
    const form = { publishedOn: '2024-09-27' };
    expect((await w.app.inject({ method: 'POST', url: publish, payload: form })).statusCode).toBe(401);
    expect((await w.officer.post(publish, form)).statusCode).toBe(403);
    expect((await w.coordinator.post(url(TEST_ROUTES.items, w.unknownId, 'publish'), form)).statusCode).toBe(
      404,
    );
    const bad = await w.coordinator.post(publish, { publishedOn: '27.9.2024' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toEqual(['publishedOn']);
    const blocked = await w.coordinator.post(publish, form);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error).toMatchObject({ code: 'LEGALITY_REVIEW_REQUIRED' });

    const review = url(TEST_ROUTES.items, id, 'conclude_review');
    await w.db.execute(sql`UPDATE test_items SET state = 'reviewing' WHERE id = ${id}`);
    expect((await w.reviewer.post(review, { outcome: 'lawful', opinion: '合法' })).statusCode).toBe(200);
    const ok = await w.coordinator.post(publish, form);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ id, state: 'published', publishedOn: '2024-09-27' });
  });

  it('answers 400 for an unknown transition, and for a body naming another transition', async () => {
    const id = await w.newItem('reviewed');
    expect((await w.coordinator.post(url(TEST_ROUTES.items, id, 'fly'), {})).statusCode).toBe(400);
    const other = await w.coordinator.post(url(TEST_ROUTES.items, id, 'publish'), {
      transition: 'withdraw',
      publishedOn: '2024-09-27',
    });
    expect(other.statusCode).toBe(400);
    expect(other.json().error.fields[0].path).toBe('transition');
  });

  it('accepts the published body shape, the transition repeated in the body', async () => {
    const id = await w.newItem('draft');
    const res = await w.officer.post(url(TEST_ROUTES.items, id, 'submit'), { transition: 'submit' });
    expect(res.statusCode).toBe(200);
    expect(res.json().state).toBe('reviewing');
  });

  it('parses the form once and hands the parsed form to the facts loader given with the procedure', async () => {
    const id = await w.newNote(false);
    const close = url(TEST_ROUTES.notes, id, 'close');
    w.calls.parses = 0;
    const blocked = await w.officer.post(close, { reason: '  已处理  ' });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error.code).toBe('NOTE_NOT_APPROVED');
    expect(w.calls.parses).toBe(1);
    expect(w.calls.factsSteps.at(-1)).toEqual({ transition: 'close', input: { reason: '已处理' } });

    await w.db.execute(sql`UPDATE test_notes SET approved = true WHERE id = ${id}`);
    w.calls.parses = 0;
    const ok = await w.officer.post(close, { reason: '已处理' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ id, state: 'closed' });
    expect(w.calls.parses).toBe(1);
  });
});

describe('optimistic concurrency on the transition route (decision 0022)', () => {
  const submit = (id: string, version: string) =>
    w.officer.request({
      method: 'POST',
      url: url(TEST_ROUTES.items, id, 'submit'),
      headers: { 'if-match': version },
      payload: {},
    });

  it('refuses a step fired on a stale version with 409 VERSION_CONFLICT and changes nothing', async () => {
    const id = await w.newItem('draft');
    await w.db.execute(sql`UPDATE test_items SET version = 2 WHERE id = ${id}`); // someone else's edit
    const stale = await submit(id, '"1"');
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'VERSION_CONFLICT' });
    expect(stale.json().error.message).toContain('该记录已被他人修改');
    const { rows } = await w.db.execute<{ state: string; version: number }>(
      sql`SELECT state, version FROM test_items WHERE id = ${id}`,
    );
    expect(rows[0]).toEqual({ state: 'draft', version: 2 });
  });

  it('fires on the version the user saw, raises it by one and names it in ETag', async () => {
    const id = await w.newItem('draft');
    const ok = await submit(id, '"1"');
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ state: 'reviewing', version: 2 });
    expect(ok.headers.etag).toBe('"2"');
  });

  it('refuses a malformed If-Match rather than ignoring it', async () => {
    const id = await w.newItem('draft');
    const bad = await submit(id, 'W/"abc"');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('headers.if-match');
  });
});

describe('the OpenAPI document', () => {
  it('publishes every transition form, discriminated on the transition key', async () => {
    const doc = (await w.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const schemas = doc.components.schemas as Record<string, Record<string, unknown>>;
    const fields = (name: string) => Object.keys(schemas[name]!.properties as object);
    const op = doc.paths[`${TEST_ROUTES.items}/{id}/transitions/{transition}`].post;
    expect(op.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/TestprocItemTransitionBodyInput',
    });
    const body = schemas.TestprocItemTransitionBodyInput!;
    expect(body.discriminator).toEqual({ propertyName: 'transition' });
    expect(body.oneOf).toHaveLength(Object.keys(testProcedure.transitions).length);
    expect(fields('TestprocItemPublishFormInput')).toEqual(['publishedOn', 'transition']);
    expect(fields('TestprocItemConcludeReviewFormInput')).toEqual(['outcome', 'opinion', 'transition']);
    expect(fields('TestprocItemWithdrawFormInput')).toEqual(['transition']);
  });
});
