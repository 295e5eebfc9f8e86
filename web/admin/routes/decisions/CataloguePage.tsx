import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Modal, Select, Space, Switch, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import {
  type CatalogueItemOut,
  CATALOGUE_STATES,
  DECISION_CATEGORIES,
  DECISION_STATES,
  dictLabel,
  dictOptions,
} from '../../../../common/contracts/decisions.js';
import { useAuth } from '../../../common/auth.js';
import { ErrorAlert, PageHeader } from '../../../common/components/index.js';
import { fieldErrorsFor } from '../../../common/forms.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { LedgerButtons } from '../../../common/list/index.js';
import { useSaveErrorHandler } from '../../../common/version-conflict.js';
import { decisionsApi } from './api.js';
import { LaunchDialog } from './ListPage.js';
import { STATE_COLOR } from './labels.js';
import './messages.js';

type Editing = { mode: 'add' } | { mode: 'adjust'; item: CatalogueItemOut } | null;

function ItemDialog({ year, editing, onClose }: { year: number; editing: Editing; onClose: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const units = useQuery({
    queryKey: ['decisions', 'units'],
    queryFn: decisionsApi.units,
    enabled: editing !== null,
  });
  const save = useMutation({
    mutationFn: (v: Record<string, unknown>) =>
      editing?.mode === 'adjust'
        ? decisionsApi.adjustItem(editing.item.id, v, editing.item.version)
        : decisionsApi.addItem({ ...v, year }),
    onSuccess: (c) => {
      queryClient.setQueryData(['decisions', 'catalogue', year], c);
      onClose();
    },
    onError: (e) => form.setFields(fieldErrorsFor(e, ['title', 'category', 'unitId', 'plannedOn', 'reason'])),
  });
  const f = (name: string, control: React.ReactNode, extra: object = {}) => (
    <Form.Item
      name={name}
      label={t(`decisions.catalogue.fields.${name}`)}
      rules={[{ required: true, message: t('decisions.required') }]}
      {...extra}
    >
      {control}
    </Form.Item>
  );
  const adjusting = editing?.mode === 'adjust';
  return (
    <Modal
      open={editing !== null}
      title={adjusting ? t('decisions.catalogue.adjust') : t('decisions.catalogue.add')}
      onCancel={onClose}
      confirmLoading={save.isPending}
      onOk={() => void form.validateFields().then(save.mutate)}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={
          adjusting
            ? {
                title: editing.item.title,
                plannedOn: editing.item.plannedOn,
                withdrawn: editing.item.status === 'withdrawn',
              }
            : { category: 'policy' }
        }
      >
        {f('title', <Input maxLength={120} />)}
        {adjusting ? null : f('category', <Select options={dictOptions(DECISION_CATEGORIES, locale)} />)}
        {adjusting
          ? null
          : f(
              'unitId',
              <Select
                showSearch
                optionFilterProp="label"
                options={(units.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
              />,
            )}
        {f('plannedOn', <Input maxLength={20} placeholder={`${year}年第三季度`} />)}
        {adjusting ? (
          <>
            <Form.Item
              name="withdrawn"
              label={t('decisions.catalogue.fields.withdrawn')}
              valuePropName="checked"
            >
              <Switch />
            </Form.Item>
            {f('reason', <Input.TextArea rows={3} maxLength={1000} />)}
          </>
        ) : null}
      </Form>
    </Modal>
  );
}

/** 重大行政决策事项目录: the year's items, approved by the Party committee, published, adjusted with reasons. */
export default function CataloguePage() {
  const t = useT();
  const { locale } = useLocale();
  const { can } = useAuth();
  const { modal } = App.useApp();
  const queryClient = useQueryClient();
  const [year, setYear] = useState(dayjs().year());
  const [editing, setEditing] = useState<Editing>(null);
  const [launching, setLaunching] = useState<CatalogueItemOut | null>(null);
  const catalogue = useQuery({
    queryKey: ['decisions', 'catalogue', year],
    queryFn: () => decisionsApi.catalogue(year),
  });
  const saveFailed = useSaveErrorHandler();
  const advance = useMutation({
    mutationFn: (step: 'approve' | 'publish') =>
      decisionsApi.advance(step, { year, on: dayjs().format('YYYY-MM-DD') }, catalogue.data?.version ?? 0),
    onSuccess: (c) => queryClient.setQueryData(['decisions', 'catalogue', year], c),
    onError: (e) => saveFailed(e, () => catalogue.refetch()),
  });
  const mayEdit = can('decisions.catalogue');
  const c = catalogue.data;
  const columns: ColumnsType<CatalogueItemOut> = [
    { title: t('decisions.catalogue.columns.number'), dataIndex: 'number', width: 60 },
    { title: t('decisions.catalogue.columns.title'), dataIndex: 'title', width: 320 },
    {
      title: t('decisions.catalogue.columns.category'),
      dataIndex: 'category',
      width: 150,
      render: (v: string) => dictLabel(DECISION_CATEGORIES, v, locale),
    },
    { title: t('decisions.catalogue.columns.unit'), dataIndex: ['unit', 'name'], width: 180 },
    { title: t('decisions.catalogue.columns.planned'), dataIndex: 'plannedOn', width: 140 },
    {
      title: t('decisions.catalogue.columns.status'),
      dataIndex: 'status',
      width: 220,
      render: (s: string, i) => (
        <>
          {s === 'withdrawn' ? <Tag color="red">{t('decisions.catalogue.withdrawn')}</Tag> : null}
          {i.adjustReason ? <div style={{ fontSize: 12, color: '#888' }}>{i.adjustReason}</div> : null}
        </>
      ),
    },
    {
      title: t('decisions.catalogue.columns.decision'),
      key: 'decision',
      width: 220,
      fixed: 'right',
      render: (_: unknown, i) => (
        <Space wrap>
          {i.decisionId ? (
            <Link to={`/decisions/${i.decisionId}`}>
              <Tag color={STATE_COLOR[i.decisionState ?? '']}>
                {dictLabel(DECISION_STATES, i.decisionState, locale)}
              </Tag>
            </Link>
          ) : i.status === 'listed' && can('decisions.launch') ? (
            <Button size="small" onClick={() => setLaunching(i)}>
              {t('decisions.catalogue.launch')}
            </Button>
          ) : null}
          {mayEdit ? (
            <Button size="small" type="link" onClick={() => setEditing({ mode: 'adjust', item: i })}>
              {t('decisions.catalogue.adjust')}
            </Button>
          ) : null}
        </Space>
      ),
    },
  ];
  const thisYear = dayjs().year();
  return (
    <>
      <PageHeader
        title={t('decisions.catalogue.title')}
        subTitle={t('decisions.catalogue.subtitle')}
        extra={
          <Space wrap>
            <Select
              aria-label={t('decisions.catalogue.year')}
              value={year}
              onChange={setYear}
              style={{ width: 100 }}
              options={Array.from({ length: thisYear - 2019 }, (_, k) => ({
                value: thisYear - k,
                label: String(thisYear - k),
              }))}
            />
            <LedgerButtons
              ledger={{
                path: '/decisions/catalogue',
                importPermission: 'decisions.catalogue',
                exportPermission: 'decisions.export',
                labels: {
                  import: t('decisions.catalogue.import'),
                  template: t('decisions.template'),
                  export: t('decisions.catalogue.export'),
                },
              }}
              onImported={() => void queryClient.invalidateQueries({ queryKey: ['decisions', 'catalogue'] })}
            />
          </Space>
        }
      />
      {catalogue.error ? (
        <ErrorAlert error={catalogue.error} onRetry={() => void catalogue.refetch()} />
      ) : null}
      <Card size="small" style={{ marginBottom: 16 }}>
        <Space wrap>
          <span>{t('decisions.catalogue.state')}：</span>
          <Tag
            color={c?.state === 'published' ? 'green' : c?.state === 'approved' ? 'blue' : 'default'}
            data-testid="catalogue-state"
          >
            {dictLabel(CATALOGUE_STATES, c?.state, locale)}
          </Tag>
          {c?.approvedOn ? <span>{t('decisions.catalogue.approvedOn', { date: c.approvedOn })}</span> : null}
          {c?.publishedOn ? (
            <span>{t('decisions.catalogue.publishedOn', { date: c.publishedOn })}</span>
          ) : null}
          {mayEdit ? (
            <>
              <Button onClick={() => setEditing({ mode: 'add' })}>{t('decisions.catalogue.add')}</Button>
              <Button
                disabled={c?.state !== 'draft' || !c.items.length}
                loading={advance.isPending}
                onClick={() =>
                  modal.confirm({
                    title: t('decisions.catalogue.approve'),
                    onOk: () => advance.mutate('approve'),
                  })
                }
              >
                {t('decisions.catalogue.approve')}
              </Button>
              <Button
                type="primary"
                disabled={c?.state !== 'approved'}
                loading={advance.isPending}
                onClick={() =>
                  modal.confirm({
                    title: t('decisions.catalogue.publish'),
                    onOk: () => advance.mutate('publish'),
                  })
                }
              >
                {t('decisions.catalogue.publish')}
              </Button>
            </>
          ) : null}
        </Space>
      </Card>
      <Table<CatalogueItemOut>
        rowKey="id"
        size="small"
        loading={catalogue.isPending}
        dataSource={c?.items ?? []}
        columns={columns}
        pagination={false}
        scroll={{ x: 1400 }}
      />
      <ItemDialog year={year} editing={editing} onClose={() => setEditing(null)} />
      <LaunchDialog
        open={launching !== null}
        onClose={() => setLaunching(null)}
        initial={
          launching
            ? {
                title: launching.title,
                category: launching.category,
                unitId: launching.unit.id,
                catalogueItemId: launching.id,
              }
            : undefined
        }
      />
    </>
  );
}
