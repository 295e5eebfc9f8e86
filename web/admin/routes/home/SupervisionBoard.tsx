import { useQuery } from '@tanstack/react-query';
import { Card, Table, Tag, Typography } from 'antd';
import { api } from '../../../common/api.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import type { Rating, SupervisionRow } from './api.js';

export const RATING_COLOR: Record<Rating, string> = { red: 'red', amber: 'orange', green: 'green' };

/** How many units are red, amber and green. */
export function ratingTally(rows: SupervisionRow[]): Record<Rating, number> {
  const tally: Record<Rating, number> = { red: 0, amber: 0, green: 0 };
  for (const r of rows) tally[r.rating] += 1;
  return tally;
}

/** 督办看板: every first-level unit ranked red / amber / green; a row opens the unit's items. */
export function SupervisionBoard({ onOpenUnit }: { onOpenUnit: (row: SupervisionRow) => void }) {
  const t = useT();
  const board = useQuery({
    queryKey: ['workbench', 'supervision'],
    queryFn: () => api.get<{ units: SupervisionRow[] }>('/workbench/supervision'),
  });
  const rows = board.data?.units ?? [];
  const tally = ratingTally(rows);
  return (
    <Card
      title={t('admin.homes.board.title')}
      extra={
        board.data ? (
          <Typography.Text type="secondary">{t('admin.homes.board.summary', tally)}</Typography.Text>
        ) : null
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t('admin.homes.board.rule')} {t('admin.homes.board.drill')}
      </Typography.Paragraph>
      {board.error ? <ErrorAlert error={board.error} onRetry={() => void board.refetch()} /> : null}
      <Table<SupervisionRow>
        rowKey="unitId"
        size="small"
        loading={board.isPending}
        dataSource={rows}
        pagination={{ pageSize: 15, hideOnSinglePage: true, showSizeChanger: false }}
        onRow={(row) => ({ onClick: () => onOpenUnit(row), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('admin.homes.board.colRating'),
            dataIndex: 'rating',
            width: 90,
            render: (r: Rating) => <Tag color={RATING_COLOR[r]}>{t(`admin.homes.board.${r}`)}</Tag>,
          },
          {
            title: t('admin.homes.board.colUnit'),
            dataIndex: 'unitName',
            render: (name: string, row) => (
              <Typography.Link
                onClick={(e) => {
                  e.stopPropagation();
                  onOpenUnit(row);
                }}
              >
                {name}
              </Typography.Link>
            ),
          },
          {
            title: t('admin.homes.board.colOverdue'),
            dataIndex: 'overdue',
            width: 120,
            align: 'right',
            render: (n: number) => (
              <span style={{ color: n ? '#cf1322' : undefined, fontWeight: n ? 600 : undefined }}>{n}</span>
            ),
          },
          {
            title: t('admin.homes.board.colDueSoon'),
            dataIndex: 'dueSoon',
            width: 120,
            align: 'right',
            render: (n: number) => <span style={{ color: n ? '#d46b08' : undefined }}>{n}</span>,
          },
          { title: t('admin.homes.board.colOpen'), dataIndex: 'open', width: 120, align: 'right' },
        ]}
      />
    </Card>
  );
}
