import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../test/world.js';
import type { PowerLedgerRow } from './io.js';
import { powerItems } from './schema.js';
import {
  createItem,
  findItems,
  findPublishedItems,
  fireTransition,
  importItems,
  openRevision,
  updateItem,
} from './service/index.js';
import { buildItemInput } from './test-support.js';

let t: TestDatabase;
let w: DistrictWorld;

/** Items whose names share characters in different orders, so a gram index alone would over-match. */
const ITEMS = [
  { code: 'SRCH-ZX-001', name: '对烟花爆竹经营单位的行政检查', category: 'inspection' },
  { code: 'SRCH-ZX-002', name: '对食品摊贩违法经营的行政处罚', category: 'penalty' },
  { code: 'SRCH-QT-003', name: '对食用农产品市场销售违法行为的行政处罚', category: 'penalty' },
  { code: 'SRCH-QT-004', name: '对品食两类标签不全的行政处罚', category: 'penalty' },
  { code: 'SRCH-QT-005', name: '食品经营与品食标识的行政检查', category: 'inspection' },
  { code: 'SRCH_9', name: '对占道经营的行政强制', category: 'coercion' },
  { code: 'SRCHX9', name: '对擅自设置户外广告的行政强制', category: 'coercion' },
] as const;

const ids = new Map<string, string>();

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
  for (const item of ITEMS) {
    const created = await createItem(w.as(w.coordinator), buildItemInput(w.market.id, item));
    ids.set(item.code, created.id);
  }
  // Published: the public sees these (and only these).
  for (const code of ['SRCH-ZX-002', 'SRCH-QT-003', 'SRCH-QT-005']) {
    await fireTransition(w.as(w.coordinator, '2020-06-30'), ids.get(code)!, 'publish');
  }
}, 120_000);
afterAll(async () => {
  await t?.drop();
});

async function staffCodes(q: string, over: { category?: 'penalty' } = {}): Promise<string[]> {
  const page = await findItems(w.as(w.coordinator), { q, page: 1, pageSize: 50, ...over });
  expect(page.total).toBe(page.items.length);
  return page.items.map((i) => i.code).sort();
}

async function portalCodes(q: string): Promise<string[]> {
  const page = await findPublishedItems(w.as(w.coordinator), { q, page: 1, pageSize: 50 });
  return page.items.map((i) => i.code).sort();
}

describe('keyword search', () => {
  it('finds a two-character Chinese keyword as a substring only, not its characters in another order', async () => {
    expect(await staffCodes('食品')).toEqual(['SRCH-QT-005', 'SRCH-ZX-002']);
    expect(await staffCodes('品食')).toEqual(['SRCH-QT-004', 'SRCH-QT-005']);
  });

  it('finds a one-character keyword wherever the character occurs', async () => {
    expect(await staffCodes('食')).toEqual(['SRCH-QT-003', 'SRCH-QT-004', 'SRCH-QT-005', 'SRCH-ZX-002']);
    expect(await staffCodes('烟')).toEqual(['SRCH-ZX-001']);
  });

  it('rechecks a longer keyword whose bigrams all occur but not together', async () => {
    // 食品与品食 holds both bigrams of 食品食, yet not the keyword itself.
    expect(await staffCodes('食品食')).toEqual([]);
    expect(await staffCodes('食品经营')).toEqual(['SRCH-QT-005']);
  });

  it('finds a code fragment regardless of case, and takes % and _ literally', async () => {
    expect(await staffCodes('zx-00')).toEqual(['SRCH-ZX-001', 'SRCH-ZX-002']);
    expect(await staffCodes('SRCH-QT')).toEqual(['SRCH-QT-003', 'SRCH-QT-004', 'SRCH-QT-005']);
    expect(await staffCodes('Zx')).toEqual(['SRCH-ZX-001', 'SRCH-ZX-002']);
    expect(await staffCodes('h_9')).toEqual(['SRCH_9']);
    expect(await staffCodes('_')).toEqual(['SRCH_9']);
    expect(await staffCodes('%')).toEqual([]);
  });

  it('combines the keyword with the category filter', async () => {
    expect(await staffCodes('行政处罚', { category: 'penalty' })).toEqual([
      'SRCH-QT-003',
      'SRCH-QT-004',
      'SRCH-ZX-002',
    ]);
  });

  it('counts every match on each page, and past the last page', async () => {
    const ctx = w.as(w.coordinator);
    const second = await findItems(ctx, { q: '食', page: 2, pageSize: 3 });
    expect(second).toMatchObject({ total: 4, items: [{ code: 'SRCH-ZX-002' }] });
    const beyond = await findItems(ctx, { q: '食', page: 9, pageSize: 3 });
    expect(beyond).toEqual({ total: 4, items: [] });
    expect(await findItems(ctx, { q: '无此事项', page: 1, pageSize: 3 })).toEqual({ total: 0, items: [] });
  });

  it('shows the public only published matches, with the total and the counts per category', async () => {
    expect(await portalCodes('食')).toEqual(['SRCH-QT-003', 'SRCH-QT-005', 'SRCH-ZX-002']);
    const ctx = w.as(w.coordinator);
    const penalty = await findPublishedItems(ctx, { q: '食', category: 'penalty', page: 1, pageSize: 1 });
    expect(penalty.items).toHaveLength(1);
    expect(penalty.total).toBe(2);
    expect(penalty.byCategory).toMatchObject({ penalty: 2, inspection: 1, coercion: 0 });
    const past = await findPublishedItems(ctx, { q: '食', page: 5, pageSize: 1 });
    expect(past).toMatchObject({ items: [], total: 3 });
  });
});

describe('the public search when the phrase finds nothing (issue #10)', () => {
  const search = (q: string) => findPublishedItems(w.as(w.coordinator), { q, page: 1, pageSize: 50 });

  it('finds items holding any of the words, those holding more of them first, published only', async () => {
    // 食品经营 标识 is no item's phrase; 005 holds 食品, 品经, 经营 and 标识, 002 only 食品 and 经营;
    // the draft 001 (烟花爆竹经营) holds 经营 but is not public.
    const page = await search('食品经营 标识');
    expect(page.items.map((i) => i.code)).toEqual(['SRCH-QT-005', 'SRCH-ZX-002']);
    expect(page).toMatchObject({ total: 2, matchedBy: 'anyTerm', terms: ['食品', '品经', '经营', '标识'] });
    expect(page.byCategory).toMatchObject({ inspection: 1, penalty: 1 });
  });

  it('splits what a citizen types without spaces', async () => {
    const page = await search('办理农产品销售许可');
    expect(page.items.map((i) => i.code)).toEqual(['SRCH-QT-003']);
    expect(page.matchedBy).toBe('anyTerm');
  });

  it('keeps the phrase when it finds something, and reports an honest nothing', async () => {
    expect(await search('食品摊贩')).toMatchObject({ total: 1, matchedBy: 'phrase', terms: [] });
    expect(await search('航天 卫星')).toMatchObject({ total: 0, items: [], matchedBy: 'anyTerm' });
    expect(await search('航天')).toMatchObject({ total: 0, items: [], matchedBy: 'phrase' });
  });
});

describe('the search terms follow every write', () => {
  it('follows a draft renamed by its department', async () => {
    const item = await createItem(
      w.as(w.coordinator),
      buildItemInput(w.market.id, { name: '对犬只登记的行政确认' }),
    );
    expect(await staffCodes('犬只')).toEqual([item.code]);
    await updateItem(w.as(w.coordinator), item.id, { name: '对猫舍备案的行政确认' });
    expect(await staffCodes('犬只')).toEqual([]);
    expect(await staffCodes('猫舍')).toEqual([item.code]);
  });

  it('keeps the in-force name public until a renaming revision is published', async () => {
    const item = await createItem(
      w.as(w.coordinator),
      buildItemInput(w.market.id, { name: '对桥梁限载的行政检查' }),
    );
    await fireTransition(w.as(w.coordinator, '2020-06-30'), item.id, 'publish');
    await openRevision(w.as(w.coordinator, '2020-09-01'), item.id, '名称规范');
    await updateItem(w.as(w.coordinator, '2020-09-01'), item.id, { name: '对隧道限高的行政检查' });
    expect(await portalCodes('桥梁')).toEqual([item.code]);
    expect(await portalCodes('隧道')).toEqual([]);
    await fireTransition(w.as(w.coordinator, '2020-09-10'), item.id, 'publish_revision', {});
    expect(await portalCodes('桥梁')).toEqual([]);
    expect(await portalCodes('隧道')).toEqual([item.code]);
  });

  it('indexes imported items, drafts and published alike', async () => {
    const base = buildItemInput(w.market.id);
    const row = (code: string, name: string, published: boolean): PowerLedgerRow => ({
      code,
      name,
      subItemName: null,
      category: 'penalty',
      orgUnit: '区市场监督管理局',
      legalBasis: base.legalBasis ?? null,
      handlingUnit: null,
      exerciseLevel: 'county',
      process: base.process ?? null,
      responsibility: base.responsibility ?? null,
      accountability: null,
      timeLimit: null,
      feeBasis: null,
      supervisionPhone: null,
      remarks: null,
      status: published ? 'published' : null,
      publishedOn: published ? '2020-06-30' : null,
      version: null,
    });
    const parsed = {
      rows: [row('IMP-QZ-1', '对渔船检验的行政处罚', false), row('IMP-QZ-2', '对渔港作业的行政处罚', true)],
      rowNumbers: [2, 3],
      errors: [],
    };
    expect(await importItems(w.as(w.coordinator, '2020-07-01'), parsed)).toMatchObject({
      imported: 2,
      published: 1,
    });
    expect(await staffCodes('渔')).toEqual(['IMP-QZ-1', 'IMP-QZ-2']);
    expect(await staffCodes('imp-qz')).toEqual(['IMP-QZ-1', 'IMP-QZ-2']);
    expect(await portalCodes('渔港')).toEqual(['IMP-QZ-2']);
  });

  it('stores the distinct lower-cased characters and bigrams of code and name, none across them', async () => {
    const [row] = await t.db
      .select({ grams: powerItems.searchGrams })
      .from(powerItems)
      .where(eq(powerItems.id, ids.get('SRCH_9')!));
    const expected = new Set<string>();
    for (const part of ['srch_9', '对占道经营的行政强制']) {
      for (let i = 0; i < part.length; i++) {
        expected.add(part[i]!);
        if (i + 1 < part.length) expected.add(part.slice(i, i + 2));
      }
    }
    expect([...row!.grams].sort()).toEqual([...expected].sort());
    expect(row!.grams).not.toContain('9对');
    const query = await t.db.execute<{ g: string[]; none: string[] }>(
      sql`SELECT fazhi_query_grams('AbA食') AS g, fazhi_search_grams('', NULL) AS none`,
    );
    expect([...query.rows[0]!.g].sort()).toEqual(['a食', 'ab', 'ba'].sort());
    expect(query.rows[0]!.none).toEqual([]);
  });
});
