import { useQuery } from '@tanstack/react-query';
import { Card, Empty } from 'antd';
import { useMemo } from 'react';
import { POWER_CATEGORIES } from '../../../../common/contracts/powers.js';
import { EChart } from '../../../common/components/EChart.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { powersApi } from './api.js';
import { categoryLabel } from './labels.js';

/** Published items by category (the department officer's own unit, or the district). */
export function StatsCard({ onCategory }: { onCategory?: (code: string) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const stats = useQuery({ queryKey: ['powers', 'stats'], queryFn: powersApi.stats });
  const option = useMemo(() => {
    const byCategory = stats.data?.byCategory ?? {};
    return {
      tooltip: { trigger: 'item' },
      grid: { left: 48, right: 16, top: 24, bottom: 64 },
      xAxis: {
        type: 'category',
        data: POWER_CATEGORIES.map((c) => categoryLabel(c.code, locale)),
        axisLabel: { interval: 0, rotate: 30 },
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          barWidth: '50%',
          data: POWER_CATEGORIES.map((c) => byCategory[c.code] ?? 0),
          label: { show: true, position: 'top' },
          itemStyle: { color: '#1677ff' },
        },
      ],
    };
  }, [stats.data, locale]);
  const onClick = (name: string) => {
    const found = POWER_CATEGORIES.find((c) => categoryLabel(c.code, locale) === name);
    if (found) onCategory?.(found.code);
  };
  return (
    <Card
      title={t('powers.stats.title')}
      extra={stats.data ? t('powers.total', { total: stats.data.total }) : null}
      loading={stats.isPending}
      size="small"
      style={{ marginBottom: 16 }}
    >
      {stats.data && stats.data.total === 0 ? (
        <Empty />
      ) : (
        <EChart option={option} height={240} onClickItem={onClick} />
      )}
    </Card>
  );
}
