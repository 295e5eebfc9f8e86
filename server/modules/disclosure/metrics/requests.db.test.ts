import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, makeCtx } from '../../../platform/context.js';
import { ensureCalendarSeeded } from '../../../platform/calendar/index.js';
import { actingUser, getOrgUnitByCode, loadDemoOrg, type OrgUnit } from '../../../platform/org/index.js';
import { computeMetric, metricRecords } from '../../../platform/reports/index.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';
import { insertReplyClock, insertRequest, type RequestFixture } from '../table3/test-fixtures.js';
import './requests.js';

let t: TestDatabase;
let market: OrgUnit;
let coordinator: Actor;
const y2020 = { from: '2020-01-01', to: '2020-12-31' };

beforeAll(async () => {
  t = await createTestDatabase();
  const ctx = makeCtx(t.db, null, `test-${randomUUID()}`);
  await loadDemoOrg(ctx);
  await ensureCalendarSeeded(t.db);
  market = (await getOrgUnitByCode(t.db, '210114-D22')) as OrgUnit;
  const housing = (await getOrgUnitByCode(t.db, '210114-D13')) as OrgUnit;
  coordinator = await actingUser(t.db, { role: 'coordinator' });
  const add = async (unit: OrgUnit, f: Omit<RequestFixture, 'orgUnitId' | 'districtId'>) => {
    const id = await insertRequest(t.db, { ...f, orgUnitId: unit.id, districtId: unit.districtId });
    return { id, orgUnitId: unit.id, districtId: unit.districtId };
  };
  const np = 'natural_person';
  // On time, extended: 7 working days across 国庆中秋 2020 (09-27 and 10-10 worked).
  const r1 = await add(market, {
    applicantType: np,
    channel: 'letter',
    receivedOn: '2020-09-25',
    concludedOn: '2020-10-12',
    outcome: 'granted',
    extensionApprovedOn: '2020-10-09',
  });
  await insertReplyClock(t.db, r1, {
    events: [
      { type: 'start', on: '2020-09-25' },
      { type: 'extend', on: '2020-10-09' },
      { type: 'stop', on: '2020-10-12' },
    ],
    dueOn: '2020-11-20',
  });
  // Late, with a third-party pause 09-28 → 10-09: 4 working days counted.
  const r2 = await add(housing, {
    applicantType: 'business',
    channel: 'letter',
    receivedOn: '2020-09-25',
    concludedOn: '2020-10-12',
    outcome: 'denied_third_party',
  });
  await insertReplyClock(t.db, r2, {
    events: [
      { type: 'start', on: '2020-09-25' },
      { type: 'pause', on: '2020-09-28' },
      { type: 'resume', on: '2020-10-09' },
      { type: 'stop', on: '2020-10-12' },
    ],
    dueOn: '2020-10-10',
  });
  // Lapsed correction: no reply was due — outside the timing figures.
  await add(market, {
    applicantType: np,
    channel: 'letter',
    receivedOn: '2020-03-02',
    concludedOn: '2020-03-20',
    outcome: 'other_no_correction',
  });
  // Imported without a clock: untimed; 2 working days (05-07, 05-08 after 劳动节).
  await add(market, {
    applicantType: np,
    channel: 'online',
    receivedOn: '2020-05-06',
    concludedOn: '2020-05-08',
    outcome: 'granted',
  });
  // Received in 2020, concluded in 2021; and one still open.
  await add(market, {
    applicantType: 'legal_service',
    channel: 'in_person',
    receivedOn: '2020-12-30',
    concludedOn: '2021-01-05',
    outcome: 'granted',
  });
  await add(housing, { applicantType: np, channel: 'in_person', receivedOn: '2020-11-02' });
  // Received in 2019 (outside every 2020 intake figure), concluded in 2020.
  await add(market, {
    applicantType: np,
    channel: 'fax',
    receivedOn: '2019-12-20',
    concludedOn: '2020-01-10',
    outcome: 'unable_not_held',
  });
}, 120_000);
afterAll(async () => {
  await t?.drop();
});

const metric = (key: string) => computeMetric(t.db, 'system', key, y2020);

describe('request metrics from hand-made records', () => {
  it('counts requests received in 2020 by channel, listing the channels that have requests', async () => {
    expect(await metric('disclosure.requests_received')).toEqual({
      key: 'disclosure.requests_received',
      value: 6,
      breakdown: { in_person: 2, letter: 3, online: 1 },
    });
  });

  it('counts the 2020 intake concluded to date, in and after the period', async () => {
    const answer = await metric('disclosure.requests_concluded');
    expect(answer).toEqual({ key: 'disclosure.requests_concluded', value: 5 });
    const page = (cell: string) =>
      metricRecords(t.db, coordinator, answer.key, y2020, { cell, limit: 50, offset: 0 });
    expect((await page('in_period')).total).toBe(4);
    expect((await page('after_period')).total).toBe(1);
  });

  it('breaks the intake down by applicant type and the year’s conclusions by outcome', async () => {
    const byType = await metric('disclosure.requests_by_applicant_type');
    expect(byType.value).toBe(6);
    expect(byType.breakdown).toEqual({ natural_person: 4, business: 1, legal_service: 1 });
    const byOutcome = await metric('disclosure.requests_by_outcome');
    expect(byOutcome.value).toBe(5);
    expect(byOutcome.breakdown).toMatchObject({
      granted: 2,
      denied_third_party: 1,
      other_no_correction: 1,
      unable_not_held: 1,
    });
    expect(byOutcome.breakdown).not.toHaveProperty('partially_granted');
  });

  it('counts the requests open on 31 December (table 三 row 四)', async () => {
    const answer = await metric('disclosure.requests_open_at_period_end');
    expect(answer.value).toBe(2);
    expect(answer.breakdown).toMatchObject({ legal_service: 1, natural_person: 1 });
  });

  it('rates replies against the reply clock’s due date, lapses left out, clockless ones apart', async () => {
    const answer = await metric('disclosure.reply_on_time_rate');
    // 2020 replies: r1 on time, r2 late, the 2019 fax and the online one have no clock.
    expect(answer).toEqual({
      key: 'disclosure.reply_on_time_rate',
      value: 0.5,
      breakdown: { on_time: 1, late: 1, untimed: 2 },
    });
  });

  it('counts extensions approved in the period', async () => {
    expect((await metric('disclosure.extensions')).value).toBe(1);
  });

  it('averages the working days the reply clock ran', async () => {
    // r1 7, r2 4 (paused 09-28 → 10-09), online 2, fax 2019-12-20 → 2020-01-10 without a clock: 14.
    const answer = await metric('disclosure.average_reply_days');
    expect(answer.value).toBe(Math.round(((7 + 4 + 2 + 14) / 4) * 10) / 10);
    const page = await metricRecords(t.db, coordinator, 'disclosure.average_reply_days', y2020, {
      limit: 10,
      offset: 0,
    });
    expect(page.rows.map((r) => Number(r.days)).sort((a, b) => a - b)).toEqual([2, 4, 7, 14]);
  });

  it('drills every breakdown cell down to as many records as it counts', async () => {
    for (const key of [
      'disclosure.requests_received',
      'disclosure.requests_concluded',
      'disclosure.requests_by_applicant_type',
      'disclosure.requests_by_outcome',
      'disclosure.requests_open_at_period_end',
      'disclosure.reply_on_time_rate',
    ]) {
      const answer = await metric(key);
      for (const [cell, n] of Object.entries(answer.breakdown ?? {})) {
        const page = await metricRecords(t.db, coordinator, key, y2020, { cell, limit: 50, offset: 0 });
        expect(page.total, `${key} ${cell}`).toBe(n);
      }
    }
    const all = await metricRecords(t.db, coordinator, 'disclosure.requests_received', y2020, {
      limit: 50,
      offset: 0,
    });
    expect(all.total).toBe(6);
    expect(all.columns.map((c) => c.label)).toContain('申请方式');
  });

  it('gives a department officer their own unit’s figure', async () => {
    const officer = await actingUser(t.db, { role: 'department_officer', orgUnitId: market.id });
    const answer = await computeMetric(t.db, officer, 'disclosure.requests_received', y2020);
    expect(answer.value).toBe(4);
  });
});
