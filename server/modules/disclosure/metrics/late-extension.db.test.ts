import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCalendarSeeded } from '../../../platform/calendar/index.js';
import { extendClock, startClock, stopClock } from '../../../platform/clocks/index.js';
import { makeCtx } from '../../../platform/context.js';
import { inTransaction } from '../../../platform/db/index.js';
import { actingUser, getOrgUnitByCode, loadDemoOrg, type OrgUnit } from '../../../platform/org/index.js';
import { computeMetric } from '../../../platform/reports/index.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';
import { replyClock } from '../procedure.js';
import { insertRequest } from '../table3/test-fixtures.js';
import './requests.js';

// Decision 0016: an extension approved after the reply period ran out does not make the reply timely.
let t: TestDatabase;
let market: OrgUnit;

beforeAll(async () => {
  t = await createTestDatabase();
  await loadDemoOrg(makeCtx(t.db, null, `test-${randomUUID()}`));
  await ensureCalendarSeeded(t.db);
  market = (await getOrgUnitByCode(t.db, '210114-D22')) as OrgUnit;
}, 120_000);
afterAll(async () => {
  await t?.drop();
});

/** A 2024 request replied on 11-20 whose reply clock (due 10-30) got an extension approved on `extendOn`. */
async function replyExtendedOn(extendOn: string): Promise<void> {
  const request = { orgUnitId: market.id, districtId: market.districtId };
  const id = await insertRequest(t.db, {
    ...request,
    applicantType: 'natural_person',
    receivedOn: '2024-09-27',
    concludedOn: '2024-11-20',
    outcome: 'granted',
    extensionApprovedOn: extendOn,
  });
  const coordinator = await actingUser(t.db, { role: 'coordinator' });
  const ctx = makeCtx(t.db, coordinator, `test-${randomUUID()}`, new Date('2024-12-01T00:00:00Z'));
  await inTransaction(t.db, async (tx) => {
    const clock = await startClock(tx, ctx, {
      ...request,
      def: replyClock,
      subjectType: 'disclosure_request',
      subjectId: id,
      title: '依申请公开',
      startedOn: '2024-09-27',
    });
    await extendClock(tx, ctx, clock.id, { on: extendOn, reason: '导入', historical: true });
    await stopClock(tx, ctx, clock.id, '2024-11-20', '办结');
  });
}

describe('reply timing with a late extension', () => {
  it('counts a reply late when its extension was approved after the due date', async () => {
    await replyExtendedOn('2024-10-25'); // in time: due 11-27, replied 11-20
    await replyExtendedOn('2024-11-01'); // after the due date 10-30: stays due 10-30
    const answer = await computeMetric(t.db, 'system', 'disclosure.reply_on_time_rate', {
      from: '2024-01-01',
      to: '2024-12-31',
    });
    expect(answer).toMatchObject({ value: 0.5, breakdown: { on_time: 1, late: 1 } });
  });
});
