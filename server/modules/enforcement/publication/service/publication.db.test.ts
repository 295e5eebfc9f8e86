import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findClocksForSubject } from '../../../../platform/clocks/index.js';
import { expectAudit } from '../../../../test/audit.js';
import { createTestDatabase, type TestDatabase } from '../../../../test/test-db.js';
import { DISTRICT_WORLD } from '../../../../test/world.js';
import { enforcementCases } from '../../cases/schema.js';
import { buildEnforcementWorld, type EnforcementWorld } from '../../test-support.js';
import { changeDecision, findPublications, publishDecision, withdrawPublication } from './index.js';
import { CASE_SUBJECT_TYPE } from './records.js';
import { insertDecidedCase } from './test-fixtures.js';

let t: TestDatabase;
let w: EnforcementWorld;

beforeAll(async () => {
  t = await createTestDatabase(DISTRICT_WORLD);
  w = await buildEnforcementWorld(t.db);
}, 120_000);
afterAll(async () => t?.drop());

const caseRow = async (id: string) =>
  (await t.db.select().from(enforcementCases).where(eq(enforcementCases.id, id)))[0]!;
const clocksOf = (id: string) => findClocksForSubject(t.db, CASE_SUBJECT_TYPE, id);
const auditOf = (subjectId: string, action: string) => expectAudit(t.db, { action, subjectId });

describe(`publishing a decision (${'国办发〔2018〕118号'})`, () => {
  it('publishes on time, stops the publication clock that day and writes the audit event', async () => {
    const c = await insertDecidedCase(w, { decidedOn: '2020-06-01' });
    expect(c.publicationDueOn).toBe('2020-06-10'); // 7 WD from Monday 1 June
    const out = await publishDecision(w.as(w.marketOfficer, '2020-06-08'), c.id, { on: '2020-06-05' });
    expect(out).toMatchObject({
      publicationState: 'published',
      publishedOn: '2020-06-05',
      isPublishedLate: false,
    });
    const [clock] = await clocksOf(c.id);
    expect(clock).toMatchObject({
      clockKey: 'enforcement.publication_penalty',
      status: 'stopped',
      stoppedOn: '2020-06-05',
    });
    const [event] = await auditOf(c.id, 'enforcement.decision.published');
    expect(event?.after).toMatchObject({ publicationState: 'published', publishedOn: '2020-06-05' });
    expect(event?.data).toEqual({ isLate: false });
  });

  it('accepts a late publication, which stays late', async () => {
    const c = await insertDecidedCase(w, { decidedOn: '2020-06-01' });
    const out = await publishDecision(w.as(w.coordinator, '2020-06-20'), c.id, {});
    expect(out).toMatchObject({ publishedOn: '2020-06-20', isPublishedLate: true, isOverdue: false });
    expect((await auditOf(c.id, 'enforcement.decision.published'))[0]?.data).toEqual({ isLate: true });
  });

  it('refuses an undecided case, a second publication, and days outside decision … today', async () => {
    const open = await insertDecidedCase(w, {
      state: 'investigating',
      decidedOn: '2020-06-01',
      publicationState: null,
    });
    await t.db
      .update(enforcementCases)
      .set({ decidedOn: null, outcome: null })
      .where(eq(enforcementCases.id, open.id));
    const ctx = w.as(w.marketOfficer, '2020-06-08');
    await expect(publishDecision(ctx, open.id, {})).rejects.toMatchObject({ code: 'CASE_NOT_DECIDED' });

    const c = await insertDecidedCase(w, { decidedOn: '2020-06-01' });
    await expect(publishDecision(ctx, c.id, { on: '2020-05-31' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'on', message: '日期不能早于决定日期（2020-06-01）' }],
    });
    await expect(publishDecision(ctx, c.id, { on: '2020-06-09' })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'on', message: '日期不能晚于今天' }],
    });
    expect((await caseRow(c.id)).publicationState).toBe('pending');
    await publishDecision(ctx, c.id, {});
    await expect(publishDecision(ctx, c.id, {})).rejects.toMatchObject({ code: 'PUBLICATION_NOT_PENDING' });
  });

  it('is scoped: another body gets NOT_FOUND; roles without enforcement.publish get FORBIDDEN', async () => {
    const c = await insertDecidedCase(w, { decidedOn: '2020-06-01' });
    await expect(publishDecision(w.as(w.housingOfficer), c.id, {})).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(publishDecision(w.as(w.leader), c.id, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(publishDecision(w.as(w.mediator), c.id, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await caseRow(c.id)).publicationState).toBe('pending');
  });
});

describe('a changed decision and its withdrawal (《行政处罚法》第四十八条)', () => {
  it('starts the 3-WD withdrawal clock over the 中秋 break (2021 text), then withdrawal stops it', async () => {
    const c = await insertDecidedCase(w, { decidedOn: '2021-09-06' });
    const ctx = w.as(w.marketOfficer, '2021-09-24');
    await publishDecision(ctx, c.id, { on: '2021-09-08' });
    const changed = await changeDecision(ctx, c.id, { on: '2021-09-16', reason: '经行政复议撤销' });
    // 3 WD from Thursday 16 September: Fri 17, Sat 18 (调休上班), 19–21 中秋 off, Wed 22.
    expect(changed).toMatchObject({
      changedOn: '2021-09-16',
      withdrawalDueOn: '2021-09-22',
      isOverdue: true,
    });
    const withdrawal = (await clocksOf(c.id)).find(
      (k) => k.clockKey === 'enforcement.publication_withdrawal',
    );
    expect(withdrawal).toMatchObject({ status: 'running', dueOn: '2021-09-22', startedOn: '2021-09-16' });
    expect((await auditOf(c.id, 'enforcement.decision.changed'))[0]?.data).toEqual({
      reason: '经行政复议撤销',
    });

    const out = await withdrawPublication(ctx, c.id, { on: '2021-09-22', note: '已撤下' });
    expect(out).toMatchObject({ publicationState: 'withdrawn', withdrawnOn: '2021-09-22', isOverdue: false });
    const stopped = (await clocksOf(c.id)).find((k) => k.clockKey === 'enforcement.publication_withdrawal');
    expect(stopped).toMatchObject({ status: 'stopped', stoppedOn: '2021-09-22' });
    const [event] = await auditOf(c.id, 'enforcement.decision.publication_withdrawn');
    expect(event?.data).toEqual({ note: '已撤下', isLate: false });
  });

  it('starts no withdrawal clock for a change before 2021-07-15 (no statutory period under the 2017 text)', async () => {
    // Basis: 行政处罚法 (2021) 第四十八条第二款 is new in the 2021 text; decision 0015 §4.
    const c = await insertDecidedCase(w, { decidedOn: '2021-06-01' });
    const ctx = w.as(w.marketOfficer, '2021-08-02');
    await publishDecision(ctx, c.id, { on: '2021-06-03' });
    const changed = await changeDecision(ctx, c.id, { on: '2021-07-14', reason: '经行政复议变更' });
    expect(changed).toMatchObject({ changedOn: '2021-07-14', withdrawalDueOn: null, isOverdue: false });
    const keys = (await clocksOf(c.id)).map((k) => k.clockKey);
    expect(keys).not.toContain('enforcement.publication_withdrawal');
    const out = await withdrawPublication(ctx, c.id, { on: '2021-08-02' });
    expect(out).toMatchObject({ publicationState: 'withdrawn', isOverdue: false });
    expect((await auditOf(c.id, 'enforcement.decision.publication_withdrawn'))[0]?.data).toEqual({
      note: null,
      isLate: false,
    });
    // The first day of the 2021 text starts the clock.
    const d = await insertDecidedCase(w, { decidedOn: '2021-06-01' });
    await publishDecision(ctx, d.id, { on: '2021-06-03' });
    await changeDecision(ctx, d.id, { on: '2021-07-15', reason: '经行政复议变更' });
    expect((await clocksOf(d.id)).map((k) => k.clockKey)).toContain('enforcement.publication_withdrawal');
  });

  it('a change before publication cancels it: the publication clock stops, nothing is left to publish', async () => {
    const c = await insertDecidedCase(w, { decidedOn: '2020-06-01' });
    const ctx = w.as(w.marketOfficer, '2020-06-05');
    const out = await changeDecision(ctx, c.id, { on: '2020-06-03', reason: '决定被确认违法' });
    expect(out).toMatchObject({ publicationState: 'not_required', withdrawalDueOn: null });
    expect((await clocksOf(c.id))[0]).toMatchObject({ status: 'stopped', stoppedOn: '2020-06-03' });
    await expect(publishDecision(ctx, c.id, {})).rejects.toMatchObject({ code: 'PUBLICATION_NOT_PENDING' });
    await expect(changeDecision(ctx, c.id, { reason: '再次' })).rejects.toMatchObject({
      code: 'DECISION_ALREADY_CHANGED',
    });
  });

  it('refuses to withdraw a decision that was not changed, or is not up', async () => {
    const c = await insertDecidedCase(w, { decidedOn: '2020-06-01' });
    const ctx = w.as(w.marketOfficer, '2020-06-05');
    await expect(withdrawPublication(ctx, c.id, {})).rejects.toMatchObject({
      code: 'PUBLICATION_NOT_PUBLISHED',
    });
    await publishDecision(ctx, c.id, {});
    await expect(withdrawPublication(ctx, c.id, {})).rejects.toMatchObject({ code: 'DECISION_NOT_CHANGED' });
    expect((await caseRow(c.id)).publicationState).toBe('published');
  });
});

describe('the publication desk', () => {
  it('lists overdue publications and withdrawals in scope only', async () => {
    const late = await insertDecidedCase(w, { decidedOn: '2021-08-03' }); // due 2021-08-12
    const fresh = await insertDecidedCase(w, { decidedOn: '2021-08-13' });
    const changed = await insertDecidedCase(w, { decidedOn: '2021-08-03' });
    const ctx = w.as(w.marketOfficer, '2021-08-14');
    await publishDecision(w.as(w.marketOfficer, '2021-08-04'), changed.id, {});
    await changeDecision(w.as(w.marketOfficer, '2021-08-06'), changed.id, { reason: '变更' }); // due 2021-08-11
    const housing = await insertDecidedCase(w, { decidedOn: '2021-08-03', body: 'housing' });

    const overdue = await findPublications(ctx, { status: 'overdue', page: 1, pageSize: 200 });
    const ids = overdue.items.map((i) => i.id);
    expect(ids).toEqual(expect.arrayContaining([late.id, changed.id]));
    expect(ids).not.toContain(fresh.id);
    expect(ids).not.toContain(housing.id);
    expect(overdue.items.every((i) => i.isOverdue)).toBe(true);

    const pending = await findPublications(ctx, { status: 'pending', page: 1, pageSize: 200 });
    expect(pending.items.map((i) => i.id)).toContain(fresh.id);
    expect(pending.items.every((i) => i.publicationState === 'pending')).toBe(true);

    const all = await findPublications(w.as(w.coordinator, '2021-08-14'), {
      status: 'overdue',
      page: 1,
      pageSize: 200,
    });
    expect(all.items.map((i) => i.id)).toContain(housing.id);
    expect(all.total).toBe(all.items.length);
  });
});
