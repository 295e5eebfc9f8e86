import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Select, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { REPORT_KINDS, type ReportKind } from '../../../../common/contracts/reports/annual.js';
import type { ReportDraftSummary } from '../../../../common/contracts/reports/drafts.js';
import { ErrorAlert, PageHeader } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import { reportsApi } from './api.js';
import { DEADLINE_COLOR, deadlineLabel } from './deadlines.js';
import './messages.js';

/** The years a report may be about: 2019 (督察规定 and the trial disclosure format) to last year, and this year's draft. */
function reportYears(today = new Date()): number[] {
  const last = today.getFullYear();
  return Array.from({ length: last - 2019 + 1 }, (_, i) => last - i);
}

/** The reports of a year: the district's two, then each department's, with status and the next step. */
export default function ListPage() {
  const t = useT();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const client = useQueryClient();
  const [search, setSearch] = useSearchParams();
  const year = Number(search.get('year')) || new Date().getFullYear() - 1;
  const drafts = useQuery({
    queryKey: ['reports', 'drafts', year],
    queryFn: () => reportsApi.list({ year }),
  });
  const generate = useMutation({
    mutationFn: (report: ReportKind) => reportsApi.generate({ report, year }),
    onSuccess: (d) => {
      void message.success(t('reports.list.generated'));
      void client.invalidateQueries({ queryKey: ['reports', 'drafts'] });
      void navigate(`/reports/${d.id}`);
    },
  });
  const items = drafts.data?.items ?? [];
  const district = items.filter((d) => d.isDistrict);
  const departments = items.filter((d) => !d.isDistrict);
  const missing = REPORT_KINDS.filter((k) => !items.some((d) => d.report === k));
  return (
    <>
      <PageHeader
        title={t('reports.title')}
        subTitle={t('reports.subtitle')}
        extra={
          <Select
            aria-label={t('reports.list.year')}
            style={{ width: 120 }}
            value={year}
            options={reportYears().map((y) => ({
              value: y,
              label: t('common.yearPicker.option', { year: y }),
            }))}
            onChange={(y: number) => setSearch({ year: String(y) })}
          />
        }
      />
      {drafts.error ? <ErrorAlert error={drafts.error} onRetry={() => void drafts.refetch()} /> : null}
      <ErrorAlert error={generate.error} />
      <Card title={t('reports.list.district')} size="small" style={{ marginBottom: 16 }}>
        <DraftTable rows={district} loading={drafts.isPending} />
        {missing.map((k) => (
          <Button
            key={k}
            style={{ marginTop: 12, marginRight: 8 }}
            loading={generate.isPending && generate.variables === k}
            onClick={() => generate.mutate(k)}
          >
            {t('reports.list.generate')} · {t(`reports.kinds.${k}`)}
          </Button>
        ))}
      </Card>
      <Card title={t('reports.list.departments')} size="small">
        <DraftTable rows={departments} loading={drafts.isPending} />
      </Card>
    </>
  );
}

function DraftTable({ rows, loading }: { rows: ReportDraftSummary[]; loading: boolean }) {
  const t = useT();
  const columns: ColumnsType<ReportDraftSummary> = [
    {
      title: t('reports.list.columns.report'),
      key: 'report',
      render: (_, d) => <Link to={`/reports/${d.id}`}>{t(`reports.kinds.${d.report}`)}</Link>,
    },
    { title: t('reports.list.columns.unit'), key: 'unit', render: (_, d) => d.unit.name },
    {
      title: t('reports.list.columns.status'),
      key: 'status',
      width: 160,
      render: (_, d) => (
        <Tag color={d.status === 'published' ? 'green' : 'processing'}>{t(`reports.status.${d.status}`)}</Tag>
      ),
    },
    {
      title: t('reports.list.columns.contributions'),
      dataIndex: 'contributions',
      width: 110,
      align: 'right',
    },
    {
      title: t('reports.list.columns.deadline'),
      key: 'deadline',
      width: 150,
      render: (_, d) =>
        d.deadlines.map((x) => (
          <Tag key={x.key} color={DEADLINE_COLOR[x.status]} title={`${deadlineLabel(t, x)} · ${x.basis}`}>
            {x.dueOn}
          </Tag>
        )),
    },
    { title: t('reports.list.columns.next'), key: 'next', render: (_, d) => t(`reports.next.${d.status}`) },
    {
      title: t('reports.list.columns.updated'),
      key: 'updated',
      width: 120,
      render: (_, d) => d.updatedAt.slice(0, 10),
    },
  ];
  return (
    <Table
      rowKey="id"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={rows}
      pagination={false}
    />
  );
}
