import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, Modal, Select, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  dictLabel,
  dictOptions,
  EVALUATIONS,
  PROPOSAL_KINDS,
  PROPOSAL_STATES,
  type ProposalSummary,
} from '../../../../common/contracts/proposals.js';
import { useAuth } from '../../../common/auth.js';
import { fieldErrorsFor } from '../../../common/forms.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { type FilterSpec, LedgerListPage, usePagedQuery, useUrlFilters } from '../../../common/list/index.js';
import { proposalsApi } from './api.js';
import { STATE_COLOR } from './labels.js';
import './messages.js';

const FILTERS = ['q', 'kind', 'state', 'year', 'overdue'] as const;
const REGISTER_FIELDS = [
  'kind',
  'session',
  'meeting',
  'number',
  'title',
  'leadAuthor',
  'coSigners',
  'category',
  'body',
  'receivedOn',
];

/** 登记: one item typed in by the office (the lists usually come by import). */
function RegisterDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const save = useMutation({
    mutationFn: (v: Record<string, unknown>) =>
      proposalsApi.register({ ...v, receivedOn: (v.receivedOn as dayjs.Dayjs).format('YYYY-MM-DD') }),
    onSuccess: (item) => navigate(`/proposals/${item.id}`),
    onError: (e) => form.setFields(fieldErrorsFor(e, REGISTER_FIELDS)),
  });
  const item = (name: string, control: React.ReactNode, required = true) => (
    <Form.Item
      name={name}
      label={t(`proposals.fields.${name}`)}
      rules={required ? [{ required: true, message: t('proposals.required') }] : []}
    >
      {control}
    </Form.Item>
  );
  return (
    <Modal
      open={open}
      title={t('proposals.new')}
      onCancel={onClose}
      confirmLoading={save.isPending}
      onOk={() => void form.validateFields().then(save.mutate)}
      width={640}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ kind: 'npc', receivedOn: dayjs() }}
      >
        {item('kind', <Select options={dictOptions(PROPOSAL_KINDS, locale)} />)}
        {item('session', <Input maxLength={40} placeholder="第十八届" />)}
        {item('meeting', <Input maxLength={40} placeholder="第一次会议 / 闭会期间" />)}
        {item('number', <Input maxLength={40} />)}
        {item('title', <Input maxLength={200} />)}
        {item('leadAuthor', <Input maxLength={60} />)}
        {item('coSigners', <Input maxLength={400} />, false)}
        {item('category', <Input maxLength={40} />, false)}
        {item('body', <Input.TextArea rows={4} maxLength={20000} />, false)}
        {item('receivedOn', <DatePicker style={{ width: 200 }} />)}
      </Form>
    </Modal>
  );
}

/** 建议提案办理: the items a user may see, filtered, with import/export and intake. */
export default function ListPage() {
  const t = useT();
  const { locale } = useLocale();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const [registering, setRegistering] = useState(false);
  const state = useUrlFilters(FILTERS);
  const list = usePagedQuery(['proposals', 'items'], proposalsApi.list, state.query);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['proposals'] });
  const thisYear = dayjs().year();

  const columns: ColumnsType<ProposalSummary> = [
    { title: t('proposals.columns.number'), dataIndex: 'number', width: 80 },
    {
      title: t('proposals.columns.title'),
      dataIndex: 'title',
      width: 300,
      render: (title: string, item) => <Link to={`/proposals/${item.id}`}>{title}</Link>,
    },
    {
      title: t('proposals.columns.kind'),
      dataIndex: 'kind',
      width: 130,
      render: (k: string) => dictLabel(PROPOSAL_KINDS, k, locale),
    },
    {
      title: t('proposals.columns.session'),
      dataIndex: 'session',
      width: 100,
      render: (s: string, i) => `${s}${i.meeting}`,
    },
    { title: t('proposals.columns.author'), dataIndex: 'leadAuthor', width: 80 },
    {
      title: t('proposals.columns.unit'),
      dataIndex: ['leadUnit', 'name'],
      width: 170,
      render: (n?: string) => n ?? '—',
    },
    {
      title: t('proposals.columns.state'),
      dataIndex: 'state',
      width: 170,
      fixed: 'right',
      render: (s: string, i) => (
        <>
          <Tag color={STATE_COLOR[s]}>{dictLabel(PROPOSAL_STATES, s, locale)}</Tag>
          {i.round > 1 ? <Tag color="purple">{t('proposals.round', { round: i.round })}</Tag> : null}
          {i.overdue ? <Tag color="red">{t('proposals.overdue')}</Tag> : null}
        </>
      ),
    },
    {
      title: t('proposals.columns.due'),
      dataIndex: 'answerDueOn',
      width: 110,
      render: (d?: string) => d ?? '—',
    },
    {
      title: t('proposals.columns.result'),
      dataIndex: 'resultClass',
      width: 60,
      render: (c?: string) => c ?? '—',
    },
    {
      title: t('proposals.columns.evaluation'),
      dataIndex: 'evaluation',
      width: 90,
      render: (e?: string) => dictLabel(EVALUATIONS, e, locale),
    },
  ];

  const filters: FilterSpec[] = [
    {
      kind: 'select',
      key: 'kind',
      label: t('proposals.filters.kind'),
      width: 150,
      options: dictOptions(PROPOSAL_KINDS, locale),
    },
    {
      kind: 'select',
      key: 'state',
      label: t('proposals.filters.state'),
      width: 150,
      options: dictOptions(PROPOSAL_STATES, locale),
    },
    {
      kind: 'select',
      key: 'year',
      label: t('proposals.filters.year'),
      width: 110,
      options: Array.from({ length: thisYear - 2019 }, (_, k) => ({
        value: String(thisYear - k),
        label: String(thisYear - k),
      })),
    },
    { kind: 'check', key: 'overdue', label: t('proposals.filters.overdue'), value: 'true' },
    {
      kind: 'search',
      key: 'q',
      label: t('proposals.filters.keyword'),
      width: 240,
      button: t('proposals.filters.search'),
    },
  ];

  return (
    <LedgerListPage<ProposalSummary>
      title={t('proposals.title')}
      subTitle={t('proposals.subtitle')}
      actions={
        <>
          <Link to="/proposals/overview">
            <Button>{t('proposals.overviewLink')}</Button>
          </Link>
          {can('proposals.register') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
              {t('proposals.new')}
            </Button>
          ) : null}
        </>
      }
      ledger={{
        path: '/proposals/items',
        importPermission: 'proposals.register',
        exportPermission: 'proposals.export',
        labels: {
          import: t('proposals.import'),
          template: t('proposals.template'),
          export: t('proposals.export'),
        },
      }}
      onImported={refresh}
      state={state}
      filters={filters}
      resetLabel={t('proposals.filters.reset')}
      list={list}
      columns={columns}
      totalText={(total) => t('proposals.total', { total })}
      scroll={{ x: 1400 }}
    >
      <RegisterDialog open={registering} onClose={() => setRegistering(false)} />
    </LedgerListPage>
  );
}
