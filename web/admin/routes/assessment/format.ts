/** How a score's figures read on the screens. */
export const pct = (r: number | null | undefined) =>
  r === null || r === undefined ? '—' : `${Math.round(r * 1000) / 10}%`;

/** A metric's value as its unit reads: a rate as a percentage, a count as is. */
export function shownValue(value: number | null | undefined, unit: string | null) {
  if (value === null || value === undefined) return '—';
  return unit === 'rate' ? pct(value) : String(value);
}
