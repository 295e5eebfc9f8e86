import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppError } from '../../../../platform/errors.js';
import { ImportRejected, parseLedgerFile } from '../../../../platform/io/index.js';
import { expectAudit } from '../../../../test/audit.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-db.js';
import { DISTRICT_WORLD } from '../../../../test/world.js';
import { inspectionLedger } from '../io.js';
import { buildEnforcementWorld, type EnforcementWorld } from '../../test-support.js';
import {
  createPlan,
  filePlan,
  findInspections,
  getPlan,
  importInspections,
  planProgress,
  recordInspection,
  replacePlanItems,
} from './index.js';

let t: TestDatabase;
let w: EnforcementWorld;
let planId: string;

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildEnforcementWorld(t.db);
}, 120_000);
afterAll(async () => {
  await t?.drop();
});

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (e: unknown) => e as AppError,
  );
const inspection = (over: Partial<Parameters<typeof recordInspection>[1]> = {}) => ({
  orgUnitId: w.market.id,
  powerItemId: w.marketPowers.inspection,
  inspectedOn: '2020-05-12',
  targetName: '于洪区某某超市',
  officerIds: [...w.marketOfficerIds],
  result: 'compliant' as const,
  note: null,
  ...over,
});

describe('inspection plans', () => {
  it('creates one plan per body and year, for a confirmed body the actor acts for', async () => {
    const plan = await createPlan(w.as(w.marketOfficer, '2020-01-06'), {
      orgUnitId: w.market.id,
      year: 2020,
      note: null,
    });
    planId = plan.plan.id;
    expect(plan).toMatchObject({ lines: [], unplannedCount: 0, completion: { completionRate: null } });
    await expectAudit(t.db, { action: 'enforcement.inspection_plan.created', subjectId: planId, count: 1 });
    const again = await failure(
      createPlan(w.as(w.coordinator, '2020-01-06'), { orgUnitId: w.market.id, year: 2020, note: null }),
    );
    expect(again).toMatchObject({ code: 'CONFLICT', fields: [{ path: 'year' }] });
    const foreign = await failure(
      createPlan(w.as(w.housingOfficer, '2020-01-06'), { orgUnitId: w.market.id, year: 2021, note: null }),
    );
    expect(foreign?.code).toBe('FORBIDDEN');
  });

  it('refuses a line whose power is not a 行政检查 item of the body, naming the field', async () => {
    const ctx = w.as(w.marketOfficer, '2020-01-06');
    const line = { frequency: 'quarterly' as const, targets: '辖区内食品经营者', plannedCount: null };
    const error = await failure(
      replacePlanItems(ctx, planId, {
        items: [
          { ...line, powerItemId: w.marketPowers.inspection },
          { ...line, powerItemId: w.marketPowers.penalty },
          { ...line, powerItemId: w.housingPowers.inspection },
        ],
      }),
    );
    expect(error?.code).toBe('VALIDATION_FAILED');
    expect(error?.fields?.map((f) => f.path)).toEqual(['items.1.powerItemId', 'items.2.powerItemId']);
    expect(error?.fields?.[0]?.message).toContain('不是行政检查类事项');
    expect((await getPlan(ctx, planId)).lines).toHaveLength(0);
  });

  it('sets the lines of a draft (planned count defaults to the frequency), then freezes them once filed', async () => {
    const ctx = w.as(w.marketOfficer, '2020-01-08');
    const draft = await replacePlanItems(ctx, planId, {
      items: [
        { powerItemId: w.marketPowers.inspection, frequency: 'quarterly', targets: '辖区内食品经营者' },
      ],
    });
    expect(draft.lines.map((l) => l.plannedCount)).toEqual([4]);
    const twice = await replacePlanItems(ctx, planId, {
      items: [
        {
          powerItemId: w.marketPowers.inspection,
          frequency: 'half_yearly',
          targets: '辖区内食品经营者',
          plannedCount: 2,
        },
      ],
    });
    expect(twice.lines).toMatchObject([{ frequency: 'half_yearly', plannedCount: 2, doneCount: 0 }]);
    await expectAudit(t.db, {
      action: 'enforcement.inspection_plan.items_replaced',
      subjectId: planId,
      count: 2,
    });

    const future = await failure(filePlan(ctx, planId, { filedOn: '2020-01-09' }));
    expect(future?.fields?.[0]?.path).toBe('filedOn');
    const filed = await filePlan(ctx, planId, {});
    expect(filed.plan.filedOn).toBe('2020-01-08');
    await expectAudit(t.db, { action: 'enforcement.inspection_plan.filed', subjectId: planId, count: 1 });

    const frozen = await failure(replacePlanItems(ctx, planId, { items: [] }));
    expect(frozen?.code).toBe('INSPECTION_PLAN_FILED');
    expect(frozen?.message).toBe('该检查计划已于 2020-01-08 备案，检查事项不能再修改');
    expect((await failure(filePlan(ctx, planId, {})))?.code).toBe('INSPECTION_PLAN_FILED');
  });

  it('hides another body’s plan: 404', async () => {
    const error = await failure(getPlan(w.as(w.housingOfficer), planId));
    expect(error?.code).toBe('NOT_FOUND');
  });
});

describe('inspections', () => {
  it('links an inspection to its filed plan line, and flags the others as unplanned', async () => {
    const ctx = w.as(w.marketOfficer);
    const planned = await recordInspection(ctx, inspection());
    const line = (await getPlan(ctx, planId)).lines[0]!;
    expect(planned.inspection.planItemId).toBe(line.id);
    expect(planned.officers.map((o) => o.name)).toEqual(['王强', '李娜']);
    await expectAudit(t.db, {
      action: 'enforcement.inspection.recorded',
      subjectId: planned.inspection.id,
      count: 1,
    });
    // No plan for 2019: 计划外检查.
    const lastYear = await recordInspection(ctx, inspection({ inspectedOn: '2019-11-05' }));
    expect(lastYear.inspection.planItemId).toBeNull();
    // The housing body has no plan at all.
    const housing = await recordInspection(
      w.as(w.housingOfficer),
      inspection({
        orgUnitId: w.housing.id,
        powerItemId: w.housingPowers.inspection,
        officerIds: [...w.housingOfficerIds],
      }),
    );
    expect(housing.inspection.planItemId).toBeNull();
    const unplanned = await findInspections(w.as(w.coordinator), {
      unplanned: true,
      year: 2020,
      page: 1,
      pageSize: 20,
    });
    expect(unplanned.items.map((v) => v.inspection.id)).toEqual([housing.inspection.id]);
  });

  it('refuses a future day, a non-inspection power and officers who may not act, each by field', async () => {
    const error = await failure(
      recordInspection(
        w.as(w.marketOfficer),
        inspection({
          inspectedOn: '2020-07-01',
          powerItemId: w.marketPowers.penalty,
          officerIds: [w.marketOfficerIds[0], w.expiredMarketOfficerId],
        }),
      ),
    );
    expect(error?.fields?.map((f) => f.path)).toEqual(['inspectedOn', 'powerItemId', 'officerIds.1']);
    const expired = await failure(
      recordInspection(
        w.as(w.marketOfficer),
        inspection({ officerIds: [w.marketOfficerIds[0], w.expiredMarketOfficerId] }),
      ),
    );
    expect(expired?.fields?.[0]?.message).toContain('已于 2020-03-31 到期');
  });
});

describe('progress', () => {
  it('gives planned, done against plan (capped per line), the rate and the unplanned count per body', async () => {
    const ctx = w.as(w.marketOfficer);
    for (const day of ['2020-06-01', '2020-06-15'])
      await recordInspection(ctx, inspection({ inspectedOn: day }));
    await recordInspection(
      ctx,
      inspection({ inspectedOn: '2020-06-20', powerItemId: w.marketPowers.inspection }),
    );
    const rows = await planProgress(w.as(w.coordinator), 2020);
    const market = rows.find((r) => r.orgUnit.id === w.market.id)!;
    expect(market).toMatchObject({
      plannedCount: 2,
      doneCount: 4,
      doneWithinPlanCount: 2,
      completionRate: 1,
      unplannedCount: 0,
    });
    expect(market.plan?.filedOn).toBe('2020-01-08');
    const housing = rows.find((r) => r.orgUnit.id === w.housing.id)!;
    expect(housing).toMatchObject({ plan: null, plannedCount: 0, completionRate: null, unplannedCount: 1 });
    const own = await planProgress(w.as(w.housingOfficer), 2020);
    expect(own.map((r) => r.orgUnit.id)).toEqual([w.housing.id]);
  });
});

describe('importInspections (all or nothing)', () => {
  const HEADER = inspectionLedger.columns.map((c) => c.header).join(',');
  const csv = (...rows: string[]) => Buffer.from([HEADER, ...rows].join('\n'), 'utf8');
  const total = async () => (await findInspections(w.as(w.coordinator), { page: 1, pageSize: 1 })).total;

  it('writes nothing when one row is bad, and lists it', async () => {
    const before = await total();
    const file = csv(
      '区市场监督管理局,SC-T-inspection,,2020-06-02,某某餐馆,LN-SC-0001、LN-SC-0002,,未发现问题,,',
      '区市场监督管理局,SC-T-penalty,,2020-06-03,某某饭店,LN-SC-0001、LN-SC-9999,,责令整改,,',
    );
    const error = await importInspections(
      w.as(w.marketOfficer),
      await parseLedgerFile(inspectionLedger, file, 'csv'),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRejected);
    const rows = (error as ImportRejected).rows;
    expect([...new Set(rows.map((r) => r.row))]).toEqual([3]);
    expect(rows.map((r) => r.column)).toEqual(['检查事项编码', '执法证号']);
    expect(rows[1]?.message).toContain('LN-SC-9999');
    expect(await total()).toBe(before);
  });

  it('imports good rows, linked to the plan where it applies, one audit event each', async () => {
    const file = csv(
      '区市场监督管理局,SC-T-inspection,,2020-06-02,某某餐馆,LN-SC-0001、LN-SC-0002,,未发现问题,,',
      '区市场监督管理局,SC-T-inspection,,2019-12-02,某某饭店,LN-SC-0001，LN-SC-0002,,责令整改,投诉,',
    );
    const result = await importInspections(
      w.as(w.marketOfficer),
      await parseLedgerFile(inspectionLedger, file, 'csv'),
    );
    expect(result).toMatchObject({ updated: 0, unchanged: 0, imported: 2, unplanned: 1 });
    await expectAudit(t.db, { action: 'enforcement.inspection.imported', count: 2 });
  });
});
