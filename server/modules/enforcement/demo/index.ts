import { eq } from 'drizzle-orm';
import { ensureCalendarSeeded, loadCalendar } from '../../../platform/calendar/index.js';
import type { Ctx } from '../../../platform/context.js';
import { type Db, inTransaction } from '../../../platform/db/index.js';
import { actingUser, findOrgUnits, getOrgUnitByCode, type OrgUnit } from '../../../platform/org/index.js';
import { powers } from '../../powers/index.js';
import { enforcementBodies } from '../registry/schema.js';
import { DEFAULT_SETTINGS } from '../registry/service/lookups.js';
import { type PlanInput, type PlannedCase, planBodyCases, type Quotas } from './case-plan.js';
import { startRunningClocks, withdrawSome, writeCases } from './cases.js';
import { demoToday, planCurrentYear } from './current-year.js';
import { concludeYearEndCases } from './year-end.js';
import { sweepClocks } from '../../../platform/clocks/index.js';
import { enforcementDemoData } from './data.js';
import { insertInspections, workingDays2020, writeInspectionPlans } from './inspections.js';
import { seededRandom } from '../../../../common/random.js';
import { writeRegistry } from './registry.js';
import {
  AuditSink,
  type DemoActors,
  type DemoBodyUnit,
  type DemoContext,
  mayHandle,
  type PowerKind,
} from './world.js';

type Progress = (label: string, done: number, total: number) => void;

/** 确认行政执法主体23家 (seed 一(五)三). */
export const SEED_BODIES = 23;

/** The codes of the departments the demo confirms as enforcement bodies (enforcement-yuhong.yaml `bodies`). */
export function demoBodyCodes(): ReadonlySet<string> {
  return new Set(Object.keys(enforcementDemoData().bodies));
}
const LABEL = '行政执法';

/**
 * The Yuhong 2020 enforcement ledgers: the 23 bodies confirmed on 2020-03-20, their certified officers, the
 * settings, catalogues, benchmarks and fees, January inspection plans and the year's inspections, and about
 * 800 cases walked through the statutory steps (procedure steps, reviews, filings, evidence, publication), the
 * ten open at the end of 2020 concluded in early 2021; then the current year up to the ctx's today (decision 0025:
 * closed cases, work running in every state, this year's plans and inspections), in one transaction with their
 * audit events dated by their days. Deterministic per day (seeded); parties and people are invented.
 */
export async function loadEnforcementDemo(ctx: Ctx, progress: Progress = () => {}): Promise<void> {
  const district = await getOrgUnitByCode(ctx.db, '210114');
  if (!district) throw new Error('enforcement demo: load the demo org first');
  const [existing] = await ctx.db
    .select({ id: enforcementBodies.id })
    .from(enforcementBodies)
    .where(eq(enforcementBodies.districtId, district.id))
    .limit(1);
  if (existing) return;
  await ensureCalendarSeeded(ctx.db);
  const cal = await loadCalendar(ctx.db);
  const d: DemoContext = {
    db: ctx.db,
    cal,
    districtId: district.id,
    actors: await demoActors(ctx.db, district.id),
    audits: new AuditSink(),
    today: demoToday(cal, ctx.today),
  };
  const bodies = await demoBodies(ctx.db, district.id);
  const rand = seededRandom(2020_0320);
  await inTransaction(ctx.db, async (tx) => {
    progress(LABEL, 0, 4);
    const registry = await writeRegistry(tx, d, bodies, rand);
    progress(LABEL, 1, 4);
    const planned = await writeInspectionPlans(tx, d, bodies, registry, rand);
    const input: PlanInput = {
      cal: d.cal,
      year: 2020,
      days: workingDays2020(d.cal),
      until: '2020-12-31',
      mayHandle,
      districtId: d.districtId,
      settings: DEFAULT_SETTINGS,
      registry,
      inspections: planned.inspections,
    };
    const quotas: Quotas = { deviations: 3, lateFilings: 2, returnedReviews: 2 };
    const cases: PlannedCase[] = bodies.flatMap((body) => planBodyCases(input, body, rand, quotas));
    withdrawSome(d, cases, rand);
    // Later years draw from their own streams, so the 2020 figures stay as the seed states them.
    concludeYearEndCases({ ...input, inspections: [] }, bodies, cases, seededRandom(2021_0115));
    const current = await planCurrentYear(
      tx,
      d,
      bodies,
      registry,
      DEFAULT_SETTINGS,
      seededRandom(hashDay(d.today)),
    );
    await insertInspections(tx, d, planned);
    await insertInspections(tx, d, current.inspections);
    progress(LABEL, 2, 4);
    await writeCases(tx, d, [...cases, ...current.cases]);
    progress(LABEL, 3, 4);
    await d.audits.flush(tx, ctx.db);
    await startRunningClocks(tx, d, current.cases);
    progress(LABEL, 4, 4);
  });
  // The running clocks' urgency (and the reminders of the bell) as of the demo's today.
  await sweepClocks(ctx.db, d.today);
}

/** A seed from the day, so a demo loaded on the same day is the same demo. */
const hashDay = (day: string) => Number(day.replaceAll('-', ''));

async function demoActors(db: Db, districtId: string): Promise<DemoActors> {
  const coordinator = await actingUser(db, { role: 'coordinator', districtId });
  const reviewer = await actingUser(db, { role: 'legal_reviewer', districtId });
  const market = await getOrgUnitByCode(db, '210114-D22');
  const marketOfficer = market
    ? await actingUser(db, { role: 'department_officer', orgUnitId: market.id, districtId }).catch(() => null)
    : null;
  return {
    coordinator,
    reviewer,
    handlerOf: (orgUnitId) =>
      marketOfficer && marketOfficer.orgUnitId === orgUnitId ? marketOfficer : coordinator,
  };
}

const KINDS: PowerKind[] = ['penalty', 'licensing', 'coercion', 'inspection'];

/**
 * The departments the demo confirms as enforcement bodies (the `bodies` of enforcement-yuhong.yaml), with
 * their demo settings and the powers they hold.
 */
async function demoBodies(db: Db, districtId: string): Promise<DemoBodyUnit[]> {
  const data = enforcementDemoData().bodies;
  const units = (await findOrgUnits(db, { districtId, type: 'department' }))
    .filter((u: OrgUnit) => Object.hasOwn(data, u.code))
    .sort((a, b) => a.code.localeCompare(b.code));
  if (units.length !== SEED_BODIES || Object.keys(data).length !== SEED_BODIES) {
    throw new Error(
      `enforcement demo: ${units.length} of the ${Object.keys(data).length} bodies of enforcement-yuhong.yaml are departments of the org, expected ${SEED_BODIES}`,
    );
  }
  return Promise.all(
    units.map(async (unit) => {
      const settings = data[unit.code];
      if (!settings)
        throw new Error(`enforcement demo: no settings for ${unit.code} in enforcement-yuhong.yaml`);
      const held = await Promise.all(KINDS.map((k) => powers.findUnitPowers(db, unit.id, k)));
      const byKind = Object.fromEntries(
        KINDS.map((k, i) => [
          k,
          held[i]!.map((p) => ({ id: p.id, code: p.code, name: p.name })).sort((a, b) =>
            a.code.localeCompare(b.code),
          ),
        ]),
      ) as DemoBodyUnit['powers'];
      if (byKind.penalty.length === 0)
        throw new Error(`enforcement demo: ${unit.name} holds no penalty power`);
      return { unit, data: settings, powers: byKind };
    }),
  );
}
