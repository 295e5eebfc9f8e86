import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, DatePicker, Form, Input, Modal, Select, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { type Campaign, CLEANUP_RESULTS } from '../../../../common/contracts/normative-docs.js';
import { PageHeader } from '../../../common/components/index.js';
import { useAuth } from '../../../common/auth.js';
import { fieldErrorsFor } from '../../../common/forms.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { useSaveErrorHandler } from '../../../common/version-conflict.js';
import { docsApi } from './api.js';
import { dictLabel, dictOptions } from './labels.js';
import './messages.js';

type Item = Campaign['items'][number];
const RESULT_COLOR: Record<string, string> = {
  continue: 'green',
  revise: 'orange',
  repeal: 'red',
  expire: 'volcano',
};
const day = (v: unknown) => (dayjs.isDayjs(v) ? v.format('YYYY-MM-DD') : undefined);

/** 开展清理: the title, reason and the documents in scope (every document in force, or those before a day / citing a law). */
function OpenDialog({
  open,
  onClose,
  onOpened,
}: {
  open: boolean;
  onClose: () => void;
  onOpened: (id: string) => void;
}) {
  const t = useT();
  const [form] = Form.useForm();
  const laws = useQuery({ queryKey: ['normative-docs', 'laws'], queryFn: docsApi.laws, enabled: open });
  // The documents in force (published or filed) a campaign may list one by one.
  const inForce = useQuery({
    queryKey: ['normative-docs', 'in-force'],
    queryFn: async () =>
      (
        await Promise.all(['filed', 'published'].map((state) => docsApi.list({ state, pageSize: '200' })))
      ).flatMap((p) => p.items),
    enabled: open,
  });
  const save = useMutation({
    mutationFn: (v: Record<string, unknown>) =>
      docsApi.openCampaign({ ...v, startedOn: day(v.startedOn), issuedBefore: day(v.issuedBefore) }),
    onSuccess: (c) => onOpened(c.id),
    onError: (e) =>
      form.setFields(fieldErrorsFor(e, ['title', 'reason', 'startedOn', 'issuedBefore', 'lawId', 'docIds'])),
  });
  return (
    <Modal
      open={open}
      title={t('normativeDocs.cleanups.new')}
      onCancel={onClose}
      confirmLoading={save.isPending}
      onOk={() => void form.validateFields().then(save.mutate)}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false} initialValues={{ startedOn: dayjs() }}>
        <Form.Item
          name="title"
          label={t('normativeDocs.fields.title')}
          rules={[{ required: true, message: t('normativeDocs.required') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('normativeDocs.cleanups.reason')}
          rules={[{ required: true, message: t('normativeDocs.required') }]}
        >
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item
          name="startedOn"
          label={t('normativeDocs.cleanups.startedOn')}
          rules={[{ required: true }]}
        >
          <DatePicker />
        </Form.Item>
        <Form.Item label={t('normativeDocs.cleanups.criteria')}>
          <Form.Item name="issuedBefore" label={t('normativeDocs.cleanups.issuedBefore')}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="docIds" label={t('normativeDocs.cleanups.docs')}>
            <Select
              mode="multiple"
              allowClear
              showSearch
              optionFilterProp="label"
              options={(inForce.data ?? []).map((d) => ({
                value: d.id,
                label: `${d.title} ${d.documentNumber ?? ''}`,
              }))}
            />
          </Form.Item>
          <Form.Item name="lawId" label={t('normativeDocs.cleanups.law')}>
            <Select
              allowClear
              showSearch
              optionFilterProp="label"
              options={(laws.data ?? []).map((l) => ({ value: l.id, label: `《${l.title}》` }))}
            />
          </Form.Item>
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 登记结论 for one document of the campaign. */
function ResultDialog({
  campaign,
  item,
  onClose,
}: {
  campaign: Campaign;
  item: Item | null;
  onClose: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm();
  const saveFailed = useSaveErrorHandler();
  const save = useMutation({
    mutationFn: (v: Record<string, unknown>) =>
      docsApi.result(campaign.id, item!.docId, { ...v, reviewedOn: day(v.reviewedOn) }, campaign.version),
    onSuccess: (c) => {
      queryClient.setQueryData(['normative-docs', 'cleanup', campaign.id], c);
      message.success(t('normativeDocs.done', { action: t('normativeDocs.cleanups.record') }));
      onClose();
    },
    onError: (e) => {
      form.setFields(fieldErrorsFor(e, ['result', 'reason', 'reviewer', 'reviewedOn']));
      saveFailed(
        e,
        () => void queryClient.invalidateQueries({ queryKey: ['normative-docs', 'cleanup', campaign.id] }),
      );
    },
  });
  return (
    <Modal
      open={!!item}
      title={`${t('normativeDocs.cleanups.record')}：${item?.title ?? ''}`}
      onCancel={onClose}
      confirmLoading={save.isPending}
      onOk={() => void form.validateFields().then(save.mutate)}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ reviewedOn: dayjs(), result: item?.result ?? undefined }}
      >
        <Form.Item
          name="result"
          label={t('normativeDocs.cleanups.fields.result')}
          rules={[{ required: true, message: t('normativeDocs.required') }]}
        >
          <Select options={dictOptions(CLEANUP_RESULTS, locale)} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('normativeDocs.cleanups.fields.reason')}
          rules={[{ required: true, message: t('normativeDocs.required') }]}
        >
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Form.Item
          name="reviewer"
          label={t('normativeDocs.cleanups.fields.reviewer')}
          rules={[{ required: true, message: t('normativeDocs.required') }]}
        >
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item
          name="reviewedOn"
          label={t('normativeDocs.cleanups.fields.reviewedOn')}
          rules={[{ required: true }]}
        >
          <DatePicker />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** 规范性文件清理: the campaigns, one campaign's documents with their results, and the publication. */
export default function CleanupsPage() {
  const t = useT();
  const { locale } = useLocale();
  const { can } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [opening, setOpening] = useState(false);
  const [selected, setSelected] = useState<string | null>(null);
  const [recording, setRecording] = useState<Item | null>(null);
  const campaigns = useQuery({ queryKey: ['normative-docs', 'cleanups'], queryFn: docsApi.campaigns });
  const current = selected ?? campaigns.data?.[0]?.id ?? null;
  const campaign = useQuery({
    queryKey: ['normative-docs', 'cleanup', current],
    queryFn: () => docsApi.campaign(current!),
    enabled: !!current,
  });
  const saveFailed = useSaveErrorHandler();
  const publish = useMutation({
    mutationFn: () => docsApi.publishCampaign(current!, dayjs().format('YYYY-MM-DD'), campaign.data?.version),
    onSuccess: (c) => {
      queryClient.setQueryData(['normative-docs', 'cleanup', c.id], c);
      void queryClient.invalidateQueries({ queryKey: ['normative-docs'] });
      message.success(t('normativeDocs.done', { action: t('normativeDocs.cleanups.publish') }));
    },
    onError: (e) => saveFailed(e, () => void campaign.refetch()),
  });
  const c = campaign.data;
  return (
    <>
      <PageHeader
        title={t('normativeDocs.cleanups.title')}
        subTitle={t('normativeDocs.cleanups.subtitle')}
        extra={
          <>
            <Link to="/normative-docs">
              <Button>{t('normativeDocs.back')}</Button>
            </Link>
            {can('normative_docs.cleanup') ? (
              <Button type="primary" onClick={() => setOpening(true)}>
                {t('normativeDocs.cleanups.new')}
              </Button>
            ) : null}
          </>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Select
          style={{ minWidth: 420 }}
          value={current ?? undefined}
          placeholder={t('normativeDocs.cleanups.pick')}
          onChange={setSelected}
          aria-label={t('normativeDocs.cleanups.pick')}
          options={(campaigns.data ?? []).map((x) => ({
            value: x.id,
            label: `${x.title}（${t(`normativeDocs.cleanups.status.${x.status}`)}，${t('normativeDocs.cleanups.reviewed', { n: x.reviewed })}）`,
          }))}
        />
      </Card>
      {c ? (
        <Card
          size="small"
          title={
            <>
              {c.title}{' '}
              <Tag color={c.status === 'published' ? 'green' : 'blue'}>
                {t(`normativeDocs.cleanups.status.${c.status}`)}
              </Tag>
              {c.publishedOn ? `${t('normativeDocs.cleanups.publishedOn')} ${c.publishedOn}` : ''}
            </>
          }
          extra={
            c.status === 'open' && can('normative_docs.publish_cleanup') ? (
              <Button type="primary" danger loading={publish.isPending} onClick={() => publish.mutate()}>
                {t('normativeDocs.cleanups.publish')}
              </Button>
            ) : null
          }
        >
          <Table<Item>
            rowKey="docId"
            size="small"
            dataSource={c.items}
            pagination={{ pageSize: 20 }}
            scroll={{ x: 1000 }}
            columns={[
              {
                title: t('normativeDocs.cleanups.columns.title'),
                dataIndex: 'title',
                render: (v: string, i) => <Link to={`/normative-docs/${i.docId}`}>{v}</Link>,
              },
              { title: t('normativeDocs.cleanups.columns.number'), dataIndex: 'documentNumber', width: 160 },
              {
                title: t('normativeDocs.cleanups.columns.result'),
                dataIndex: 'result',
                width: 110,
                render: (r?: string) =>
                  r ? <Tag color={RESULT_COLOR[r]}>{dictLabel(CLEANUP_RESULTS, r, locale)}</Tag> : '—',
              },
              {
                title: t('normativeDocs.cleanups.columns.reason'),
                dataIndex: 'reason',
                render: (v?: string) => v ?? '—',
              },
              {
                title: t('normativeDocs.cleanups.columns.reviewer'),
                dataIndex: 'reviewer',
                width: 140,
                render: (v?: string) => v ?? '—',
              },
              {
                title: t('normativeDocs.cleanups.columns.on'),
                dataIndex: 'reviewedOn',
                width: 110,
                render: (v?: string) => v ?? '—',
              },
              {
                title: '',
                width: 110,
                render: (_: unknown, i) =>
                  c.status === 'open' && can('normative_docs.cleanup') ? (
                    <Button size="small" onClick={() => setRecording(i)}>
                      {t('normativeDocs.cleanups.record')}
                    </Button>
                  ) : null,
              },
            ]}
          />
        </Card>
      ) : null}
      <OpenDialog
        open={opening}
        onClose={() => setOpening(false)}
        onOpened={(id) => {
          setOpening(false);
          setSelected(id);
          void campaigns.refetch();
        }}
      />
      {c ? <ResultDialog campaign={c} item={recording} onClose={() => setRecording(null)} /> : null}
    </>
  );
}
