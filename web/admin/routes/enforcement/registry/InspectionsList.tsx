import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Checkbox, Flex, Select, Table, Tag, Tooltip } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { InspectionOut } from '../../../../../common/contracts/enforcement/inspections.js';
import { useAuth } from '../../../../common/auth.js';
import { ErrorAlert } from '../../../../common/components/index.js';
import { useLocale } from '../../../../common/i18n.js';
import { ENF, registryApi } from './api.js';
import { useRT } from './i18n.js';
import { InspectionForm } from './InspectionForm.js';
import { RESULT_COLOR, resultLabel } from './labels.js';
import { LedgerButtons } from './LedgerButtons.js';

interface Filters {
  orgUnitId?: string;
  unplanned?: string;
}

/** The year's inspections, 计划外 ones tagged, with 登记检查 and import/export. */
export function InspectionsList({ year }: { year: number }) {
  const rt = useRT();
  const { locale } = useLocale();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const [registering, setRegistering] = useState(false);
  const query = { ...filters, year, ...page };
  const list = useQuery({
    queryKey: ['enforcement', 'registry', 'inspections', 'list', query],
    queryFn: () => registryApi.inspections(query),
    placeholderData: keepPreviousData,
  });
  const bodies = useQuery({
    queryKey: ['enforcement', 'registry', 'all-bodies'],
    queryFn: registryApi.allBodies,
  });
  const refresh = () =>
    void queryClient.invalidateQueries({ queryKey: ['enforcement', 'registry', 'inspections'] });
  const filter = (next: Partial<Filters>) => {
    setFilters({ ...filters, ...next });
    setPage({ ...page, page: 1 });
  };
  const col = (k: string) => rt(`inspections.columns.${k}`);
  const columns: ColumnsType<InspectionOut> = [
    { title: col('inspectedOn'), dataIndex: 'inspectedOn', width: 110 },
    { title: col('orgUnitId'), dataIndex: ['orgUnit', 'name'], width: 180 },
    {
      title: col('powerItemId'),
      dataIndex: 'powerItem',
      render: (p: InspectionOut['powerItem'], i) => (
        <>
          {p.name}
          {i.isUnplanned ? (
            <Tag color="orange" style={{ marginLeft: 4 }}>
              {rt('inspections.unplanned')}
            </Tag>
          ) : null}
        </>
      ),
    },
    { title: col('targetName'), dataIndex: 'targetName', width: 220 },
    {
      title: col('officerIds'),
      dataIndex: 'officers',
      width: 160,
      render: (officers: InspectionOut['officers']) => (
        <Tooltip title={officers.map((o) => `${o.name}（${o.certificateNumber}）`).join('、')}>
          {officers.map((o) => o.name).join('、')}
        </Tooltip>
      ),
    },
    {
      title: col('result'),
      dataIndex: 'result',
      width: 110,
      render: (r: string) => <Tag color={RESULT_COLOR[r]}>{resultLabel(r, locale)}</Tag>,
    },
  ];
  const exportQuery = { ...filters, year };
  return (
    <Card size="small" title={rt('inspections.title', { year })}>
      <Flex gap={8} wrap style={{ marginBottom: 12 }}>
        <Select
          aria-label={col('orgUnitId')}
          placeholder={col('orgUnitId')}
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          style={{ width: 220 }}
          options={(bodies.data ?? []).map((b) => ({ value: b.orgUnit.id, label: b.orgUnit.name }))}
          onChange={(orgUnitId?: string) => filter({ orgUnitId })}
        />
        <Checkbox
          checked={filters.unplanned === 'true'}
          onChange={(e) => filter({ unplanned: e.target.checked ? 'true' : undefined })}
        >
          {rt('inspections.unplannedOnly')}
        </Checkbox>
        <span style={{ flex: 1 }} />
        {can('enforcement.manage_inspections') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
            {rt('inspections.register')}
          </Button>
        ) : null}
        <LedgerButtons path={`${ENF}/inspections`} query={exportQuery} onImported={refresh} />
      </Flex>
      {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
      <Table<InspectionOut>
        rowKey="id"
        size="middle"
        loading={list.isFetching}
        columns={columns}
        dataSource={list.data?.items ?? []}
        pagination={{
          current: page.page,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (total) => rt('total', { total }),
          onChange: (p, size) => setPage({ page: p, pageSize: size }),
        }}
      />
      {registering ? <InspectionForm onClose={() => setRegistering(false)} /> : null}
    </Card>
  );
}
