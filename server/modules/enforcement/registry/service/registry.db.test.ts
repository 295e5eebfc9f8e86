import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findMyDueItems } from '../../../../platform/clocks/index.js';
import { AppError } from '../../../../platform/errors.js';
import { findOrgUnits, getOrgUnitByCode, type OrgUnit } from '../../../../platform/org/index.js';
import { expectAudit, findAudit } from '../../../../test/audit.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-db.js';
import { DISTRICT_WORLD } from '../../../../test/world.js';
import { buildEnforcementWorld, type EnforcementWorld } from '../../test-support.js';
import * as registry from './index.js';

let t: TestDatabase;
let w: EnforcementWorld;
let planning: OrgUnit;

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildEnforcementWorld(t.db);
  planning = (await getOrgUnitByCode(t.db, '210114-D02'))!;
}, 120_000);
afterAll(async () => {
  await t?.drop();
});

const auditActions = async (subjectId: string) => (await findAudit(t.db, { subjectId })).map((e) => e.action);

/** The error a use case throws, for asserting its code and fields. */
async function failure(work: Promise<unknown>): Promise<AppError> {
  try {
    await work;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the use case to fail');
}

const officerInput = (orgUnitId: string, over: Partial<registry.CreateOfficerInput> = {}) => ({
  orgUnitId,
  name: '孙丽',
  idNumber: '21011419900202123X',
  phone: '13912345678',
  certificateNumber: 'LN-SC-0100',
  certificateIssuer: '沈阳市人民政府',
  certificateIssuedOn: '2020-01-01',
  certificateValidUntil: '2020-07-20',
  hasLegalQualification: true,
  ...over,
});

describe('settings', () => {
  it('reads the defaults, then the coordinator’s values, with an audit event', async () => {
    const before = await registry.viewSettings(w.as(w.marketOfficer));
    expect(before).toMatchObject({ ...registry.DEFAULT_SETTINGS, isSet: false });
    await expect(
      registry.updateSettings(w.as(w.marketOfficer), { ...before, filingDays: 20 }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const after = await registry.updateSettings(w.as(w.coordinator), {
      ...registry.DEFAULT_SETTINGS,
      filingDays: 20,
    });
    expect(after).toMatchObject({ filingDays: 20, isSet: true });
    expect(await registry.getSettings(t.db, w.coordinator.districtId)).toMatchObject({ filingDays: 20 });
    // The district's id is also the subject of its org unit's creation.
    const actions = await auditActions(w.coordinator.districtId);
    expect(actions.filter((a) => a.startsWith('enforcement.'))).toEqual(['enforcement.settings.updated']);
  });
});

describe('bodies', () => {
  /** Is the unit offered for 确认 (a department or 行政执法机构 not confirmed today)? */
  const isCandidate = async (unitId: string) =>
    (await registry.findBodyCandidates(w.as(w.coordinator))).some((u) => u.id === unitId);

  it('confirms a unit of the district once, lists counts, revokes and re-confirms', async () => {
    const ctx = w.as(w.coordinator);
    expect(await isCandidate(planning.id)).toBe(true);
    const input = {
      orgUnitId: planning.id,
      authorityKind: 'statutory' as const,
      legalBasis: '《中华人民共和国价格法》',
      scope: '价格监督检查',
      confirmedOn: '2020-03-20',
      confirmationDocument: null,
    };
    const body = await registry.confirmBody(ctx, input);
    expect(body).toMatchObject({ orgUnitName: planning.name, officerCount: 0, validCertificateCount: 0 });
    const again = await failure(registry.confirmBody(ctx, input));
    expect(again.fields).toEqual([{ path: 'orgUnitId', message: `${planning.name}已确认为行政执法主体` }]);
    const unknown = await failure(registry.confirmBody(ctx, { ...input, orgUnitId: w.coordinator.userId }));
    expect(unknown.fields?.[0]?.path).toBe('orgUnitId');

    const { items } = await registry.findBodies(ctx, { page: 1, pageSize: 50 });
    const market = items.find((b) => b.orgUnitId === w.market.id)!;
    // 王强 and 李娜 valid on 2020-06-30; 赵刚's certificate ran out on 2020-03-31.
    expect(market).toMatchObject({ officerCount: 3, validCertificateCount: 2 });

    expect(await isCandidate(planning.id)).toBe(false);

    const revoked = await registry.revokeBody(ctx, body.id, { revokedOn: '2020-06-01', reason: '机构改革' });
    expect(revoked.revokedOn).toBe('2020-06-01');
    expect(await isCandidate(planning.id)).toBe(true);
    const reconfirmed = await registry.confirmBody(ctx, { ...input, confirmedOn: '2020-06-15' });
    expect(reconfirmed).toMatchObject({ id: body.id, revokedOn: null, confirmedOn: '2020-06-15' });
    expect(await auditActions(body.id)).toEqual([
      'enforcement.body.confirmed',
      'enforcement.body.revoked',
      'enforcement.body.reconfirmed',
    ]);
  });

  it('offers departments and 行政执法机构 not yet confirmed; refuses a street and other roles', async () => {
    const candidates = await registry.findBodyCandidates(w.as(w.coordinator));
    expect(new Set(candidates.map((u) => u.type))).toEqual(new Set(['department']));
    expect(candidates.map((u) => u.id)).not.toContain(w.market.id);
    const street = (await findOrgUnits(w.db, { districtId: w.coordinator.districtId, type: 'street' }))[0]!;
    const refused = await failure(
      registry.confirmBody(w.as(w.coordinator), {
        orgUnitId: street.id,
        authorityKind: 'statutory',
        legalBasis: '《中华人民共和国行政处罚法》',
        scope: '综合行政执法',
        confirmedOn: '2020-03-20',
        confirmationDocument: null,
      }),
    );
    expect(refused.fields?.map((f) => f.path)).toEqual(['orgUnitId']);
    await expect(registry.findBodyCandidates(w.as(w.marketOfficer))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('scopes the list and refuses department officers', async () => {
    const { items } = await registry.findBodies(w.as(w.marketOfficer), { page: 1, pageSize: 50 });
    expect(items.map((b) => b.orgUnitId)).toEqual([w.market.id]);
    await expect(
      registry.updateBody(w.as(w.marketOfficer), items[0]!.id, { scope: '改' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('officers', () => {
  it('registers an officer of the own body; the certificate number is unique in the district', async () => {
    const ctx = w.as(w.marketOfficer);
    const officer = await registry.createOfficer(ctx, officerInput(w.market.id));
    expect(officer).toMatchObject({ name: '孙丽', orgUnitName: w.market.name, isActive: true });
    const dup = await failure(
      registry.createOfficer(
        ctx,
        officerInput(w.market.id, { name: '周杰', certificateNumber: 'LN-ZJ-0001' }),
      ),
    );
    expect(dup.code).toBe('VALIDATION_FAILED');
    expect(dup.fields).toEqual([
      { path: 'certificateNumber', message: '执法证号“LN-ZJ-0001”已登记在刘伟名下，同一区内证号不能重复' },
    ]);
    const dates = await failure(
      registry.createOfficer(
        ctx,
        officerInput(w.market.id, { certificateNumber: 'X-1', certificateValidUntil: '2019-01-01' }),
      ),
    );
    expect(dates.fields?.map((f) => f.path)).toEqual(['certificateValidUntil']);
    await expect(
      registry.createOfficer(ctx, officerInput(w.housing.id, { certificateNumber: 'X-2' })),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const audit = await expectAudit(t.db, { action: 'enforcement.officer.created', subjectId: officer.id });
    // The audit chain is never erased: it keeps the ID number masked.
    expect(JSON.stringify(audit[0]?.after)).not.toContain('21011419900202123X');
  });

  it('hides another body’s officers (404) and filters expiring certificates', async () => {
    const [housingOfficerId] = w.housingOfficerIds;
    await expect(
      registry.updateOfficer(w.as(w.marketOfficer), housingOfficerId, { phone: '1' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(
      registry.deactivateOfficer(w.as(w.marketOfficer), housingOfficerId, { reason: '调离' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const expiring = await registry.findOfficers(w.as(w.coordinator), {
      expiringWithinDays: 30,
      page: 1,
      pageSize: 50,
    });
    expect(expiring.items.map((o) => o.name)).toEqual(['赵刚', '孙丽']);
    const housing = await registry.findOfficers(w.as(w.coordinator), {
      orgUnitId: w.housing.id,
      page: 1,
      pageSize: 50,
    });
    expect(housing.total).toBe(2);
  });

  it('renews a certificate and deactivates, with audit events', async () => {
    const ctx = w.as(w.marketOfficer);
    const [id] = w.marketOfficerIds;
    const renewed = await registry.updateOfficer(ctx, id, { certificateValidUntil: '2030-12-31' });
    expect(renewed.certificateValidUntil).toBe('2030-12-31');
    const off = await registry.deactivateOfficer(ctx, id, { reason: '调离执法岗位' });
    expect(off.isActive).toBe(false);
    await expect(registry.updateOfficer(ctx, id, { phone: '1' })).rejects.toMatchObject({
      code: 'OFFICER_INACTIVE',
    });
    expect(await auditActions(id)).toEqual([
      'enforcement.officer.updated',
      'enforcement.officer.deactivated',
    ]);
  });

  it('puts expiring and expired certificates in the officer managers’ due items', async () => {
    const mine = await findMyDueItems(w.as(w.marketOfficer));
    const reminders = mine.filter((i) => i.clockKey === 'enforcement.certificate_expiry');
    expect(reminders.map((r) => [r.title, r.urgency, r.dueOn])).toEqual([
      [`执法证件已过期：${w.market.name} 赵刚（LN-SC-0003）`, 'overdue', '2020-03-31'],
      [`执法证件即将到期：${w.market.name} 孙丽（LN-SC-0100）`, 'due_soon', '2020-07-20'],
    ]);
    expect(reminders[1]?.explanation).toContain('还有 20 日到期');
    const housing = await findMyDueItems(w.as(w.housingOfficer));
    expect(housing.filter((i) => i.clockKey === 'enforcement.certificate_expiry')).toEqual([]);
    const mediator = await findMyDueItems(w.as(w.mediator));
    expect(mediator.filter((i) => i.clockKey === 'enforcement.certificate_expiry')).toEqual([]);
  });
});

describe('benchmarks and the major catalogue', () => {
  const benchmark = (over: Partial<registry.CreateBenchmarkInput> = {}): registry.CreateBenchmarkInput => ({
    orgUnitId: w.market.id,
    powerItemId: w.marketPowers.penalty,
    code: 'SC-CL-001',
    violation: '未取得食品经营许可从事食品经营活动',
    violationBasis: '《食品安全法》第三十五条',
    penaltyBasis: '《食品安全法》第一百二十二条',
    ranges: [
      { circumstance: 'minor', fineMin: 0, fineMax: 50_000, description: '' },
      { circumstance: 'general', fineMin: 50_000, fineMax: 100_000, description: '' },
    ],
    ...over,
  });

  it('sets a benchmark on a penalty power of the body, checking bands, power and code', async () => {
    const ctx = w.as(w.marketOfficer);
    const created = await registry.createBenchmark(ctx, benchmark());
    expect(created.power?.id).toBe(w.marketPowers.penalty);
    const bad = await failure(
      registry.createBenchmark(
        ctx,
        benchmark({
          powerItemId: w.marketPowers.licensing,
          ranges: [{ circumstance: 'serious', fineMin: 10, fineMax: 5, description: '' }],
        }),
      ),
    );
    expect(bad.fields?.map((f) => f.path).sort()).toEqual(['code', 'powerItemId', 'ranges.0.fineMax']);
    const foreign = await failure(
      registry.createBenchmark(ctx, benchmark({ code: 'SC-CL-002', powerItemId: w.housingPowers.penalty })),
    );
    expect(foreign.fields?.[0]?.message).toContain('不是本执法主体权责清单中的事项');
    await expect(
      registry.createBenchmark(ctx, benchmark({ orgUnitId: null, code: 'QQ-1', powerItemId: null })),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const updated = await registry.updateBenchmark(ctx, created.id, { violation: '无证经营食品' });
    expect(updated.violation).toBe('无证经营食品');
    expect(await auditActions(created.id)).toEqual([
      'enforcement.benchmark.created',
      'enforcement.benchmark.updated',
    ]);
  });

  it('lists district-wide benchmarks to every body, writable by the coordinator only', async () => {
    const districtWide = await registry.createBenchmark(
      w.as(w.coordinator),
      benchmark({ orgUnitId: null, code: 'QQ-001', powerItemId: null }),
    );
    const seen = await registry.findBenchmarks(w.as(w.housingOfficer), { page: 1, pageSize: 50 });
    expect(seen.items.map((b) => b.code)).toEqual(['QQ-001']);
    await expect(registry.deactivateBenchmark(w.as(w.housingOfficer), districtWide.id)).rejects.toMatchObject(
      { code: 'FORBIDDEN' },
    );
    expect((await registry.deactivateBenchmark(w.as(w.coordinator), districtWide.id)).isActive).toBe(false);
  });

  it('adds and deactivates catalogue entries of the body’s own powers', async () => {
    const ctx = w.as(w.marketOfficer);
    const entry = await registry.addMajorCatalogueEntry(ctx, {
      orgUnitId: w.market.id,
      powerItemId: w.marketPowers.coercion,
      description: '查封、扣押价值较大的财物',
    });
    expect(await registry.isInMajorCatalogue(t.db, w.market.id, w.marketPowers.coercion)).toBe(true);
    const foreign = await failure(
      registry.addMajorCatalogueEntry(ctx, {
        orgUnitId: w.market.id,
        powerItemId: w.housingPowers.coercion,
        description: 'x',
      }),
    );
    expect(foreign.fields?.[0]?.path).toBe('powerItemId');
    await expect(
      registry.deactivateMajorCatalogueEntry(w.as(w.housingOfficer), entry.id),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await registry.deactivateMajorCatalogueEntry(ctx, entry.id);
    expect(await registry.isInMajorCatalogue(t.db, w.market.id, w.marketPowers.coercion)).toBe(false);
  });
});

describe('fees', () => {
  it('lists a fee with a unique code, records yearly collections and repeals it', async () => {
    const ctx = w.as(w.marketOfficer);
    const input = {
      orgUnitId: w.market.id,
      code: 'SC-SF-01',
      name: '计量检定费',
      legalBasis: '《中华人民共和国计量法》',
      standard: '按省物价局核定标准',
      publishedOn: '2019-01-01',
    };
    const fee = await registry.createFee(ctx, input);
    const dup = await failure(
      registry.createFee(w.as(w.housingOfficer), { ...input, orgUnitId: w.housing.id }),
    );
    expect(dup.fields?.map((f) => f.path)).toEqual(['code']);
    await registry.recordFeeCollection(ctx, fee.id, 2019, 1200.5);
    const corrected = await registry.recordFeeCollection(ctx, fee.id, 2019, 1300);
    expect(corrected.collections).toEqual([{ year: 2019, amountYuan: 1300 }]);
    const future = await failure(registry.recordFeeCollection(ctx, fee.id, 2021, 1));
    expect(future.fields?.[0]?.path).toBe('year');
    await expect(registry.recordFeeCollection(w.as(w.housingOfficer), fee.id, 2020, 1)).rejects.toMatchObject(
      { code: 'NOT_FOUND' },
    );
    const repealed = await registry.repealFee(ctx, fee.id, {
      repealedOn: '2020-06-01',
      reason: '国家取消该收费',
    });
    expect(repealed.repealedOn).toBe('2020-06-01');
    expect(await auditActions(fee.id)).toEqual([
      'enforcement.fee.created',
      'enforcement.fee.collection_recorded',
      'enforcement.fee.collection_recorded',
      'enforcement.fee.repealed',
    ]);
  });
});

describe('imports (all or nothing)', () => {
  const parsed = <Row>(rows: Row[]) => ({ rows, rowNumbers: rows.map((_, i) => i + 2), errors: [] });
  const band = { minorMin: null, minorMax: null, minorDescription: null, seriousMin: null, seriousMax: null };

  it('benchmarks: one bad row and nothing is written, every bad row listed', async () => {
    const row = (code: string, over: Record<string, unknown> = {}) => ({
      orgUnit: w.market.name,
      powerItemCode: 'SC-T-penalty2',
      code,
      violation: '销售不符合食品安全标准的食品',
      violationBasis: null,
      penaltyBasis: '《食品安全法》第一百二十四条',
      ...band,
      seriousDescription: null,
      generalMin: 1_000,
      generalMax: 5_000,
      generalDescription: '初次违法',
      ...over,
    });
    const ctx = w.as(w.marketOfficer);
    const rejected = await failure(
      registry.importBenchmarks(
        ctx,
        parsed([
          row('IMP-B-1'),
          row('IMP-B-2', { powerItemCode: 'SC-T-licensing' }),
          row('IMP-B-3', { orgUnit: w.housing.name, generalMin: 9_000 }),
        ]),
      ),
    );
    expect(rejected.code).toBe('IMPORT_REJECTED');
    expect(
      (rejected.details!.rows as { row: number; column: string }[]).map((r) => [r.row, r.column]),
    ).toEqual([
      [3, '权责清单事项编码'],
      [4, '执法主体'],
      [4, '一般情节罚款上限（元）'],
    ]);
    expect((await registry.findBenchmarks(ctx, { q: 'IMP-B', page: 1, pageSize: 10 })).total).toBe(0);
    expect(await registry.importBenchmarks(ctx, parsed([row('IMP-B-1')]))).toMatchObject({
      updated: 0,
      unchanged: 0,
      imported: 1,
    });
  });

  it('fees: a duplicate code refuses the whole file', async () => {
    const row = (code: string) => ({
      orgUnit: '210114-D22',
      code,
      name: '检验检测费',
      legalBasis: '《产品质量法》',
      standard: '按核定标准',
      publishedOn: '2020-01-01',
      repealedOn: null,
    });
    const ctx = w.as(w.marketOfficer);
    const rejected = await failure(registry.importFees(ctx, parsed([row('IMP-F-1'), row('SC-SF-01')])));
    expect((rejected.details!.rows as { row: number }[]).map((r) => r.row)).toEqual([3]);
    expect((await registry.findFees(ctx, { q: 'IMP-F', page: 1, pageSize: 10 })).total).toBe(0);
  });
});
