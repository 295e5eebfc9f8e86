import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChain } from '../../../../platform/audit/index.js';
import { ImportRejected, parseLedgerFile } from '../../../../platform/io/index.js';
import { findAudit } from '../../../../test/audit.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-db.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../../../test/world.js';
import { proactiveLedger } from '../../io/proactive.js';
import {
  findCatalogue,
  findItems,
  getItem,
  importItems,
  publicGuides,
  putGuide,
  registerItem,
  updateItem,
  withdrawItem,
} from './index.js';
import { buildEntry } from './test-support.js';

let t: TestDatabase;
let w: DistrictWorld;

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
}, 120_000);
afterAll(async () => {
  await t?.drop();
});

const auditOf = (subjectId: string) => findAudit(t.db, { subjectId });

const page = { page: 1, pageSize: 200 };

describe('registerItem', () => {
  it('writes the entry with its 20 WD due date and one audit event', async () => {
    const item = await registerItem(w.as(w.marketOfficer), buildEntry(w.market.id));
    expect(item).toMatchObject({ dueOn: '2020-06-30', isLate: false, isOnPortal: true, status: 'published' });
    const events = await auditOf(item.id);
    expect(events.map((e) => e.action)).toEqual(['disclosure.proactive_item.registered']);
    expect(events[0]?.after).toMatchObject({ formedOn: '2020-06-01', dueOn: '2020-06-30', isLate: false });
  });

  it('flags an item published after its due date (端午 2020-06-25…27 skipped, 06-28 worked)', async () => {
    const item = await registerItem(
      w.as(w.marketOfficer, '2020-07-10'),
      buildEntry(w.market.id, { formedOn: '2020-06-10', publishedOn: '2020-07-10' }),
    );
    expect(item.dueOn).toBe('2020-07-09');
    expect(item.isLate).toBe(true);
    const detail = await getItem(w.as(w.marketOfficer), item.id);
    expect(detail.deadline.explanation).toContain('逾期（应于2020-07-09前公开）');
    expect(detail.deadline.explanation).toContain('端午节');
  });

  it.each([
    ['published before formed', { publishedOn: '2020-05-29' }, 'publishedOn'],
    ['a table 二 kind of another category', { table2Kind: 'penalty' as const }, 'table2Kind'],
    ['published in the future', { publishedOn: '2020-07-01' }, 'publishedOn'],
  ])('refuses %s', async (_case, over, field) => {
    await expect(registerItem(w.as(w.marketOfficer), buildEntry(w.market.id, over))).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [expect.objectContaining({ path: field })],
    });
  });

  it('lets an officer register only for their own unit, and no one without the permission', async () => {
    await expect(registerItem(w.as(w.marketOfficer), buildEntry(w.housing.id))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(registerItem(w.as(w.mediator), buildEntry(w.market.id))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(registerItem(w.as(w.coordinator), buildEntry(w.housing.id))).resolves.toMatchObject({
      orgUnitId: w.housing.id,
    });
  });
});

describe('findItems and getItem', () => {
  it('scopes an officer to their unit and hides other units’ entries as not found', async () => {
    const housingItem = await registerItem(w.as(w.housingOfficer), buildEntry(w.housing.id));
    const mine = await findItems(w.as(w.marketOfficer), page);
    expect(mine.items.every((i) => i.orgUnitId === w.market.id)).toBe(true);
    expect(mine.total).toBeGreaterThan(0);
    await expect(getItem(w.as(w.marketOfficer), housingItem.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const all = await findItems(w.as(w.coordinator), page);
    expect(all.items.map((i) => i.id)).toContain(housingItem.id);
  });

  it('filters late only, by category, by dates and by text', async () => {
    const late = await findItems(w.as(w.coordinator), { ...page, lateOnly: true });
    expect(late.total).toBeGreaterThan(0);
    expect(late.items.every((i) => i.isLate)).toBe(true);
    const july = await findItems(w.as(w.coordinator), { ...page, from: '2020-07-01', to: '2020-07-31' });
    expect(july.items.every((i) => i.publishedOn.startsWith('2020-07'))).toBe(true);
    expect((await findItems(w.as(w.coordinator), { ...page, category: 'budgets' })).total).toBe(0);
    const byText = await findItems(w.as(w.coordinator), { ...page, q: '食品安全' });
    expect(byText.total).toBe((await findItems(w.as(w.coordinator), page)).total);
    expect((await findItems(w.as(w.coordinator), { ...page, q: '100%_' })).total).toBe(0);
  });
});

describe('updateItem and withdrawItem', () => {
  it('recomputes the late flag on corrected dates and audits before/after', async () => {
    const item = await registerItem(w.as(w.marketOfficer), buildEntry(w.market.id));
    const updated = await updateItem(w.as(w.marketOfficer), item.id, { formedOn: '2020-05-06' });
    expect(updated).toMatchObject({ dueOn: '2020-06-02', isLate: true });
    const events = await auditOf(item.id);
    expect(events.map((e) => e.action)).toEqual([
      'disclosure.proactive_item.registered',
      'disclosure.proactive_item.updated',
    ]);
    await expect(
      updateItem(w.as(w.marketOfficer), item.id, { publishedOn: '2020-05-01' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it('withdraws once, keeps the row, refuses later corrections and drops it from the catalogue', async () => {
    const item = await registerItem(
      w.as(w.marketOfficer),
      buildEntry(w.market.id, { title: '待撤回的信息' }),
    );
    const before = await findCatalogue(w.as(null), { q: '待撤回', page: 1, pageSize: 20 });
    expect(before.total).toBe(1);
    await expect(
      withdrawItem(w.as(w.marketOfficer), item.id, { withdrawnOn: '2020-06-01', reason: '误发' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    const withdrawn = await withdrawItem(w.as(w.marketOfficer), item.id, {
      withdrawnOn: '2020-06-29',
      reason: '误发',
    });
    expect(withdrawn).toMatchObject({
      status: 'withdrawn',
      withdrawnOn: '2020-06-29',
      withdrawalReason: '误发',
    });
    await expect(updateItem(w.as(w.marketOfficer), item.id, { title: 'x' })).rejects.toMatchObject({
      code: 'PROACTIVE_ITEM_WITHDRAWN',
    });
    expect((await findCatalogue(w.as(null), { q: '待撤回', page: 1, pageSize: 20 })).total).toBe(0);
    expect((await auditOf(item.id)).map((e) => e.action)).toContain('disclosure.proactive_item.withdrawn');
  });
});

const HEADER = proactiveLedger.columns.map((c) => c.header).join(',');
const csv = (...rows: string[]) => Buffer.from([HEADER, ...rows].join('\n'), 'utf8');

describe('importItems (all or nothing)', () => {
  it('rejects the whole file and lists every bad row', async () => {
    const count = async () => (await findItems(w.as(w.coordinator), page)).total;
    const before = await count();
    const file = csv(
      '区市场监督管理局,规范性文件,行政规范性文件,好的一行,,2020-06-01,2020-06-02,政府网站,,,,,',
      '区市场监督管理局,不存在的类别,,类别未知,,2020-06-01,2020-06-02,政府网站,,,,,',
      '区市场监督管理局,统计信息,,先公开后形成,,2020-06-05,2020-06-02,政府网站,,,,,',
      '火星局,统计信息,,单位未知,,2020-06-01,2020-06-02,政府网站、飞鸽传书,,,,,',
    );
    const parsed = await parseLedgerFile(proactiveLedger, file, 'csv');
    const error = await importItems(w.as(w.coordinator), parsed).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejected);
    const rows = (error as ImportRejected).rows;
    expect([...new Set(rows.map((r) => r.row))].sort()).toEqual([3, 4, 5]);
    expect(rows.map((r) => r.message).join('|')).toMatch(/火星局/);
    expect(rows.map((r) => r.message).join('|')).toMatch(/飞鸽传书/);
    expect(rows.find((r) => r.row === 4)?.message).toContain('不能早于');
    expect(await count()).toBe(before);
  });

  it('imports a sound file and refuses another unit’s rows for an officer', async () => {
    const good = csv(
      '区市场监督管理局,行政许可办理结果,行政许可,食品经营许可办理结果公示（第1期）,,2020-06-01,2020-06-02,政府网站、政务新媒体,,,,,',
      '210114-D22,监督检查,,6月份特种设备监督检查情况通报,,2020-05-06,2020-06-29,公开栏,,,,,',
    );
    const result = await importItems(
      w.as(w.marketOfficer),
      await parseLedgerFile(proactiveLedger, good, 'csv'),
    );
    expect(result).toMatchObject({ imported: 2, updated: 0, unchanged: 0, late: 1 });
    const foreign = csv('区住房和城乡建设局,统计信息,,住建统计,,2020-06-01,2020-06-02,政府网站,,,,,');
    await expect(
      importItems(w.as(w.marketOfficer), await parseLedgerFile(proactiveLedger, foreign, 'csv')),
    ).rejects.toBeInstanceOf(ImportRejected);
  });
});

describe('guides', () => {
  it('lets an officer write their own unit’s guide only, audited, and shows it on the portal', async () => {
    const body = { text: '一、主动公开……', contact: '024-25601234', address: null, officeHours: null };
    const view = await putGuide(w.as(w.marketOfficer), w.market.id, body);
    expect(view.guide).toMatchObject({ text: body.text, updatedOn: '2020-06-30' });
    await putGuide(w.as(w.marketOfficer), w.market.id, { ...body, text: '二版' });
    await expect(putGuide(w.as(w.marketOfficer), w.housing.id, body)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(putGuide(w.as(w.mediator), w.market.id, body)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const events = await auditOf(view.guide!.id);
    expect(events.map((e) => e.action)).toEqual(['disclosure.guide.created', 'disclosure.guide.updated']);
    const portal = await publicGuides(w.as(null));
    expect(portal.find((g) => g.unit.id === w.market.id)?.guide?.text).toBe('二版');
  });

  it('keeps the audit chain intact', async () => {
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true });
  });
});
