import type { BenchmarkRange } from '../../../../../common/contracts/enforcement/dictionaries.js';
import type { Executor } from '../../../../platform/db/index.js';
import type { FieldError } from '../../../../platform/errors.js';
import { rangeProblems } from '../../rules/discretion.js';
import { benchmarkWithCode } from './benchmark-records.js';
import { PENALTY, powerProblems, powersById } from './powers.js';

/** The checked facts of a benchmark, as written and audited. */
export interface BenchmarkContent {
  powerItemId: string | null;
  code: string;
  violation: string;
  violationBasis: string | null;
  penaltyBasis: string;
  ranges: BenchmarkRange[];
}

/**
 * Every problem with a benchmark of `owner`: the bands (rules/discretion.ts), a unique code in the district,
 * and the power — a 行政处罚 item of the body in force (处罚法 第三十四条: benchmarks for penalties).
 */
export async function benchmarkProblems(
  db: Executor,
  owner: { orgUnitId: string | null; districtId: string },
  content: BenchmarkContent,
  exceptId?: string,
): Promise<FieldError[]> {
  const problems: FieldError[] = [...rangeProblems(content.ranges)];
  if (await benchmarkWithCode(db, owner.districtId, content.code, exceptId))
    problems.push({ path: 'code', message: `基准编号“${content.code}”已被使用，同一区内编号不能重复` });
  if (content.powerItemId) {
    const power = (await powersById(db, [content.powerItemId])).get(content.powerItemId);
    problems.push(...powerProblems(power, owner, 'powerItemId', PENALTY));
  }
  return problems;
}
