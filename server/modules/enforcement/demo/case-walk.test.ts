import { beforeAll, describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  addWorkingDays,
  createWorkCalendar,
  daysBetween,
  type WorkCalendar,
} from '../../../../common/calendar/index.js';
import { readBundledHolidays } from '../../../platform/calendar/index.js';
import { CaseWalk, type HearingPath, type WalkPlan } from './case-walk.js';
import { seededRandom } from '../../../../common/random.js';

let cal: WorkCalendar;
beforeAll(async () => {
  const years = await readBundledHolidays();
  cal = createWorkCalendar({ years: years.map((y) => y.year), days: years.flatMap((y) => y.days) });
});

const plan = (over: Partial<WalkPlan>): WalkPlan => ({
  kind: 'penalty',
  openedOn: '2020-09-14',
  evidenceUntil: '2020-09-16',
  hearing: 'none',
  reviewed: false,
  returnedOnce: false,
  collective: false,
  executes: true,
  intendedPenalty: '拟处罚款3,000元',
  deviation: false,
  ...over,
});

const PATHS: Partial<WalkPlan>[] = [
  {},
  { hearing: 'requested' },
  { hearing: 'waived' },
  { hearing: 'lapsed', reviewed: true, collective: true },
  { hearing: 'requested', reviewed: true, collective: true, returnedOnce: true },
  { executes: false },
  { kind: 'licensing', executes: false },
  { kind: 'coercion' },
];

describe('a demo case’s walk through the procedure (2017 text of 行政处罚法)', () => {
  it('chains the states from 调查取证 to 结案 and keeps every statutory period, across the National Day break', () => {
    for (let seed = 1; seed <= 60; seed++) {
      for (const over of PATHS) {
        // Opened before the 2020 国庆中秋 break, so the short periods run across it.
        const walk = new CaseWalk(cal, seededRandom(seed));
        const p = plan(over);
        const d = walk.run(p);
        const states = walk.steps.map((s) => [s.from, s.to]);
        expect(states[0]![0]).toBe('investigating');
        expect(states.at(-1)![1]).toBe('closed');
        for (let i = 1; i < states.length; i++) expect(states[i]![0]).toBe(states[i - 1]![1]);
        const days = walk.steps.map((s) => s.on);
        expect([...days].sort()).toEqual(days);
        if (p.kind === 'penalty') {
          expect(d.notifiedOn! > p.evidenceUntil).toBe(true);
          expect(d.decidedOn > d.notifiedOn!).toBe(true);
          // Basis: 处罚法 第六十条 (SAMR's 90 days for the 2020 cases).
          expect(daysBetween(p.openedOn, d.decidedOn)).toBeLessThanOrEqual(90);
        }
        expect(d.servedOn <= addCalendarDays(cal, d.decidedOn, 7)).toBe(true);
        if (p.kind === 'licensing') expect(d.decidedOn <= addWorkingDays(cal, p.openedOn, 20)).toBe(true);
        checkHearing(walk, p.hearing, d);
        for (const r of walk.reviews)
          expect(r.concludedOn !== null && r.concludedOn <= d.decidedOn).toBe(true);
        if (p.reviewed) expect(walk.reviews.at(-1)?.conclusion).toBe('lawful');
        if (p.collective) expect(d.collectiveDiscussedOn! <= d.decidedOn).toBe(true);
      }
    }
  });
});

function checkHearing(walk: CaseWalk, hearing: HearingPath, d: ReturnType<CaseWalk['run']>) {
  if (hearing === 'none') return;
  // 2017 text 第四十二条: the request within 3 days of the notice; the hearing notified 7 days ahead.
  const windowEnd = addCalendarDays(cal, d.notifiedOn!, 3);
  const answer = walk.steps.find(
    (s) => s.transition === 'request_hearing' || s.transition === 'waive_hearing',
  );
  if (answer) expect(answer.on <= windowEnd).toBe(true);
  if (hearing === 'lapsed') expect(d.decidedOn > windowEnd).toBe(true);
  if (hearing === 'requested') {
    expect(daysBetween(d.hearingNoticeOn!, d.hearingOn!)).toBeGreaterThanOrEqual(7);
    expect(d.hearingHeldOn! < d.decidedOn).toBe(true);
  }
}
