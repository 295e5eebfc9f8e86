import { useQuery } from '@tanstack/react-query';
import { Card, Collapse, Empty, Flex, Select, Spin, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useSearchParams } from 'react-router';
import type { PublicFees } from '../../../../common/contracts/enforcement/publication.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import { portalEnforcementApi } from './api.js';
import { SectionTabs } from './SectionTabs.js';
import './messages.js';

type FeeItem = PublicFees['bodies'][number]['items'][number];

function useFeeColumns(): ColumnsType<FeeItem> {
  const t = useT();
  const c = (k: string) => t(`portalEnforcement.fees.columns.${k}`);
  const wrap = (v: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{v}</span>;
  return [
    { title: c('code'), dataIndex: 'code', width: 150 },
    { title: c('name'), dataIndex: 'name', width: 220 },
    { title: c('legalBasis'), dataIndex: 'legalBasis', render: wrap },
    { title: c('standard'), dataIndex: 'standard', render: wrap },
    { title: c('publishedOn'), dataIndex: 'publishedOn', width: 110 },
  ];
}

/** 涉企行政事业性收费目录清单: the fee items in force, one panel per body (all open when one is chosen). */
export default function FeesPage() {
  const t = useT();
  const tt = (k: string, vars?: Record<string, string | number>) => t(`portalEnforcement.fees.${k}`, vars);
  const [params, setParams] = useSearchParams();
  const chosen = params.get('orgUnitId') ?? undefined;
  const columns = useFeeColumns();
  const fees = useQuery({ queryKey: ['portal', 'enforcement', 'fees'], queryFn: portalEnforcementApi.fees });
  const bodies = fees.data ?? [];
  const shown = chosen ? bodies.filter((b) => b.orgUnitId === chosen) : bodies;
  return (
    <>
      <SectionTabs active="fees" />
      <Typography.Title level={4}>{tt('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{tt('intro')}</Typography.Paragraph>
      <Card size="small">
        <Flex gap={8} style={{ marginBottom: 12 }}>
          <Select
            aria-label={tt('body')}
            placeholder={tt('allBodies')}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 260 }}
            value={chosen}
            options={bodies.map((b) => ({ value: b.orgUnitId, label: b.orgUnitName }))}
            onChange={(orgUnitId?: string) => setParams(orgUnitId ? { orgUnitId } : {})}
          />
        </Flex>
        {fees.error ? <ErrorAlert error={fees.error} onRetry={() => void fees.refetch()} /> : null}
        {fees.isPending ? <Spin style={{ display: 'block', margin: 48 }} /> : null}
        {!fees.isPending && shown.length === 0 ? <Empty description={tt('empty')} /> : null}
        {shown.length > 0 ? (
          <Collapse
            key={chosen ?? 'all'}
            defaultActiveKey={chosen ? [chosen] : shown.slice(0, 1).map((b) => b.orgUnitId)}
            items={shown.map((b) => ({
              key: b.orgUnitId,
              label: b.orgUnitName,
              extra: tt('items', { count: b.items.length }),
              children: (
                <Table<FeeItem>
                  rowKey="id"
                  size="small"
                  columns={columns}
                  dataSource={b.items}
                  pagination={false}
                />
              ),
            }))}
          />
        ) : null}
      </Card>
    </>
  );
}
