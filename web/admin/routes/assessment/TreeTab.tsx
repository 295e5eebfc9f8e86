import { useQuery } from '@tanstack/react-query';
import { Button, Drawer, Space, Spin, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { IndicatorNode } from '../../../../common/contracts/assessment.js';
import { useAuth } from '../../../common/auth.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import { MetricRecords } from '../home/MetricRecords.js';
import { assessmentApi } from './api.js';
import { pct, shownValue } from './format.js';
import { HandScoreDialog } from './HandScoreDialog.js';

type Row = IndicatorNode & { children?: Row[] };

const STATUS_COLOR: Record<string, string> = {
  scored: 'green',
  unscored: 'gold',
  unavailable: 'default',
  no_data: 'default',
};

/** Nests the flat indicators by parent (一级 → 二级 → 三级). */
function nest(nodes: IndicatorNode[]): Row[] {
  const rows = new Map(nodes.map((n) => [n.code, { ...n } as Row]));
  const roots: Row[] = [];
  for (const row of rows.values()) {
    const parent = row.parent ? rows.get(row.parent) : undefined;
    if (!parent) roots.push(row);
    else if (parent.children) parent.children.push(row);
    else parent.children = [row];
  }
  return roots;
}

/** The tree of the year's version: each indicator's method, formula, value and score; drill-down and hand scores. */
export function TreeTab({ year }: { year: number }) {
  const t = useT();
  const { can } = useAuth();
  const scores = useQuery({
    queryKey: ['assessment', 'scores', year],
    queryFn: () => assessmentApi.scores(year),
  });
  const [drill, setDrill] = useState<IndicatorNode | null>(null);
  const [scoring, setScoring] = useState<IndicatorNode | null>(null);
  if (scores.error) return <ErrorAlert error={scores.error} onRetry={() => void scores.refetch()} />;
  const s = scores.data;
  if (!s) return <Spin style={{ display: 'block', margin: 48 }} />;
  const columns: ColumnsType<Row> = [
    { title: t('assessment.columns.code'), dataIndex: 'code', width: 110 },
    {
      title: t('assessment.columns.name'),
      dataIndex: 'name',
      render: (name: string, n) => (
        <Space size={4} wrap>
          <span style={n.level < 3 ? { fontWeight: 600 } : undefined}>{name}</span>
          {n.confirmed ? null : <Tag>{t('assessment.unconfirmed')}</Tag>}
        </Space>
      ),
    },
    {
      title: t('assessment.columns.formula'),
      key: 'formula',
      width: 240,
      render: (_, n) =>
        n.level === 3 ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {n.method ? `${t(`assessment.method.${n.method}`)}：` : ''}
            {n.formula}
            {n.metric ? (
              <div>
                <code>{n.metric}</code>
              </div>
            ) : null}
          </Typography.Text>
        ) : null,
    },
    {
      title: t('assessment.columns.value'),
      key: 'value',
      width: 90,
      render: (_, n) => (n.level === 3 ? shownValue(n.value, n.metricUnit) : pct(n.value)),
    },
    { title: t('assessment.columns.weight'), dataIndex: 'weight', width: 70 },
    {
      title: t('assessment.columns.score'),
      key: 'score',
      width: 70,
      render: (_, n) => (
        <span style={n.meetsTarget === false ? { color: '#cf1322', fontWeight: 600 } : undefined}>
          {n.score ?? '—'}
        </span>
      ),
    },
    {
      title: t('assessment.columns.status'),
      key: 'status',
      width: 150,
      render: (_, n) =>
        n.status ? <Tag color={STATUS_COLOR[n.status]}>{t(`assessment.status.${n.status}`)}</Tag> : null,
    },
    {
      title: '',
      key: 'actions',
      width: 120,
      fixed: 'right' as const,
      render: (_, n) => {
        if (n.level !== 3) return null;
        if (n.method === 'hand')
          return can('assessment.score') && !s.unit ? (
            <Button size="small" onClick={() => setScoring(n)}>
              {t('assessment.handScore')}
            </Button>
          ) : n.handScore ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {n.handScore.evidence.map((e) => e.label).join('；')}
            </Typography.Text>
          ) : null;
        return n.status === 'unavailable' ? null : (
          <Button size="small" type="link" onClick={() => setDrill(n)}>
            {t('assessment.records')}
          </Button>
        );
      },
    },
  ];
  return (
    <>
      <Table<Row>
        rowKey="code"
        size="small"
        columns={columns}
        dataSource={nest(s.indicators)}
        pagination={false}
        defaultExpandAllRows
        scroll={{ x: 1000 }}
        expandable={{
          defaultExpandAllRows: true,
          rowExpandable: (n) => Boolean(n.children?.length),
        }}
        data-testid="assessment-tree"
      />
      <Drawer
        open={drill !== null}
        size="large"
        title={drill ? t('assessment.recordsTitle', { name: `${drill.code} ${drill.name}` }) : ''}
        onClose={() => setDrill(null)}
        destroyOnHidden
      >
        {drill?.metric ? (
          <MetricRecords metricKey={drill.metric} from={`${year}-01-01`} to={`${year}-12-31`} />
        ) : null}
      </Drawer>
      {scoring ? (
        <HandScoreDialog
          indicator={scoring}
          version={s.version.code}
          year={year}
          onClose={() => setScoring(null)}
        />
      ) : null}
    </>
  );
}
