import { useQuery } from '@tanstack/react-query';
import { Card, Segmented, Table, Tag } from 'antd';
import { useState } from 'react';
import type { CorrectionRates } from '../../../../common/contracts/corrections.js';
import { useT } from '../../../common/i18n.js';
import { tasksApi } from './api.js';
import { percent } from './labels.js';

type Row = CorrectionRates['rows'][number];

/** The coordinator's view: the 纠错率 per unit or per power for the year, repeated defects flagged. */
export function RatesCard({ year }: { year: number }) {
  const t = useT();
  const [by, setBy] = useState<'unit' | 'power'>('unit');
  const rates = useQuery({
    queryKey: ['corrections', 'rates', by, year],
    queryFn: () => tasksApi.rates(by, year),
  });
  const r = (k: string) => t(`corrections.rates.${k}`);
  const total = rates.data?.total;
  return (
    <Card
      size="small"
      style={{ marginBottom: 16 }}
      title={`${r('title')} · ${year}`}
      extra={
        <Segmented
          size="small"
          value={by}
          onChange={(v) => setBy(v as 'unit' | 'power')}
          options={[
            { value: 'unit', label: r('byUnit') },
            { value: 'power', label: r('byPower') },
          ]}
        />
      }
    >
      <Table<Row>
        size="small"
        rowKey="id"
        loading={rates.isPending}
        dataSource={rates.data?.rows ?? []}
        pagination={{ pageSize: 5, size: 'small', hideOnSinglePage: true }}
        data-testid="correction-rates"
        columns={[
          { title: r('name'), dataIndex: 'name', ellipsis: true },
          { title: r('reviewed'), dataIndex: 'reviewed', width: 90, align: 'right' },
          { title: r('corrected'), dataIndex: 'corrected', width: 90, align: 'right' },
          { title: r('rate'), dataIndex: 'rate', width: 90, align: 'right', render: percent },
          { title: r('open'), dataIndex: 'open', width: 80, align: 'right' },
          { title: r('overdueTasks'), dataIndex: 'overdue', width: 80, align: 'right' },
          {
            title: r('repeated'),
            dataIndex: 'repeated',
            width: 80,
            render: (v: boolean) => (v ? <Tag color="red">{r('yes')}</Tag> : null),
          },
        ]}
        summary={() =>
          total ? (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <strong>{r('total')}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {total.reviewed}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {total.corrected}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {percent(total.rate)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4} align="right">
                {total.open}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                {total.overdue}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={6} />
            </Table.Summary.Row>
          ) : null
        }
      />
    </Card>
  );
}
