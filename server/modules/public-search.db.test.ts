import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortalSearchResult } from '../../common/contracts/portal-search.js';
import type { App } from '../platform/http/index.js';
import { createTestDatabase, type TestDatabase } from '../test/test-db.js';
import { DISTRICT_WORLD } from '../test/world.js';
import { buildTestApp } from '../test/test-server.js';
import { registerItem } from './disclosure/service/proactive/index.js';
import { buildEntry } from './disclosure/service/proactive/test-support.js';
import { publishDecision } from './enforcement/publication/service/index.js';
import { insertDecidedCase, PERSON } from './enforcement/publication/service/test-fixtures.js';
import { buildEnforcementWorld, type EnforcementWorld } from './enforcement/test-support.js';
import { createItem, fireTransition } from './powers/service/index.js';
import { buildItemInput } from './powers/test-support.js';

let t: TestDatabase;
let w: EnforcementWorld;
let app: App;
const ids: Record<string, string> = {};

/** One public and one unpublished record per module, all about 烟花 (fireworks). */
beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildEnforcementWorld(t.db);
  const coord = w.as(w.coordinator, '2020-06-30');
  const published = await createItem(coord, buildItemInput(w.market.id, { name: '烟花爆竹经营许可' }));
  await fireTransition(coord, published.id, 'publish');
  await createItem(coord, buildItemInput(w.market.id, { name: '烟花燃放的行政检查（草稿）' }));
  const decided = await insertDecidedCase(w, { decidedOn: '2020-06-01', cause: '无证销售烟花爆竹' });
  await publishDecision(w.as(w.marketOfficer, '2020-06-05'), decided.id, { on: '2020-06-05' });
  await insertDecidedCase(w, { decidedOn: '2020-06-02', cause: '待公示的烟花案件' });
  const onPortal = await registerItem(
    w.as(w.marketOfficer),
    buildEntry(w.market.id, { title: '关于春节期间烟花爆竹安全管理的通告' }),
  );
  const offPortal = await registerItem(
    w.as(w.marketOfficer),
    buildEntry(w.market.id, { title: '烟花爆竹检查内部通知', channels: ['bulletin_board'] }),
  );
  Object.assign(ids, {
    power: published.id,
    decision: decided.id,
    catalogue: onPortal.id,
    off: offPortal.id,
  });
  app = await buildTestApp(t.db);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

const search = (qs: string) => app.inject({ method: 'GET', url: `/api/v1/portal/search?${qs}` });

describe('GET /api/v1/portal/search', () => {
  it('answers a visitor without login, one group per module that declares a public search', async () => {
    const res = await search(`q=${encodeURIComponent('烟花')}`);
    expect(res.statusCode).toBe(200);
    const body = res.json<PortalSearchResult>();
    expect(body.groups.map((g) => g.key)).toEqual([
      'powers.items',
      'disclosure.catalogue',
      'enforcement.decisions',
    ]);
    const hits = Object.fromEntries(body.groups.map((g) => [g.key, g.hits.map((h) => h.path)]));
    expect(hits).toEqual({
      'powers.items': [`/powers/${ids.power}`],
      'disclosure.catalogue': [`/disclosure/catalogue/${ids.catalogue}`],
      'enforcement.decisions': [`/enforcement/decisions/${ids.decision}`],
    });
    expect(body.groups.map((g) => g.total)).toEqual([1, 1, 1]);
    expect(body.groups[0]?.morePath).toBe(`/powers?q=${encodeURIComponent('烟花')}`);
  });

  it('shows nothing unpublished: drafts, pending decisions, items kept off the portal', async () => {
    const body = (await search(`q=${encodeURIComponent('草稿')}`)).json<PortalSearchResult>();
    expect(body.groups.every((g) => g.total === 0 && g.hits.length === 0)).toBe(true);
    for (const q of ['待公示', '内部通知'])
      expect(
        (await search(`q=${encodeURIComponent(q)}`)).json<PortalSearchResult>().groups.map((g) => g.total),
      ).toEqual([0, 0, 0]);
  });

  it('masks a natural person and is not a way to find one by name or ID', async () => {
    const raw = (await search(`q=${encodeURIComponent('烟花')}`)).body;
    expect(raw).toContain('张**');
    for (const secret of [PERSON.name, PERSON.idNumber, PERSON.phone]) expect(raw).not.toContain(secret);
    for (const q of [PERSON.name, PERSON.idNumber.slice(0, 10)])
      expect((await search(`q=${encodeURIComponent(q)}`)).json<PortalSearchResult>().groups[2]?.total).toBe(
        0,
      );
  });

  it('refuses an empty or overlong query with a zh-CN message naming the field', async () => {
    const empty = await search('q=%20');
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields).toEqual([{ path: 'querystring.q', message: '请输入要查找的词语' }]);
    const long = await search(`q=${'烟'.repeat(101)}`);
    expect(long.json().error.fields[0]).toMatchObject({
      path: 'querystring.q',
      message: '查找词语最多 100 个字',
    });
  });
});

describe('GET /api/v1/portal/disclosure/catalogue/:id (a hit opens)', () => {
  it('shows an item on the portal to a visitor, and no item kept off it', async () => {
    const item = await app.inject({ url: `/api/v1/portal/disclosure/catalogue/${ids.catalogue}` });
    expect(item.statusCode).toBe(200);
    expect(item.json()).toMatchObject({ title: '关于春节期间烟花爆竹安全管理的通告' });
    expect((await app.inject({ url: `/api/v1/portal/disclosure/catalogue/${ids.off}` })).statusCode).toBe(
      404,
    );
  });
});
