import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findAudit } from '../../test/audit.js';
import { ledgerFile, multipartFile } from '../../test/ledger-files.js';
import { loginAs, type TestSession } from '../../test/session.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { buildTestApp } from '../../test/test-server.js';
import type { App } from '../http/types.js';
import { bootstrapCoordinator } from './bootstrap.js';
import { type UnitLedgerRow, type UserLedgerRow, unitLedger, userLedger } from './io.js';
import { findDistricts, findOrgUnits } from './org-service.js';
import { buildUser, TEST_PASSWORD } from './testing.js';
import { findUsersOfDistrict } from './user-service.js';

// The set-up screen's route and the org tree and people from .xlsx, on an empty install (DEMO=off).
let t: TestDatabase;
let app: App;
let admin: TestSession;
let officer: TestSession;

const ADMIN_PASSWORD = 'Fz#2026-setup-first!';

beforeAll(async () => {
  t = await createTestDatabase();
  app = await buildTestApp(t.db, { modules: [] });
  const boot = await bootstrapCoordinator(t.db, {
    districtName: '本行政区',
    username: 'admin',
    password: 'Fz#2026-one-time!',
  });
  const first = await loginAs(app, 'admin', boot.password);
  await first.post('/api/v1/auth/password', { current: boot.password, next: ADMIN_PASSWORD });
  admin = await loginAs(app, 'admin', ADMIN_PASSWORD);
  await buildUser(t.db, { username: 'officer', role: 'department_officer', orgUnitId: boot.districtId });
  officer = await loginAs(app, 'officer', TEST_PASSWORD);
});
afterAll(async () => {
  await app?.close();
  await t.drop();
});

const units = async () => findOrgUnits(t.db, { districtId: (await findDistricts(t.db))[0]!.id });
const upload = async (who: TestSession, url: string, file: Buffer) =>
  who.request({ method: 'POST', url, ...multipartFile(file, 'sheet.xlsx') });

describe('the first-run set-up route', () => {
  it('is for the coordinator only', async () => {
    expect((await officer.get('/api/v1/org/setup')).statusCode).toBe(403);
    const refused = await officer.post('/api/v1/org/setup', { name: '于洪区', code: '210114', units: [] });
    expect(refused.statusCode).toBe(403);
    expect((await admin.get('/api/v1/org/setup')).json()).toEqual({
      isSetUpNeeded: true,
      district: { name: '本行政区', code: 'district' },
    });
  });

  it('lists every bad field in zh-CN and changes nothing', async () => {
    const response = await admin.post('/api/v1/org/setup', {
      name: '区',
      code: '21 0114',
      units: [
        { code: 'D01', name: '区司法局', type: 'department' },
        { code: 'D01', name: '', type: 'department' },
        { code: 'V01', name: '和平社区', type: 'village', parentCode: 'S09' },
        { code: 'G01', name: '一网格', type: 'grid' },
      ],
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json().error.fields as { path: string; message: string }[];
    expect(fields.map((f) => f.path)).toEqual([
      'name',
      'code',
      'units.1.name',
      'units.1.code',
      'units.2.parentCode',
      'units.3.type',
    ]);
    expect(fields[4]!.message).toContain('S09');
    expect(fields[5]!.message).toBe('网格不能设在区（县）之下');
    expect((await units()).map((u) => u.name)).toEqual(['本行政区']);
  });

  it('names the district and its units once, on the audit chain', async () => {
    const response = await admin.post('/api/v1/org/setup', {
      name: '于洪区',
      code: '210114',
      units: [
        { code: 'D01', name: '区司法局', type: 'department' },
        { code: 'S01', name: '迎宾路街道', type: 'street' },
        { code: 'S01-V01', name: '和平社区', type: 'village', parentCode: 'S01' },
      ],
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ name: '于洪区', code: '210114', type: 'district' });
    expect((await units()).map((u) => u.code).sort()).toEqual(['210114', 'D01', 'S01', 'S01-V01']);
    expect(await findAudit(t.db, { action: 'org.district.set_up' })).toHaveLength(1);
    expect((await admin.get('/api/v1/org/setup')).json().isSetUpNeeded).toBe(false);

    const again = await admin.post('/api/v1/org/setup', { name: '另一区', code: '210115', units: [] });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toContain('已设置');
  });
});

describe('the org tree and people from .xlsx', () => {
  it('gives the coordinator the templates, and no one else', async () => {
    const template = await admin.get('/api/v1/org/units/import-template');
    expect(template.statusCode).toBe(200);
    expect(template.headers['content-disposition']).toContain(encodeURIComponent('机构导入模板'));
    expect((await officer.get('/api/v1/users/import-template')).statusCode).toBe(403);
    const file = await ledgerFile<UserLedgerRow>(userLedger, [
      { username: 'li.na', displayName: '李娜', role: 'department_officer', unitCode: 'D01' },
    ]);
    expect((await upload(officer, '/api/v1/users/import', file)).statusCode).toBe(403);
  });

  it('lists every bad unit row and imports nothing', async () => {
    const file = await ledgerFile<UnitLedgerRow>(unitLedger, [
      { code: 'D02', name: '区市场监督管理局', type: 'department', parentCode: null },
      { code: 'D03', name: '', type: 'department', parentCode: null },
      { code: 'V09', name: '幸福社区', type: 'village', parentCode: 'S99' },
      { code: 'G01', name: '一网格', type: 'grid', parentCode: 'D01' },
    ]);
    const response = await upload(admin, '/api/v1/org/units/import', file);
    expect(response.statusCode).toBe(422);
    const rows = response.json().error.rows as { row: number; column: string; message: string }[];
    expect(rows.map((r) => [r.row, r.column])).toEqual([
      [3, '机构名称'],
      [4, '上级机构代码'],
      [5, '机构类型'],
    ]);
    expect(rows[2]!.message).toBe('网格不能设在部门之下');
    expect((await units()).map((u) => u.code)).not.toContain('D02');
  });

  it('creates the units a good file lists, parents above children; again, nothing new', async () => {
    const file = await ledgerFile<UnitLedgerRow>(unitLedger, [
      { code: 'D02', name: '区市场监督管理局', type: 'department', parentCode: null },
      { code: 'S02', name: '北陵街道', type: 'street', parentCode: '210114' },
      { code: 'S02-V01', name: '幸福社区', type: 'village', parentCode: 'S02' },
      { code: 'S02-V01-G1', name: '幸福社区第一网格', type: 'grid', parentCode: 'S02-V01' },
    ]);
    const response = await upload(admin, '/api/v1/org/units/import', file);
    expect(response.json()).toMatchObject({ imported: 4, unchanged: 0 });
    const grid = (await units()).find((u) => u.code === 'S02-V01-G1');
    const village = (await units()).find((u) => u.code === 'S02-V01');
    expect(grid?.parentId).toBe(village?.id);
    expect(await findAudit(t.db, { action: 'org.unit.created', subjectId: grid!.id })).toHaveLength(1);
    const again = await upload(admin, '/api/v1/org/units/import', file);
    expect(again.json()).toMatchObject({ imported: 0, unchanged: 4 });
  });

  it('lists every bad person row and opens no account', async () => {
    const file = await ledgerFile<UserLedgerRow>(userLedger, [
      { username: 'li.na', displayName: '李娜', role: 'department_officer', unitCode: 'D01' },
      { username: '9bad', displayName: '王五', role: 'department_officer', unitCode: 'D01' },
      { username: 'officer', displayName: '重名', role: 'leader', unitCode: '210114' },
      { username: 'zhao.liu', displayName: '赵六', role: 'department_officer', unitCode: 'X77' },
    ]);
    const response = await upload(admin, '/api/v1/users/import', file);
    expect(response.statusCode).toBe(422);
    const rows = response.json().error.rows as { row: number; column: string; message: string }[];
    expect(rows.map((r) => [r.row, r.column])).toEqual([
      [3, '用户名'],
      [4, ''],
      [5, '所在机构代码'],
    ]);
    expect(rows[1]!.message).toContain('已有账号请在用户管理中修改');
    expect(rows[2]!.message).toContain('X77');
    const names = (await findUsersOfDistrict(t.db)).map((u) => u.username);
    expect(names).not.toContain('li.na');
  });

  it('opens each account with a one-time password shown once, to be changed at first login', async () => {
    const file = await ledgerFile<UserLedgerRow>(userLedger, [
      { username: 'li.na', displayName: '李娜', role: 'department_officer', unitCode: 'D01' },
      { username: 'wang.fang', displayName: '王芳', role: 'leader', unitCode: '210114' },
    ]);
    const response = await upload(admin, '/api/v1/users/import', file);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ imported: 2, rows: [{ key: 'li.na' }, { key: 'wang.fang' }] });
    const passwords = body.oneTimePasswords as { username: string; password: string }[];
    expect(passwords.map((p) => p.username)).toEqual(['li.na', 'wang.fang']);
    const events = await findAudit(t.db, { action: 'org.user.created' });
    expect(JSON.stringify(events)).not.toContain(passwords[0]!.password);

    const li = await loginAs(app, 'li.na', passwords[0]!.password);
    const me = (await li.get('/api/v1/auth/me')).json();
    expect(me.user).toMatchObject({
      displayName: '李娜',
      mustChangePassword: true,
      orgUnit: { name: '区司法局' },
    });
    expect((await li.get('/api/v1/org/tree')).json().error.code).toBe('PASSWORD_CHANGE_REQUIRED');

    const again = await upload(admin, '/api/v1/users/import', file);
    expect(again.json()).toMatchObject({ imported: 0, unchanged: 2, oneTimePasswords: [] });
  });
});
