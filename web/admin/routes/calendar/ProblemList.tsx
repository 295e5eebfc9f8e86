import { Alert } from 'antd';
import type { CalendarProblem } from '../../../../common/calendar/index.js';
import { useT } from '../../../common/i18n.js';

/** Every problem found in a year's data, with where it is. */
export function ProblemList({ problems }: { problems: CalendarProblem[] }) {
  const t = useT();
  if (!problems.length) return null;
  return (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 16 }}
      title={t('calendar.load.problems')}
      description={
        <ul style={{ margin: 0, paddingInlineStart: 20, maxHeight: 200, overflowY: 'auto' }}>
          {problems.map((p) => (
            <li key={`${p.path}:${p.message}`}>
              {p.path && p.path !== '/' ? <code>{p.path}</code> : null} {p.message}
            </li>
          ))}
        </ul>
      }
    />
  );
}
