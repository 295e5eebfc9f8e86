import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Drawer, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import { groupCode } from '../../../common/disclosure/labels.js';
import { type Table3Params, table3Api } from './table3-api.js';
import '../../../common/disclosure/messages.js';

export interface CellRef {
  row: number;
  rowLabel: string;
  column: string;
  value: number;
}

/** The requests behind one figure of table 三 (the same date rules, so the list's total equals the cell). */
export function CellDrawer({
  params,
  cell,
  onClose,
}: {
  params: Table3Params;
  cell: CellRef | null;
  onClose: () => void;
}) {
  const t = useT();
  const [page, setPage] = useState(1);
  const pageSize = 20;
  const records = useQuery({
    queryKey: ['disclosure', 'table3', 'cell', params, cell?.row, cell?.column, page],
    queryFn: () => table3Api.cell(params, cell!.row, cell!.column, page, pageSize),
    enabled: cell !== null,
    placeholderData: keepPreviousData,
  });
  const columns: ColumnsType<Record<string, unknown>> = (records.data?.columns ?? []).map((c) => ({
    title: c.label,
    dataIndex: c.key,
    ellipsis: c.key === 'informationDescription',
    width:
      c.key === 'informationDescription'
        ? undefined
        : c.key === 'trackingCode'
          ? 150
          : c.key === 'outcome'
            ? 160
            : 110,
    render: (v: unknown, r) =>
      c.key === 'trackingCode' && typeof r.id === 'string' ? (
        <Link to={`/disclosure/requests/${r.id}`}>{groupCode(String(v))}</Link>
      ) : (
        ((v as string | null) ?? '—')
      ),
  }));
  return (
    <Drawer
      open={cell !== null}
      onClose={() => {
        setPage(1);
        onClose();
      }}
      size={1000}
      title={
        cell
          ? t('disclosure.table3.drawerTitle', {
              row: cell.rowLabel,
              column: t(`disclosure.table3.columns.${cell.column}`),
              value: cell.value,
            })
          : ''
      }
    >
      {records.error ? <ErrorAlert error={records.error} /> : null}
      <Table<Record<string, unknown>>
        rowKey={(r) => String(r.id ?? r.trackingCode)}
        size="small"
        scroll={{ x: 1200 }}
        loading={records.isFetching}
        columns={columns}
        dataSource={records.data?.rows ?? []}
        pagination={{
          current: page,
          pageSize,
          total: records.data?.total ?? 0,
          showTotal: (total) => t('disclosure.list.total', { total }),
          onChange: setPage,
        }}
      />
    </Drawer>
  );
}
