import {
  addCalendarDays,
  fromDayNumber,
  type IsoDate,
  toDayNumber,
} from '../../../../common/calendar/index.js';
import { replayClock, urgencyOf } from '../../../platform/clocks/index.js';
import { handlingClocks } from '../procedure.js';
import { type CaseFacts, partyFor, planFacts, type Quotas } from './case-facts.js';
import { type PlanInput, type PlannedCase, plannedCase, walkCase } from './case-plan.js';
import { intIn, pick, type Rand } from './random.js';
import type { DemoBodyUnit } from './world.js';

/** The states a working day shows besides the ordinary running cases (decision 0025 lists them). */
export type Scenario =
  | 'natural'
  | 'overdue'
  | 'due_soon'
  | 'paused'
  | 'extended'
  | 'under_review'
  | 'hearing'
  | 'awaiting_service'
  | 'awaiting_payment';

/** How many of each the district has on the day the demo loads (one of each in the market body first). */
export const SCENARIO_COUNTS: readonly (readonly [Scenario, number])[] = [
  ['overdue', 3],
  ['due_soon', 3],
  ['paused', 2],
  ['extended', 2],
  ['under_review', 3],
  ['hearing', 2],
  ['awaiting_service', 2],
  ['awaiting_payment', 3],
];

interface Shape {
  /** Calendar days before today the case may have opened: latest, earliest. */
  opened: [number, number];
  /** Keep the steps up to this one (it done by today, the next one not yet); else up to today. */
  through?: string;
  /** Stop before this step whatever its date (the case is not decided yet). */
  before?: string;
  /** The handling clock's urgency today that the opening day must give. */
  urgency?: 'overdue' | 'due_soon' | 'ok';
}

const SHAPES: Record<Scenario, Shape> = {
  natural: { opened: [0, 40] },
  overdue: { opened: [93, 115], before: 'notify', urgency: 'overdue' },
  due_soon: { opened: [86, 92], before: 'decide', urgency: 'due_soon' },
  paused: { opened: [25, 60], before: 'decide' },
  extended: { opened: [92, 108], before: 'decide' },
  under_review: { opened: [10, 70], through: 'submit_review' },
  hearing: { opened: [10, 60], through: 'schedule_hearing' },
  awaiting_service: { opened: [10, 70], through: 'decide' },
  awaiting_payment: { opened: [10, 70], through: 'serve' },
};

const daysBefore = (day: IsoDate, n: number): IsoDate => fromDayNumber(toDayNumber(day) - n);

const NONE: Quotas = { deviations: 0, lateFilings: 0, returnedReviews: 0 };

/** The facts a scenario needs: a major case goes to review, a hearing was asked for, a fine is to be paid. */
function factsFor(input: PlanInput, body: DemoBodyUnit, rand: Rand, scenario: Scenario): CaseFacts {
  const free = body.powers.penalty.filter((p) => !input.registry.catalogue.has(p.id));
  const power = pick(rand, free.length > 0 ? free : body.powers.penalty);
  const given = { kind: 'penalty' as const, power, party: partyFor(rand, 'penalty') };
  const f = planFacts(rand, body, input.registry, input.settings, NONE, given);
  if (scenario === 'under_review' && !f.isMajor)
    Object.assign(f, { isMajor: true, majorReasons: ['complex'] });
  if (scenario === 'hearing') Object.assign(f, { hearingRight: true, hearing: 'requested' });
  if (scenario === 'awaiting_payment' && !f.decision.fine) {
    f.decision = { ...f.decision, outcome: 'fine', fine: 3000, circumstance: null };
    f.total = 3000 + (f.decision.confiscation ?? 0);
  }
  return f;
}

/**
 * One running current-year case of the scenario, or null when the year is too young for it (early January).
 * The opening day is searched from the latest allowed back, so the case reaches exactly the wanted state today.
 */
export function planRunningCase(
  input: PlanInput,
  body: DemoBodyUnit,
  rand: Rand,
  scenario: Scenario,
  today: IsoDate,
): PlannedCase | null {
  const shape = SHAPES[scenario];
  const facts = factsFor(input, body, rand, scenario);
  const yearStart = input.days[0];
  if (!yearStart) return null;
  const latest = daysBefore(today, shape.opened[0]);
  for (let back = intIn(rand, 0, 6); back <= shape.opened[1] - shape.opened[0]; back += 1) {
    const openedOn = input.days.findLast((x) => x <= daysBefore(latest, back));
    if (!openedOn || openedOn < yearStart) continue;
    if (shape.urgency && urgencyOn(input, openedOn, today) !== shape.urgency) continue;
    const walked = walkCase(input.cal, rand, facts, openedOn, intIn(rand, 1, 3));
    const cut = cutIndex(walked.walk.steps, shape, today);
    if (cut === null) continue;
    const planned = plannedCase(input, body, rand, facts, openedOn, { ...walked, quotas: NONE });
    return truncate(planned, cut, today, runningPlan(input, scenario, planned, cut, today));
  }
  return null;
}

function urgencyOn(input: PlanInput, openedOn: IsoDate, today: IsoDate) {
  const state = replayClock(handlingClocks.penalty, [{ type: 'start', on: openedOn }], input.cal);
  return urgencyOf(input.cal, today, state);
}

/** How many steps the case has done today, or null when this opening day cannot give the scenario. */
function cutIndex(steps: readonly { transition: string; on: IsoDate }[], shape: Shape, today: IsoDate) {
  if (shape.through) {
    const at = steps.findIndex((s) => s.transition === shape.through);
    if (at < 0 || steps[at]!.on > today) return null;
    const next = steps[at + 1];
    return next && next.on > today ? at + 1 : null;
  }
  let n = steps.findIndex((s) => s.on > today || s.transition === shape.before);
  if (n < 0) n = steps.length;
  // A running case is not decided yet; one the walk already closed is not running.
  return steps.slice(0, n).some((s) => s.transition === 'close') ? null : n;
}

/** The pause or extension the scenario records, dated after the last step kept. */
function runningPlan(input: PlanInput, scenario: Scenario, c: PlannedCase, cut: number, today: IsoDate) {
  const last = c.steps[cut - 1]?.on ?? c.row.openedOn;
  if (scenario === 'paused') {
    const pauseOn = daysBefore(today, 5);
    return { pauseOn: pauseOn > last ? pauseOn : today };
  }
  if (scenario === 'extended') {
    const extendedOn = addCalendarDays(input.cal, c.row.openedOn, 80);
    return { extendedOn: extendedOn > today ? today : extendedOn };
  }
  return {};
}

const DATE_FIELDS = [
  'notifiedOn',
  'noticeServedOn',
  'statementReceivedOn',
  'hearingRequestedOn',
  'hearingNoticeOn',
  'hearingHeldOn',
  'collectiveDiscussedOn',
  'decidedOn',
  'servedOn',
  'executedOn',
  'closedOn',
  'publishedOn',
] as const;

/** The case as it stands today: the first `cut` steps, the dates they fixed, what is still to come left empty. */
function truncate(c: PlannedCase, cut: number, today: IsoDate, running: PlannedCase['running']): PlannedCase {
  const steps = c.steps.slice(0, cut);
  const done = new Set(steps.map((s) => s.transition));
  const last = steps.at(-1)?.on ?? c.row.openedOn;
  const row = { ...c.row, state: steps.at(-1)?.to ?? 'investigating' } as PlannedCase['row'];
  for (const f of DATE_FIELDS) if ((row[f] ?? '') > last) row[f] = null;
  if (!done.has('schedule_hearing')) row.hearingOn = null;
  if (!done.has('hold_hearing')) Object.assign(row, { hearingHeldOn: null, hearingRecord: null });
  if (!done.has('discuss_collectively')) row.collectiveConclusion = null;
  if (!done.has('notify')) Object.assign(row, notNotified());
  if (!done.has('decide')) Object.assign(row, notDecided(c.row.facts));
  if (!done.has('serve')) row.serviceMethod = null;
  if (!done.has('record_execution')) Object.assign(row, { executedOn: null, executionNote: null });
  if (row.publishedOn === null && row.decidedOn) row.publicationState = 'pending';
  const reviews = c.reviews
    .filter((r) => r.submittedOn <= last)
    .map((r) =>
      r.concludedOn && r.concludedOn > last
        ? { ...r, concludedOn: null, conclusion: null, opinion: null }
        : r,
    );
  const evidence = c.evidence.filter((e) => e.collectedOn <= today);
  return { ...c, row, steps, reviews, evidence, filing: null, isOpen: false, running };
}

const notNotified = () => ({
  notifiedOn: null,
  hearingRight: false,
  intendedPenalty: null,
  notifiedKinds: null,
  notifiedFineAmount: null,
  notifiedConfiscationAmount: null,
  noticeServiceMethod: null,
  noticeServedOn: null,
  statementReceivedOn: null,
  statementSummary: null,
  penaltyKinds: null,
});

const notDecided = (facts: string | null | undefined) => ({
  decidedOn: null,
  decisionNumber: null,
  outcome: null,
  circumstance: null,
  fineAmount: null,
  confiscationAmount: null,
  decisionText: null,
  benchmarkDeviation: false,
  deviationReason: null,
  publicationState: null,
  publicationDueOn: null,
  publishedOn: null,
  facts: (facts ?? '').replace(/^经查，/, '经初步调查，').replace('证据证实', '证据在案'),
});
