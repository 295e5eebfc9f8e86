import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Segmented, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../../../../common/auth.js';
import { ErrorAlert, PageHeader } from '../../../../common/components/index.js';
import { formatYuan } from '../../../../common/format.js';
import { useLocale, useT } from '../../../../common/i18n.js';
import { fitColumns } from '../../../../common/list/index.js';
import { casesApi, type FilingOut } from './api.js';
import { filingLateness } from './form-values.js';
import { filingConclusionLabel } from './labels.js';
import { type StepDialogSpec, StepDialog } from './StepDialog.js';
import './messages.js';

type Filing = FilingOut;
type Step = { kind: 'submit' | 'review'; filing: Filing };
/** The tabs and the server's `state` filter (FilingListQuery) each stands for. */
const STATUSES = {
  all: undefined,
  unfiled: 'unfiled',
  filedTab: 'filed',
  reviewedTab: 'reviewed',
  lateTab: 'late',
};
type Status = keyof typeof STATUSES;

function Lateness({ f }: { f: Filing }) {
  const t = useT();
  // The server decides lateness (its today is China's); the dates only say which kind.
  if (!f.isLate) return null;
  const lateness = filingLateness(f, dayjs().format('YYYY-MM-DD')) ?? (f.filedOn ? 'late' : 'overdue');
  if (lateness === 'late') return <Tag color="red">{t('enforcementCases.filings.late')}</Tag>;
  if (lateness === 'overdue') return <Tag color="red">{t('enforcementCases.filings.overdue')}</Tag>;
  return null;
}

function useColumns(onStep: (s: Step) => void): ColumnsType<Filing> {
  const t = useT();
  const { locale } = useLocale();
  const { can } = useAuth();
  const g = (name: string) => t(`enforcementCases.filings.${name}`);
  return [
    {
      title: t('enforcementCases.fields.caseNumber'),
      dataIndex: 'caseNumber',
      width: 180,
      render: (n: string, f) => <Link to={`/enforcement/cases/${f.caseId}`}>{n}</Link>,
    },
    { title: t('enforcementCases.fields.orgUnitId'), dataIndex: 'orgUnitName', width: 150, ellipsis: true },
    { title: t('enforcementCases.fields.cause'), dataIndex: 'cause', ellipsis: true },
    {
      title: t('enforcementCases.fields.fineAmount'),
      dataIndex: 'fineAmount',
      width: 110,
      render: (v: number | null) => formatYuan(v, locale),
    },
    { title: g('decidedOn'), dataIndex: 'decidedOn', width: 106 },
    { title: g('dueOn'), dataIndex: 'dueOn', width: 106, fixed: 'right' },
    {
      title: g('filedOn'),
      dataIndex: 'filedOn',
      width: 170,
      fixed: 'right',
      render: (v: string | null, f) => (
        <Flex gap={4} wrap>
          {v ?? <Tag>{g('notFiled')}</Tag>}
          <Lateness f={f} />
        </Flex>
      ),
    },
    {
      title: g('conclusion'),
      dataIndex: 'conclusion',
      width: 200,
      render: (v: string | null, f) =>
        v ? (
          <>
            <Tag color={v === 'approved' ? 'green' : 'red'}>{filingConclusionLabel(v, locale)}</Tag>
            {f.reviewedOn ? <div style={{ fontSize: 12 }}>{f.reviewedOn}</div> : null}
            {f.opinion ? <div style={{ fontSize: 12, color: '#595959' }}>{f.opinion}</div> : null}
          </>
        ) : (
          '—'
        ),
    },
    {
      title: g('actions'),
      key: 'actions',
      width: 110,
      render: (_, f) =>
        !f.filedOn && can('enforcement.file_major') ? (
          <Button size="small" type="primary" onClick={() => onStep({ kind: 'submit', filing: f })}>
            {g('submit')}
          </Button>
        ) : f.filedOn && !f.conclusion && can('enforcement.review_filing') ? (
          <Button size="small" type="primary" onClick={() => onStep({ kind: 'review', filing: f })}>
            {g('review')}
          </Button>
        ) : null,
    },
  ];
}

function specOf(t: ReturnType<typeof useT>, step: Step | null): StepDialogSpec | null {
  if (!step) return null;
  const g = (name: string) => t(`enforcementCases.filings.${name}`);
  const on = { name: 'on', label: t('enforcementCases.publication.on'), kind: 'date' as const };
  if (step.kind === 'submit')
    return {
      title: `${g('submit')} · ${step.filing.caseNumber}`,
      okText: g('submit'),
      fields: [on, { name: 'note', label: t('enforcementCases.publication.note'), kind: 'textarea' }],
    };
  return {
    title: `${g('review')} · ${step.filing.caseNumber}`,
    okText: g('review'),
    fields: [
      on,
      { name: 'conclusion', label: g('conclusion'), kind: 'filingConclusion', required: true },
      { name: 'opinion', label: g('opinion'), kind: 'textarea', required: true },
    ],
  };
}

/** 重大处罚备案: filings with their due date, lateness and the coordinator's conclusion. */
export default function FilingsPage() {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<Status>('all');
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [step, setStep] = useState<Step | null>(null);
  const query = { state: STATUSES[status], ...paging };
  const list = useQuery({
    queryKey: ['enforcement', 'filings', query],
    queryFn: () => casesApi.filings(query),
    placeholderData: keepPreviousData,
  });
  const run = useMutation({
    mutationFn: ({ s, body }: { s: Step; body: Record<string, unknown> }) =>
      s.kind === 'submit'
        ? casesApi.submitFiling(s.filing.id, body as { on?: string; note?: string | null })
        : casesApi.reviewFiling(s.filing.id, body as { on?: string; conclusion: string; opinion: string }),
    onSuccess: (_r, { s }) => {
      message.success(
        t(s.kind === 'submit' ? 'enforcementCases.filings.submitted' : 'enforcementCases.filings.reviewed'),
      );
      setStep(null);
      void queryClient.invalidateQueries({ queryKey: ['enforcement', 'filings'] });
    },
    onError: (e: Error) => message.error(e.message),
  });
  const columns = useColumns((s) => {
    run.reset();
    setStep(s);
  });
  return (
    <>
      <PageHeader
        title={t('enforcementCases.filings.title')}
        subTitle={t('enforcementCases.filings.subtitle')}
      />
      <Card size="small">
        <Segmented<Status>
          style={{ marginBottom: 12 }}
          value={status}
          onChange={(s) => {
            setStatus(s);
            setPaging((p) => ({ ...p, page: 1 }));
          }}
          options={(Object.keys(STATUSES) as Status[]).map((s) => ({
            value: s,
            label: t(`enforcementCases.filings.${s}`),
          }))}
        />
        {list.error ? <ErrorAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
        <Table<Filing>
          rowKey="id"
          size="middle"
          scroll={{ x: 1200 }}
          loading={list.isFetching}
          columns={fitColumns(columns)}
          dataSource={list.data?.items ?? []}
          pagination={{
            current: paging.page,
            pageSize: paging.pageSize,
            total: list.data?.total ?? 0,
            showTotal: (total) => t('enforcementCases.list.total', { total }),
            onChange: (page, pageSize) => setPaging({ page, pageSize }),
          }}
        />
      </Card>
      <StepDialog
        spec={specOf(t, step)}
        busy={run.isPending}
        error={run.error}
        onCancel={() => setStep(null)}
        onSubmit={(body) => step && run.mutate({ s: step, body })}
      />
    </>
  );
}
