import { useMemo } from 'react';
import { EChart } from '../../../common/components/EChart.js';
import type { Urgency } from '../../../common/procedure/index.js';
import { useT } from '../../../common/i18n.js';
import { URGENCY_ORDER } from './due-items.js';

const COLORS: Record<Urgency, string> = { overdue: '#f5222d', due_soon: '#fa8c16', ok: '#52c41a' };

/** A bar per urgency: how many of the user's clocks are overdue, due soon, on time. */
export function UrgencyChart({ counts }: { counts: Record<Urgency, number> }) {
  const t = useT();
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'item' },
      grid: { left: 40, right: 16, top: 16, bottom: 28 },
      xAxis: { type: 'category', data: URGENCY_ORDER.map((u) => t(`common.urgency.${u}`)) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          barWidth: '45%',
          data: URGENCY_ORDER.map((u) => ({ value: counts[u], itemStyle: { color: COLORS[u] } })),
          label: { show: true, position: 'top' },
        },
      ],
    }),
    [counts, t],
  );
  return <EChart option={option} height={220} />;
}
