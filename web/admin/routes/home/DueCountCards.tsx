import { useQuery } from '@tanstack/react-query';
import { Card, Col, Row, Statistic } from 'antd';
import { api } from '../../../common/api.js';
import { useT } from '../../../common/i18n.js';
import { type DueCounts, itemsSearch } from './api.js';

const COLOR = { overdue: '#cf1322', due_soon: '#d46b08', ok: '#389e0d', total: undefined } as const;

/** Counts by urgency over all the user's running clocks, computed on the server. */
export function DueCountCards({ unitId }: { unitId?: string }) {
  const t = useT();
  const counts = useQuery({
    queryKey: ['workbench', 'counts', unitId ?? null],
    queryFn: () => api.get<DueCounts>(`/workbench/counts${itemsSearch({ unitId })}`),
  });
  const c = counts.data;
  return (
    <Row gutter={[16, 16]}>
      {(['overdue', 'due_soon', 'ok', 'total'] as const).map((key) => (
        <Col key={key} xs={12} lg={6}>
          <Card loading={counts.isPending} size="small">
            <Statistic
              title={t(`admin.homes.counts.${key}`)}
              value={c?.[key] ?? 0}
              suffix={t('admin.homes.items')}
              styles={{ content: { color: COLOR[key] } }}
            />
            {key === 'ok' && c?.paused ? (
              <span style={{ color: '#8c8c8c', fontSize: 12 }}>
                {t('admin.homes.counts.paused', { n: c.paused })}
              </span>
            ) : null}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
