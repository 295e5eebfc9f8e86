import { useMutation } from '@tanstack/react-query';
import { Button, Empty, Flex, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import type { LawsuitDetail } from '../../../../common/contracts/litigation.js';
import { useAuth } from '../../../common/auth.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { toBody } from '../../../common/forms.js';
import { useT } from '../../../common/i18n.js';
import { lawsuitsApi } from './api.js';

type Dialog = { kind: 'add' } | { kind: 'reply'; suggestionId: string } | null;

/** Judicial suggestions (司法建议) on the case, and the organ's written replies. */
export function Suggestions({ l, onChange }: { l: LawsuitDetail; onChange: (next: LawsuitDetail) => void }) {
  const t = useT();
  const { can } = useAuth();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [form] = Form.useForm();
  const save = useMutation({
    mutationFn: (values: Record<string, unknown>) => {
      const body = toBody(values);
      return dialog?.kind === 'reply'
        ? lawsuitsApi.reply(l.id, dialog.suggestionId, body)
        : lawsuitsApi.addSuggestion(l.id, body);
    },
    onSuccess: (next) => {
      onChange(next);
      setDialog(null);
    },
  });
  const d = (k: string, vars?: Record<string, string>) => t(`litigation.detail.${k}`, vars);
  const f = (k: string) => t(`litigation.transition.fields.${k}`);
  const today = new Date().toISOString().slice(0, 10);
  const handle = can('litigation.handle');
  return (
    <>
      {l.suggestions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={d('noSuggestions')} />
      ) : (
        <Flex vertical gap={8}>
          {l.suggestions.map((s) => (
            <div key={s.id}>
              <strong>{s.receivedOn}</strong> {s.content}
              <div style={{ color: '#595959' }}>
                {s.repliedOn ? (
                  `${d('replied', { date: s.repliedOn })}：${s.reply}`
                ) : handle ? (
                  <Button size="small" onClick={() => setDialog({ kind: 'reply', suggestionId: s.id })}>
                    {d('reply')}
                  </Button>
                ) : null}
              </div>
            </div>
          ))}
        </Flex>
      )}
      {handle ? (
        <Button size="small" style={{ marginTop: 8 }} onClick={() => setDialog({ kind: 'add' })}>
          {d('addSuggestion')}
        </Button>
      ) : null}
      <Modal
        open={dialog !== null}
        title={dialog?.kind === 'reply' ? d('reply') : d('addSuggestion')}
        onCancel={() => setDialog(null)}
        onOk={() => void form.validateFields().then((v) => save.mutate(v))}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        {save.error ? <ErrorAlert error={save.error} /> : null}
        <Form form={form} layout="vertical" preserve={false}>
          {dialog?.kind === 'reply' ? (
            <>
              <Form.Item
                name="repliedOn"
                label={f('repliedOn')}
                initialValue={today}
                rules={[{ required: true }]}
              >
                <Input type="date" />
              </Form.Item>
              <Form.Item name="reply" label={f('reply')} rules={[{ required: true }]}>
                <Input.TextArea rows={4} maxLength={2000} />
              </Form.Item>
            </>
          ) : (
            <>
              <Form.Item
                name="receivedOn"
                label={f('receivedOn')}
                initialValue={today}
                rules={[{ required: true }]}
              >
                <Input type="date" />
              </Form.Item>
              <Form.Item name="content" label={f('content')} rules={[{ required: true }]}>
                <Input.TextArea rows={4} maxLength={2000} />
              </Form.Item>
            </>
          )}
        </Form>
      </Modal>
    </>
  );
}
