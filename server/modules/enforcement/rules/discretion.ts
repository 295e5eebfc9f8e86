import {
  type BenchmarkRange,
  type Circumstance,
  CIRCUMSTANCES,
  type PartyType,
} from '../../../../common/contracts/enforcement/dictionaries.js';

export type DiscretionRange = BenchmarkRange;

export type DiscretionCheck =
  | { kind: 'within'; range: DiscretionRange }
  | { kind: 'deviation'; range: DiscretionRange | null; message: string };

/**
 * Checks a decision's circumstance and fine against the benchmark (裁量基准, 处罚法 第三十四条). A fine outside
 * the band of the chosen circumstance, or a circumstance the benchmark does not list, is a deviation: allowed
 * only with a written reason, and flagged to the legal reviewer.
 */
export function checkDiscretion(
  ranges: readonly DiscretionRange[],
  circumstance: Circumstance,
  fine: number,
): DiscretionCheck {
  const range = ranges.find((r) => r.circumstance === circumstance) ?? null;
  const label = CIRCUMSTANCES.find((c) => c.code === circumstance)?.label ?? circumstance;
  if (!range) return { kind: 'deviation', range, message: `裁量基准未规定“${label}”情节` };
  if (fine < range.fineMin || fine > range.fineMax) {
    return {
      kind: 'deviation',
      range,
      message: `罚款 ${fine} 元超出“${label}”情节的裁量幅度 ${range.fineMin}–${range.fineMax} 元`,
    };
  }
  return { kind: 'within', range };
}

/** Problems in a benchmark's bands: each circumstance once, min ≤ max, no negative amounts. */
export function rangeProblems(ranges: readonly DiscretionRange[]): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  ranges.forEach((r, i) => {
    if (seen.has(r.circumstance))
      problems.push({ path: `ranges.${i}.circumstance`, message: '同一情节只能设置一个幅度' });
    seen.add(r.circumstance);
    if (r.fineMin < 0) problems.push({ path: `ranges.${i}.fineMin`, message: '罚款下限不能为负数' });
    if (r.fineMin > r.fineMax)
      problems.push({ path: `ranges.${i}.fineMax`, message: '罚款上限不能低于下限' });
  });
  return problems;
}

/** The amounts, set by the coordinator, that make a decision major or give a right to a hearing. */
export interface AmountThresholds {
  majorAmountPerson: number;
  majorAmountOrganisation: number;
  hearingAmountPerson: number;
  hearingAmountOrganisation: number;
}

const isPerson = (partyType: PartyType) => partyType === 'natural_person';

/** Is a decision with this 罚没 total major by amount (the district's 重大执法决定 threshold)? */
export function isMajorByAmount(t: AmountThresholds, partyType: PartyType, total: number): boolean {
  return total >= (isPerson(partyType) ? t.majorAmountPerson : t.majorAmountOrganisation);
}

/** Does a fine of this size carry a right to a hearing (较大数额罚款, 处罚法 第六十三条)? */
export function carriesHearingRight(t: AmountThresholds, partyType: PartyType, total: number): boolean {
  return total >= (isPerson(partyType) ? t.hearingAmountPerson : t.hearingAmountOrganisation);
}
