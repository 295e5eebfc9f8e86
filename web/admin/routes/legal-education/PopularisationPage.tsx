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
  Modal,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import {
  ACCEPTANCE_RESULTS,
  ACCEPTANCE_STAGES,
  ACTIVITY_THEMES,
  ACTIVITY_VENUES,
  DUTY_SOURCES,
} from '../../../../common/contracts/legal-education.js';
import { ApiError } from '../../../common/api.js';
import { useAuth } from '../../../common/auth.js';
import { EChart } from '../../../common/components/EChart.js';
import { LedgerButtons } from '../../../common/list/index.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { useSaveErrorHandler } from '../../../common/version-conflict.js';
import { educationApi, label, options } from './api.js';
import { yearOptions } from './StudyPage.js';
import './messages.js';

type Plan = Awaited<ReturnType<typeof educationApi.plans>>['items'][number];
type Acceptance = Plan['acceptances'][number];

/** One acceptance's checklist: the coordinator ticks the items and records the result (If-Match). */
function AcceptanceCard({ a }: { a: Acceptance }) {
  const t = useT();
  const { locale } = useLocale();
  const { can } = useAuth();
  const { message } = App.useApp();
  const client = useQueryClient();
  const saveFailed = useSaveErrorHandler();
  const [met, setMet] = useState<string[]>(a.items.filter((i) => i.met).map((i) => i.code));
  const [result, setResult] = useState(a.result);
  const [on, setOn] = useState(a.acceptedOn ? dayjs(a.acceptedOn) : dayjs());
  const save = useMutation({
    mutationFn: () =>
      educationApi.saveAcceptance(
        a.id,
        {
          items: a.items.map((i) => ({ code: i.code, met: met.includes(i.code) })),
          result,
          acceptedOn: result === 'open' ? null : on.format('YYYY-MM-DD'),
        },
        a.version,
      ),
    onSuccess: () => {
      message.success(t('education.pufa.saved'));
      void client.invalidateQueries({ queryKey: ['education', 'plans'] });
    },
    onError: (e) => saveFailed(e, () => void client.invalidateQueries({ queryKey: ['education', 'plans'] })),
  });
  const editable = can('legal_education.accept');
  return (
    <Card
      size="small"
      type="inner"
      title={`${label(ACCEPTANCE_STAGES, a.stage, locale)} · ${label(ACCEPTANCE_RESULTS, a.result, locale)}${a.acceptedOn ? ` · ${a.acceptedOn}` : ''}`}
      data-testid={`acceptance-${a.stage}`}
    >
      <Checkbox.Group
        disabled={!editable}
        value={met}
        onChange={(v) => setMet(v as string[])}
        style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
        options={a.items.map((i) => ({ value: i.code, label: `${i.title}${i.note ? `（${i.note}）` : ''}` }))}
      />
      {editable ? (
        <Space wrap style={{ marginTop: 12 }}>
          <Select
            value={result}
            onChange={setResult}
            options={options(ACCEPTANCE_RESULTS, locale)}
            style={{ width: 140 }}
          />
          {result !== 'open' ? (
            <DatePicker value={on} onChange={(d) => d && setOn(d)} allowClear={false} />
          ) : null}
          <Button onClick={() => save.mutate()} loading={save.isPending}>
            {t('education.pufa.saveAcceptance')}
          </Button>
        </Space>
      ) : null}
    </Card>
  );
}

function PlansTab() {
  const t = useT();
  const plans = useQuery({ queryKey: ['education', 'plans'], queryFn: educationApi.plans });
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      {(plans.data?.items ?? []).map((p) => (
        <Card key={p.id} size="small" title={p.name} data-testid={`plan-${p.code}`}>
          <Typography.Text strong>{t('education.pufa.tasks')}</Typography.Text>
          <ol style={{ marginTop: 4 }}>
            {p.tasks.map((task) => (
              <li key={task.code}>{task.title}</li>
            ))}
          </ol>
          <div
            style={{
              display: 'grid',
              gridTemplateColumns: 'repeat(auto-fit, minmax(min(360px, 100%), 1fr))',
              gap: 12,
            }}
          >
            {p.acceptances.map((a) => (
              <AcceptanceCard key={`${a.id}-${a.version}`} a={a} />
            ))}
          </div>
        </Card>
      ))}
    </Space>
  );
}

function DutiesTab() {
  const t = useT();
  const { locale } = useLocale();
  const { can } = useAuth();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [unit, setUnit] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const units = useQuery({ queryKey: ['education', 'units'], queryFn: educationApi.units });
  const duties = useQuery({
    queryKey: ['education', 'duties', unit, page],
    queryFn: () => educationApi.duties({ orgUnitId: unit, page, pageSize: 20 }),
  });
  const generate = useMutation({
    mutationFn: () => educationApi.generate(unit!),
    onSuccess: (r) => {
      message.success(t('education.pufa.generated', { created: r.created, kept: r.kept }));
      void client.invalidateQueries({ queryKey: ['education', 'duties'] });
    },
    onError: (e) => message.error(e.message),
  });
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <Space wrap>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          placeholder={t('education.pufa.chooseUnit')}
          style={{ width: 260 }}
          value={unit}
          onChange={(v) => {
            setUnit(v);
            setPage(1);
          }}
          options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          data-testid="duty-unit"
        />
        {can('legal_education.popularise') ? (
          <Button
            type="primary"
            disabled={!unit}
            loading={generate.isPending}
            onClick={() => generate.mutate()}
          >
            {t('education.pufa.generate')}
          </Button>
        ) : null}
        <LedgerButtons
          ledger={{
            path: '/legal-education/duties',
            importPermission: 'legal_education.popularise',
            exportPermission: 'legal_education.export',
            labels: {
              import: t('education.pufa.import'),
              template: t('education.pufa.template'),
              export: t('education.pufa.export'),
            },
          }}
          onImported={() => void client.invalidateQueries({ queryKey: ['education', 'duties'] })}
        />
      </Space>
      <Table
        rowKey="id"
        size="small"
        loading={duties.isPending}
        dataSource={duties.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        data-testid="duties"
        pagination={{
          current: page,
          pageSize: 20,
          total: duties.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          { title: t('education.pufa.unit'), dataIndex: 'unit' },
          { title: t('education.pufa.law'), dataIndex: 'law', render: (l: string) => `《${l}》` },
          { title: t('education.pufa.duty'), dataIndex: 'duty', width: 420 },
          { title: t('education.pufa.audience'), dataIndex: 'audience', responsive: ['lg'] },
          { title: t('education.pufa.powers'), dataIndex: 'powers', align: 'right' },
          {
            title: t('education.pufa.source'),
            dataIndex: 'source',
            render: (s: string) => <Tag>{label(DUTY_SOURCES, s, locale)}</Tag>,
          },
        ]}
      />
    </Space>
  );
}

function LogDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm();
  const units = useQuery({ queryKey: ['education', 'units'], queryFn: educationApi.units });
  const save = useMutation({
    mutationFn: (v: Record<string, unknown>) =>
      educationApi.logActivity({
        ...v,
        heldOn: (v.heldOn as dayjs.Dayjs).format('YYYY-MM-DD'),
        photos: String(v.photos ?? '')
          .split(/[、,，\s]+/)
          .filter(Boolean),
      }),
    onSuccess: () => {
      message.success(t('education.pufa.logged'));
      form.resetFields();
      onClose();
      void client.invalidateQueries({ queryKey: ['education'] });
    },
    onError: (e) => {
      if (e instanceof ApiError && e.fields.length)
        form.setFields(e.fields.map((f) => ({ name: f.path.split('.')[0]!, errors: [f.message] })));
      else message.error(e.message);
    },
  });
  return (
    <Modal
      open={open}
      title={t('education.pufa.log')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      okText={t('education.study.submit')}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={save.mutate}
        initialValues={{ heldOn: dayjs(), theme: 'constitution_week', venue: 'community' }}
        data-testid="activity-form"
      >
        <Form.Item name="code" label={t('education.pufa.code')} rules={[{ required: true }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="title" label={t('education.pufa.name')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Space wrap>
          <Form.Item name="heldOn" label={t('education.pufa.heldOn')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="theme" label={t('education.pufa.theme')} rules={[{ required: true }]}>
            <Select style={{ width: 160 }} options={options(ACTIVITY_THEMES, locale)} />
          </Form.Item>
          <Form.Item name="venue" label={t('education.pufa.venue')} rules={[{ required: true }]}>
            <Select style={{ width: 140 }} options={options(ACTIVITY_VENUES, locale)} />
          </Form.Item>
        </Space>
        <Form.Item name="orgUnitId" label={t('education.pufa.unit')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
            data-testid="activity-unit"
          />
        </Form.Item>
        <Form.Item name="audience" label={t('education.pufa.people')} rules={[{ required: true }]}>
          <InputNumber min={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="photos" label={t('education.pufa.photos')}>
          <Input placeholder="IMG_0001.jpg、IMG_0002.jpg" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ActivitiesTab() {
  const t = useT();
  const { locale } = useLocale();
  const { can } = useAuth();
  const client = useQueryClient();
  const [year, setYear] = useState(dayjs().year());
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState(false);
  const chart = useQuery({ queryKey: ['education', 'chart', year], queryFn: () => educationApi.chart(year) });
  const list = useQuery({
    queryKey: ['education', 'activities', year, page],
    queryFn: () => educationApi.activities({ year, page, pageSize: 10 }),
  });
  const months = useMemo(() => {
    const rows = chart.data?.byMonth ?? [];
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 48, right: 48, top: 32, bottom: 24 },
      xAxis: {
        type: 'category',
        data: rows.map((r) => (locale === 'en-US' ? String(r.month) : `${r.month}月`)),
      },
      yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value' }],
      series: [
        { name: t('education.pufa.count'), type: 'bar', data: rows.map((r) => r.activities) },
        { name: t('education.pufa.people'), type: 'bar', yAxisIndex: 1, data: rows.map((r) => r.audience) },
      ],
    };
  }, [chart.data, t, locale]);
  const units = useMemo(() => {
    const rows = [...(chart.data?.byUnit ?? [])].reverse();
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 150, right: 24, top: 32, bottom: 24 },
      yAxis: { type: 'category', data: rows.map((r) => r.unit) },
      // Audience and events differ by two orders of magnitude: each on its own axis (bottom, top).
      xAxis: [{ type: 'value' }, { type: 'value', position: 'top', minInterval: 1 }],
      series: [
        { name: t('education.pufa.people'), type: 'bar', data: rows.map((r) => r.audience) },
        { name: t('education.pufa.count'), type: 'bar', xAxisIndex: 1, data: rows.map((r) => r.activities) },
      ],
    };
  }, [chart.data, t]);
  const trained = useMemo(() => {
    const rows = chart.data?.trained ?? [];
    return {
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 12, top: 16, bottom: 72 },
      xAxis: { type: 'category', data: rows.map((r) => r.unit), axisLabel: { interval: 0, rotate: 40 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ name: t('education.pufa.trained'), type: 'bar', data: rows.map((r) => r.trained) }],
    };
  }, [chart.data, t]);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={12}>
      <Space wrap>
        {t('education.year')}
        <Select
          value={year}
          options={yearOptions}
          onChange={(y) => {
            setYear(y);
            setPage(1);
          }}
          style={{ width: 100 }}
        />
        {can('legal_education.popularise') ? (
          <Button type="primary" onClick={() => setOpen(true)}>
            {t('education.pufa.log')}
          </Button>
        ) : null}
        <LedgerButtons
          ledger={{
            path: '/legal-education/activities',
            importPermission: 'legal_education.popularise',
            exportPermission: 'legal_education.export',
            labels: {
              import: t('education.pufa.import'),
              template: t('education.pufa.template'),
              export: t('education.pufa.export'),
            },
          }}
          query={{}}
          onImported={() => void client.invalidateQueries({ queryKey: ['education'] })}
        />
      </Space>
      <div
        style={{
          display: 'grid',
          gridTemplateColumns: 'repeat(auto-fit, minmax(min(480px, 100%), 1fr))',
          gap: 12,
        }}
      >
        <Card size="small" title={t('education.pufa.byMonth')}>
          <EChart option={months} height={280} />
        </Card>
        <Card size="small" title={t('education.pufa.trained')}>
          <EChart option={trained} height={280} />
        </Card>
      </div>
      <Card size="small" title={t('education.pufa.byUnit')}>
        <EChart option={units} height={460} />
      </Card>
      <Table
        rowKey="id"
        size="small"
        loading={list.isPending}
        dataSource={list.data?.items ?? []}
        scroll={{ x: 'max-content' }}
        data-testid="activities"
        pagination={{
          current: page,
          pageSize: 10,
          total: list.data?.total ?? 0,
          onChange: setPage,
          showSizeChanger: false,
        }}
        columns={[
          { title: t('education.pufa.code'), dataIndex: 'code' },
          { title: t('education.pufa.heldOn'), dataIndex: 'heldOn' },
          {
            title: t('education.pufa.theme'),
            dataIndex: 'theme',
            render: (v: string) => label(ACTIVITY_THEMES, v, locale),
          },
          {
            title: t('education.pufa.venue'),
            dataIndex: 'venue',
            render: (v: string) => label(ACTIVITY_VENUES, v, locale),
          },
          { title: t('education.pufa.name'), dataIndex: 'title' },
          { title: t('education.pufa.unit'), dataIndex: 'unit', responsive: ['md'] },
          { title: t('education.pufa.people'), dataIndex: 'audience', align: 'right' },
          {
            title: t('education.pufa.photos'),
            dataIndex: 'photos',
            responsive: ['lg'],
            render: (p: string[]) => p.length,
          },
        ]}
      />
      <LogDialog open={open} onClose={() => setOpen(false)} />
    </Space>
  );
}

/** 普法: the plans and their acceptance, the responsibility lists, the activities with their charts. */
export default function PopularisationPage() {
  const t = useT();
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <div>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          {t('education.pufa.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('education.pufa.subtitle')}</Typography.Text>
      </div>
      <Tabs
        destroyOnHidden
        items={[
          { key: 'activities', label: t('education.pufa.activities'), children: <ActivitiesTab /> },
          { key: 'duties', label: t('education.pufa.duties'), children: <DutiesTab /> },
          { key: 'plans', label: t('education.pufa.plans'), children: <PlansTab /> },
        ]}
      />
    </div>
  );
}
