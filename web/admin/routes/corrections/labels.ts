/** Colours of the task states, shared by the list and the task page. */
export const STATE_COLOR: Record<string, string> = {
  open: 'orange',
  submitted: 'blue',
  returned: 'red',
  closed: 'green',
};

/** A rate as a percentage with one decimal ("—" without a denominator). */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`;
}
