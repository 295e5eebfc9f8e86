import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { App } from '../platform/http/index.js';
import { pascalCase } from '../platform/procedures/index.js';
import { createTestDatabase, type TestDatabase } from '../test/test-db.js';
import { buildTestApp } from '../test/test-server.js';
import { disclosure } from './disclosure/index.js';
import { enforcement } from './enforcement/index.js';
import { powers } from './powers/index.js';
import { reconsideration } from './reconsideration/index.js';

let t: TestDatabase;
let app: App;
let doc: {
  paths: Record<string, Record<string, { requestBody?: unknown }>>;
  components: { schemas: Record<string, { properties?: object; oneOf?: unknown[] }> };
};

beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildTestApp(t.db);
  doc = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
});
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

const PROCEDURES = [
  { procedure: powers.procedure, base: '/api/v1/powers/items' },
  { procedure: disclosure.procedure, base: '/api/v1/disclosure/requests' },
  { procedure: enforcement.procedure, base: '/api/v1/enforcement/cases' },
  { procedure: reconsideration.procedure, base: '/api/v1/reconsideration/cases' },
] as const;

describe('GET /api/openapi.json', () => {
  it.each(PROCEDURES)(
    'publishes every form of $procedure.key on its transition route',
    ({ procedure, base }) => {
      const prefix = pascalCase(procedure.key);
      const op = doc.paths[`${base}/{id}/transitions/{transition}`]!.post!;
      expect(JSON.stringify(op.requestBody)).toContain(`${prefix}TransitionBodyInput`);
      const transitions = Object.entries(procedure.transitions) as [string, { input?: z.ZodType }][];
      expect(doc.components.schemas[`${prefix}TransitionBodyInput`]!.oneOf).toHaveLength(transitions.length);
      for (const [key, t] of transitions) {
        const form = doc.components.schemas[`${prefix}${pascalCase(key)}FormInput`];
        const fields = t.input instanceof z.ZodObject ? Object.keys(t.input.shape) : [];
        expect(Object.keys(form?.properties ?? {}), key).toEqual([...fields, 'transition']);
      }
    },
  );

  it('names the shared procedure presentation', () => {
    for (const name of ['ProcedureAction', 'ProcedureBlockedReason', 'ProcedureStep', 'ProcedureClock'])
      expect(doc.components.schemas, name).toHaveProperty(name);
  });
});
