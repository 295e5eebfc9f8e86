import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Col, DatePicker, Form, Input, Row, Select, Table, Typography, Upload } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useState } from 'react';
import { apiUrl } from '../../../../common/api.js';
import { ErrorAlert } from '../../../../common/components/index.js';
import { formatChinaTime } from '../../../../common/format.js';
import { useT } from '../../../../common/i18n.js';
import { type CaseDetail, type CaseEvidence, casesApi } from './api.js';
import './messages.js';

/** The kinds of evidence of 行政处罚法 第四十六条; the server stores the zh-CN name (as the demo does). */
export const EVIDENCE_TYPES = [
  { code: 'documentary', label: '书证' },
  { code: 'physical', label: '物证' },
  { code: 'audiovisual', label: '视听资料' },
  { code: 'electronic', label: '电子数据' },
  { code: 'witness', label: '证人证言' },
  { code: 'statement', label: '当事人的陈述' },
  { code: 'expert', label: '鉴定意见' },
  { code: 'inspection_record', label: '勘验笔录、现场笔录' },
] as const;

/** The stored name, in English when the UI is (a name outside the list shows as stored). */
function typeLabel(t: ReturnType<typeof useT>, stored: string): string {
  const code = EVIDENCE_TYPES.find((e) => e.label === stored)?.code;
  return code ? t(`enforcementCases.evidence.types.${code}`) : stored;
}

interface UploadValues {
  evidenceType: string;
  description: string;
  collectedOn: Dayjs;
}

function UploadForm({ caseId, onUploaded }: { caseId: string; onUploaded: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<UploadValues>();
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: (v: UploadValues & { file: File }) =>
      casesApi.uploadEvidence(caseId, v.file, {
        evidenceType: v.evidenceType,
        description: v.description.trim(),
        collectedOn: v.collectedOn.format('YYYY-MM-DD'),
      }),
    onSuccess: () => {
      message.success(t('enforcementCases.evidence.uploaded'));
      form.resetFields();
      setFile(null);
      onUploaded();
    },
  });
  const e = (name: string) => t(`enforcementCases.evidence.${name}`);
  return (
    <Form<UploadValues>
      form={form}
      layout="vertical"
      initialValues={{ collectedOn: dayjs(), evidenceType: '书证' }}
      disabled={upload.isPending}
      onFinish={(v) => file && upload.mutate({ ...v, file })}
    >
      <Row gutter={12}>
        <Col xs={24} md={6}>
          <Form.Item name="evidenceType" label={e('type')} rules={[{ required: true }]}>
            <Select options={EVIDENCE_TYPES.map((k) => ({ value: k.label, label: typeLabel(t, k.label) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item
            name="description"
            label={e('description')}
            rules={[
              { required: true, whitespace: true, message: t('enforcementCases.transition.required') },
              { max: 500 },
            ]}
          >
            <Input maxLength={1000} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item name="collectedOn" label={e('collectedOn')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
          </Form.Item>
        </Col>
      </Row>
      {upload.error ? <ErrorAlert error={upload.error} /> : null}
      <Form.Item label={e('file')} required help={file ? undefined : e('fileRequired')}>
        <Upload
          maxCount={1}
          fileList={file ? [{ uid: '1', name: file.name, status: 'done' }] : []}
          beforeUpload={(f) => {
            setFile(f);
            return false;
          }}
          onRemove={() => setFile(null)}
        >
          <Button icon={<PaperClipOutlined />}>{e('file')}</Button>
        </Upload>
      </Form.Item>
      <Button
        type="primary"
        htmlType="submit"
        icon={<UploadOutlined />}
        loading={upload.isPending}
        disabled={!file}
      >
        {e('upload')}
      </Button>
    </Form>
  );
}

/** 证据: each file with its SHA-256 (stored by content hash), a download link, and the upload form. */
export function EvidenceTab({
  c,
  canUpload,
  canDownload,
  onUploaded,
}: {
  c: CaseDetail;
  canUpload: boolean;
  /** The external legal adviser sees what evidence there is, not the files (decision 0024 §3). */
  canDownload: boolean;
  onUploaded: () => void;
}) {
  const t = useT();
  const e = (name: string) => t(`enforcementCases.evidence.${name}`);
  return (
    <>
      <Typography.Paragraph type="secondary">{e('hashHint')}</Typography.Paragraph>
      <Table<CaseEvidence>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={c.evidence ?? []}
        locale={{ emptyText: e('empty') }}
        scroll={{ x: 900 }}
        columns={[
          { title: e('type'), dataIndex: 'evidenceType', width: 110, render: (v: string) => typeLabel(t, v) },
          { title: e('description'), dataIndex: 'description' },
          { title: e('collectedOn'), dataIndex: 'collectedOn', width: 110 },
          {
            title: e('file'),
            dataIndex: 'fileName',
            width: 200,
            render: (name: string, r) =>
              canDownload ? (
                <a href={apiUrl(`/enforcement/cases/${c.id}/evidence/${r.id}/file`)} download={name}>
                  {name}
                </a>
              ) : (
                <Typography.Text title={e('noDownload')}>{name}</Typography.Text>
              ),
          },
          {
            title: e('sha256'),
            dataIndex: 'sha256',
            width: 200,
            render: (h: string) => (
              <Typography.Text code copyable={{ text: h }} style={{ fontSize: 11 }} title={h}>
                {`${h.slice(0, 16)}…`}
              </Typography.Text>
            ),
          },
          {
            title: e('uploadedAt'),
            dataIndex: 'uploadedAt',
            width: 140,
            render: (v?: string) => (v ? formatChinaTime(v) : '—'),
          },
        ]}
      />
      {canUpload ? (
        <div style={{ marginTop: 16 }}>
          <UploadForm caseId={c.id} onUploaded={onUploaded} />
        </div>
      ) : null}
    </>
  );
}
