import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clocks } from '../../../platform/clocks/index.js';
import { expectAudit } from '../../../test/audit.js';
import { createTestDatabase, type TestDatabase } from '../../../test/test-db.js';
import { buildDistrictWorld, DISTRICT_WORLD, type DistrictWorld } from '../../../test/world.js';
import { disclosureRequests as r } from '../schema/requests.js';
import { loadRequestsDemo } from './requests.js';

let t: TestDatabase;
let w: DistrictWorld;

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildDistrictWorld(t.db);
  await loadRequestsDemo(w.as(null));
}, 180_000);
afterAll(async () => {
  await t?.drop();
});

describe('the Yuhong 2020 request demo', () => {
  it('has exactly the seed figures: 43 received in 2020 (35 letter, 2 online, 6 in person), all concluded in 2020', async () => {
    const rows = await t.db
      .select({ channel: r.channel, n: sql<number>`count(*)::int` })
      .from(r)
      .where(sql`${r.receivedOn} BETWEEN '2020-01-01' AND '2020-12-31'`)
      .groupBy(r.channel);
    expect(Object.fromEntries(rows.map((x) => [x.channel, x.n]))).toEqual({
      letter: 35,
      online: 2,
      in_person: 6,
    });
    const [open] = await t.db
      .select({ n: sql<number>`count(*)::int` })
      .from(r)
      .where(sql`${r.concludedOn} IS NULL OR ${r.concludedOn} > '2020-12-31'`);
    expect(open!.n).toBe(0);
  });

  it('spreads over several departments and applicant types with plausible outcomes', async () => {
    const all = await t.db.select().from(r);
    expect(new Set(all.map((x) => x.orgUnitId)).size).toBeGreaterThanOrEqual(5);
    const types = new Set(all.map((x) => x.applicantType));
    expect(types).toContain('natural_person');
    expect(types).toContain('business');
    expect(types).toContain('legal_service');
    const outcomes = all.map((x) => x.outcome);
    expect(outcomes.filter((o) => o === 'granted').length).toBeGreaterThan(all.length / 2);
    expect(outcomes.filter((o) => o === 'denied_third_party')).toHaveLength(2);
    expect(all.filter((x) => x.correctionReceivedOn)).toHaveLength(1);
    expect(all.filter((x) => x.extensionApprovedOn)).toHaveLength(1);
    expect(all.filter((x) => x.thirdPartyConsultedOn)).toHaveLength(1);
  });

  it('went through the procedure: audit events and stopped reply clocks, the extension over the Spring Festival', async () => {
    await expectAudit(t.db, { action: 'disclosure.request.replied', count: 42 });
    const extended = (await t.db.select().from(r).where(sql`${r.extensionApprovedOn} IS NOT NULL`))[0]!;
    const [reply] = await t.db
      .select()
      .from(clocks)
      .where(and(eq(clocks.subjectId, extended.id), eq(clocks.clockKey, 'disclosure.reply')));
    expect(reply!.status).toBe('stopped');
    // 2020-01-16 + 20 WD: the make-up Sunday 01-19 counts, 01-24..02-02 do not → 02-20; extended by 20 WD → 03-19.
    expect(reply!.explanation).toContain('经批准延长20个工作日');
    expect(reply!.dueOn).toBe('2020-03-19');
    expect(extended.concludedOn! > '2020-02-20' && extended.concludedOn! <= '2020-03-19').toBe(true);
  });

  it('does nothing on a second run', async () => {
    await loadRequestsDemo(w.as(null));
    const [n] = await t.db.select({ n: sql<number>`count(*)::int` }).from(r);
    expect(n!.n).toBe(43);
  });
});
