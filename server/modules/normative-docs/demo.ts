import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import {
  addCalendarDays,
  addWorkingDays,
  fromDayNumber,
  type IsoDate,
  toDayNumber,
  type WorkCalendar,
} from '../../../common/calendar/index.js';
import { REVIEW_POINT_CODES } from '../../../common/contracts/normative-docs.js';
import { ensureCalendarSeeded, loadCalendar } from '../../platform/calendar/index.js';
import { type Actor, type Ctx, makeCtx } from '../../platform/context.js';
import { importLedger } from '../../platform/ledgers/index.js';
import { actingUser, getOrgUnitByCode } from '../../platform/org/index.js';
import {
  AMENDED_LAW,
  CLEANUP_2020,
  CURRENT,
  GOVERNMENT_OFFICE,
  type CurrentStep,
  DOCS_2020,
  LAWS,
  oldDocs,
} from './demo-plan.js';
import { docsLedger } from './ledger.js';
import { filingRecipients } from './rules.js';
import { normativeDocCitations, normativeDocs } from './schema.js';
import { openCampaign, publishCampaign, recordCleanupResult } from './service/cleanup.js';
import { draftDoc } from './service/draft.js';
import { changeLaw, registerLaw } from './service/laws.js';
import { fireDocTransition } from './service/transitions.js';

type Progress = (label: string, done: number, total: number) => void;

const at = (ctx: Ctx, actor: Actor, day: IsoDate) =>
  makeCtx(ctx.db, actor, `demo-${randomUUID()}`, new Date(`${day}T10:00:00+08:00`));

interface Cast {
  coordinator: Actor;
  reviewer: Actor;
  district: string;
  laws: string[];
}

/**
 * 于洪区: the law register, the 38 documents of 2016–2019 imported from the 区政府 ledger, the six of 2020 through
 * the procedure, the 2020 cleanup of the 38 (seed 一(二)三), then this year's documents in every state.
 */
export async function loadNormativeDocsDemo(ctx: Ctx, progress: Progress = () => {}): Promise<void> {
  const district = await getOrgUnitByCode(ctx.db, '210114');
  if (!district) throw new Error('normative-docs demo: load the demo org first');
  const [existing] = await ctx.db
    .select({ id: normativeDocs.id })
    .from(normativeDocs)
    .where(eq(normativeDocs.districtId, district.id))
    .limit(1);
  if (existing) return;
  await ensureCalendarSeeded(ctx.db);
  const cal = await loadCalendar(ctx.db);
  const cast: Cast = {
    coordinator: await actingUser(ctx.db, { role: 'coordinator', districtId: district.id }),
    reviewer: await actingUser(ctx.db, { role: 'legal_reviewer', districtId: district.id }),
    district: district.id,
    laws: [],
  };
  for (const law of LAWS)
    cast.laws.push((await registerLaw(at(ctx, cast.coordinator, '2016-01-04'), { ...law })).id);
  const old = await importOld(ctx, cast);
  progress('规范性文件', 1, 4);
  for (const [i, [title, unit, day0, law]] of DOCS_2020.entries())
    await fullPath(ctx, cal, cast, { title, unit, day0, law, code: null }, 'filing_result', 2020, i);
  progress('规范性文件', 2, 4);
  await cleanup2020(ctx, cal, cast, old);
  await changeLaw(at(ctx, cast.coordinator, AMENDED_LAW.changedOn), lawId(cast, AMENDED_LAW.title), {
    status: 'amended',
    changedOn: AMENDED_LAW.changedOn,
    note: AMENDED_LAW.note,
  });
  progress('规范性文件', 3, 4);
  const year = Number(ctx.today.slice(0, 4));
  if (year > 2020 && cal.hasYear(year)) await loadCurrent(ctx, cal, cast, year);
  progress('规范性文件', 4, 4);
}

const lawId = (cast: Cast, title: string) => cast.laws[LAWS.findIndex((l) => l.title === title)]!;

/** The 区政府 ledger of 2016–2019 imported as it stands, with each document's legal basis. */
async function importOld(ctx: Ctx, cast: Cast): Promise<string[]> {
  const rows = oldDocs();
  const plain = rows.map(({ lawIndex: _, ...row }) => row);
  await importLedger(docsLedger, at(ctx, cast.coordinator, '2020-01-06'), {
    rows: plain,
    rowNumbers: plain.map((_, i) => i + 2),
    errors: [],
  });
  const ids: string[] = [];
  for (const row of rows) {
    const [doc] = await ctx.db
      .select({ id: normativeDocs.id })
      .from(normativeDocs)
      .where(eq(normativeDocs.documentNumber, row.documentNumber));
    ids.push(doc!.id);
    if (row.lawIndex >= 0)
      await ctx.db
        .insert(normativeDocCitations)
        .values({ docId: doc!.id, lawId: cast.laws[row.lawIndex]!, article: null });
  }
  return ids;
}

/** 2020: the campaign over the 38, results recorded by the 司法局 reviewer, published by the office. */
async function cleanup2020(ctx: Ctx, cal: WorkCalendar, cast: Cast, ids: string[]) {
  const id = await openCampaign(at(ctx, cast.coordinator, CLEANUP_2020.startedOn), {
    title: CLEANUP_2020.title,
    reason: CLEANUP_2020.reason,
    startedOn: CLEANUP_2020.startedOn,
    docIds: ids,
  });
  for (const [i, docId] of ids.entries()) {
    const day = addWorkingDays(cal, CLEANUP_2020.reviewedFrom, Math.floor(i / 4));
    const planned = CLEANUP_2020.results.get(i) ?? {
      result: 'continue',
      reason: '与现行法律法规和开放政策一致，继续有效',
    };
    await recordCleanupResult(at(ctx, cast.reviewer, day), id, docId, {
      result: planned.result as 'continue',
      reason: planned.reason,
      reviewer: '区司法局审查人员',
      reviewedOn: day,
    });
  }
  await publishCampaign(at(ctx, cast.coordinator, CLEANUP_2020.publishedOn), id, CLEANUP_2020.publishedOn);
}

const ORDER = [
  'drafting',
  'evaluate',
  'open_comment',
  'submit_review',
  'review',
  'respond',
  'deliberate',
  'register',
  'publish',
  'file',
  'filing_result',
] as const;
type PathStep = (typeof ORDER)[number];

interface Spec {
  title: string;
  unit: string;
  day0: IsoDate;
  law: number;
  code: string | null;
}

/** The days of the full path from day0: each step a few working days after the one before it. */
function schedule(cal: WorkCalendar, day0: IsoDate): Record<PathStep, IsoDate> {
  const wd = (from: IsoDate, n: number) => addWorkingDays(cal, from, n);
  const evaluate = wd(day0, 5);
  const openComment = wd(evaluate, 3);
  const submit = wd(addCalendarDays(cal, openComment, 30), 1);
  const review = wd(submit, 8);
  const respond = wd(review, 2);
  const deliberate = wd(respond, 4);
  const register = wd(deliberate, 3);
  const publish = wd(register, 2);
  const file = wd(publish, 5);
  return {
    drafting: day0,
    evaluate,
    open_comment: openComment,
    submit_review: submit,
    review,
    respond,
    deliberate,
    register,
    publish,
    file,
    filing_result: wd(file, 20),
  };
}

const CHECKED = Object.fromEntries(REVIEW_POINT_CODES.map((c) => [c, true]));

/** One document from its draft as far as `upTo` ('review_amend' stops at an "amend" opinion not yet answered). */
async function fullPath(
  ctx: Ctx,
  cal: WorkCalendar,
  cast: Cast,
  spec: Spec,
  upTo: CurrentStep,
  year: number,
  sequence = 0,
) {
  const days = schedule(cal, spec.day0);
  const issuer = (await getOrgUnitByCode(ctx.db, spec.code ?? GOVERNMENT_OFFICE))!.id;
  const level = spec.code ? 'department' : 'government';
  const doc = await draftDoc(at(ctx, cast.coordinator, spec.day0), {
    title: spec.title,
    issuerLevel: level,
    orgUnitId: issuer,
    draftingUnit: spec.unit,
    subject: null,
    body: `第一条 为了规范……，根据有关法律法规，结合本区实际，制定本办法。\n第二条 本办法适用于本区行政区域内的……\n第三条 ……\n第四条 本办法自公布之日起施行。`,
    draftedOn: spec.day0,
    citations: spec.law >= 0 ? [{ lawId: cast.laws[spec.law]!, article: null }] : [],
  });
  const last = upTo === 'review_amend' ? 'review' : upTo;
  const steps = ORDER.slice(1, ORDER.indexOf(last) + 1) as Exclude<PathStep, 'drafting'>[];
  const amend = upTo === 'review_amend';
  for (const step of steps) {
    const on = days[step];
    const who = step === 'review' ? cast.reviewer : cast.coordinator;
    await fireDocTransition(
      at(ctx, who, on),
      doc.id,
      step,
      formOf(step, on, spec, level, year, sequence, amend),
    );
  }
  // Both recipients of a government document answer: the second review result a few days after the first.
  if (last === 'filing_result' && level === 'government') {
    const on = addWorkingDays(cal, days.filing_result, 3);
    if (on <= ctx.today || year === 2020)
      await fireDocTransition(at(ctx, cast.coordinator, on), doc.id, 'filing_result', {
        on,
        recipient: 'npc_standing_committee',
        result: 'no_objection',
      });
  }
}

function formOf(
  step: PathStep,
  on: IsoDate,
  spec: Spec,
  level: string,
  year: number,
  sequence: number,
  amend: boolean,
): object {
  switch (step) {
    case 'evaluate':
      return { on, note: '经评估，制定本文件确有必要，措施可行，未发现重大风险。' };
    case 'open_comment':
      return { on, until: fromDayNumber(toDayNumber(on) + 30), channel: '于洪区人民政府网站“意见征集”栏目' };
    case 'submit_review':
      return { on, commentSummary: '收到意见12条，采纳8条，未采纳的已说明理由。' };
    case 'review':
      return {
        on,
        conclusion: amend ? 'amend' : 'lawful',
        checklist: amend ? { ...CHECKED, no_reduced_rights: false } : CHECKED,
        opinion: amend
          ? '第五条设定的备案要求缺乏法律法规依据，增加了相对人义务，建议删除或修改后提交审议。'
          : '经审核，该文件制定主体合法，未超越法定职权，内容与上位法不相抵触，程序符合规定，同意提交集体审议。',
        opinionNumber: `于司审〔${year}〕${sequence + 1}号`,
        reviewer: '区司法局法制审核科',
      };
    case 'respond':
      return { on, response: 'adopted' };
    case 'deliberate':
      return { on, meeting: level === 'government' ? '区政府常务会议' : '局长办公会议' };
    case 'register':
      return {
        on,
        documentNumber: `${level === 'government' ? '于政发' : '于市监发'}〔${year}〕${sequence + 1}号`,
        signer: '主要负责人',
      };
    case 'publish':
      return {
        on,
        carrier: '于洪区人民政府网站、《于洪区人民政府公报》',
        interpretation: `《${spec.title}》政策解读：一、制定背景……二、主要内容……三、施行时间：自公布之日起施行。`,
        effectiveOn: on,
        validYears: /暂行|试行/.test(spec.title) ? 2 : 5,
      };
    case 'file':
      return { on, recipients: [...filingRecipients(level)], reportNumber: null };
    case 'filing_result':
      return { on, recipient: filingRecipients(level)[0], result: 'no_objection' };
    default:
      return { on };
  }
}

/** This year: one document per state, each started early enough that its last step falls before today. */
async function loadCurrent(ctx: Ctx, cal: WorkCalendar, cast: Cast, year: number) {
  for (const [i, c] of CURRENT.entries()) {
    const last = c.upTo === 'review_amend' ? 'review' : c.upTo;
    let day0 = fromDayNumber(toDayNumber(ctx.today) - 5);
    // Walk the start back until the last step of the path lands on or before today (and no earlier than 2 days).
    while (schedule(cal, day0)[last as PathStep] > ctx.today) day0 = fromDayNumber(toDayNumber(day0) - 3);
    await fullPath(
      ctx,
      cal,
      cast,
      { title: c.title, unit: c.unit, day0, law: i % 8, code: c.code },
      c.upTo,
      year,
      50 + i,
    );
  }
}
