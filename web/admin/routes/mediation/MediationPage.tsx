import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Select,
  Space,
  Table,
  Tabs,
  Typography,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import {
  MEDIATION_CATEGORIES,
  MEDIATION_LOG_HANDLINGS,
  MEDIATION_LOG_KINDS,
} from '../../../../common/contracts/mediation.js';
import { ApiError } from '../../../common/api.js';
import { EChart } from '../../../common/components/EChart.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { mediationApi } from './api.js';
import './messages.js';
import { CommitteesTab, CourtTab, StatsTab, useCategoryName, VillagesTab } from './Tabs.js';

const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`;

/** Coverage of the villages and communities by points established on or before a day, by street. */
function CoverageCard() {
  const t = useT();
  const [asOf, setAsOf] = useState(dayjs().format('YYYY-MM-DD'));
  const coverage = useQuery({
    queryKey: ['mediation', 'coverage', asOf],
    queryFn: () => mediationApi.coverage(asOf),
  });
  const option = useMemo(() => {
    const streets = coverage.data?.streets ?? [];
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 12, top: 32, bottom: 72 },
      xAxis: { type: 'category', data: streets.map((s) => s.name), axisLabel: { interval: 0, rotate: 40 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: t('mediation.coverage.covered'),
          type: 'bar',
          stack: 'u',
          data: streets.map((s) => s.covered),
          itemStyle: { color: '#1677ff' },
        },
        {
          name: t('mediation.coverage.missing'),
          type: 'bar',
          stack: 'u',
          data: streets.map((s) => s.units - s.covered),
          itemStyle: { color: '#d9d9d9' },
        },
      ],
    };
  }, [coverage.data, t]);
  return (
    <Card
      size="small"
      title={t('mediation.coverage.title')}
      loading={coverage.isPending}
      extra={
        <Space wrap>
          {t('mediation.coverage.asOf')}
          <DatePicker
            allowClear={false}
            value={dayjs(asOf)}
            onChange={(d) => d && setAsOf(d.format('YYYY-MM-DD'))}
            data-testid="coverage-as-of"
          />
        </Space>
      }
    >
      {coverage.data ? (
        <>
          <Typography.Text strong data-testid="coverage-summary">
            {t('mediation.coverage.summary', {
              covered: coverage.data.covered,
              units: coverage.data.units,
              rate: percent(coverage.data.rate),
            })}
          </Typography.Text>
          <EChart option={option} height={280} />
        </>
      ) : null}
    </Card>
  );
}

/** The 说事 log form: one matter, on a phone; handed to the committee it opens a case. */
function LogCard() {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm();
  const handling = Form.useWatch('handling', form);
  const villages = useQuery({ queryKey: ['mediation', 'villages'], queryFn: mediationApi.villages });
  const save = useMutation({
    mutationFn: (v: Record<string, string | number | boolean | dayjs.Dayjs>) =>
      mediationApi.log({ ...v, occurredOn: (v.occurredOn as dayjs.Dayjs).format('YYYY-MM-DD') } as never),
    onSuccess: (out) => {
      message.success(
        `${t('mediation.log.saved', { number: out.number })}${out.caseId ? `；${t('mediation.log.toCase')}` : ''}`,
      );
      form.resetFields();
      void client.invalidateQueries({ queryKey: ['mediation'] });
    },
    onError: (e) => {
      if (e instanceof ApiError && e.fields.length)
        form.setFields(e.fields.map((f) => ({ name: f.path.replace(/^body\./, ''), errors: [f.message] })));
      else message.error(e.message);
    },
  });
  const options = (codes: readonly string[], group: string) =>
    codes.map((c) => ({ value: c, label: t(`mediation.log.${group}.${c}`) }));
  return (
    <Card size="small" title={t('mediation.log.title')}>
      <Form
        form={form}
        layout="vertical"
        onFinish={save.mutate}
        initialValues={{ occurredOn: dayjs() }}
        data-testid="log-form"
      >
        <Form.Item name="unitId" label={t('mediation.log.unit')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={(villages.data?.units ?? []).map((u) => ({ value: u.id, label: u.name }))}
          />
        </Form.Item>
        <Form.Item name="occurredOn" label={t('mediation.log.occurredOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="kind" label={t('mediation.log.kind')} rules={[{ required: true }]}>
          <Select options={options(MEDIATION_LOG_KINDS, 'kinds')} />
        </Form.Item>
        <Form.Item name="raisedBy" label={t('mediation.log.raisedBy')} rules={[{ required: true }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="summary" label={t('mediation.log.summary')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        <Form.Item name="handling" label={t('mediation.log.handling')} rules={[{ required: true }]}>
          <Select options={options(MEDIATION_LOG_HANDLINGS, 'handlings')} />
        </Form.Item>
        {handling === 'committee' ? (
          <Form.Item name="category" label={t('mediation.log.category')} rules={[{ required: true }]}>
            <Select
              options={Object.entries(MEDIATION_CATEGORIES).map(([value, l]) => ({
                value,
                label: locale === 'en-US' ? l.en : l.zh,
              }))}
            />
          </Form.Item>
        ) : null}
        {handling === 'committee' ? (
          <>
            <Form.Item name="peopleInvolved" label={t('mediation.log.peopleInvolved')}>
              <InputNumber min={1} style={{ width: '100%' }} />
            </Form.Item>
            <Form.Item name="atRisk" valuePropName="checked">
              <Checkbox>{t('mediation.log.atRisk')}</Checkbox>
            </Form.Item>
          </>
        ) : null}
        <Button type="primary" htmlType="submit" block loading={save.isPending}>
          {t('mediation.log.submit')}
        </Button>
      </Form>
    </Card>
  );
}

type CaseRow = Awaited<ReturnType<typeof mediationApi.cases>>['items'][number];

function CasesCard() {
  const t = useT();
  const name = useCategoryName();
  const [page, setPage] = useState(1);
  const cases = useQuery({
    queryKey: ['mediation', 'cases', page],
    queryFn: () => mediationApi.cases({ page, pageSize: 10 }),
  });
  const columns: ColumnsType<CaseRow> = [
    {
      title: t('mediation.cases.number'),
      dataIndex: 'number',
      render: (n, r) => <Link to={`/mediation/cases/${r.id}`}>{n}</Link>,
    },
    { title: t('mediation.cases.unit'), dataIndex: 'unit', responsive: ['md'] },
    { title: t('mediation.cases.category'), dataIndex: 'category', render: name, responsive: ['md'] },
    { title: t('mediation.cases.registeredOn'), dataIndex: 'registeredOn' },
    {
      title: t('mediation.cases.state'),
      dataIndex: 'state',
      render: (v: string) => t(`mediation.enums.state.${v}`),
    },
    { title: t('mediation.cases.parties'), dataIndex: 'parties', responsive: ['lg'] },
  ];
  return (
    <Card size="small" title={t('mediation.cases.title')}>
      <Table
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={cases.data?.items ?? []}
        loading={cases.isPending}
        pagination={{
          current: page,
          pageSize: 10,
          total: cases.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        scroll={{ x: 'max-content' }}
      />
    </Card>
  );
}

/** 评理说事与人民调解: coverage by street, the 说事 log form and the cases in the reader's scope. */
export default function MediationPage() {
  const t = useT();
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <div>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          {t('mediation.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('mediation.subtitle')}</Typography.Text>
      </div>
      <Tabs
        destroyOnHidden
        items={[
          {
            key: 'overview',
            label: t('mediation.tabs.overview'),
            children: (
              <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
                <CoverageCard />
                <div
                  style={{
                    display: 'grid',
                    gridTemplateColumns: 'repeat(auto-fit, minmax(min(320px, 100%), 1fr))',
                    gap: 16,
                  }}
                >
                  <LogCard />
                  <CasesCard />
                </div>
              </div>
            ),
          },
          { key: 'stats', label: t('mediation.tabs.stats'), children: <StatsTab /> },
          { key: 'committees', label: t('mediation.tabs.committees'), children: <CommitteesTab /> },
          { key: 'court', label: t('mediation.tabs.court'), children: <CourtTab /> },
          { key: 'villages', label: t('mediation.tabs.villages'), children: <VillagesTab /> },
        ]}
      />
    </div>
  );
}
