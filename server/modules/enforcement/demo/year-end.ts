import type { IsoDate } from '../../../../common/calendar/index.js';
import type { CaseFacts, GivenFacts, Quotas } from './case-facts.js';
import { planFacts } from './case-facts.js';
import { number, type PlanInput, type PlannedCase, plannedCase, walkCase } from './case-plan.js';
import type { Rand } from './random.js';
import type { DemoBodyUnit } from './world.js';

/** No rare events are drawn for the cases concluded after the year (the 2020 quotas are spent in 2020). */
const NONE: Quotas = { deviations: 0, lateFilings: 0, returnedReviews: 0 };

/**
 * The cases still investigating on 2020-12-31 run to their end in early 2021: notice, decision, service,
 * execution and closing on their own days, under the 2017 text still in force (the 2021 text from 2021-07-15).
 * Their 2020 figures stay as they were (opened in 2020, decided in 2021); decisions are numbered in 2021.
 */
export function concludeYearEndCases(
  input: PlanInput,
  bodies: readonly DemoBodyUnit[],
  cases: PlannedCase[],
  rand: Rand,
): void {
  for (const body of bodies) {
    const open = cases.filter((c) => c.isOpen && c.row.orgUnitId === body.unit.id);
    for (const c of open) conclude(input, body, c, rand);
    number2021(body, open);
  }
}

function conclude(input: PlanInput, body: DemoBodyUnit, c: PlannedCase, rand: Rand): void {
  const r = c.row;
  const given: GivenFacts = {
    kind: 'penalty',
    power: body.powers.penalty.find((p) => p.id === r.powerItemId)!,
    party: {
      partyType: r.partyType as GivenFacts['party']['partyType'],
      partyName: r.partyName!,
      partyIdNumber: r.partyIdNumber!,
      partyPhone: r.partyPhone!,
      partyAddress: r.partyAddress!,
    },
  };
  const facts: CaseFacts = planFacts(rand, body, input.registry, input.settings, NONE, given);
  const openedOn = r.openedOn as IsoDate;
  // Decided in 2021: a walk that would decide in December is drawn again (the 2020 decided count stays).
  let walked = walkCase(input.cal, rand, facts, openedOn, 2);
  for (let k = 0; k < 50 && walked.dates.decidedOn <= '2020-12-31'; k++)
    walked = walkCase(input.cal, rand, facts, openedOn, 2);
  const done = plannedCase(input, body, rand, facts, openedOn, { ...walked, quotas: NONE });
  Object.assign(c, {
    row: {
      ...done.row,
      id: r.id,
      caseNumber: r.caseNumber,
      source: r.source,
      inspectionId: r.inspectionId ?? null,
      handlerOfficerIds: r.handlerOfficerIds,
    },
    steps: done.steps,
    evidence: done.evidence,
    reviews: done.reviews,
    filing: done.filing,
    isOpen: false,
  });
}

/** The 2021 decision numbers of the concluded cases (their case numbers stay those of 2020). */
function number2021(body: DemoBodyUnit, cases: PlannedCase[]): void {
  const caseNumbers = cases.map((c) => c.row.caseNumber);
  number(body, cases, 2021);
  cases.forEach((c, i) => {
    c.row.caseNumber = caseNumbers[i]!;
  });
}
