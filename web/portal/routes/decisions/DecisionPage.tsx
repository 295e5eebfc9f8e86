import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Select, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useParams } from 'react-router';
import {
  dictLabel,
  DISPOSITIONS,
  type PublicDecisionDetail,
} from '../../../../common/contracts/decisions.js';
import { api } from '../../../common/api.js';
import { fieldErrorsFor } from '../../../common/forms.js';
import { useLocale, useT } from '../../../common/i18n.js';
import './messages.js';

const DISPOSITION_COLOR: Record<string, string> = {
  adopted: 'green',
  partly_adopted: 'gold',
  not_adopted: 'default',
};

/** 提出意见: on the draft as a whole or on one clause; the answer is the commenter's 查询码. */
function CommentForm({ d }: { d: PublicDecisionDetail }) {
  const t = useT();
  const [form] = Form.useForm();
  const [code, setCode] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: (v: Record<string, unknown>) =>
      api.post<{ code: string }>(`/portal/decisions/${d.id}/comments`, v),
    onSuccess: (r) => {
      setCode(r.code);
      form.resetFields();
    },
    onError: (e) => form.setFields(fieldErrorsFor(e, ['clauseId', 'name', 'contact', 'text'])),
  });
  const required = [{ required: true, message: t('portalDecisions.comment.required') }];
  return (
    <Card size="small" title={t('portalDecisions.comment.title')}>
      {code ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={<span data-testid="comment-code">{t('portalDecisions.comment.thanks', { code })}</span>}
        />
      ) : null}
      <Form form={form} layout="vertical" onFinish={(v) => send.mutate(v)} style={{ maxWidth: 640 }}>
        <Form.Item name="clauseId" label={t('portalDecisions.comment.clause')}>
          <Select
            allowClear
            placeholder={t('portalDecisions.comment.whole')}
            options={d.clauses.map((c) => ({ value: c.id, label: c.number }))}
          />
        </Form.Item>
        <Form.Item name="name" label={t('portalDecisions.comment.name')} rules={required}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="contact" label={t('portalDecisions.comment.contact')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="text" label={t('portalDecisions.comment.text')} rules={required}>
          <Input.TextArea rows={4} maxLength={2000} showCount />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={send.isPending}>
          {t('portalDecisions.comment.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/** One decision on the portal: the draft while open for comment (with the form), or the decision and its feedback. */
export default function DecisionPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { locale } = useLocale();
  const detail = useQuery({
    queryKey: ['portal', 'decisions', 'item', id],
    queryFn: () => api.get<PublicDecisionDetail>(`/portal/decisions/${id}`),
    retry: false,
  });
  if (detail.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (detail.error) return <Alert type="warning" showIcon title={t('portalDecisions.none')} />;
  const d = detail.data;
  const published = d.feedback !== null;
  return (
    <Flex vertical gap={12} style={{ maxWidth: 900 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {d.title}
      </Typography.Title>
      <Flex gap={8} wrap>
        <Typography.Text type="secondary">{d.unit}</Typography.Text>
        {d.open && d.daysLeft !== null ? (
          <Tag color={d.daysLeft <= 3 ? 'red' : 'blue'} data-testid="countdown">
            {d.daysLeft === 0
              ? t('portalDecisions.lastDay')
              : t('portalDecisions.daysLeft', { days: d.daysLeft })}
          </Tag>
        ) : null}
        {d.commentClosesOn && !published ? (
          <Typography.Text type="secondary">
            {t('portalDecisions.closesOn', { date: d.commentClosesOn })}
          </Typography.Text>
        ) : null}
        {d.publishedOn ? (
          <Typography.Text type="secondary">
            {t('portalDecisions.publishedOn', { date: d.publishedOn })} {d.documentNumber}
          </Typography.Text>
        ) : null}
      </Flex>
      {d.shorterReason ? (
        <Alert type="info" showIcon title={t('portalDecisions.shorter', { reason: d.shorterReason })} />
      ) : null}
      <Card size="small" title={published ? t('portalDecisions.decision') : t('portalDecisions.draft')}>
        {d.clauses.map((c) => (
          <Typography.Paragraph key={c.id} style={{ whiteSpace: 'pre-wrap' }}>
            <strong>{c.number}</strong> {c.text}
          </Typography.Paragraph>
        ))}
      </Card>
      {d.explanation ? (
        <Card size="small" title={t('portalDecisions.explanation')}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            {d.explanation}
          </Typography.Paragraph>
        </Card>
      ) : null}
      {d.interpretation ? (
        <Card size="small" title={t('portalDecisions.interpretation')}>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
            {d.interpretation}
          </Typography.Paragraph>
        </Card>
      ) : null}
      {d.open ? <CommentForm d={d} /> : null}
      {!d.open && !published ? (
        <Alert type="info" showIcon title={t('portalDecisions.comment.closed')} />
      ) : null}
      {d.feedback ? (
        <Card size="small" title={t('portalDecisions.feedback')} data-testid="feedback-report">
          {d.feedback.length === 0 ? t('portalDecisions.none') : null}
          {d.feedback.map((c) => (
            <div key={c.id} style={{ marginBottom: 12 }}>
              <Flex gap={8} wrap>
                <Tag>{c.clauseNumber ?? t('portalDecisions.wholeDraft')}</Tag>
                <span>{c.author}</span>
                <span>{c.submittedOn}</span>
                {c.disposition ? (
                  <Tag color={DISPOSITION_COLOR[c.disposition]}>
                    {dictLabel(DISPOSITIONS, c.disposition, locale)}
                  </Tag>
                ) : null}
              </Flex>
              <Typography.Paragraph style={{ margin: '4px 0' }}>{c.text}</Typography.Paragraph>
              {c.reason ? <Typography.Text type="secondary">{c.reason}</Typography.Text> : null}
              {c.changedClauses.length ? (
                <div>
                  <Typography.Text type="secondary">
                    {t('portalDecisions.changed', { clauses: c.changedClauses.join('、') })}
                  </Typography.Text>
                </div>
              ) : null}
            </div>
          ))}
        </Card>
      ) : null}
    </Flex>
  );
}
