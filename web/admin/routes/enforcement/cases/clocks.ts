/**
 * The handling deadline's urgency in the list, which carries only the due date: overdue after it,
 * due soon within 5 calendar days (≈ the server's 3 working days; the detail shows the server's own).
 */
export function urgencyOfDue(dueOn: string, today: string): 'ok' | 'due_soon' | 'overdue' {
  if (today > dueOn) return 'overdue';
  const days = (Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000;
  return days <= 5 ? 'due_soon' : 'ok';
}

export type ClockFamily =
  | 'handling'
  | 'hearing_request'
  | 'service'
  | 'publication'
  | 'publication_withdrawal'
  | 'payment';

/** The family of a case clock from its key (`enforcement.handling_penalty`, `enforcement.service_2021` …). */
export function clockFamily(key: string): ClockFamily | null {
  const name = key.replace(/^enforcement\./, '');
  if (name === 'publication_withdrawal') return 'publication_withdrawal';
  const families: ClockFamily[] = ['handling', 'hearing_request', 'service', 'publication', 'payment'];
  return families.find((f) => name === f || name.startsWith(`${f}_`)) ?? null;
}

/** Running clocks first, then paused, then the stopped ones. */
export const clockOrder = (status: string): number => ({ running: 0, paused: 1 })[status] ?? 2;
