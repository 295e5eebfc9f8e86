import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Descriptions, Modal, Spin, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type {
  InspectionPlanItemOut,
  InspectionPlanOut,
} from '../../../../../common/contracts/enforcement/inspections.js';
import { useAuth } from '../../../../common/auth.js';
import { ErrorAlert, PageHeader } from '../../../../common/components/index.js';
import { useLocale } from '../../../../common/i18n.js';
import { registryApi } from './api.js';
import { ratePercent } from './charts.js';
import { useRT } from './i18n.js';
import { frequencyLabel } from './labels.js';
import { PlanItemsEditor } from './PlanItemsEditor.js';

/** 报备: the plan is filed on a day (today by default, never later); its items are frozen from then on. */
function FileDialog({ plan, onClose }: { plan: InspectionPlanOut; onClose: () => void }) {
  const rt = useRT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [day, setDay] = useState<Dayjs>(dayjs());
  const file = useMutation({
    mutationFn: () => registryApi.filePlan(plan.id, day.format('YYYY-MM-DD')),
    onSuccess: (saved) => {
      queryClient.setQueryData(['enforcement', 'registry', 'plan', plan.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['enforcement', 'registry', 'inspections'] });
      message.success(rt('plan.filed'));
      onClose();
    },
  });
  return (
    <Modal
      open
      title={rt('plan.file')}
      onCancel={onClose}
      onOk={() => file.mutate()}
      confirmLoading={file.isPending}
    >
      {file.error ? <ErrorAlert error={file.error} /> : null}
      <p>{rt('plan.fileExplain', { count: plan.items.length })}</p>
      <DatePicker
        aria-label={rt('plan.filedOn')}
        value={day}
        allowClear={false}
        disabledDate={(d) => d.isAfter(dayjs(), 'day')}
        onChange={(d) => d && setDay(d)}
      />
    </Modal>
  );
}

/** One plan: its lines with what was done against each; edited while a draft, then 报备. */
export default function PlanDetailPage() {
  const rt = useRT();
  const { locale } = useLocale();
  const { can } = useAuth();
  const { id = '' } = useParams();
  const [editing, setEditing] = useState(false);
  const [filing, setFiling] = useState(false);
  const plan = useQuery({
    queryKey: ['enforcement', 'registry', 'plan', id],
    queryFn: () => registryApi.plan(id),
  });
  const back = (
    <Link to={`/enforcement/inspections?year=${plan.data?.year ?? ''}`}>
      <ArrowLeftOutlined /> {rt('plan.back')}
    </Link>
  );
  if (plan.error)
    return (
      <>
        {back}
        <ErrorAlert error={plan.error} onRetry={() => void plan.refetch()} style={{ marginTop: 16 }} />
      </>
    );
  if (!plan.data) return <Spin style={{ display: 'block', margin: 48 }} />;
  const p = plan.data;
  const mayEdit = can('enforcement.manage_inspections') && !p.isFiled;
  const col = (k: string) => rt(`plan.columns.${k}`);
  const columns: ColumnsType<InspectionPlanItemOut> = [
    {
      title: col('power'),
      dataIndex: 'powerItem',
      render: (pi: InspectionPlanItemOut['powerItem']) => `${pi.code} ${pi.name}`,
    },
    {
      title: col('frequency'),
      dataIndex: 'frequency',
      width: 100,
      render: (f: string) => frequencyLabel(f, locale),
    },
    { title: col('targets'), dataIndex: 'targets', width: 280 },
    { title: col('planned'), dataIndex: 'plannedCount', width: 90, align: 'right' },
    {
      title: col('done'),
      dataIndex: 'doneCount',
      width: 90,
      align: 'right',
      render: (n: number, i) => (n < i.plannedCount ? <Tag color="orange">{n}</Tag> : n),
    },
  ];
  const rate = ratePercent(p.completionRate);
  return (
    <>
      {back}
      <PageHeader
        title={rt('plan.title', { body: p.orgUnit.name, year: p.year })}
        extra={
          mayEdit && !editing ? (
            <>
              <Button onClick={() => setEditing(true)}>{rt('plan.editItems')}</Button>
              <Button type="primary" disabled={p.items.length === 0} onClick={() => setFiling(true)}>
                {rt('plan.file')}
              </Button>
            </>
          ) : null
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label={rt('plan.status')}>
            {p.isFiled ? (
              <Tag color="green">{rt('progress.filedOn', { date: p.filedOn ?? '' })}</Tag>
            ) : (
              <Tag color="orange">{rt('plan.draft')}</Tag>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={rt('progress.planned')}>{p.plannedCount}</Descriptions.Item>
          <Descriptions.Item label={rt('progress.done')}>{p.doneCount}</Descriptions.Item>
          <Descriptions.Item label={rt('progress.rate')}>
            {rate === null ? '—' : `${rate}%`}
          </Descriptions.Item>
          <Descriptions.Item label={rt('progress.unplanned')}>{p.unplannedCount}</Descriptions.Item>
          <Descriptions.Item label={rt('plan.note')}>{p.note ?? '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={rt('plan.items')}>
        {editing ? (
          <PlanItemsEditor plan={p} onDone={() => setEditing(false)} />
        ) : (
          <Table<InspectionPlanItemOut>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={p.items}
            pagination={false}
          />
        )}
      </Card>
      {filing ? <FileDialog plan={p} onClose={() => setFiling(false)} /> : null}
    </>
  );
}
