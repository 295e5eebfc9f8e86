/** How a score's figures read on the screens. */
export const pct = (r: number | null | undefined) =>
  r === null || r === undefined ? '—' : `${Math.round(r * 1000) / 10}%`;

/** A metric's value as its unit reads: a rate as a percentage, a count as is. */
export function shownValue(value: number | null | undefined, method: string | null, target: number | null) {
  if (value === null || value === undefined) return '—';
  // Deductions count items; the other methods here compare rates (targets between 0 and 1).
  if (method === 'deduction' || (target !== null && target > 1)) return String(value);
  return pct(value);
}
