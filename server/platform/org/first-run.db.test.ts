import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { buildTestApp } from '../../test/test-server.js';
import { makeCtx } from '../context.js';
import { inTransaction } from '../db/transaction.js';
import { AppError } from '../errors.js';
import type { App } from '../http/types.js';
import { bootstrapCoordinator } from './bootstrap.js';
import { findUnnamedDistrict, setUpDistrict } from './first-run.js';
import { findDistricts, findOrgUnits } from './org-service.js';
import { SESSION_COOKIE } from './sessions.js';

// An empty install (DEMO=off): the first coordinator, their one-time password, and the district's set-up.
let t: TestDatabase;
let app: App;
let oneTime: string;

beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildTestApp(t.db, { modules: [] });
  const shown: string[] = [];
  const result = await bootstrapCoordinator(t.db, {
    districtName: '本行政区',
    username: 'admin',
    showOnTerminal: (m) => shown.push(m),
  });
  oneTime = result.password;
  expect(shown.join('\n')).toContain(oneTime);
});
afterAll(async () => {
  await app?.close();
  await t.drop();
});

const system = () => makeCtx(t.db, null, 'test-first-run');
const allUnits = async () => findOrgUnits(t.db, { districtId: (await findDistricts(t.db))[0]!.id });

describe('the first coordinator one-time password', () => {
  it('lets the session do nothing but change it, then everything', async () => {
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'admin', password: oneTime },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().user.mustChangePassword).toBe(true);
    const cookie = `${SESSION_COOKIE}=${login.cookies.find((c) => c.name === SESSION_COOKIE)!.value}`;
    const headers = { cookie, 'x-csrf-token': login.json().csrfToken };

    const refused = await app.inject({ url: '/api/v1/org/tree', headers });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(refused.json().error.message).toContain('修改密码');
    const inEnglish = await app.inject({
      url: '/api/v1/org/tree',
      headers: { ...headers, 'accept-language': 'en' },
    });
    expect(inEnglish.json().error.message).toMatch(/one-time password/);
    expect((await app.inject({ url: '/api/v1/auth/me', headers })).statusCode).toBe(200);

    const changed = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers,
      payload: { current: oneTime, next: 'Fz#2026-first-run!' },
    });
    expect(changed.statusCode).toBe(200);
    expect((await app.inject({ url: '/api/v1/auth/me', headers })).json().user.mustChangePassword).toBe(
      false,
    );
    expect((await app.inject({ url: '/api/v1/org/tree', headers })).statusCode).toBe(200);
  });
});

describe('the first-run set-up of the district', () => {
  it('lists every bad field and changes nothing', async () => {
    const attempt = inTransaction(t.db, (tx) =>
      setUpDistrict(tx, system(), {
        name: '区',
        code: 'district',
        units: [
          { code: 'D01', name: '区司法局', type: 'department' },
          { code: '', name: '', type: 'planet' as never },
        ],
      }),
    );
    const error = (await attempt.catch((e: unknown) => e)) as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error.fields?.map((f) => f.path)).toEqual([
      'name',
      'code',
      'units.1.code',
      'units.1.name',
      'units.1.type',
    ]);
    expect((await findUnnamedDistrict(t.db))?.name).toBe('本行政区');
    expect(await allUnits()).toHaveLength(1);
  });

  it('adds nothing when one unit cannot be placed', async () => {
    const attempt = inTransaction(t.db, (tx) =>
      setUpDistrict(tx, system(), {
        name: '于洪区',
        code: '210114',
        units: [
          { code: 'D01', name: '区司法局', type: 'department' },
          { code: 'V01', name: '和平社区', type: 'village', parentCode: 'NOPE' },
        ],
      }),
    );
    await expect(attempt).rejects.toMatchObject({
      fields: [expect.objectContaining({ message: expect.stringContaining('NOPE') })],
    });
    expect((await findUnnamedDistrict(t.db))?.name).toBe('本行政区');
    expect(await allUnits()).toHaveLength(1);
  });

  it('names the district and its units once', async () => {
    await inTransaction(t.db, (tx) =>
      setUpDistrict(tx, system(), {
        name: '于洪区',
        code: '210114',
        units: [
          { code: 'D01', name: '区司法局', type: 'department' },
          { code: 'S01', name: '迎宾路街道', type: 'street' },
          { code: 'S01-V01', name: '和平社区', type: 'village', parentCode: 'S01' },
        ],
      }),
    );
    const [district] = await findDistricts(t.db);
    expect(district).toMatchObject({ name: '于洪区', code: '210114' });
    expect((await allUnits()).map((u) => u.code).sort()).toEqual(['210114', 'D01', 'S01', 'S01-V01']);
    expect(await findUnnamedDistrict(t.db)).toBeNull();
    const again = inTransaction(t.db, (tx) =>
      setUpDistrict(tx, system(), { name: '另一区', code: '210115' }),
    );
    await expect(again).rejects.toThrow(/已设置/);
  });
});
