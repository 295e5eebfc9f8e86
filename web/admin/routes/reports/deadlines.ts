import type { ReportDeadlineOut } from '../../../../common/contracts/reports/drafts.js';
import type { Translate } from '../../../common/i18n.js';

export const DEADLINE_COLOR = { open: 'blue', met: 'green', overdue: 'red' } as const;

/** A deadline's label in the reader's language; the server's zh-CN label when the screens do not know the key. */
export function deadlineLabel(t: Translate, d: ReportDeadlineOut): string {
  const key = `reports.deadlines.${d.key.replace(/^reports\./, '')}`;
  const text = t(key);
  return text === key ? d.label : text;
}
