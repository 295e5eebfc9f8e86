import type { FeeMethod } from '../../../../common/contracts/disclosure/dictionaries.js';
import { perApplicationFee } from './deadlines.js';

/** Pages free of charge under 按量计收 (109号 第五条). */
export const FREE_PAGES = 30;

/** The bands of 按量计收, progressive (超额累进): each page is charged at the rate of its band. */
// Basis: 国办函〔2020〕109号 第五条 — 30页以下免费；31–100页10元/页；101–200页20元/页；201页以上40元/页.
const PAGE_BANDS: readonly { upTo: number; perPage: number }[] = [
  { upTo: FREE_PAGES, perPage: 0 },
  { upTo: 100, perPage: 10 },
  { upTo: 200, perPage: 20 },
  { upTo: Number.POSITIVE_INFINITY, perPage: 40 },
];

/** 信息处理费 按量计收 for `pages` pages, each page at the rate of its band. */
export function perPageFee(pages: number): number {
  if (!Number.isInteger(pages) || pages < 0) throw new Error('pages must be a whole number ≥ 0');
  let fee = 0;
  let from = 0;
  for (const band of PAGE_BANDS) {
    fee += Math.max(0, Math.min(pages, band.upTo) - from) * band.perPage;
    from = band.upTo;
  }
  return fee;
}

/** What the fee is computed from: the applicant's rank among its requests of the month, or the pages. */
export type FeeBasis =
  | { method: Extract<FeeMethod, 'per_application'>; nthInMonth: number }
  | { method: Extract<FeeMethod, 'per_page'>; pages: number };

/**
 * The fee for one request by the one method the organ chose (109号 第三条: 按件 or 按量, never both).
 * Zero means the request is within the free band and no fee notice may be issued.
 */
export function computeFee(basis: FeeBasis): number {
  // Basis: 国办函〔2020〕109号 第四条 (按件: the same applicant's requests in one calendar month).
  if (basis.method === 'per_application') return perApplicationFee(basis.nthInMonth);
  // Basis: 国办函〔2020〕109号 第五条 (按量: pages).
  return perPageFee(basis.pages);
}

export const FEE_METHOD_LABELS: Record<FeeMethod, string> = {
  per_application: '按件计收',
  per_page: '按量计收',
};

/**
 * Why a fee notice cannot go out as it stands, or null: a method other than the one the district chose needs
 * a written reason. The district's choice is a default, not a bar — 109号 第三条 leaves the choice to each
 * organ (行政机关), so a department may depart from it on record (decision 0018 §7).
 */
export function feeMethodProblem(
  districtMethod: FeeMethod | null,
  method: FeeMethod,
  reason: string | null,
): string | null {
  // Basis: 国办函〔2020〕109号 第三条 — 行政机关可以根据本机关的工作实际，自行选择按件或者按量计收.
  if (districtMethod === null || districtMethod === method || reason) return null;
  return `本区确定的计收方式为${FEE_METHOD_LABELS[districtMethod]}；选用${FEE_METHOD_LABELS[method]}须书面说明理由（国办函〔2020〕109号第三条）`;
}
