import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { IsoDate, WorkCalendar } from '../../../../common/calendar/index.js';
import { ensureCalendarSeeded, loadCalendar } from '../../../platform/calendar/index.js';
import { type Actor, type Ctx, makeCtx } from '../../../platform/context.js';
import type { ParsedLedger } from '../../../platform/io/index.js';
import { importLedger, type LedgerEntrySpec } from '../../../platform/ledgers/index.js';
import { actingUser, getOrgUnitByCode } from '../../../platform/org/index.js';
import { mattersLedger, opinionsLedger } from '../ledgers.js';
import { legalAdvisers } from '../schema.js';
import { addContract, addEvaluation, createAdviser, endAdviser } from '../service/advisers.js';
import { requestLegalityReview } from '../service/legality-review.js';
import { createMatter } from '../service/matters.js';
import { fireMatterTransition } from '../service/transitions.js';
import { type LiveMatter, liveMatters } from './live.js';
import { opinionNumberOf, plan2020, planCurrentYear } from './plan.js';
import { DEMO_ADVISERS } from './roster.js';

type Progress = (label: string, done: number, total: number) => void;

const at = (ctx: Ctx, actor: Actor | null, day: IsoDate) =>
  makeCtx(ctx.db, actor, `demo-${randomUUID()}`, new Date(`${day}T10:00:00+08:00`));

const parsed = <Row>(rows: Row[]): ParsedLedger<Row> => ({
  rows,
  rowNumbers: rows.map((_, i) => i + 2),
  errors: [],
});

/** Imports the rows through the ledger; nothing to import early in January (an empty file is refused). */
async function importRows<Row, Prepared>(
  spec: LedgerEntrySpec<Row, { format: 'xlsx' | 'csv' }, Prepared>,
  ctx: Ctx,
  rows: Row[],
): Promise<void> {
  if (rows.length > 0) await importLedger(spec, ctx, parsed(rows));
}

/**
 * 于洪区's 法律顾问团 (seed 一(二)二): the roster with contracts and yearly evaluations; 2020's matters and opinions
 * imported through the ledgers (602 lawsuits, 45 non-litigation matters, 398 opinions, ¥1.8亿 avoided); this
 * year's to the day the demo loads, the concluded ones imported and a dozen live ones through the procedure on
 * their own dates, in every state.
 */
export async function loadLegalAffairsDemo(ctx: Ctx, progress: Progress = () => {}): Promise<void> {
  const district = await getOrgUnitByCode(ctx.db, '210114');
  if (!district) throw new Error('legal-affairs demo: load the demo org first');
  const [existing] = await ctx.db
    .select({ id: legalAdvisers.id })
    .from(legalAdvisers)
    .where(eq(legalAdvisers.districtId, district.id))
    .limit(1);
  if (existing) return;
  await ensureCalendarSeeded(ctx.db);
  const coordinator = await actingUser(ctx.db, { role: 'coordinator', districtId: district.id });
  const year = Number(ctx.today.slice(0, 4));
  progress('法律顾问名册', 0, 4);
  const ids = await loadRoster(ctx, coordinator, year);
  progress('法律事务（2020）', 1, 4);
  const p2020 = plan2020();
  await importLedger(mattersLedger, at(ctx, coordinator, '2021-01-08'), parsed(p2020.matters));
  await importLedger(opinionsLedger, at(ctx, coordinator, '2021-01-08'), parsed(p2020.opinions));
  if (year <= 2020) return;
  progress('法律事务（本年）', 2, 4);
  const current = planCurrentYear(year, ctx.today);
  await importRows(mattersLedger, at(ctx, coordinator, ctx.today), current.matters);
  await importRows(opinionsLedger, at(ctx, coordinator, ctx.today), current.opinions);
  progress('法律事务（办理中）', 3, 4);
  const cal = await loadCalendar(ctx.db);
  await loadLive(ctx, { coordinator, cal, ids, opinionsSoFar: current.opinions.length });
  progress('法律事务', 4, 4);
}

/** The roster: each member registered, retained advisers' contracts, and each complete year's evaluation. */
async function loadRoster(ctx: Ctx, coordinator: Actor, year: number): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const unitId = async (code: string) => (await getOrgUnitByCode(ctx.db, code))!.id;
  for (const [i, a] of DEMO_ADVISERS.entries()) {
    const user = a.username
      ? await actingUser(ctx.db, { username: a.username, districtId: coordinator.districtId }).catch(
          () => null,
        )
      : null;
    const row = await createAdviser(
      at(ctx, coordinator, '2020-01-02'),
      {
        orgUnitId: await unitId(a.unit),
        name: a.name,
        kind: a.kind,
        firm: a.firm,
        licenceNumber: a.licenceNumber,
        phone: null,
        fields: a.fields as never,
        unitsServed: await Promise.all(a.serves.map(unitId)),
      },
      { userId: user?.userId ?? null },
    );
    ids.set(a.name, row.id);
    if (a.kind === 'retained') {
      const n = String(i + 1).padStart(2, '0');
      const terms = [
        ['2020-01-01', '2022-12-31', 'GW2020'],
        ['2023-01-01', '2026-12-31', 'GW2023'],
      ] as const;
      for (const [startsOn, endsOn, prefix] of terms) {
        if (a.endedIn && Number(startsOn.slice(0, 4)) > a.endedIn) continue;
        if (startsOn.slice(0, 4) > String(year)) continue;
        await addContract(at(ctx, coordinator, startsOn < '2021-01-01' ? '2020-01-02' : startsOn), row.id, {
          contractNumber: `于司顾聘〔${prefix.slice(2)}〕${n}号`,
          startsOn,
          endsOn,
          feeYuan: 60_000,
          scope: '担任区政府及所服务单位的法律顾问，提供诉讼、非诉讼、法律意见和合同审查等法律服务',
        });
      }
    }
    for (let y = 2020; y < year; y++) {
      if (a.endedIn && y > a.endedIn) continue;
      if (a.licenceNumber.startsWith('公职2101142020') && y < 2020) continue;
      const grade = (i + y) % 5 === 0 ? 'excellent' : (i + y) % 7 === 0 ? 'basic' : 'competent';
      await addEvaluation(at(ctx, coordinator, `${y + 1}-01-20`), row.id, {
        year: y,
        grade,
        score: grade === 'excellent' ? 95 : grade === 'competent' ? 86 : 72,
        remarks: null,
        evaluatedOn: `${y + 1}-01-20`,
      });
    }
    if (a.endedIn && a.endedIn < year)
      await endAdviser(at(ctx, coordinator, `${a.endedIn}-12-31`), row.id, {
        endedOn: `${a.endedIn}-12-31`,
        reason: '聘用合同期满，不再续聘',
      });
  }
  return ids;
}

/** The live matters of this year, each step fired on its own working day (never after today). */
async function loadLive(
  ctx: Ctx,
  env: { coordinator: Actor; cal: WorkCalendar; ids: Map<string, string>; opinionsSoFar: number },
): Promise<void> {
  const districtId = env.coordinator.districtId;
  const adviser = await actingUser(ctx.db, { role: 'legal_adviser', districtId });
  const reviewer = await actingUser(ctx.db, { role: 'legal_reviewer', districtId });
  const officer = await actingUser(ctx.db, { username: 'scj_officer', districtId }).catch(
    () => env.coordinator,
  );
  const plan = liveMatters(env.cal, ctx.today);
  let opinionNo = env.opinionsSoFar;
  const adviserIds = (names: string[]) => names.map((n) => env.ids.get(n)!);
  for (const m of plan) {
    const unit = (await getOrgUnitByCode(ctx.db, m.unit))!;
    if (m.legalityReview) {
      await requestLegalityReview(at(ctx, reviewer, m.requestedOn), {
        sourceModule: 'decisions',
        sourceId: `demo-${m.requestedOn}`,
        category: 'major_decision',
        orgUnitId: unit.id,
        subject: m.subject,
        adviserIds: adviserIds(m.advisers),
      });
      continue;
    }
    const requester = m.unit === '210114-D22' ? officer : env.coordinator;
    const row = await createMatter(at(ctx, requester, m.requestedOn), {
      orgUnitId: unit.id,
      kind: m.kind,
      category: m.category,
      subject: m.subject,
      keyProject: m.keyProject ?? null,
      counterparty: m.counterparty ?? null,
      partyRole: m.partyRole ?? null,
      amountAtStake: m.amountAtStake ?? null,
      requestedOn: m.requestedOn,
    });
    for (const step of m.steps) {
      const actor = step.by === 'coordinator' ? env.coordinator : step.by === 'adviser' ? adviser : requester;
      const body = bodyOf(step, m, {
        adviserIds: adviserIds(m.advisers),
        signer: env.ids.get(m.advisers[0]!)!,
      });
      if (step.transition === 'issue_opinion')
        (body as { opinionNumber: string }).opinionNumber = opinionNumberOf(
          Number(ctx.today.slice(0, 4)),
          ++opinionNo,
        );
      await fireMatterTransition(at(ctx, actor, step.on), row.id, step.transition, body);
    }
  }
}

function bodyOf(
  step: LiveMatter['steps'][number],
  m: LiveMatter,
  env: { adviserIds: string[]; signer: string },
) {
  switch (step.transition) {
    case 'assign':
      return { adviserIds: env.adviserIds };
    case 'issue_opinion':
      return {
        issuedOn: step.on,
        signerAdviserId: env.signer,
        title: `关于${m.subject}的法律意见书`,
        body: `一、基本情况：申请单位就“${m.subject}”征求法律意见。\n二、法律分析：经审查，相关条款应当符合《中华人民共和国民法典》合同编及政府采购法律法规的规定。\n三、法律意见：建议修改违约责任和争议解决条款后签订。`,
      };
    case 'conclude':
      return { concludedOn: step.on, ...step.conclusion };
    case 'return':
    case 'withdraw':
      return { reason: step.reason };
    default:
      return {};
  }
}
