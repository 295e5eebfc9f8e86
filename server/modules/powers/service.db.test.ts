import { PassThrough } from 'node:stream';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ImportRejected, parseLedgerFile, writeLedgerXlsx } from '../../platform/io/index.js';
import { findAudit } from '../../test/audit.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../test/world.js';
import { type PowerLedgerRow, powerLedger } from './io.js';
import { powerItems, powerItemVersions } from './schema.js';
import {
  createItem,
  findItems,
  findPublishedItems,
  fireTransition,
  getItem,
  getPublishedItem,
  importItems,
  openRevision,
  updateItem,
} from './service/index.js';
import { buildItemInput } from './test-support.js';

let t: TestDatabase;
let w: DistrictWorld;

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
}, 120_000);
afterAll(async () => {
  await t?.drop();
});

const auditActions = async (itemId: string) =>
  (await findAudit(t.db, { subjectType: 'power_item', subjectId: itemId })).map((e) => e.action);

async function versionsOf(itemId: string) {
  return t.db
    .select()
    .from(powerItemVersions)
    .where(eq(powerItemVersions.itemId, itemId))
    .orderBy(powerItemVersions.version);
}

const query = { page: 1, pageSize: 20 };

describe('drafting and publishing', () => {
  it('lets a department draft its own item, audited', async () => {
    const item = await createItem(w.as(w.marketOfficer), buildItemInput(w.market.id));
    expect(item).toMatchObject({ status: 'draft', currentVersion: 0, orgUnitId: w.market.id });
    expect(await auditActions(item.id)).toEqual(['powers.item.created']);
  });

  it('refuses a draft for another department', async () => {
    await expect(createItem(w.as(w.marketOfficer), buildItemInput(w.housing.id))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('refuses a code already used in the district', async () => {
    const first = buildItemInput(w.market.id);
    await createItem(w.as(w.coordinator), first);
    await expect(
      createItem(w.as(w.coordinator), { ...buildItemInput(w.market.id), code: first.code }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'code' }],
    });
  });

  it('blocks publishing an incomplete item and writes nothing', async () => {
    const item = await createItem(
      w.as(w.marketOfficer),
      buildItemInput(w.market.id, { responsibility: null }),
    );
    await expect(fireTransition(w.as(w.coordinator), item.id, 'publish')).rejects.toMatchObject({
      code: 'POWER_ITEM_INCOMPLETE',
      message: expect.stringContaining('责任事项'),
    });
    expect(await versionsOf(item.id)).toEqual([]);
    expect(await auditActions(item.id)).toEqual(['powers.item.created']);
    const [row] = await t.db.select().from(powerItems).where(eq(powerItems.id, item.id));
    expect(row?.status).toBe('draft');
  });

  it('publishes a complete item as version 1, in force from today', async () => {
    const item = await createItem(w.as(w.marketOfficer), buildItemInput(w.market.id));
    await expect(fireTransition(w.as(w.marketOfficer), item.id, 'publish')).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const published = await fireTransition(w.as(w.coordinator, '2020-06-30'), item.id, 'publish');
    expect(published).toMatchObject({ status: 'published', currentVersion: 1, publishedOn: '2020-06-30' });
    expect(await versionsOf(item.id)).toMatchObject([
      { version: 1, status: 'in_force', publishedOn: '2020-06-30' },
    ]);
    expect(await auditActions(item.id)).toEqual(['powers.item.created', 'powers.item.published']);
    const detail = await getItem(w.as(w.coordinator), item.id);
    expect(detail.history.map((s) => s.transition)).toEqual(['publish']);
    expect(detail.actions.find((a) => a.key === 'repeal')?.allowed).toBe(true);
  });
});

describe('revising and repealing', () => {
  it('keeps the old version public until the revision is published', async () => {
    const item = await createItem(w.as(w.coordinator), buildItemInput(w.market.id, { timeLimit: '九十日' }));
    await fireTransition(w.as(w.coordinator, '2020-06-30'), item.id, 'publish');
    await openRevision(w.as(w.marketOfficer, '2020-09-01'), item.id, '上位法修改');
    await updateItem(w.as(w.marketOfficer, '2020-09-01'), item.id, { timeLimit: '六十日' });
    await expect(updateItem(w.as(w.marketOfficer), item.id, { code: 'X-1' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    expect((await getPublishedItem(w.as(w.coordinator), item.id)).timeLimit).toBe('九十日');
    expect((await getItem(w.as(w.coordinator), item.id)).item.pendingRevision?.timeLimit).toBe('六十日');

    await fireTransition(w.as(w.coordinator, '2020-09-10'), item.id, 'publish_revision', {});
    expect((await getPublishedItem(w.as(w.coordinator), item.id)).timeLimit).toBe('六十日');
    expect(await versionsOf(item.id)).toMatchObject([
      { version: 1, status: 'revised', supersededOn: '2020-09-10' },
      { version: 2, status: 'in_force', publishedOn: '2020-09-10', reason: '上位法修改' },
    ]);
    expect(await auditActions(item.id)).toEqual([
      'powers.item.created',
      'powers.item.published',
      'powers.item.revision_opened',
      'powers.item.revision_updated',
      'powers.item.revised',
    ]);
  });

  it('edits a published item only through a revision', async () => {
    const item = await createItem(w.as(w.coordinator), buildItemInput(w.market.id));
    await fireTransition(w.as(w.coordinator), item.id, 'publish');
    await expect(updateItem(w.as(w.coordinator), item.id, { name: '新名称' })).rejects.toMatchObject({
      code: 'REVISION_NOT_OPEN',
    });
  });

  it('repeals with a reason: the version closes and the item leaves the portal', async () => {
    const item = await createItem(w.as(w.coordinator), buildItemInput(w.market.id));
    await fireTransition(w.as(w.coordinator), item.id, 'publish');
    await expect(fireTransition(w.as(w.coordinator), item.id, 'repeal', {})).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await fireTransition(w.as(w.coordinator, '2020-11-20'), item.id, 'repeal', { reason: '上级决定取消' });
    expect(await versionsOf(item.id)).toMatchObject([
      { status: 'repealed', repealedOn: '2020-11-20', reason: '上级决定取消' },
    ]);
    await expect(getPublishedItem(w.as(w.coordinator), item.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(fireTransition(w.as(w.coordinator), item.id, 'revise', {})).rejects.toMatchObject({
      code: 'TRANSITION_NOT_ALLOWED',
    });
  });
});

describe('scope', () => {
  it('hides another department’s item from a department officer (404, not 403)', async () => {
    const item = await createItem(w.as(w.housingOfficer), buildItemInput(w.housing.id));
    await expect(getItem(w.as(w.marketOfficer), item.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(updateItem(w.as(w.marketOfficer), item.id, { name: 'x' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(fireTransition(w.as(w.marketOfficer), item.id, 'discard')).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const page = await findItems(w.as(w.marketOfficer), { ...query, pageSize: 200 });
    expect(page.items.every((i) => i.orgUnitId === w.market.id)).toBe(true);
    expect((await getItem(w.as(w.coordinator), item.id)).item.id).toBe(item.id);
  });

  it('shows the public published items only', async () => {
    const draft = await createItem(w.as(w.coordinator), buildItemInput(w.housing.id));
    const page = await findPublishedItems(w.as(w.coordinator), { ...query, pageSize: 200 });
    expect(page.items.some((i) => i.id === draft.id)).toBe(false);
    expect(page.items.every((i) => i.status === 'published')).toBe(true);
    expect(Object.values(page.byCategory).reduce((a, b) => a + b, 0)).toBe(page.total);
  });
});

function row(over: Partial<PowerLedgerRow>): PowerLedgerRow {
  const input = buildItemInput(w.market.id);
  return {
    code: input.code,
    name: input.name,
    subItemName: null,
    category: 'penalty',
    orgUnit: '区市场监督管理局',
    legalBasis: input.legalBasis ?? null,
    handlingUnit: null,
    exerciseLevel: 'county',
    process: input.process ?? null,
    responsibility: input.responsibility ?? null,
    accountability: null,
    timeLimit: null,
    feeBasis: null,
    supervisionPhone: null,
    remarks: null,
    status: null,
    publishedOn: null,
    version: null,
    ...over,
  };
}

async function xlsx(rows: PowerLedgerRow[]): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeLedgerXlsx(powerLedger, rows, out);
  return Buffer.concat(chunks);
}

async function countItems(): Promise<number> {
  const r = await t.db.execute<{ n: number }>(sql`SELECT count(*)::int AS n FROM power_items`);
  return r.rows[0]?.n ?? 0;
}

describe('import (all or nothing)', () => {
  it('imports a sheet as drafts, or as published when the coordinator marks rows 已发布', async () => {
    const file = await xlsx([
      row({}),
      row({ status: 'published', publishedOn: '2020-06-30' }),
      row({ orgUnit: '210114-D13' }),
    ]);
    const parsed = await parseLedgerFile(powerLedger, file, 'xlsx');
    expect(parsed.errors).toEqual([]);
    const result = await importItems(w.as(w.coordinator, '2020-07-01'), parsed);
    expect(result).toMatchObject({ imported: 3, updated: 0, unchanged: 0, published: 1 });
    const [published] = await t.db.select().from(powerItems).where(eq(powerItems.code, parsed.rows[1]!.code));
    expect(published).toMatchObject({ status: 'published', publishedOn: '2020-06-30', currentVersion: 1 });
    expect(await auditActions(published!.id)).toEqual(['powers.item.published']);
  });

  it('writes nothing when one row is bad, and lists every bad row', async () => {
    const before = await countItems();
    const existing = await createItem(w.as(w.coordinator), buildItemInput(w.market.id));
    await fireTransition(w.as(w.coordinator, '2020-06-30'), existing.id, 'publish');
    const rows = [
      row({}),
      row({ orgUnit: '不存在的局' }),
      row({ code: existing.code }),
      row({ status: 'published', legalBasis: null }),
      row({}),
    ];
    const parsed = await parseLedgerFile(powerLedger, await xlsx(rows), 'xlsx');
    const error = (await importItems(w.as(w.coordinator), parsed).catch((e: unknown) => e)) as ImportRejected;
    expect(error.code).toBe('IMPORT_REJECTED');
    expect(error.rows.map((r) => [r.row, r.column])).toEqual([
      [3, '实施主体'],
      [4, ''],
      [5, '实施依据'],
    ]);
    expect(await countItems()).toBe(before + 1);
  });

  it('lets a department officer import only drafts of their own unit', async () => {
    const rows = [row({ orgUnit: '区住建局' }), row({ status: 'published' }), row({})];
    const parsed = await parseLedgerFile(powerLedger, await xlsx(rows), 'xlsx');
    const error = (await importItems(w.as(w.marketOfficer), parsed).catch(
      (e: unknown) => e,
    )) as ImportRejected;
    expect(error.rows).toMatchObject([
      { row: 2, column: '实施主体', message: expect.stringContaining('本单位') },
      { row: 3, column: '状态' },
    ]);
    const ok = await parseLedgerFile(
      powerLedger,
      await xlsx([row({}), row({ orgUnit: '区市场监管局' })]),
      'xlsx',
    );
    expect(await importItems(w.as(w.marketOfficer), ok)).toMatchObject({ imported: 2, published: 0 });
  });

  it('is idempotent on 事项编码: unchanged rows stay, a changed draft is edited (audited), a published item refused', async () => {
    const draft = row({});
    const published = row({ status: 'published', publishedOn: '2020-06-30' });
    const first = await parseLedgerFile(powerLedger, await xlsx([draft, published]), 'xlsx');
    await importItems(w.as(w.coordinator, '2020-07-01'), first);
    const count = await countItems();
    const again = await importItems(w.as(w.coordinator, '2020-07-01'), first);
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 2, published: 0 });
    expect(again.rows.map((r) => [r.row, r.outcome, r.key])).toEqual([
      [2, 'unchanged', draft.code],
      [3, 'unchanged', published.code],
    ]);
    const edited = await parseLedgerFile(powerLedger, await xlsx([{ ...draft, name: '改过的名称' }]), 'xlsx');
    expect(await importItems(w.as(w.coordinator, '2020-07-02'), edited)).toMatchObject({
      imported: 0,
      updated: 1,
      rows: [{ row: 2, outcome: 'updated', key: draft.code }],
    });
    const [item] = await t.db.select().from(powerItems).where(eq(powerItems.code, draft.code));
    expect(item).toMatchObject({ name: '改过的名称', status: 'draft' });
    expect(await auditActions(item!.id)).toEqual(['powers.item.created', 'powers.item.updated']);
    const rewrite = await parseLedgerFile(powerLedger, await xlsx([{ ...published, name: '改' }]), 'xlsx');
    const error = (await importItems(w.as(w.coordinator), rewrite).catch(
      (e: unknown) => e,
    )) as ImportRejected;
    expect(error.rows).toEqual([
      {
        row: 2,
        column: '',
        message: expect.stringContaining('事项名称与系统中不同：已发布的事项不能通过导入改写'),
      },
    ]);
    expect(await countItems()).toBe(count);
  });

  it('refuses a publication date in the future', async () => {
    const parsed = await parseLedgerFile(
      powerLedger,
      await xlsx([row({ status: 'published', publishedOn: '2020-08-01' })]),
      'xlsx',
    );
    await expect(importItems(w.as(w.coordinator, '2020-07-01'), parsed)).rejects.toMatchObject({
      rows: [{ column: '发布日期' }],
    });
  });
});
