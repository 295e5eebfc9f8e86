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
