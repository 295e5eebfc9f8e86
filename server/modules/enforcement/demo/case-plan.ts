import { randomUUID } from 'node:crypto';
import {
  addCalendarDays,
  addWorkingDays,
  fromDayNumber,
  type IsoDate,
  toDayNumber,
  type WorkCalendar,
} from '../../../../common/calendar/index.js';
import type { CaseKind } from '../../../../common/contracts/enforcement/dictionaries.js';
import { isEveryPenaltyDecisionReviewed } from '../rules/legal-review.js';
import { formatDocumentNumber } from '../../../platform/documents/index.js';
import { DECISION_DOCUMENT_KINDS } from '../cases/service/decision-number.js';
import { PUBLICATION_WORKING_DAYS } from '../rules/periods.js';
import type { NewEnforcementCaseRow } from '../cases/schema.js';
import type { EnforcementSettings } from '../registry/service/lookups.js';
import { decisionTerms } from '../rules/penalty-rights.js';
import { causeOf, decisionTextOf, evidenceKinds, intendedPenaltyOf, SOURCES } from './case-content.js';
import { type CaseFacts, partyFor, planFacts, type Quotas } from './case-facts.js';
import { CaseWalk, type PlannedReview, type PlannedStep, STATEMENT, type WalkDates } from './case-walk.js';
import type { DemoInspection } from './inspections.js';
import { intIn, pick, type Rand, sample, weighted } from './random.js';
import type { DemoRegistry } from './registry.js';
import type { DemoBodyUnit, DemoOfficer } from './world.js';

export type { Quotas } from './case-facts.js';

export interface PlannedEvidence {
  evidenceType: string;
  description: string;
  collectedOn: IsoDate;
}

export interface PlannedFiling {
  decidedOn: IsoDate;
  dueOn: IsoDate;
  filedOn: IsoDate;
  reviewedOn: IsoDate;
}

/** One demo case with everything that happened to it. */
export interface PlannedCase {
  row: NewEnforcementCaseRow & { id: string };
  steps: PlannedStep[];
  evidence: PlannedEvidence[];
  reviews: PlannedReview[];
  filing: PlannedFiling | null;
  /** Still investigating at the end of 2020 (concluded in 2021 by year-end.ts). */
  isOpen: boolean;
  /** A current-year case not yet closed: what its clocks record besides the steps (running-cases.ts). */
  running?: RunningPlan;
}

/** An open 检测检验 pause or an approved extension of a running current-year case. */
export interface RunningPlan {
  pauseOn?: IsoDate;
  extendedOn?: IsoDate;
}

export interface PlanInput {
  cal: WorkCalendar;
  /** The year planned: the case and decision numbers carry it. */
  year: number;
  /** The working days a case may open on, in order. */
  days: readonly IsoDate[];
  /** A closed case closes by this day (2020-12-31, or the demo's today for the current year). */
  until: IsoDate;
  /** May this officer handle a case opened on this day (the 2020 or today's certificate validity)? */
  mayHandle: (o: DemoOfficer, on: IsoDate) => boolean;
  districtId: string;
  settings: EnforcementSettings;
  registry: DemoRegistry;
  inspections: DemoInspection[];
}

const DEMO_NOTE = '（演示数据，当事人为虚构）';
const EXECUTED_OUTCOMES = [
  'licence_sanction',
  'business_restriction',
  'detention',
  'coercive_measure',
  'coercive_execution',
];
/** Opening days are rarer in January and February 2020 (Spring Festival, then the epidemic). */
const monthWeight = (day: IsoDate) => (day < '2020-02-01' ? 0.7 : day < '2020-03-01' ? 0.3 : 1);

/** Plans every case of one body for 2020, numbered in order of opening and decision. */
export function planBodyCases(
  input: PlanInput,
  body: DemoBodyUnit,
  rand: Rand,
  quotas: Quotas,
): PlannedCase[] {
  const cases = planClosedCases(input, body, rand, quotas, body.data.cases);
  const december = input.days.filter((d) => d >= '2020-12-01' && d <= '2020-12-28');
  for (let k = 0; k < body.data.open; k++) cases.push(planOpenCase(input, body, rand, pick(rand, december)));
  number(body, cases, input.year);
  return cases;
}

/** `count` cases of the body opened on the input's days and closed by its `until` (those that cannot are left out). */
export function planClosedCases(
  input: PlanInput,
  body: DemoBodyUnit,
  rand: Rand,
  quotas: Quotas,
  count: number,
): PlannedCase[] {
  const weights = input.days.map(monthWeight);
  const cases: PlannedCase[] = [];
  for (let k = 0; k < count; k++) {
    const facts = planFacts(rand, body, input.registry, input.settings, quotas);
    const planned = planClosedCase(input, body, rand, facts, weightedIndex(rand, weights), quotas);
    if (planned) cases.push(planned);
  }
  return cases;
}

function handlersOn(input: PlanInput, body: DemoBodyUnit, rand: Rand, on: IsoDate): string[] {
  const able = (input.registry.officers.get(body.unit.id) ?? []).filter((o) => input.mayHandle(o, on));
  if (able.length < 2)
    throw new Error(`enforcement demo: ${body.unit.name} has fewer than two certified officers on ${on}`);
  return sample(rand, able, 2).map((o) => o.id);
}

function weightedIndex(rand: Rand, weights: number[]): number {
  let r = rand() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i]!;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

/**
 * A case opened, decided and closed by `until`: the opening day moves earlier until the case closes in time;
 * null when even the first day is too late (early January of the current year).
 */
function planClosedCase(
  input: PlanInput,
  body: DemoBodyUnit,
  rand: Rand,
  facts: CaseFacts,
  index: number,
  quotas: Quotas,
): PlannedCase | null {
  const evidenceCount = intIn(rand, 1, 3);
  for (let at = index; ; at = Math.max(0, at - 20)) {
    const openedOn = input.days[at]!;
    const walked = walkCase(input.cal, rand, facts, openedOn, evidenceCount);
    if (walked.dates.closedOn > input.until) {
      if (at === 0) return null;
      continue;
    }
    return plannedCase(input, body, rand, facts, openedOn, { ...walked, quotas });
  }
}

/** The evidence gathered from the opening day and the case's walk from 立案 to 结案 (the dates of every step). */
export function walkCase(
  cal: WorkCalendar,
  rand: Rand,
  facts: CaseFacts,
  openedOn: IsoDate,
  evidenceCount: number,
) {
  const walk = new CaseWalk(cal, rand);
  const evidence = evidenceKinds(rand, facts.kind, evidenceCount).map(([evidenceType, description], i) => ({
    evidenceType,
    description,
    collectedOn: i === 0 ? openedOn : addWorkingDays(cal, openedOn, intIn(rand, 1, 6)),
  }));
  const dates = walk.run({
    kind: facts.kind,
    openedOn,
    evidenceUntil: evidence
      .map((e) => e.collectedOn)
      .sort()
      .at(-1)!,
    hearing: facts.hearing,
    // Every 2020 penalty decision is reviewed (2017 第三十八条第三款); from 2021-07-15 the major ones (第五十八条).
    reviewed:
      isEveryPenaltyDecisionReviewed(facts.kind, openedOn) ||
      facts.isMajor ||
      facts.decision.deviationReason !== null,
    returnedOnce: facts.returnedOnce,
    collective: facts.isMajor,
    executes: facts.total > 0 || EXECUTED_OUTCOMES.includes(facts.decision.outcome),
    intendedPenalty: intendedPenaltyOf(facts.decision.outcome, facts.decision),
    deviation: facts.decision.deviationReason !== null,
  });
  return { walk, dates, evidence };
}

/** The walk's steps made into a case: the decision's terms on the 决定 step, the filing of a major penalty. */
export function plannedCase(
  input: PlanInput,
  body: DemoBodyUnit,
  rand: Rand,
  facts: CaseFacts,
  openedOn: IsoDate,
  w: { walk: CaseWalk; dates: WalkDates; evidence: PlannedEvidence[]; quotas: Quotas },
): PlannedCase {
  const { walk, dates, evidence, quotas } = w;
  {
    const row = closedRow(input, body, rand, facts, openedOn, dates);
    const decide = walk.steps.find((s) => s.transition === 'decide')!;
    Object.assign(decide.input, {
      outcome: facts.decision.outcome,
      circumstance: facts.decision.circumstance,
      fineAmount: facts.decision.fine,
      confiscationAmount: facts.decision.confiscation,
      decisionText: row.decisionText,
      decisionBasis: row.decisionBasis,
      deviationReason: facts.decision.deviationReason,
    });
    row.serviceMethod = walk.steps.find((s) => s.transition === 'serve')!.input.method as string;
    const filing = facts.isMajor
      ? planFiling(input.cal, rand, dates.decidedOn, input.settings, quotas)
      : null;
    return { row, steps: walk.steps, evidence, reviews: walk.reviews, filing, isOpen: false };
  }
}

/**
 * 违法事实 only where there is a violation: a licence application states what was applied for and checked, a
 * coercive measure why it was taken.
 */
export function factsOf(kind: CaseKind, cause: string): string {
  if (kind === 'licensing')
    return `申请人${cause}，提交的申请材料齐全、符合法定形式，经现场核查，依法作出处理。${DEMO_NOTE}`;
  if (kind === 'coercion')
    return `为制止违法行为、防止证据损毁，依法${cause}，制作现场笔录并全程音像记录。${DEMO_NOTE}`;
  return `经查，当事人${cause.replace(/^涉嫌/, '')}，有现场检查笔录、询问笔录等证据证实。${DEMO_NOTE}`;
}

/** The notice's terms (those of the decision), its service in person and the statement made on the spot. */
function noticeFacts(f: CaseFacts, dates: WalkDates) {
  if (f.kind !== 'penalty' || !dates.notifiedOn) return {};
  const terms = decisionTerms({
    outcome: f.decision.outcome,
    fineAmount: f.decision.fine,
    confiscationAmount: f.decision.confiscation,
  });
  return {
    notifiedKinds: [...terms.kinds],
    notifiedFineAmount: String(terms.fineAmount),
    notifiedConfiscationAmount: String(terms.confiscationAmount),
    noticeServiceMethod: 'direct',
    noticeServedOn: dates.notifiedOn,
    statementReceivedOn: dates.notifiedOn,
    statementSummary: STATEMENT,
    penaltyKinds: [...terms.kinds],
  };
}

/** The case row of a closed case: who, what, the walk's dates, the decision and its publication. */
function closedRow(
  input: PlanInput,
  body: DemoBodyUnit,
  rand: Rand,
  f: CaseFacts,
  openedOn: IsoDate,
  dates: WalkDates,
): PlannedCase['row'] {
  const inspectionId = linkInspection(input, body, rand, openedOn);
  const cause = causeOf(f.kind, f.power);
  return {
    id: randomUUID(),
    districtId: input.districtId,
    orgUnitId: body.unit.id,
    caseNumber: '',
    kind: f.kind,
    powerItemId: f.power.id,
    benchmarkId: input.registry.benchmarks.get(f.power.id)?.id ?? null,
    cause,
    source: inspectionId ? '日常检查发现' : weighted(rand, SOURCES.slice(2)),
    inspectionId,
    ...f.party,
    facts: factsOf(f.kind, cause),
    openedOn,
    handlerOfficerIds: handlersOn(input, body, rand, openedOn),
    state: 'closed',
    isMajor: f.isMajor,
    majorReasons: f.majorReasons,
    collectiveRequired: f.isMajor,
    notifiedOn: dates.notifiedOn ?? null,
    hearingRight: f.hearingRight,
    intendedPenalty: f.kind === 'penalty' ? intendedPenaltyOf(f.decision.outcome, f.decision) : null,
    ...noticeFacts(f, dates),
    hearingRequestedOn: dates.hearingRequestedOn ?? null,
    hearingNoticeOn: dates.hearingNoticeOn ?? null,
    hearingOn: dates.hearingOn ?? null,
    hearingHeldOn: dates.hearingHeldOn ?? null,
    hearingRecord: dates.hearingHeldOn ? '听证会依法公开举行，当事人进行了陈述和申辩' : null,
    collectiveDiscussedOn: dates.collectiveDiscussedOn ?? null,
    collectiveConclusion: dates.collectiveDiscussedOn ? '经负责人集体讨论，同意拟作出的处理决定' : null,
    decidedOn: dates.decidedOn,
    decisionNumber: '',
    outcome: f.decision.outcome,
    circumstance: f.decision.circumstance,
    fineAmount: f.decision.fine === null ? null : String(f.decision.fine),
    confiscationAmount: f.decision.confiscation === null ? null : String(f.decision.confiscation),
    ...decisionWording(input, f, pick(rand, body.data.basis)),
    benchmarkDeviation: f.decision.deviationReason !== null,
    deviationReason: f.decision.deviationReason,
    servedOn: dates.servedOn,
    executedOn: dates.executedOn ?? null,
    executionNote: dates.executedOn ? '已履行' : null,
    closedOn: dates.closedOn,
    ...publicationOf(input.cal, rand, f.kind, dates.decidedOn),
  };
}

/** 执法决定公示 by the 7 / 20 working-day rule (国办发〔2018〕118号); about one in forty goes up late. */
/**
 * The decision's text and its 处罚依据 (处罚法 第五十九条第一款(三)): the benchmark's basis where the power has one,
 * as the 决定 step defaults it, else the body's law drawn for the text (one draw, so the seeded figures stay).
 */
function decisionWording(input: PlanInput, f: CaseFacts, law: string) {
  const benchmarkBasis = input.registry.benchmarks.get(f.power.id)?.penaltyBasis;
  return {
    decisionText: decisionTextOf(f.decision.outcome, law, f.decision),
    decisionBasis: benchmarkBasis ?? `《${law}》有关规定`,
  };
}

function publicationOf(cal: WorkCalendar, rand: Rand, kind: CaseKind, decidedOn: IsoDate) {
  const publicationDueOn = addWorkingDays(cal, decidedOn, PUBLICATION_WORKING_DAYS[kind]);
  const publishedOn =
    rand() < 0.025
      ? addWorkingDays(cal, publicationDueOn, intIn(rand, 1, 5))
      : addWorkingDays(cal, decidedOn, intIn(rand, 1, kind === 'coercion' ? 15 : 5));
  return { publicationState: 'published', publicationDueOn, publishedOn };
}

/** Links a case found on inspection to an inspection of the body in the month before, marking it. */
function linkInspection(input: PlanInput, body: DemoBodyUnit, rand: Rand, openedOn: IsoDate): string | null {
  if (rand() > 0.35) return null;
  const from = fromDayNumber(toDayNumber(openedOn) - 30);
  const found = input.inspections.find(
    (x) =>
      x.orgUnitId === body.unit.id &&
      x.result !== 'case_opened' &&
      x.inspectedOn >= from &&
      x.inspectedOn <= openedOn,
  );
  if (!found) return null;
  found.result = 'case_opened';
  return found.id;
}

/** 重大处罚备案: due `filingDays` after the decision (the day rolled off holidays); a couple filed late. */
function planFiling(
  cal: WorkCalendar,
  rand: Rand,
  decidedOn: IsoDate,
  settings: EnforcementSettings,
  quotas: Quotas,
): PlannedFiling {
  const dueOn = addCalendarDays(cal, decidedOn, settings.filingDays);
  let filedOn = addWorkingDays(cal, decidedOn, intIn(rand, 2, 8));
  if (filedOn > dueOn) filedOn = dueOn;
  if (quotas.lateFilings > 0 && rand() < 0.15) {
    quotas.lateFilings -= 1;
    filedOn = addWorkingDays(cal, dueOn, intIn(rand, 1, 4));
  }
  return { decidedOn, dueOn, filedOn, reviewedOn: addWorkingDays(cal, filedOn, intIn(rand, 2, 8)) };
}

/** A case opened in December and still being investigated on 31 December. */
function planOpenCase(input: PlanInput, body: DemoBodyUnit, rand: Rand, openedOn: IsoDate): PlannedCase {
  const power = pick(
    rand,
    body.powers.penalty.filter((p) => !input.registry.catalogue.has(p.id)),
  );
  return {
    row: {
      id: randomUUID(),
      districtId: input.districtId,
      orgUnitId: body.unit.id,
      caseNumber: '',
      kind: 'penalty',
      powerItemId: power.id,
      benchmarkId: input.registry.benchmarks.get(power.id)?.id ?? null,
      cause: causeOf('penalty', power),
      source: weighted(rand, SOURCES),
      ...partyFor(rand, 'penalty'),
      facts: `案件正在调查中。${DEMO_NOTE}`,
      openedOn,
      handlerOfficerIds: handlersOn(input, body, rand, openedOn),
      state: 'investigating',
    },
    steps: [],
    evidence: [{ evidenceType: '现场笔录', description: '现场检查笔录', collectedOn: openedOn }],
    reviews: [],
    filing: null,
    isOpen: true,
  };
}

/**
 * 于市监立〔2020〕12号 in opening order; 于市监罚〔2020〕7号 (许 / 强 for the other kinds) in decision order, from
 * the body's 发文机关代字 as the live allocator would issue them (decision 0019); `noteDemoDecisionNumbers` then
 * moves the body's counters past them.
 */
export function number(body: DemoBodyUnit, cases: PlannedCase[], year: number): void {
  [...cases]
    .sort((a, b) => a.row.openedOn.localeCompare(b.row.openedOn))
    .forEach((c, i) => {
      c.row.caseNumber = `于${body.data.abbr}立〔${year}〕${i + 1}号`;
    });
  const serial: Record<CaseKind, number> = { penalty: 0, licensing: 0, coercion: 0 };
  const decided = cases
    .filter((c) => c.row.decidedOn)
    .sort((a, b) => a.row.decidedOn!.localeCompare(b.row.decidedOn!));
  for (const c of decided) {
    const kind = c.row.kind as CaseKind;
    serial[kind] += 1;
    c.row.decisionNumber = formatDocumentNumber({
      prefix: body.unit.documentPrefix ?? `于${body.data.abbr}`,
      kind: DECISION_DOCUMENT_KINDS[kind],
      year,
      sequence: serial[kind],
    });
    const decide = c.steps.find((s) => s.transition === 'decide');
    if (decide) decide.input.decisionNumber = c.row.decisionNumber;
  }
}
