import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Descriptions,
  Form,
  Input,
  Modal,
  Space,
  Spin,
  Tag,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../../../common/auth.js';
import { ErrorAlert, PageHeader } from '../../../../common/components/index.js';
import { useLocale, useT } from '../../../../common/i18n.js';
import { proactiveApi } from './api.js';
import { ItemForm } from './ItemForm.js';
import { categoryLabel, channelLabel, table2Label } from './labels.js';
import { LateTag } from './ListPage.js';
import './messages.js';

/** One register entry: its facts, the deadline explained in words, correction and withdrawal. */
export default function DetailPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { locale } = useLocale();
  const { can } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [withdrawing, setWithdrawing] = useState(false);
  const [form] = Form.useForm<{ withdrawnOn: Dayjs; reason: string }>();
  const item = useQuery({
    queryKey: ['disclosure', 'proactive', 'item', id],
    queryFn: () => proactiveApi.get(id),
  });
  const withdraw = useMutation({
    mutationFn: (v: { withdrawnOn: Dayjs; reason: string }) =>
      proactiveApi.withdraw(id, { withdrawnOn: v.withdrawnOn.format('YYYY-MM-DD'), reason: v.reason }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['disclosure', 'proactive'] });
      setWithdrawing(false);
    },
    onError: (e) => message.error(e instanceof Error ? e.message : String(e)),
  });
  const tt = (k: string) => t(`disclosure.proactive.${k}`);
  if (item.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (item.error) return <ErrorAlert error={item.error} />;
  const d = item.data;
  const mayEdit = can('disclosure.register_proactive') && d.status === 'published';
  return (
    <>
      <PageHeader
        title={d.title}
        subTitle={<Link to="/disclosure/proactive">{tt('detail.back')}</Link>}
        extra={
          mayEdit ? (
            <Space>
              <Button onClick={() => setEditing(true)}>{tt('edit')}</Button>
              <Button danger onClick={() => setWithdrawing(true)}>
                {tt('withdraw')}
              </Button>
            </Space>
          ) : null
        }
      />
      <Alert
        style={{ marginBottom: 12 }}
        type={d.deadline.isLate ? 'error' : 'success'}
        showIcon
        message={
          <>
            {tt('detail.deadline')}：{d.deadline.explanation}
            {d.deadline.provisional ? tt('detail.provisional') : ''}
          </>
        }
      />
      <Card size="small">
        <Descriptions column={2} size="small" bordered>
          <Descriptions.Item label={tt('fields.orgUnitId')}>{d.orgUnit.name}</Descriptions.Item>
          <Descriptions.Item label={tt('fields.category')}>
            {categoryLabel(d.category, locale)}
            {d.table2Kind ? <Tag style={{ marginLeft: 4 }}>{table2Label(d.table2Kind, locale)}</Tag> : null}
          </Descriptions.Item>
          <Descriptions.Item label={tt('fields.documentNumber')}>{d.documentNumber ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={tt('fields.channels')}>
            {d.channels.map((c) => channelLabel(c, locale)).join('、')}
          </Descriptions.Item>
          <Descriptions.Item label={tt('fields.formedOn')}>{d.formedOn}</Descriptions.Item>
          <Descriptions.Item label={tt('fields.publishedOn')}>
            {d.publishedOn} <LateTag item={d} />
          </Descriptions.Item>
          <Descriptions.Item label={tt('fields.dueOn')}>{d.dueOn}</Descriptions.Item>
          <Descriptions.Item label={tt('fields.status')}>
            {d.status === 'withdrawn' ? `${tt('withdrawn')} ${d.withdrawnOn ?? ''}` : null}
            {d.status === 'published' ? <Tag color="green">{d.isOnPortal ? tt('portal') : '✓'}</Tag> : null}
          </Descriptions.Item>
          <Descriptions.Item label={tt('fields.url')} span={2}>
            {d.url ? (
              <a href={d.url} target="_blank" rel="noreferrer">
                {d.url}
              </a>
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label={tt('fields.summary')} span={2}>
            {d.summary ?? '—'}
          </Descriptions.Item>
          {d.withdrawalReason ? (
            <Descriptions.Item label={tt('detail.reason')} span={2}>
              {d.withdrawalReason}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <ItemForm open={editing} item={d} onClose={() => setEditing(false)} />
      <Modal
        open={withdrawing}
        title={tt('withdrawal.title')}
        onCancel={() => setWithdrawing(false)}
        onOk={() => form.submit()}
        confirmLoading={withdraw.isPending}
      >
        <Form
          form={form}
          layout="vertical"
          initialValues={{ withdrawnOn: dayjs() }}
          onFinish={(v) => withdraw.mutate(v)}
        >
          <Form.Item name="withdrawnOn" label={tt('withdrawal.on')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item
            name="reason"
            label={tt('withdrawal.reason')}
            rules={[{ required: true, message: tt('withdrawal.reasonRequired') }]}
          >
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
