/** Colours of the task states and 督办 steps, shared by the board, the task and the meeting pages. */
export const STATE_COLOR: Record<string, string> = { open: 'orange', reported: 'blue', done: 'green' };
export const ESCALATION_COLOR: Record<string, string> = {
  none: 'default',
  reminded: 'gold',
  noticed: 'orange',
  interviewed: 'volcano',
  referred: 'red',
};

/** A rate as a percentage with one decimal ("—" without a denominator). */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`;
}
