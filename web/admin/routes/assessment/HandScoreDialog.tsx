import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import {
  EVIDENCE_KINDS,
  type HandScoreBody,
  type IndicatorNode,
} from '../../../../common/contracts/assessment.js';
import { ApiError } from '../../../common/api.js';
import { useT } from '../../../common/i18n.js';
import { assessmentApi } from './api.js';

/** Scores a hand-scored indicator: the score, the reasoning and at least one piece of evidence (typed link). */
export function HandScoreDialog({
  indicator,
  version,
  year,
  onClose,
}: {
  indicator: IndicatorNode;
  version: string;
  year: number;
  onClose: () => void;
}) {
  const t = useT();
  const { message } = App.useApp();
  const queries = useQueryClient();
  const [form] = Form.useForm<HandScoreBody>();
  const [saving, setSaving] = useState(false);
  const hand = indicator.handScore;
  const save = async () => {
    const body = await form.validateFields();
    setSaving(true);
    try {
      await assessmentApi.handScore(version, indicator.code, year, body, hand?.version ?? 0);
      message.success(t('assessment.saved'));
      await queries.invalidateQueries({ queryKey: ['assessment'] });
      onClose();
    } catch (e) {
      if (e instanceof ApiError && e.fields.length)
        form.setFields(
          e.fields.map((f) => ({
            name: f.path.replace(/^body\./, '').split('.')[0] as 'score' | 'note' | 'evidence',
            errors: [f.message],
          })),
        );
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Modal
      open
      title={t('assessment.handScoreTitle', { code: indicator.code, name: indicator.name })}
      okText={t('assessment.save')}
      confirmLoading={saving}
      onOk={() => void save()}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      <Form<HandScoreBody>
        form={form}
        layout="vertical"
        initialValues={{
          score: hand?.score,
          note: hand?.note,
          evidence: hand?.evidence ?? [{ kind: 'document', ref: '', label: '' }],
        }}
      >
        <Form.Item
          name="score"
          label={t('assessment.fields.score', { weight: indicator.weight })}
          rules={[{ required: true }]}
        >
          <InputNumber min={0} max={indicator.weight} step={0.5} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="note" label={t('assessment.fields.note')} rules={[{ required: true }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item label={t('assessment.fields.evidence')} required>
          <Form.List name="evidence">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Space key={field.key} align="start" wrap style={{ display: 'flex', marginBottom: 8 }}>
                    <Form.Item name={[field.name, 'kind']} rules={[{ required: true }]} noStyle>
                      <Select
                        aria-label={t('assessment.fields.kind')}
                        style={{ width: 140 }}
                        options={EVIDENCE_KINDS.map((k) => ({
                          value: k,
                          label: t(`assessment.evidenceKind.${k}`),
                        }))}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'ref']} rules={[{ required: true }]} noStyle>
                      <Input
                        placeholder={t('assessment.fields.ref')}
                        aria-label={t('assessment.fields.ref')}
                        style={{ width: 200 }}
                      />
                    </Form.Item>
                    <Form.Item name={[field.name, 'label']} rules={[{ required: true }]} noStyle>
                      <Input
                        placeholder={t('assessment.fields.label')}
                        aria-label={t('assessment.fields.label')}
                        style={{ width: 220 }}
                      />
                    </Form.Item>
                    {fields.length > 1 ? <MinusCircleOutlined onClick={() => remove(field.name)} /> : null}
                  </Space>
                ))}
                <Button
                  type="dashed"
                  icon={<PlusOutlined />}
                  onClick={() => add({ kind: 'document', ref: '', label: '' })}
                >
                  {t('assessment.fields.addEvidence')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
      </Form>
    </Modal>
  );
}
