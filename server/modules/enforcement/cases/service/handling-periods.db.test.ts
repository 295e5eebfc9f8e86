import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAudit } from '../../../../test/audit.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-db.js';
import { DISTRICT_WORLD } from '../../../../test/world.js';
import { buildEnforcementWorld, type EnforcementWorld } from '../../test-support.js';
import { fireCaseTransition, getCase, recordHandlingPause } from './index.js';
import { addTestEvidence, openTestCase } from './test-support.js';

let t: TestDatabase;
let w: EnforcementWorld;

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildEnforcementWorld(t.db);
}, 120_000);
afterAll(async () => {
  await t?.drop();
});

const fire = (day: string, id: string, step: string, body = {}) =>
  fireCaseTransition(w.as(w.marketOfficer, day), id, step as never, { on: day, ...body });
const handling = async (id: string, day: string) =>
  (await getCase(w.as(w.marketOfficer, day), id)).clocks.find(
    (k) => k.clockKey === 'enforcement.handling_penalty',
  )!;

describe('time not counted in the 90-day handling period (处罚法 第六十条; SAMR 程序规定 第六十四条)', () => {
  it('pauses the handling clock from the hearing request until the hearing is held', async () => {
    // Opened Mon 2020-06-01: 90 days → Sun 2020-08-30, a rest day → Mon 2020-08-31.
    const k = await openTestCase(w, '2020-06-01', { openedOn: '2020-06-01' });
    expect((await handling(k.id, '2020-06-01')).dueOn).toBe('2020-08-31');
    await addTestEvidence(w, k.id, '2020-06-01');
    await fire('2020-06-01', k.id, 'notify', {
      intendedPenalty: '罚款六万元',
      intendedKinds: ['fine'],
      intendedFineAmount: 60000,
      hearingRight: true,
    });
    await fire('2020-06-01', k.id, 'serve_notice', { method: 'direct' });
    await fire('2020-06-03', k.id, 'request_hearing');
    expect(await handling(k.id, '2020-06-03')).toMatchObject({ status: 'paused', dueOn: null });
    await fire('2020-06-04', k.id, 'schedule_hearing', { hearingOn: '2020-06-11' });
    await fire('2020-06-11', k.id, 'hold_hearing', { record: '听证笔录', concernsMajorRights: false });
    // Paused 06-03 … 06-11: eight days not counted → 2020-09-07.
    expect(await handling(k.id, '2020-06-11')).toMatchObject({ status: 'running', dueOn: '2020-09-07' });
  });

  it('lets the officer record 中止 / 恢复 and 检测检验检疫鉴定, overlapping, and resumes only when all have ended', async () => {
    const k = await openTestCase(w, '2020-06-01', { openedOn: '2020-06-01' });
    const ctx = (day: string) => w.as(w.marketOfficer, day);
    await recordHandlingPause(ctx('2020-06-10'), k.id, {
      action: 'start',
      ground: 'testing',
      on: '2020-06-10',
      note: '送检样品',
    });
    expect(await handling(k.id, '2020-06-10')).toMatchObject({ status: 'paused' });
    await recordHandlingPause(ctx('2020-06-15'), k.id, {
      action: 'start',
      ground: 'suspension',
      on: '2020-06-15',
    });
    await recordHandlingPause(ctx('2020-06-20'), k.id, {
      action: 'end',
      ground: 'testing',
      on: '2020-06-20',
    });
    expect(await handling(k.id, '2020-06-20')).toMatchObject({ status: 'paused' });
    await recordHandlingPause(ctx('2020-06-30'), k.id, {
      action: 'end',
      ground: 'suspension',
      on: '2020-06-30',
    });
    // Paused 06-10 … 06-30: twenty days → Sat 2020-09-19, a rest day → Mon 2020-09-21.
    expect(await handling(k.id, '2020-06-30')).toMatchObject({ status: 'running', dueOn: '2020-09-21' });
    await expectAudit(t.db, { action: 'enforcement.case.handling_paused', subjectId: k.id, count: 2 });
    await expectAudit(t.db, { action: 'enforcement.case.handling_resumed', subjectId: k.id, count: 2 });
    const detail = await getCase(ctx('2020-06-30'), k.id);
    expect(detail.handlingPauses.map((p) => [p.ground, p.startedOn, p.endedOn])).toEqual([
      ['testing', '2020-06-10', '2020-06-20'],
      ['suspension', '2020-06-15', '2020-06-30'],
    ]);
  });

  it('refuses to end a pause that is not open, to start one twice, or to date it before 立案', async () => {
    const k = await openTestCase(w, '2020-06-01', { openedOn: '2020-06-01' });
    const ctx = w.as(w.marketOfficer, '2020-06-10');
    await expect(
      recordHandlingPause(ctx, k.id, { action: 'end', ground: 'publication' }),
    ).rejects.toMatchObject({
      code: 'HANDLING_PAUSE_NOT_OPEN',
    });
    await recordHandlingPause(ctx, k.id, { action: 'start', ground: 'publication' });
    await expect(
      recordHandlingPause(ctx, k.id, { action: 'start', ground: 'publication' }),
    ).rejects.toMatchObject({
      code: 'HANDLING_PAUSE_ALREADY_OPEN',
    });
    await expect(
      recordHandlingPause(ctx, k.id, { action: 'start', ground: 'testing', on: '2020-05-01' }),
    ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'on' }] });
  });
});

describe('立案 window and limitation on the case (SAMR 程序规定 第十八条; 处罚法 第三十六条)', () => {
  it('opens a late case with a warning (not a refusal) and keeps the facts on the record', async () => {
    const k = await openTestCase(w, '2020-10-23', {
      openedOn: '2020-10-23',
      discoveredOn: '2020-09-25',
      violationOn: '2018-09-24',
    });
    const detail = await getCase(w.as(w.marketOfficer, '2020-10-23'), k.id);
    expect(detail.kase).toMatchObject({ discoveredOn: '2020-09-25', violationOn: '2018-09-24' });
    expect(detail.timeliness).toMatchObject({
      openingDueOn: '2020-10-22',
      openedInTime: false,
      limitationEndsOn: '2020-09-24',
      limitationRun: true,
    });
    expect(detail.timeliness.warnings).toHaveLength(2);
  });
});
