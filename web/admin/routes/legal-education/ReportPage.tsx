import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Select, Spin, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { GRADES, REPORT_STATES } from '../../../../common/contracts/legal-education.js';
import type { ProcedureAction } from '../../../common/components/ActionButtons.js';
import { ActionButtons, ErrorAlert, PageHeader } from '../../../common/components/index.js';
import { useLocale, useT } from '../../../common/i18n.js';
import {
  type BoundProps,
  ClockTag,
  type FieldSpec,
  onField,
  StepTimeline,
  TransitionDialog,
} from '../../../common/procedure/index.js';
import { useSaveErrorHandler } from '../../../common/version-conflict.js';
import { educationApi, label, options } from './api.js';
import { STATE_COLOR } from './ReportsPage.js';
import './messages.js';

const date = { ...onField(), required: true };
const area = (name: string, required = true, rows = 3): FieldSpec => ({
  name,
  kind: 'textarea',
  required,
  rows,
  maxLength: 4000,
});
const STEP_FIELDS: Record<string, FieldSpec[]> = {
  submit: [date, area('body', true, 8)],
  review: [date, area('note', false, 2)],
  return: [date, area('reason')],
  evaluate: [date, { name: 'grade', kind: 'grade', required: true }, area('note', false, 2)],
};

function toBody(values: Record<string, unknown>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) {
    if (v === undefined || v === null || v === '') continue;
    body[k] = dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : v;
  }
  return body;
}

/** One 述法: the duty list of the template in force, the report, the review and evaluation, the steps. */
export default function ReportPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const client = useQueryClient();
  const saveFailed = useSaveErrorHandler();
  const [pending, setPending] = useState<ProcedureAction | null>(null);
  const detail = useQuery({ queryKey: ['education', 'report', id], queryFn: () => educationApi.report(id) });
  const fire = useMutation({
    mutationFn: ({ key, body }: { key: string; body: Record<string, unknown> }) =>
      educationApi.transition(id, key, body, detail.data?.version),
    onSuccess: (r) => {
      client.setQueryData(['education', 'report', id], r);
      void client.invalidateQueries({ queryKey: ['education', 'reports'] });
      message.success(t('education.done', { action: pending?.label ?? '' }));
      setPending(null);
    },
    onError: (e) => saveFailed(e, () => detail.refetch()),
  });
  if (detail.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (detail.error) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const r = detail.data;
  const renderControl = (spec: FieldSpec, bound: BoundProps) =>
    spec.kind === 'grade' ? <Select options={options(GRADES, locale)} {...bound} /> : undefined;
  return (
    <>
      <PageHeader
        title={`${r.leader} · ${r.year}`}
        subTitle={
          <Flex gap={8} wrap>
            <span>{r.post}</span>
            <span>{r.unit}</span>
            <Tag color={STATE_COLOR[r.status]} data-testid="report-status">
              {label(REPORT_STATES, r.status, locale)}
            </Tag>
            {r.grade ? (
              <Tag color="gold" data-testid="report-grade">
                {label(GRADES, r.grade, locale)}
              </Tag>
            ) : null}
          </Flex>
        }
        extra={
          <Link to="/legal-education/reports">
            <Button>{t('education.back')}</Button>
          </Link>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <ActionButtons
          actions={r.actions}
          onAction={(k) => setPending(r.actions.find((a) => a.key === k) ?? null)}
          pendingKey={fire.isPending ? (pending?.key ?? null) : null}
        />
      </Card>
      <Flex gap={16} align="flex-start" wrap>
        <Flex vertical gap={16} style={{ flex: '2 1 520px', minWidth: 0 }}>
          <Card size="small" title={t('education.reports.duties')}>
            <Table
              rowKey="code"
              size="small"
              pagination={false}
              dataSource={r.duties}
              columns={[
                { title: '', dataIndex: 'code', width: 48 },
                { title: t('education.reports.duties'), dataIndex: 'title' },
                {
                  title: t('education.reports.done'),
                  dataIndex: 'done',
                  render: (d: string | null) => d ?? '—',
                },
              ]}
            />
          </Card>
          <Card size="small" title={t('education.reports.body')}>
            <Typography.Paragraph
              style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}
              data-testid="report-body"
            >
              {r.body ?? t('education.reports.none')}
            </Typography.Paragraph>
            {r.reviewNote ? (
              <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                {t('education.reports.reviewNote')}：{r.reviewNote}
              </Typography.Paragraph>
            ) : null}
          </Card>
        </Flex>
        <Flex vertical gap={16} style={{ flex: '1 1 300px', minWidth: 0 }}>
          <Card size="small" title={t('education.reports.clocks')}>
            {r.clocks.length
              ? r.clocks.map((c) => (
                  <div key={c.key} style={{ marginBottom: 8 }}>
                    <div>{c.label}</div>
                    <ClockTag
                      urgency={c.urgency}
                      status={c.status}
                      dueOn={c.dueOn}
                      explanation={c.explanation}
                    />
                  </div>
                ))
              : t('education.reports.none')}
          </Card>
          <Card size="small" title={t('education.reports.steps')}>
            <StepTimeline steps={r.steps} />
          </Card>
        </Flex>
      </Flex>
      <TransitionDialog
        action={pending}
        specs={STEP_FIELDS[pending?.key ?? ''] ?? []}
        ns="education"
        initialValues={{ on: dayjs() }}
        width={pending?.key === 'submit' ? 720 : 520}
        busy={fire.isPending}
        error={fire.error}
        onCancel={() => setPending(null)}
        onSubmit={(values) => pending && fire.mutate({ key: pending.key, body: toBody(values) })}
        renderControl={renderControl}
      />
    </>
  );
}
