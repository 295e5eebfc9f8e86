import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, Input, Modal, Select, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { type Citer, LAW_STATUSES } from '../../../../common/contracts/normative-docs.js';
import { PageHeader } from '../../../common/components/index.js';
import { useAuth } from '../../../common/auth.js';
import { fieldErrorsFor } from '../../../common/forms.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { useSaveErrorHandler } from '../../../common/version-conflict.js';
import { docsApi } from './api.js';
import { dictLabel } from './labels.js';
import './messages.js';

interface LawRow {
  id: string;
  version: number;
  title: string;
  issuer: string;
  versionLabel: string | null;
  status: string;
  changedOn: string | null;
}

/** 法律法规依据库: the register, who cites each law, and recording an amendment or repeal (answering its citers). */
export default function LawsPage() {
  const t = useT();
  const { locale } = useLocale();
  const { can } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [registering, setRegistering] = useState(false);
  const [changing, setChanging] = useState<LawRow | null>(null);
  const [shown, setShown] = useState<LawRow | null>(null);
  const [form] = Form.useForm();
  const [changeForm] = Form.useForm();
  const laws = useQuery({ queryKey: ['normative-docs', 'laws'], queryFn: docsApi.laws });
  const citers = useQuery({
    queryKey: ['normative-docs', 'citers', shown?.id],
    queryFn: () => docsApi.citers(shown!.id),
    enabled: !!shown,
  });
  const saveFailed = useSaveErrorHandler();
  const register = useMutation({
    mutationFn: (v: Record<string, unknown>) => docsApi.registerLaw(v),
    onSuccess: () => {
      setRegistering(false);
      void laws.refetch();
    },
    onError: (e) => form.setFields(fieldErrorsFor(e, ['title', 'issuer', 'versionLabel'])),
  });
  const change = useMutation({
    mutationFn: (v: Record<string, unknown>) =>
      docsApi.changeLaw(
        changing!.id,
        { ...v, changedOn: (v.changedOn as dayjs.Dayjs).format('YYYY-MM-DD') },
        changing!.version,
      ),
    onSuccess: (answer) => {
      queryClient.setQueryData(['normative-docs', 'citers', answer.law.id], answer);
      setShown(answer.law as LawRow);
      setChanging(null);
      void laws.refetch();
      message.success(t('normativeDocs.done', { action: t('normativeDocs.laws.change') }));
    },
    onError: (e) => saveFailed(e, () => void laws.refetch()),
  });
  return (
    <>
      <PageHeader
        title={t('normativeDocs.laws.title')}
        subTitle={t('normativeDocs.laws.subtitle')}
        extra={
          <>
            <Link to="/normative-docs">
              <Button>{t('normativeDocs.back')}</Button>
            </Link>
            {can('normative_docs.laws') ? (
              <Button type="primary" onClick={() => setRegistering(true)}>
                {t('normativeDocs.laws.new')}
              </Button>
            ) : null}
          </>
        }
      />
      <Card size="small">
        <Table<LawRow>
          rowKey="id"
          size="small"
          loading={laws.isPending}
          dataSource={(laws.data ?? []) as LawRow[]}
          pagination={false}
          columns={[
            {
              title: t('normativeDocs.laws.columns.title'),
              dataIndex: 'title',
              render: (v: string) => `《${v}》`,
            },
            { title: t('normativeDocs.laws.columns.issuer'), dataIndex: 'issuer', width: 220 },
            {
              title: t('normativeDocs.laws.columns.version'),
              dataIndex: 'versionLabel',
              width: 120,
              render: (v?: string) => v ?? '—',
            },
            {
              title: t('normativeDocs.laws.columns.status'),
              dataIndex: 'status',
              width: 110,
              render: (s: string) => (
                <Tag color={s === 'in_force' ? 'green' : s === 'amended' ? 'orange' : 'red'}>
                  {dictLabel(LAW_STATUSES, s, locale)}
                </Tag>
              ),
            },
            {
              title: t('normativeDocs.laws.columns.changedOn'),
              dataIndex: 'changedOn',
              width: 110,
              render: (v?: string) => v ?? '—',
            },
            {
              title: '',
              width: 220,
              render: (_: unknown, law) => (
                <>
                  <Button size="small" onClick={() => setShown(law)}>
                    {t('normativeDocs.laws.citers')}
                  </Button>{' '}
                  {can('normative_docs.laws') && law.status !== 'repealed' ? (
                    <Button size="small" onClick={() => setChanging(law)}>
                      {t('normativeDocs.laws.change')}
                    </Button>
                  ) : null}
                </>
              ),
            },
          ]}
        />
      </Card>
      {shown ? (
        <Card
          size="small"
          style={{ marginTop: 16 }}
          title={`${t('normativeDocs.laws.citers')}：《${shown.title}》`}
        >
          <Table<Citer>
            rowKey={(c) => `${c.module}-${c.id}`}
            size="small"
            loading={citers.isPending}
            dataSource={citers.data?.citers ?? []}
            pagination={{ pageSize: 10 }}
            columns={[
              {
                title: '',
                dataIndex: 'module',
                width: 130,
                render: (m: string) => t(`normativeDocs.laws.modules.${m}`),
              },
              {
                title: t('normativeDocs.laws.columns.title'),
                dataIndex: 'title',
                render: (v: string, c) =>
                  c.module === 'normative-docs' ? <Link to={`/normative-docs/${c.id}`}>{v}</Link> : v,
              },
              { title: '', dataIndex: 'reference', width: 220, render: (v?: string) => v ?? '—' },
              {
                title: '',
                dataIndex: 'inForce',
                width: 90,
                render: (v: boolean) => (
                  <Tag color={v ? 'green' : 'default'}>
                    {t(v ? 'normativeDocs.laws.inForce' : 'normativeDocs.laws.notInForce')}
                  </Tag>
                ),
              },
            ]}
          />
        </Card>
      ) : null}
      <Modal
        open={registering}
        title={t('normativeDocs.laws.new')}
        onCancel={() => setRegistering(false)}
        onOk={() => void form.validateFields().then(register.mutate)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          <Form.Item
            name="title"
            label={t('normativeDocs.laws.columns.title')}
            rules={[{ required: true, message: t('normativeDocs.required') }]}
          >
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item
            name="issuer"
            label={t('normativeDocs.laws.columns.issuer')}
            rules={[{ required: true, message: t('normativeDocs.required') }]}
          >
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="versionLabel" label={t('normativeDocs.laws.columns.version')}>
            <Input maxLength={60} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={!!changing}
        title={`${t('normativeDocs.laws.change')}：《${changing?.title ?? ''}》`}
        onCancel={() => setChanging(null)}
        onOk={() => void changeForm.validateFields().then(change.mutate)}
        destroyOnHidden
      >
        <Form
          form={changeForm}
          layout="vertical"
          preserve={false}
          initialValues={{ status: 'amended', changedOn: dayjs() }}
        >
          <Form.Item name="status" label={t('normativeDocs.laws.columns.status')}>
            <Select
              options={LAW_STATUSES.slice(1).map((s) => ({
                value: s.code,
                label: locale === 'en-US' ? s.en : s.label,
              }))}
            />
          </Form.Item>
          <Form.Item
            name="changedOn"
            label={t('normativeDocs.laws.columns.changedOn')}
            rules={[{ required: true }]}
          >
            <DatePicker />
          </Form.Item>
          <Form.Item name="note" label={t('normativeDocs.fields.note')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
