import { Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { TaskSummary } from '../../../../common/contracts/coordination.js';
import { useT } from '../../../common/i18n.js';
import { ESCALATION_COLOR, STATE_COLOR } from './labels.js';

/** The columns of a list of tasks (the board, a meeting's decisions and referred items). */
export function useTaskColumns(): ColumnsType<TaskSummary> {
  const t = useT();
  const c = (k: string) => t(`coordination.columns.${k}`);
  return [
    {
      title: c('code'),
      dataIndex: 'code',
      width: 130,
      render: (code: string, r) => <Link to={`/coordination/tasks/${r.id}`}>{code}</Link>,
    },
    { title: c('title'), dataIndex: 'title', width: 320, ellipsis: true },
    { title: c('unit'), dataIndex: ['unit', 'name'], width: 190, ellipsis: true },
    {
      title: c('area'),
      dataIndex: 'area',
      width: 170,
      ellipsis: true,
      render: (a: string | null) => (a ? t(`coordination.areas.${a}`) : '—'),
    },
    {
      title: c('dueOn'),
      dataIndex: 'dueOn',
      width: 170,
      render: (d: string, r) => (
        <>
          {d}
          {r.overdue ? (
            <Tag color="red" style={{ marginLeft: 6 }}>
              {t('coordination.overdue')}
            </Tag>
          ) : r.stalled ? (
            <Tag color="orange" style={{ marginLeft: 6 }}>
              {t('coordination.stalled')}
            </Tag>
          ) : null}
        </>
      ),
    },
    {
      title: c('state'),
      dataIndex: 'state',
      width: 110,
      render: (s: string) => <Tag color={STATE_COLOR[s]}>{t(`coordination.states.${s}`)}</Tag>,
    },
    {
      title: c('escalation'),
      dataIndex: 'escalation',
      width: 140,
      render: (e: string) =>
        e === 'none' ? null : <Tag color={ESCALATION_COLOR[e]}>{t(`coordination.escalations.${e}`)}</Tag>,
    },
  ];
}
