import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { addWorkingDays, type IsoDate, type WorkCalendar } from '../../../common/calendar/index.js';
import { ensureCalendarSeeded, loadCalendar } from '../../platform/calendar/index.js';
import { type Actor, type Ctx, makeCtx } from '../../platform/context.js';
import { importLedger } from '../../platform/ledgers/index.js';
import { actingUser, getOrgUnitByCode } from '../../platform/org/index.js';
import {
  type CurrentSpec,
  currentItems,
  ledgerRows2020,
  type PlannedItem,
  plan2020Items,
  REHANDLED_2020,
} from './demo-plan.js';
import { type ProposalLedgerRow, proposalItemsLedger } from './ledger.js';
import type { ProposalTransition } from './procedure.js';
import { proposalItems } from './schema.js';
import { fireProposalTransition } from './service/transitions.js';

type Progress = (label: string, done: number, total: number) => void;

const at = (ctx: Ctx, actor: Actor, day: IsoDate) =>
  makeCtx(ctx.db, actor, `demo-${randomUUID()}`, new Date(`${day}T10:00:00+08:00`));

/** A planned item as a ledger row that only registers it (its steps then go through the procedure). */
function registeredRow(p: PlannedItem): ProposalLedgerRow {
  return {
    kind: p.kind,
    session: p.session,
    meeting: p.meeting,
    number: p.number,
    title: p.title,
    leadAuthor: p.leadAuthor,
    coSigners: p.coSigners,
    category: p.category,
    receivedOn: p.receivedOn,
    assignedOn: null,
    leadUnit: null,
    otherUnits: null,
    difficult: null,
    meetingOn: null,
    meetingKind: null,
    meetingWho: null,
    answeredOn: null,
    documentNumber: null,
    signer: null,
    resultClass: null,
    disclosed: null,
    withholdReason: null,
    evaluation: null,
    evaluatedOn: null,
    state: null,
  };
}

async function importRows(ctx: Ctx, rows: ProposalLedgerRow[]) {
  await importLedger(proposalItemsLedger, ctx, { rows, rowNumbers: rows.map((_, i) => i + 2), errors: [] });
}

/**
 * 于洪区 2020 (seed 一(六)一 "办理人大代表建议83件,政协委员提案105件,见面率、满意率和基本满意率均达100%"): the
 * session's lists imported as the offices keep them, four proposals taken through the procedure (rated 不满意,
 * re-handled, then 满意); then this year's items to the load day, in every state. Names and texts are INVENTED.
 */
export async function loadProposalsDemo(ctx: Ctx, progress: Progress = () => {}): Promise<void> {
  const district = await getOrgUnitByCode(ctx.db, '210114');
  if (!district) throw new Error('proposals demo: load the demo org first');
  const [existing] = await ctx.db
    .select({ id: proposalItems.id })
    .from(proposalItems)
    .where(eq(proposalItems.districtId, district.id))
    .limit(1);
  if (existing) return;
  await ensureCalendarSeeded(ctx.db);
  const cal = await loadCalendar(ctx.db);
  const coordinator = await actingUser(ctx.db, { role: 'coordinator', districtId: district.id });
  const units = new Map<string, string>();
  const unitId = async (code: string) => {
    if (!units.has(code)) units.set(code, (await getOrgUnitByCode(ctx.db, code))!.id);
    return units.get(code)!;
  };

  const items2020 = plan2020Items();
  const stepped = items2020.filter((p) => p.kind === 'cppcc' && REHANDLED_2020.has(p.number));
  const rows = ledgerRows2020(cal, items2020).map((row, k) =>
    stepped.includes(items2020[k]!) ? registeredRow(items2020[k]!) : row,
  );
  await importRows(at(ctx, coordinator, '2020-12-31'), rows);
  progress('建议提案', 1, 3);
  for (const p of stepped) await rehandled2020(ctx, cal, coordinator, p, unitId);
  progress('建议提案', 2, 3);

  const year = Number(ctx.today.slice(0, 4));
  if (year > 2020 && cal.hasYear(year)) {
    const current = currentItems(ctx.today, cal);
    await importRows(at(ctx, coordinator, ctx.today), current.map(registeredRow));
    for (const p of current) await stepCurrent(ctx, cal, coordinator, p, unitId);
  }
  progress('建议提案', 3, 3);
}

type UnitId = (code: string) => Promise<string>;

async function idOf(ctx: Ctx, p: PlannedItem): Promise<string> {
  const [row] = await ctx.db
    .select({ id: proposalItems.id })
    .from(proposalItems)
    .where(
      and(
        eq(proposalItems.kind, p.kind),
        eq(proposalItems.session, p.session),
        eq(proposalItems.number, p.number),
      ),
    );
  return row!.id;
}

/** One step of an item on its own day, through the procedure. */
function stepper(ctx: Ctx, actor: Actor, id: string) {
  return (transition: ProposalTransition, on: IsoDate, body: object = {}) =>
    fireProposalTransition(at(ctx, actor, on), id, transition, { on, ...body });
}

function answerBody(p: PlannedItem, round: number, resultClass: string, year: number) {
  return {
    documentNumber: `于${p.kind === 'npc' ? '人建' : '政提'}复〔${year}〕${p.number}${round > 1 ? `-${round}` : ''}号`,
    signer: '分管负责人',
    resultClass,
    text: `${p.leadAuthor}：您提出的《${p.title.replace(/^关于/, '关于')}》收悉。经研究，现答复如下：……（第${round}次答复）`,
    disclosed: true,
  };
}

async function assignBody(p: PlannedItem, on: IsoDate, unitId: UnitId) {
  return {
    leadUnitId: await unitId(p.leadCode),
    otherUnitIds: p.coCode ? [await unitId(p.coCode)] : [],
    on,
  };
}

/** 2020: assigned, met, answered B, rated 不满意, re-handled and answered again, rated 满意, the promise done. */
async function rehandled2020(ctx: Ctx, cal: WorkCalendar, actor: Actor, p: PlannedItem, unitId: UnitId) {
  const step = stepper(ctx, actor, await idOf(ctx, p));
  const wd = (from: IsoDate, n: number) => addWorkingDays(cal, from, n);
  const assigned = '2020-03-16';
  await step('assign', assigned, await assignBody(p, assigned, unitId));
  if (p.coCode)
    await step('co_views', wd(assigned, 8), {
      unitId: await unitId(p.coCode),
      views: '同意主办单位意见，配合落实。',
    });
  await step('contact', wd(assigned, 12), { kind: 'meeting', who: `承办单位分管负责人、${p.leadAuthor}` });
  await step('answer', wd(assigned, 30), answerBody(p, 1, 'B', 2020));
  await step('dissatisfied', wd(assigned, 38), { note: '答复的措施不够具体，希望明确实施时间。' });
  await step('contact', wd(assigned, 42), { kind: 'meeting', who: `承办单位主要负责人、${p.leadAuthor}` });
  await step('answer', wd(assigned, 50), answerBody(p, 2, 'B', 2020));
  await step('evaluate', wd(assigned, 56), { evaluation: 'satisfied' });
  await step('follow_up', '2020-11-20', { note: '承诺事项已列入年度计划并完成。', done: true });
}

/** This year's item taken as far as its spec says, each step on its own day (none after today). */
async function stepCurrent(
  ctx: Ctx,
  cal: WorkCalendar,
  actor: Actor,
  p: PlannedItem & { spec: CurrentSpec; day0: IsoDate },
  unitId: UnitId,
) {
  const path = p.spec.path;
  if (path === 'registered') return;
  const step = stepper(ctx, actor, await idOf(ctx, p));
  const wd = (n: number) => addWorkingDays(cal, p.day0, n);
  const year = Number(p.day0.slice(0, 4));
  await step('assign', p.day0, await assignBody(p, p.day0, unitId));
  if (path === 'returned')
    return void (await step('return', wd(1), { reason: '该事项不属于本单位职责，建议交区城管执法局办理。' }));
  if (path === 'handling') return;
  if (p.coCode && path !== 'co_pending')
    await step('co_views', wd(6), { unitId: await unitId(p.coCode), views: '同意主办单位意见，配合落实。' });
  await step('contact', wd(path === 'co_pending' ? 3 : 8), {
    kind: path === 'co_pending' ? 'phone' : 'meeting',
    who: `承办单位经办人、${p.leadAuthor}`,
  });
  if (path === 'co_pending' || path === 'met') return;
  if (path === 'difficult')
    return void (await step('mark_difficult', wd(15), { reason: '涉及多个部门和资金安排，需统筹推进。' }));
  const resultClass = path === 'follow_up_open' ? 'B' : path === 'follow_up_done' ? 'C' : 'A';
  await step('answer', wd(30), answerBody(p, 1, path === 'rehandling' ? 'B' : resultClass, year));
  if (path === 'answered') return;
  if (path === 'rehandling')
    return void (await step('dissatisfied', wd(38), { note: '答复未回应所提具体问题。' }));
  await step('evaluate', wd(38), {
    evaluation: path === 'closed_basic' ? 'basically_satisfied' : 'satisfied',
  });
  if (path === 'follow_up_open')
    await step('follow_up', wd(60), { note: '已列入明年计划，正在推进。', done: false });
  if (path === 'follow_up_done') await step('follow_up', wd(80), { note: '条件具备后已完成。', done: true });
}
