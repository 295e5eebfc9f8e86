import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, Modal, Select, Switch, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  DECISION_CATEGORIES,
  DECISION_STATES,
  type DecisionSummary,
  dictLabel,
  dictOptions,
  LAUNCH_SOURCES,
} from '../../../../common/contracts/decisions.js';
import { useAuth } from '../../../common/auth.js';
import { fieldErrorsFor } from '../../../common/forms.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { type FilterSpec, LedgerListPage, usePagedQuery, useUrlFilters } from '../../../common/list/index.js';
import { decisionsApi } from './api.js';
import { STATE_COLOR } from './labels.js';
import './messages.js';

const FILTERS = ['q', 'state', 'year'] as const;
const LAUNCH_FIELDS = [
  'title',
  'category',
  'unitId',
  'source',
  'sourceText',
  'launchedOn',
  'catalogueItemId',
];

/** 决策启动 (第十条、第十一条): the 决策机关 starts it and names the 承办单位; from the catalogue, an item. */
export function LaunchDialog(props: {
  open: boolean;
  onClose: () => void;
  initial?: { title?: string; category?: string; unitId?: string; catalogueItemId?: string };
}) {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const units = useQuery({
    queryKey: ['decisions', 'units'],
    queryFn: decisionsApi.units,
    enabled: props.open,
  });
  const save = useMutation({
    mutationFn: (v: Record<string, unknown>) =>
      decisionsApi.launch({
        ...props.initial,
        ...v,
        launchedOn: (v.launchedOn as dayjs.Dayjs).format('YYYY-MM-DD'),
      }),
    onSuccess: (item) => navigate(`/decisions/${item.id}`),
    onError: (e) => form.setFields(fieldErrorsFor(e, LAUNCH_FIELDS)),
  });
  const item = (name: string, control: React.ReactNode, required = true, extra: object = {}) => (
    <Form.Item
      name={name}
      label={t(`decisions.fields.${name}`)}
      rules={required ? [{ required: true, message: t('decisions.required') }] : []}
      {...extra}
    >
      {control}
    </Form.Item>
  );
  return (
    <Modal
      open={props.open}
      title={t('decisions.new')}
      onCancel={props.onClose}
      confirmLoading={save.isPending}
      onOk={() => void form.validateFields().then(save.mutate)}
      width={640}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          source: 'department',
          launchedOn: dayjs(),
          technical: false,
          riskRelevant: false,
          ...props.initial,
        }}
      >
        {item('title', <Input maxLength={120} />)}
        {item('category', <Select options={dictOptions(DECISION_CATEGORIES, locale)} />)}
        {item(
          'unitId',
          <Select
            showSearch
            optionFilterProp="label"
            options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          />,
        )}
        {item('source', <Select options={dictOptions(LAUNCH_SOURCES, locale)} />)}
        {item('sourceText', <Input maxLength={400} />, false)}
        {item('launchedOn', <DatePicker style={{ width: 200 }} />)}
        {item('technical', <Switch />, false, { valuePropName: 'checked' })}
        {item('riskRelevant', <Switch />, false, { valuePropName: 'checked' })}
      </Form>
    </Modal>
  );
}

/** 重大行政决策: the decisions a user may see, by stage, with import/export and launch. */
export default function ListPage() {
  const t = useT();
  const { locale } = useLocale();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const [launching, setLaunching] = useState(false);
  const state = useUrlFilters(FILTERS);
  const list = usePagedQuery(['decisions', 'items'], decisionsApi.list, state.query);
  const thisYear = dayjs().year();
  const columns: ColumnsType<DecisionSummary> = [
    { title: t('decisions.columns.number'), dataIndex: 'number', width: 150 },
    {
      title: t('decisions.columns.title'),
      dataIndex: 'title',
      width: 320,
      render: (title: string, item) => <Link to={`/decisions/${item.id}`}>{title}</Link>,
    },
    { title: t('decisions.columns.unit'), dataIndex: ['unit', 'name'], width: 170 },
    {
      title: t('decisions.columns.state'),
      dataIndex: 'state',
      width: 140,
      render: (s: string) => <Tag color={STATE_COLOR[s]}>{dictLabel(DECISION_STATES, s, locale)}</Tag>,
    },
    { title: t('decisions.columns.launched'), dataIndex: 'launchedOn', width: 110 },
    {
      title: t('decisions.columns.closes'),
      dataIndex: 'commentClosesOn',
      width: 120,
      render: (d?: string) => d ?? '—',
    },
    { title: t('decisions.columns.comments'), dataIndex: 'comments', width: 90 },
    {
      title: t('decisions.columns.decided'),
      dataIndex: 'decidedOn',
      width: 120,
      render: (d?: string) => d ?? '—',
    },
  ];
  const filters: FilterSpec[] = [
    {
      kind: 'select',
      key: 'state',
      label: t('decisions.filters.state'),
      width: 150,
      options: dictOptions(DECISION_STATES, locale),
    },
    {
      kind: 'select',
      key: 'year',
      label: t('decisions.filters.year'),
      width: 110,
      options: Array.from({ length: thisYear - 2019 }, (_, k) => ({
        value: String(thisYear - k),
        label: String(thisYear - k),
      })),
    },
    {
      kind: 'search',
      key: 'q',
      label: t('decisions.filters.keyword'),
      width: 240,
      button: t('decisions.filters.search'),
    },
  ];
  return (
    <LedgerListPage<DecisionSummary>
      title={t('decisions.title')}
      subTitle={t('decisions.subtitle')}
      actions={
        <>
          <Link to="/decisions/catalogue">
            <Button>{t('decisions.catalogueLink')}</Button>
          </Link>
          {can('decisions.launch') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setLaunching(true)}>
              {t('decisions.new')}
            </Button>
          ) : null}
        </>
      }
      ledger={{
        path: '/decisions/items',
        importPermission: 'decisions.launch',
        exportPermission: 'decisions.export',
        labels: {
          import: t('decisions.import'),
          template: t('decisions.template'),
          export: t('decisions.export'),
        },
      }}
      onImported={() => void queryClient.invalidateQueries({ queryKey: ['decisions'] })}
      state={state}
      filters={filters}
      resetLabel={t('decisions.filters.reset')}
      list={list}
      columns={columns}
      totalText={(total) => t('decisions.total', { total })}
      scroll={{ x: 1200 }}
    >
      <LaunchDialog open={launching} onClose={() => setLaunching(false)} />
    </LedgerListPage>
  );
}
