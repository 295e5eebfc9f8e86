import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../../../platform/http/index.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-db.js';
import { DISTRICT_WORLD } from '../../../../test/world.js';
import { buildTestApp } from '../../../../test/test-server.js';
import { enforcementCases } from '../../cases/schema.js';
import { enforcementBodies, enforcementFeeItems } from '../../registry/schema.js';
import { changeDecision, publishDecision, withdrawPublication } from '../service/index.js';
import { insertDecidedCase, PERSON } from '../service/test-fixtures.js';
import { buildEnforcementWorld, type EnforcementWorld } from '../../test-support.js';

let t: TestDatabase;
let w: EnforcementWorld;
let app: App;
const ids = {} as Record<'person' | 'company' | 'pending' | 'withdrawn' | 'disguised' | 'misfiled', string>;
const COMPANY = { name: '沈阳鸿运食品有限公司', creditCode: '91210114MA0XY1234U', phone: '02488776655' };
const WITHDRAWN_PERSON = { name: '李四海', idNumber: '210114199001019876', phone: '13600009999' };

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildEnforcementWorld(t.db);
  const ctx = w.as(w.marketOfficer, '2020-07-10');
  const person = await insertDecidedCase(w, { decidedOn: '2020-06-01' });
  const company = await insertDecidedCase(w, {
    decidedOn: '2020-06-15',
    partyType: 'legal_person',
    partyName: COMPANY.name,
    partyIdNumber: COMPANY.creditCode,
    partyPhone: COMPANY.phone,
    partyAddress: '沈阳市于洪区沈大路 1 号',
    facts: `该公司销售过期食品，执法人员王强现场查获，联系电话 ${COMPANY.phone}。`,
    decisionText: '依据《中华人民共和国食品安全法》第一百二十四条，对该公司处罚款 50000 元。',
  });
  const pending = await insertDecidedCase(w, { decidedOn: '2020-07-01', cause: '待公示案件案由' });
  const withdrawn = await insertDecidedCase(w, {
    decidedOn: '2020-06-02',
    cause: '已撤回案件案由',
    partyName: WITHDRAWN_PERSON.name,
    partyIdNumber: WITHDRAWN_PERSON.idNumber,
    partyPhone: WITHDRAWN_PERSON.phone,
  });
  // Free text as officers really type it: the name spaced, full-width ID digits, a phone in groups.
  const disguised = await insertDecidedCase(w, {
    decidedOn: '2020-06-03',
    partyName: '赵六',
    partyIdNumber: '21011419800101002X',
    partyPhone: '13712345678',
    decisionText: '对当事人处罚款 3000 元。',
    cause: '赵 六（身份证２１０１１４１９８００１０１００２Ｘ，电话137 1234 5678）无证经营，其妻王小红（电话 139-8888-7777）在场',
  });
  // A natural person recorded as 法人, their resident ID typed where the credit code belongs.
  const misfiled = await insertDecidedCase(w, {
    decidedOn: '2020-06-04',
    partyType: 'legal_person',
    partyName: '于洪区某某商行',
    partyIdNumber: '21011419800101002X',
    facts: '该商行无证经营。',
    decisionText: '对该商行处罚款 3000 元。',
  });
  for (const c of [person, company, withdrawn, disguised, misfiled])
    await publishDecision(ctx, c.id, { on: c.decidedOn! });
  await changeDecision(ctx, withdrawn.id, { on: '2020-07-01', reason: '复议撤销' });
  await withdrawPublication(ctx, withdrawn.id, { on: '2020-07-02' });
  Object.assign(ids, {
    person: person.id,
    company: company.id,
    pending: pending.id,
    withdrawn: withdrawn.id,
    disguised: disguised.id,
    misfiled: misfiled.id,
  });
  app = await buildTestApp(t.db);
}, 120_000);
afterAll(async () => {
  await app?.close();
  await t?.drop();
});

const get = (url: string) => app.inject({ method: 'GET', url });
type Page = { items: { id: string; [k: string]: unknown }[]; total: number };

describe('GET /api/v1/portal/enforcement/decisions (公示, no login)', () => {
  it('masks by pattern what officers typed: spaced names, full-width IDs, grouped phones', async () => {
    const res = await get(`/api/v1/portal/enforcement/decisions/${ids.disguised}`);
    expect(res.json().cause).toBe(
      '赵*（身份证（证件号码已隐去），电话（电话已隐去））无证经营，其妻王小红（电话 （电话已隐去））在场',
    );
  });

  it('cannot be searched by what it hides: a full name, an ID number prefix', async () => {
    for (const q of ['赵六', '赵 六', '210114', '２１０１１４', '13712345678', '张三丰'])
      expect((await get(`/api/v1/portal/enforcement/decisions?q=${encodeURIComponent(q)}`)).json().total, q).toBe(0);
    expect((await get(`/api/v1/portal/enforcement/decisions?q=${encodeURIComponent('无证经营')}`)).json().total).toBe(1);
  });

  it('publishes no credit code that is not one (a person recorded as 法人)', async () => {
    const res = await get(`/api/v1/portal/enforcement/decisions/${ids.misfiled}`);
    expect(res.json().partyCreditCode).toBeNull();
    expect(res.body).not.toContain('21011419800101002X');
  });

  it('lists only published decisions, newest first; never pending or withdrawn ones', async () => {
    const res = await get('/api/v1/portal/enforcement/decisions');
    expect(res.statusCode).toBe(200);
    const page = res.json() as Page;
    expect(page.items.map((i) => i.id)).toEqual([ids.company, ids.misfiled, ids.disguised, ids.person]);
    expect(page.total).toBe(4);
    expect(res.body).not.toContain('待公示案件案由');
    expect(res.body).not.toContain('已撤回案件案由');
  });

  it('never shows personal data: ID numbers, phones, addresses, full names of people, officers', async () => {
    const bodies = [
      (await get('/api/v1/portal/enforcement/decisions?pageSize=50')).body,
      (await get(`/api/v1/portal/enforcement/decisions/${ids.person}`)).body,
      (await get(`/api/v1/portal/enforcement/decisions/${ids.company}`)).body,
    ].join('\n');
    for (const secret of [
      PERSON.idNumber,
      PERSON.phone,
      PERSON.address,
      PERSON.name,
      COMPANY.phone,
      WITHDRAWN_PERSON.name,
      WITHDRAWN_PERSON.idNumber,
      WITHDRAWN_PERSON.phone,
      '王强',
      '李娜',
      '沈大路',
    ]) {
      expect(bodies, secret).not.toContain(secret);
    }
  });

  it('shows a natural person as 张** with no facts; an organisation by name and credit code', async () => {
    const person = (await get(`/api/v1/portal/enforcement/decisions/${ids.person}`)).json();
    expect(person).toMatchObject({
      partyName: '张**',
      partyCreditCode: null,
      facts: null,
      kindLabel: '行政处罚',
      partyTypeLabel: '自然人',
      outcomeLabel: '罚款',
      fineAmount: 3000,
      decidedOn: '2020-06-01',
      publishedOn: '2020-06-01',
    });
    expect(person.decisionText).toContain('对张**处罚款 3000 元');
    const company = (await get(`/api/v1/portal/enforcement/decisions/${ids.company}`)).json();
    expect(company).toMatchObject({ partyName: COMPANY.name, partyCreditCode: COMPANY.creditCode });
    expect(company.facts).toBe('该公司销售过期食品，执法人员**现场查获，联系电话 （电话已隐去）。');
  });

  it('answers 404 for a pending, a withdrawn or an unknown decision alike', async () => {
    for (const id of [ids.pending, ids.withdrawn, '00000000-0000-4000-8000-000000000000']) {
      const res = await get(`/api/v1/portal/enforcement/decisions/${id}`);
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('案由');
    }
  });

  it('filters by keyword, body, kind and decision date; a person cannot be found by full name', async () => {
    const ids_ = async (qs: string) =>
      ((await get(`/api/v1/portal/enforcement/decisions?${qs}`)).json() as Page).items.map((i) => i.id);
    expect(await ids_(`q=${encodeURIComponent('鸿运')}`)).toEqual([ids.company]);
    expect(await ids_(`q=${encodeURIComponent(PERSON.name)}`)).toEqual([]);
    expect(await ids_(`orgUnitId=${w.housing.id}`)).toEqual([]);
    expect(await ids_('kind=licensing')).toEqual([]);
    expect(await ids_('from=2020-06-10&to=2020-06-30')).toEqual([ids.company]);
    const bad = await get('/api/v1/portal/enforcement/decisions?from=2020-6-1');
    expect(bad.statusCode).toBe(400);
  });
});

describe('事前公开: bodies and fees', () => {
  it('lists confirmed bodies in force with their basis and scope', async () => {
    await t.db
      .update(enforcementBodies)
      .set({ revokedOn: '2020-12-01' })
      .where(eq(enforcementBodies.orgUnitId, w.housing.id));
    const res = await get('/api/v1/portal/enforcement/bodies');
    expect(res.statusCode).toBe(200);
    const { bodies } = res.json() as { bodies: { orgUnitId: string; legalBasis: string }[] };
    expect(bodies.map((b) => b.orgUnitId)).toEqual([w.market.id]);
    expect(bodies[0]).toMatchObject({
      authorityKindLabel: '法定行政机关',
      confirmationDocument: '于政办发〔2020〕8号',
    });
  });

  it('lists the fee catalogue in force, by body, without repealed items', async () => {
    const fee = (code: string, repealedOn: string | null) => ({
      districtId: w.market.districtId,
      orgUnitId: w.market.id,
      code,
      name: `收费项目 ${code}`,
      legalBasis: '《行政事业性收费管理条例》',
      standard: '每件 10 元',
      publishedOn: '2020-01-01',
      repealedOn,
    });
    await t.db.insert(enforcementFeeItems).values([fee('F-1', null), fee('F-2', '2020-06-30')]);
    const res = await get('/api/v1/portal/enforcement/fees');
    expect(res.statusCode).toBe(200);
    const { bodies } = res.json() as { bodies: { orgUnitId: string; items: { code: string }[] }[] };
    expect(bodies).toHaveLength(1);
    expect(bodies[0]!.orgUnitId).toBe(w.market.id);
    expect(bodies[0]!.items.map((i) => i.code)).toEqual(['F-1']);
  });
});

it('a never-decided case is invisible too', async () => {
  await t.db
    .update(enforcementCases)
    .set({ publicationState: null })
    .where(eq(enforcementCases.id, ids.pending));
  const res = await get(`/api/v1/portal/enforcement/decisions/${ids.pending}`);
  expect(res.statusCode).toBe(404);
});
