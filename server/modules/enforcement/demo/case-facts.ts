import type {
  CaseKind,
  Circumstance,
  DecisionOutcome,
  MajorReason,
  PartyType,
} from '../../../../common/contracts/enforcement/dictionaries.js';
import { carriesHearingRight, isMajorByAmount } from '../rules/discretion.js';
import type { EnforcementSettings } from '../registry/service/lookups.js';
import type { HearingPath } from './case-walk.js';
import { inventParty, type Party } from './parties.js';
import { amountIn, pick, type Rand, weighted } from './random.js';
import type { DemoRegistry } from './registry.js';
import type { DemoBodyUnit, DemoPower } from './world.js';

/** Shared counters across bodies, so the year has a few of each rare event, not a share of each body. */
export interface Quotas {
  deviations: number;
  lateFilings: number;
  returnedReviews: number;
}

export interface Decision {
  outcome: DecisionOutcome;
  fine: number | null;
  confiscation: number | null;
  circumstance: Circumstance | null;
  deviationReason: string | null;
}

/** What a case is about and how it will be decided, before any date is drawn. */
export interface CaseFacts {
  kind: CaseKind;
  power: DemoPower;
  party: Party;
  decision: Decision;
  /** 罚没 total (yuan). */
  total: number;
  majorReasons: MajorReason[];
  isMajor: boolean;
  hearingRight: boolean;
  hearing: HearingPath;
  returnedOnce: boolean;
}

const PARTY_WEIGHTS: readonly (readonly [PartyType, number])[] = [
  ['natural_person', 30],
  ['individual_business', 32],
  ['legal_person', 34],
  ['other_org', 4],
];

/** An invented party, any type (licences are asked for by businesses and organisations). */
export const partyFor = (rand: Rand, kind: CaseKind) =>
  inventParty(
    rand,
    kind === 'licensing' ? PARTY_WEIGHTS.filter(([t]) => t !== 'natural_person') : PARTY_WEIGHTS,
  );

/** What a case already has when its facts are drawn (a case opened earlier, concluded now). */
export interface GivenFacts {
  kind: CaseKind;
  power: DemoPower;
  party: Party;
}

/** Draws the facts of one case of the body; the settings decide what is major and what carries a hearing. */
export function planFacts(
  rand: Rand,
  body: DemoBodyUnit,
  registry: DemoRegistry,
  settings: EnforcementSettings,
  quotas: Quotas,
  given?: GivenFacts,
): CaseFacts {
  const kind = given?.kind ?? kindFor(rand, body);
  const { power, catalogued } = given
    ? { power: given.power, catalogued: registry.catalogue.has(given.power.id) }
    : choosePower(rand, body, kind, registry.catalogue);
  const party = given?.party ?? partyFor(rand, kind);
  const decision =
    kind === 'penalty'
      ? penaltyOf(rand, body, party.partyType, power, registry, quotas)
      : otherDecision(rand, kind);
  const total = (decision.fine ?? 0) + (decision.confiscation ?? 0);
  const majorReasons =
    kind === 'penalty' ? majorReasonsOf(settings, party.partyType, total, catalogued, rand) : [];
  const isMajor = majorReasons.length > 0;
  // Basis: 行政处罚法 (2017) 第四十二条 — 责令停产停业、吊销许可证或者执照、较大数额罚款 give a right to a hearing.
  const hearingRight =
    kind === 'penalty' &&
    (carriesHearingRight(settings, party.partyType, total) ||
      ['licence_sanction', 'business_restriction'].includes(decision.outcome));
  const hearing: HearingPath = hearingRight
    ? weighted(rand, [
        ['requested', 6],
        ['waived', 55],
        ['lapsed', 39],
      ] as const)
    : 'none';
  const returnedOnce = isMajor && quotas.returnedReviews > 0 && rand() < 0.1;
  if (returnedOnce) quotas.returnedReviews -= 1;
  return { kind, power, party, decision, total, majorReasons, isMajor, hearingRight, hearing, returnedOnce };
}

function kindFor(rand: Rand, body: DemoBodyUnit): CaseKind {
  const kind = weighted(rand, [
    ['penalty', 82],
    ['licensing', 10],
    ['coercion', 8],
  ] as const);
  return body.powers[kind].length > 0 ? kind : 'penalty';
}

/** Mostly items outside the major-decision catalogue; now and then one listed in it (the case is then major). */
function choosePower(rand: Rand, body: DemoBodyUnit, kind: CaseKind, catalogue: Set<string>) {
  const all = body.powers[kind];
  const listed = all.filter((p) => catalogue.has(p.id));
  if (kind === 'penalty' && listed.length > 0 && rand() < 0.04)
    return { power: pick(rand, listed), catalogued: true };
  const free = all.filter((p) => !catalogue.has(p.id));
  const power = pick(rand, free.length > 0 ? free : all);
  return { power, catalogued: catalogue.has(power.id) };
}

function otherDecision(rand: Rand, kind: CaseKind): Decision {
  const outcome: DecisionOutcome =
    kind === 'licensing'
      ? rand() < 0.9
        ? 'licence_granted'
        : 'licence_refused'
      : rand() < 0.8
        ? 'coercive_measure'
        : 'coercive_execution';
  return { outcome, fine: null, confiscation: null, circumstance: null, deviationReason: null };
}

const GENERIC_FINES: Record<'person' | 'organisation', readonly (readonly [[number, number], number])[]> = {
  person: [
    [[200, 2000], 61],
    [[2000, 4900], 25],
    [[5000, 9900], 12.5],
    [[10_000, 30_000], 1.5],
  ],
  organisation: [
    [[1000, 20_000], 55],
    [[20_000, 49_000], 28],
    [[50_000, 99_000], 15],
    [[100_000, 300_000], 2],
  ],
};

function penaltyOf(
  rand: Rand,
  body: DemoBodyUnit,
  partyType: PartyType,
  power: DemoPower,
  registry: DemoRegistry,
  quotas: Quotas,
): Decision {
  const outcome = weighted(rand, [
    ['fine', 66],
    ['confiscation', 6],
    ['warning', 12],
    ['licence_sanction', 2],
    ['business_restriction', 2],
    ['no_penalty', 6],
    ['detention', body.unit.code === '210114-D06' ? 12 : 0],
  ] as const);
  const none = { outcome, fine: null, confiscation: null, circumstance: null, deviationReason: null };
  if (outcome !== 'fine' && outcome !== 'confiscation') return none;
  const confiscation = outcome === 'confiscation' ? amountIn(rand, 500, 20_000) : null;
  const benchmark = registry.benchmarks.get(power.id);
  if (!benchmark) {
    const [lo, hi] = weighted(
      rand,
      GENERIC_FINES[partyType === 'natural_person' ? 'person' : 'organisation'],
    );
    return { ...none, confiscation, fine: amountIn(rand, lo, hi) };
  }
  const circumstance = weighted(rand, [
    ['minor', 36],
    ['general', 57],
    ['serious', 7],
  ] as const);
  const band = benchmark.ranges.find((r) => r.circumstance === circumstance)!;
  if (quotas.deviations > 0 && rand() < 0.12) {
    quotas.deviations -= 1;
    return {
      ...none,
      confiscation,
      circumstance,
      fine: Math.max(100, Math.round(band.fineMin / 200) * 100),
      // Basis: 行政处罚法 (2017) 第二十七条 — 主动消除或者减轻违法行为危害后果的，应当依法从轻或者减轻处罚.
      deviationReason:
        '当事人主动消除违法行为危害后果，依据《中华人民共和国行政处罚法》第二十七条减轻处罚，罚款低于裁量基准下限',
    };
  }
  return { ...none, confiscation, circumstance, fine: amountIn(rand, band.fineMin, band.fineMax) };
}

function majorReasonsOf(
  settings: EnforcementSettings,
  partyType: PartyType,
  total: number,
  catalogued: boolean,
  rand: Rand,
): MajorReason[] {
  const reasons: MajorReason[] = [];
  if (catalogued) reasons.push('catalogue');
  if (total > 0 && isMajorByAmount(settings, partyType, total)) reasons.push('amount_threshold');
  if (rand() < 0.008) reasons.push(rand() < 0.5 ? 'complex' : 'public_interest');
  return reasons;
}
