import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../db/index.js';
import { expectAudit } from '../../test/audit.js';
import { createTestDatabase, type TestDatabase } from '../../test/test-db.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../test/world.js';
import { allocateDocumentNumber, documentPrefixOf, setDocumentPrefix } from './allocate.js';
import { defineDocumentKind } from './numbering.js';

const reply = defineDocumentKind({ key: 'test_reply', word: '公开', label: '答复书' });
const decision = defineDocumentKind({ key: 'test_decision', word: '罚', label: '决定书' });

let t: TestDatabase;
let w: DistrictWorld;

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
}, 120_000);
afterAll(async () => {
  await t?.drop();
});

const issue = (unitId: string, kind = reply, year = 2024) =>
  inTransaction(t.db, async (tx) => (await allocateDocumentNumber(tx, { unitId, kind, year })).number);

describe('allocateDocumentNumber (GB/T 9704-2012 §7.2.4)', () => {
  it('numbers per organ, kind and year, from 1, with the organ’s 代字 (demo org: 于市监; 区住建局 于住建; the district government derived: 于政)', async () => {
    expect(await issue(w.market.id)).toBe('于市监公开〔2024〕1号');
    expect(await issue(w.market.id)).toBe('于市监公开〔2024〕2号');
    expect(await issue(w.market.id, decision)).toBe('于市监罚〔2024〕1号');
    expect(await issue(w.market.id, reply, 2025)).toBe('于市监公开〔2025〕1号');
    expect(await issue(w.housing.id)).toBe('于住建公开〔2024〕1号');
    expect(await issue(w.district.id)).toBe('于政公开〔2024〕1号');
  });

  it('takes a number back when the document’s transaction rolls back (no gap)', async () => {
    await expect(
      inTransaction(t.db, async (tx) => {
        await allocateDocumentNumber(tx, { unitId: w.housing.id, kind: decision, year: 2024 });
        throw new Error('the document failed');
      }),
    ).rejects.toThrow('the document failed');
    expect(await issue(w.housing.id, decision)).toBe('于住建罚〔2024〕1号');
  });

  it('never issues one number twice to concurrent documents', async () => {
    const numbers = await Promise.all([1, 2, 3, 4].map(() => issue(w.housing.id, reply, 2030)));
    expect(numbers.sort()).toEqual([
      '于住建公开〔2030〕1号',
      '于住建公开〔2030〕2号',
      '于住建公开〔2030〕3号',
      '于住建公开〔2030〕4号',
    ]);
  });
});

describe('setDocumentPrefix', () => {
  it('sets the organ’s 代字, audited, and refuses one that is not Chinese text', async () => {
    const ctx = w.as(w.coordinator);
    await expect(
      inTransaction(t.db, (tx) => setDocumentPrefix(tx, ctx, w.market.id, 'SJ')),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'documentPrefix', message: expect.stringContaining('汉字') }],
    });
    expect(await inTransaction(t.db, (tx) => setDocumentPrefix(tx, ctx, w.market.id, '于市场'))).toBe(
      '于市场',
    );
    expect(await issue(w.market.id, decision)).toBe('于市场罚〔2024〕2号');
    await expectAudit(t.db, { action: 'org.unit.document_prefix_set', subjectId: w.market.id, count: 1 });
    await inTransaction(t.db, (tx) => setDocumentPrefix(tx, ctx, w.market.id, null));
    expect(await documentPrefixOf(t.db, w.market.id)).toBe('于市场监管');
  });

  it('is the coordinator’s (org.manage), not a department officer’s', async () => {
    await expect(
      inTransaction(t.db, (tx) => setDocumentPrefix(tx, w.as(w.marketOfficer), w.market.id, '于市监')),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
