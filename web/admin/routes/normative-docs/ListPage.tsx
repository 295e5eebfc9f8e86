import { PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, DatePicker, Form, Input, Modal, Select, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import {
  DOC_STATES,
  type DocSummary,
  ISSUER_LEVELS,
  REVIEW_CONCLUSIONS,
} from '../../../../common/contracts/normative-docs.js';
import { useAuth } from '../../../common/auth.js';
import { fieldErrorsFor } from '../../../common/forms.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { type FilterSpec, LedgerListPage, usePagedQuery, useUrlFilters } from '../../../common/list/index.js';
import { docsApi } from './api.js';
import { dictLabel, dictOptions, STATE_COLOR } from './labels.js';
import './messages.js';

const FILTERS = ['q', 'state', 'year'] as const;
const DRAFT_FIELDS = [
  'title',
  'issuerLevel',
  'orgUnitId',
  'draftingUnit',
  'subject',
  'body',
  'draftedOn',
  'citations',
];

/** 起草: a new document under its issuer (the government, or the user's department), citing the laws it rests on. */
function DraftDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const { user } = useAuth();
  const navigate = useNavigate();
  const [form] = Form.useForm();
  const units = useQuery({ queryKey: ['normative-docs', 'units'], queryFn: docsApi.units, enabled: open });
  const laws = useQuery({ queryKey: ['normative-docs', 'laws'], queryFn: docsApi.laws, enabled: open });
  const unitOptions = (units.data ?? []).map((u) => ({ value: u.id, label: u.name }));
  const save = useMutation({
    mutationFn: (v: Record<string, unknown>) =>
      docsApi.draft({
        ...v,
        draftedOn: (v.draftedOn as dayjs.Dayjs).format('YYYY-MM-DD'),
        citations: ((v.citations as string[] | undefined) ?? []).map((lawId) => ({ lawId })),
      }),
    onSuccess: (doc) => navigate(`/normative-docs/${doc.id}`),
    onError: (e) => form.setFields(fieldErrorsFor(e, DRAFT_FIELDS)),
  });
  const item = (name: string, control: React.ReactNode, required = true) => (
    <Form.Item
      name={name}
      label={t(`normativeDocs.fields.${name}`)}
      rules={required ? [{ required: true, message: t('normativeDocs.required') }] : []}
    >
      {control}
    </Form.Item>
  );
  return (
    <Modal
      open={open}
      title={t('normativeDocs.new')}
      onCancel={onClose}
      confirmLoading={save.isPending}
      onOk={() => void form.validateFields().then(save.mutate)}
      width={680}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{
          draftedOn: dayjs(),
          issuerLevel: user?.role === 'department_officer' ? 'department' : 'government',
          orgUnitId: user?.role === 'department_officer' ? user.orgUnit?.id : undefined,
        }}
      >
        {item('title', <Input maxLength={200} />)}
        {item('issuerLevel', <Select options={dictOptions(ISSUER_LEVELS, locale)} />)}
        {item('orgUnitId', <Select options={unitOptions} showSearch optionFilterProp="label" />)}
        {item('draftingUnit', <Input maxLength={60} />)}
        {item(
          'citations',
          <Select
            mode="multiple"
            showSearch
            optionFilterProp="label"
            options={(laws.data ?? []).map((l) => ({ value: l.id, label: `《${l.title}》` }))}
          />,
          false,
        )}
        {item('body', <Input.TextArea rows={5} maxLength={50000} />, false)}
        {item('draftedOn', <DatePicker style={{ width: 200 }} />)}
      </Form>
    </Modal>
  );
}

/** 规范性文件: the documents a user may see, filtered, with import/export and drafting. */
export default function ListPage() {
  const t = useT();
  const { locale } = useLocale();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const [drafting, setDrafting] = useState(false);
  const state = useUrlFilters(FILTERS);
  const list = usePagedQuery(['normative-docs', 'docs'], docsApi.list, state.query);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['normative-docs'] });
  const thisYear = dayjs().year();

  const columns: ColumnsType<DocSummary> = [
    {
      title: t('normativeDocs.columns.title'),
      dataIndex: 'title',
      width: 320,
      render: (title: string, d) => <Link to={`/normative-docs/${d.id}`}>{title}</Link>,
    },
    {
      title: t('normativeDocs.columns.issuer'),
      dataIndex: ['issuer', 'name'],
      width: 170,
      render: (name: string, d) =>
        d.issuerLevel === 'government' ? dictLabel(ISSUER_LEVELS, 'government', locale) : name,
    },
    {
      title: t('normativeDocs.columns.documentNumber'),
      dataIndex: 'documentNumber',
      width: 160,
      render: (v?: string) => v ?? '—',
    },
    {
      title: t('normativeDocs.columns.registrationNumber'),
      dataIndex: 'registrationNumber',
      width: 130,
      render: (v?: string) => v ?? '—',
    },
    {
      title: t('normativeDocs.columns.review'),
      dataIndex: 'reviewConclusion',
      width: 120,
      render: (c?: string) => dictLabel(REVIEW_CONCLUSIONS, c, locale),
    },
    {
      title: t('normativeDocs.columns.publishedOn'),
      dataIndex: 'publishedOn',
      width: 110,
      render: (v?: string) => v ?? '—',
    },
    {
      title: t('normativeDocs.columns.validUntil'),
      dataIndex: 'validUntil',
      width: 110,
      render: (v?: string) => v ?? '—',
    },
    {
      title: t('normativeDocs.columns.state'),
      dataIndex: 'state',
      width: 170,
      fixed: 'right',
      render: (s: string, d) => (
        <>
          <Tag color={STATE_COLOR[s]}>{dictLabel(DOC_STATES, s, locale)}</Tag>
          {d.overdue ? <Tag color="red">{t('normativeDocs.overdue')}</Tag> : null}
        </>
      ),
    },
  ];

  const filters: FilterSpec[] = [
    {
      kind: 'select',
      key: 'state',
      label: t('normativeDocs.filters.state'),
      width: 170,
      options: dictOptions(DOC_STATES, locale),
    },
    {
      kind: 'select',
      key: 'year',
      label: t('normativeDocs.filters.year'),
      width: 110,
      options: Array.from({ length: thisYear - 2015 }, (_, k) => ({
        value: String(thisYear - k),
        label: String(thisYear - k),
      })),
    },
    {
      kind: 'search',
      key: 'q',
      label: t('normativeDocs.filters.keyword'),
      width: 260,
      button: t('normativeDocs.filters.search'),
    },
  ];

  return (
    <LedgerListPage<DocSummary>
      title={t('normativeDocs.title')}
      subTitle={t('normativeDocs.subtitle')}
      actions={
        <>
          <Link to="/normative-docs/cleanups">
            <Button>{t('normativeDocs.cleanupsLink')}</Button>
          </Link>
          <Link to="/normative-docs/laws">
            <Button>{t('normativeDocs.lawsLink')}</Button>
          </Link>
          {can('normative_docs.draft') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setDrafting(true)}>
              {t('normativeDocs.new')}
            </Button>
          ) : null}
        </>
      }
      ledger={{
        path: '/normative-docs/docs',
        importPermission: 'normative_docs.import',
        exportPermission: 'normative_docs.export',
        labels: {
          import: t('normativeDocs.import'),
          template: t('normativeDocs.template'),
          export: t('normativeDocs.export'),
        },
      }}
      onImported={refresh}
      state={state}
      filters={filters}
      resetLabel={t('normativeDocs.filters.reset')}
      list={list}
      columns={columns}
      totalText={(total) => t('normativeDocs.total', { total })}
      scroll={{ x: 1300 }}
    >
      <DraftDialog open={drafting} onClose={() => setDrafting(false)} />
    </LedgerListPage>
  );
}
