import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/test-db.js';
import { DISTRICT_WORLD } from '../test/world.js';
import { fireRequestTransition, getRequest, registerRequest } from './disclosure/service/requests/index.js';
import { buildRequestInput } from './disclosure/service/requests/test-support.js';
import { fireCaseTransition, getCase } from './enforcement/cases/service/index.js';
import { addTestEvidence, openTestCase } from './enforcement/cases/service/test-support.js';
import { buildEnforcementWorld, type EnforcementWorld } from './enforcement/test-support.js';

// Decision 0016 (issue #9 rule 15): a gate whose statutory window falls in a year without its holiday notice
// blocks with that reason; it never decides on a Monday–Friday guess. The records are made while 2020 is
// loaded, then the 2020 notice is taken out of the calendar.
let t: TestDatabase;
let w: EnforcementWorld;
const MESSAGE =
  '2020年的节假日安排尚未载入，无法确定法定期限；请协调员在“工作日历”中载入国务院办公厅通知后再办理';
let requestId: string;
let caseId: string;
let hearingCaseId: string;

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildEnforcementWorld(t.db);
  const request = await registerRequest(
    w.as(w.housingOfficer, '2020-06-01'),
    buildRequestInput(w.housing.id, { arrivedOn: '2020-06-01', signedOn: '2020-06-01' }),
  );
  requestId = request.id;
  const k = await openTestCase(w, '2020-06-01');
  await addTestEvidence(w, k.id, '2020-05-20');
  await fireCaseTransition(w.as(w.marketOfficer, '2020-06-01'), k.id, 'notify' as never, {
    on: '2020-06-01',
    intendedPenalty: '罚款六万元',
    intendedKinds: ['fine'],
    intendedFineAmount: 60000,
    hearingRight: true,
  });
  await fireCaseTransition(w.as(w.marketOfficer, '2020-06-01'), k.id, 'serve_notice' as never, {
    on: '2020-06-01',
    method: 'direct',
  });
  caseId = k.id;
  hearingCaseId = await caseWithHearingRequested();
  await t.db.execute(sql`DELETE FROM calendar_days WHERE year = 2020`);
  await t.db.execute(sql`DELETE FROM calendar_years WHERE year = 2020`);
}, 120_000);
/** A case whose party asked for a hearing in time (2020-06-02), before the 2020 notice is taken out. */
async function caseWithHearingRequested(): Promise<string> {
  const k = await openTestCase(w, '2020-06-01');
  await addTestEvidence(w, k.id, '2020-05-20');
  const ctx = w.as(w.marketOfficer, '2020-06-02');
  const fire = (key: string, input: Record<string, unknown>) =>
    fireCaseTransition(ctx, k.id, key as never, { on: '2020-06-02', ...input } as never);
  await fire('notify', {
    intendedPenalty: '罚款六万元',
    intendedKinds: ['fine'],
    intendedFineAmount: 60000,
    hearingRight: true,
  });
  await fire('serve_notice', { method: 'direct' });
  await fire('request_hearing', {});
  return k.id;
}

afterAll(async () => {
  await t?.drop();
});

describe('a statutory window in a year whose holiday notice is not loaded', () => {
  it('blocks 告知补正 (the 7 WD window of 条例 第三十条) with that reason, and nothing changes', async () => {
    const ctx = w.as(w.housingOfficer, '2020-06-03');
    const correction = fireRequestTransition(ctx, requestId, 'request_correction', {
      on: '2020-06-03',
      deadlineOn: '2020-06-17',
      note: '请写明文号',
    });
    await expect(correction).rejects.toMatchObject({ code: 'CALENDAR_YEAR_NOT_LOADED', status: 409 });
    await expect(correction).rejects.toThrow(MESSAGE);
    const detail = await getRequest(ctx, requestId);
    expect(detail.request.status).toBe('registered');
    expect(detail.actions.find((a) => a.key === 'request_correction')).toMatchObject({
      allowed: false,
      reason: { kind: 'gate', code: 'CALENDAR_YEAR_NOT_LOADED', message: MESSAGE },
    });
    // Only the gates reading the window wait: 征求第三方意见 does not.
    expect(detail.actions.find((a) => a.key === 'consult_third_party')?.allowed).toBe(true);
  });

  it('refuses to record 申请听证 (the hearing request period of 处罚法) with that reason', async () => {
    const ctx = w.as(w.marketOfficer, '2020-06-03');
    const hearing = fireCaseTransition(ctx, caseId, 'request_hearing' as never, { on: '2020-06-03' });
    await expect(hearing).rejects.toMatchObject({ code: 'CALENDAR_YEAR_NOT_LOADED', status: 409, message: MESSAGE });
    // The step stays on offer: a request is judged on its own day and postmark when recorded (decision 0014 §3).
    const detail = await getCase(ctx, caseId);
    expect(detail.actions.find((a) => a.key === 'request_hearing')?.allowed).toBe(true);
    expect(detail.kase.state).toBe('notified');
  });

  it('blocks 通知听证 (the hearing notice 7 days before the hearing) with that reason, and nothing changes', async () => {
    const ctx = w.as(w.marketOfficer, '2020-06-05');
    const schedule = fireCaseTransition(
      ctx,
      hearingCaseId,
      'schedule_hearing' as never,
      {
        on: '2020-06-05',
        hearingOn: '2020-06-15',
      } as never,
    );
    await expect(schedule).rejects.toMatchObject({ code: 'CALENDAR_YEAR_NOT_LOADED', status: 409 });
    await expect(schedule).rejects.toThrow(MESSAGE);
    const detail = await getCase(ctx, hearingCaseId);
    expect(detail.kase).toMatchObject({ state: 'hearing', hearingNoticeOn: null });
  });
});
