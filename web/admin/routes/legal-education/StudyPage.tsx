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
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link } from 'react-router';
import { SESSION_KINDS } from '../../../../common/contracts/legal-education.js';
import { ApiError } from '../../../common/api.js';
import { useAuth } from '../../../common/auth.js';
import { LedgerButtons } from '../../../common/list/index.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { educationApi, label, options } from './api.js';
import './messages.js';

const thisYear = dayjs().year();
export const yearOptions = Array.from({ length: thisYear - 2019 }, (_, i) => ({
  value: thisYear - i,
  label: String(thisYear - i),
}));

/** The record form: the session and who of the roster attended (the others invited are absent). */
function RecordDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [form] = Form.useForm();
  const kind = Form.useWatch('kind', form);
  const invited: string[] = Form.useWatch('invited', form) ?? [];
  const roster = useQuery({ queryKey: ['education', 'leaders'], queryFn: educationApi.leaders });
  const save = useMutation({
    mutationFn: (v: Record<string, unknown>) => {
      const invited = (v.invited as string[]) ?? [];
      const present = new Set((v.present as string[]) ?? []);
      return educationApi.recordSession({
        code: v.code,
        kind: v.kind,
        heldOn: (v.heldOn as dayjs.Dayjs).format('YYYY-MM-DD'),
        topic: v.topic,
        speaker: v.speaker || null,
        hours: v.hours,
        attendance: invited.map((id) => ({ leaderId: id, present: present.has(id) })),
      });
    },
    onSuccess: (s) => {
      message.success(t('education.study.saved', { code: s.code }));
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
  const people = (roster.data?.items ?? []).map((l) => ({ value: l.id, label: `${l.name}（${l.post}）` }));
  return (
    <Modal
      open={open}
      title={t('education.study.record')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
      width={640}
      okText={t('education.study.submit')}
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={save.mutate}
        initialValues={{ heldOn: dayjs(), kind: 'standing_meeting', hours: 0.5 }}
        data-testid="session-form"
      >
        <Space wrap>
          <Form.Item name="code" label={t('education.study.code')} rules={[{ required: true }]}>
            <Input maxLength={40} />
          </Form.Item>
          <Form.Item name="kind" label={t('education.study.kind')} rules={[{ required: true }]}>
            <Select style={{ width: 200 }} options={options(SESSION_KINDS, locale)} />
          </Form.Item>
          <Form.Item name="heldOn" label={t('education.study.heldOn')} rules={[{ required: true }]}>
            <DatePicker />
          </Form.Item>
          <Form.Item name="hours" label={t('education.study.hours')} rules={[{ required: true }]}>
            <InputNumber min={0.5} max={24} step={0.5} />
          </Form.Item>
        </Space>
        <Form.Item name="topic" label={t('education.study.topic')} rules={[{ required: true }]}>
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="speaker" label={t('education.study.speaker')}>
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="invited" label={t('education.study.inviteLeaders')} rules={[{ required: true }]}>
          <Select mode="multiple" options={people} optionFilterProp="label" data-testid="invited" />
        </Form.Item>
        <Form.Item name="present" label={t('education.study.present')}>
          <Checkbox.Group
            options={people.filter((p) => invited.includes(p.value))}
            data-testid="present"
          />
        </Form.Item>
        {kind === 'exam' ? (
          <Typography.Text type="secondary">{t('education.study.score')}</Typography.Text>
        ) : null}
      </Form>
    </Modal>
  );
}

/** 领导干部学法: each leader's year and the sessions, with the 台账's import and export. */
export default function StudyPage() {
  const t = useT();
  const { locale } = useLocale();
  const { can } = useAuth();
  const client = useQueryClient();
  const [year, setYear] = useState(thisYear);
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState(false);
  const records = useQuery({
    queryKey: ['education', 'records', year],
    queryFn: () => educationApi.records(year),
  });
  const sessions = useQuery({
    queryKey: ['education', 'sessions', year, page],
    queryFn: () => educationApi.sessions({ year, page, pageSize: 10 }),
  });
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 16 }}>
      <div>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          {t('education.study.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('education.study.subtitle')}</Typography.Text>
      </div>
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
          data-testid="year"
        />
        {can('legal_education.study') ? (
          <Button type="primary" onClick={() => setOpen(true)}>
            {t('education.study.record')}
          </Button>
        ) : null}
        <LedgerButtons
          ledger={{
            path: '/legal-education/sessions',
            importPermission: 'legal_education.study',
            exportPermission: 'legal_education.export',
            labels: {
              import: t('education.pufa.import'),
              template: t('education.pufa.template'),
              export: t('education.pufa.export'),
            },
          }}
          onImported={() => void client.invalidateQueries({ queryKey: ['education'] })}
        />
      </Space>
      <Card size="small" title={t('education.study.leaders')}>
        <Table
          rowKey="leaderId"
          size="small"
          loading={records.isPending}
          dataSource={records.data?.items ?? []}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="leader-records"
          columns={[
            {
              title: t('education.study.name'),
              dataIndex: 'name',
              render: (n: string, r) => (
                <Link to={`/legal-education/study/leaders/${r.leaderId}?year=${year}`}>{n}</Link>
              ),
            },
            { title: t('education.study.post'), dataIndex: 'post' },
            { title: t('education.study.unit'), dataIndex: 'unit', responsive: ['md'] },
            { title: t('education.study.invited'), dataIndex: 'sessions', align: 'right' },
            { title: t('education.study.attended'), dataIndex: 'attended', align: 'right' },
            { title: t('education.study.hours'), dataIndex: 'hours', align: 'right' },
            {
              title: t('education.study.averageScore'),
              dataIndex: 'averageScore',
              align: 'right',
              render: (v: number | null) => v ?? '—',
            },
          ]}
        />
      </Card>
      <Card size="small" title={t('education.study.sessions')}>
        <Table
          rowKey="id"
          size="small"
          loading={sessions.isPending}
          dataSource={sessions.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          data-testid="sessions"
          pagination={{
            current: page,
            pageSize: 10,
            total: sessions.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
          }}
          columns={[
            { title: t('education.study.code'), dataIndex: 'code' },
            { title: t('education.study.heldOn'), dataIndex: 'heldOn' },
            {
              title: t('education.study.kind'),
              dataIndex: 'kind',
              render: (k: string) => label(SESSION_KINDS, k, locale),
            },
            { title: t('education.study.topic'), dataIndex: 'topic' },
            { title: t('education.study.speaker'), dataIndex: 'speaker', responsive: ['lg'] },
            { title: t('education.study.hours'), dataIndex: 'hours', align: 'right' },
            {
              title: t('education.study.attendance'),
              key: 'att',
              align: 'right',
              render: (_: unknown, r) => `${r.present} / ${r.invited}`,
            },
          ]}
        />
      </Card>
      <RecordDialog open={open} onClose={() => setOpen(false)} />
    </div>
  );
}
