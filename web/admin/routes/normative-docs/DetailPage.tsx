import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Checkbox,
  Descriptions,
  Empty,
  Flex,
  InputNumber,
  Select,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  DOC_STATES,
  type DocDetail,
  FILING_RECIPIENTS,
  FILING_RESULTS,
  ISSUER_LEVELS,
  LAW_STATUSES,
  REVIEW_CONCLUSIONS,
  REVIEW_POINTS,
} from '../../../../common/contracts/normative-docs.js';
import { ActionButtons, ErrorAlert, PageHeader } from '../../../common/components/index.js';
import type { ProcedureAction } from '../../../common/components/ActionButtons.js';
import { useLocale, useT } from '../../../common/i18n.js';
import {
  type BoundProps,
  ClockTag,
  type FieldSpec,
  StepTimeline,
  TransitionDialog,
} from '../../../common/procedure/index.js';
import { useSaveErrorHandler } from '../../../common/version-conflict.js';
import { docsApi } from './api.js';
import { dictLabel, dictOptions, STATE_COLOR } from './labels.js';
import { INITIAL_VALUES, STEP_FIELDS, toBody } from './transition-forms.js';
import './messages.js';

const WIDE = new Set(['review', 'publish']);

function ReviewsCard({ doc }: { doc: DocDetail }) {
  const t = useT();
  const { locale } = useLocale();
  if (doc.reviews.length === 0) return <Empty description={t('normativeDocs.none')} />;
  return (
    <Flex vertical gap={12}>
      {doc.reviews.map((r) => {
        const failed = REVIEW_POINTS.filter((p) => r.checklist && r.checklist[p.code] === false);
        return (
          <div key={r.round} data-testid={`review-${r.round}`}>
            <Flex gap={8} wrap align="center">
              <strong>{t('normativeDocs.detail.round', { round: r.round })}</strong>
              <span>{t('normativeDocs.detail.submitted', { date: r.submittedOn, due: r.dueOn })}</span>
              {r.conclusion ? (
                <Tag
                  color={r.conclusion === 'lawful' ? 'green' : r.conclusion === 'amend' ? 'orange' : 'red'}
                >
                  {dictLabel(REVIEW_CONCLUSIONS, r.conclusion, locale)}
                </Tag>
              ) : null}
              {r.opinionNumber ? <span>{r.opinionNumber}</span> : null}
              {r.reviewer ? <span>{r.reviewer}</span> : null}
              {r.response ? <Tag>{t(`normativeDocs.detail.responses.${r.response}`)}</Tag> : null}
            </Flex>
            {r.checklist ? (
              <Typography.Text type={failed.length ? 'warning' : 'secondary'}>
                {failed.length
                  ? t('normativeDocs.detail.failed', {
                      points: failed.map((p) => (locale === 'en-US' ? p.en : p.label)).join('；'),
                    })
                  : t('normativeDocs.detail.lawful')}
              </Typography.Text>
            ) : null}
            {r.opinion ? (
              <Typography.Paragraph style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>
                {r.opinion}
              </Typography.Paragraph>
            ) : null}
            {r.explanation ? <Typography.Text type="secondary">{r.explanation}</Typography.Text> : null}
          </div>
        );
      })}
    </Flex>
  );
}

/** One document: its procedure so far, the review rounds, filings, basis, text and 解读, clocks, history, next steps. */
export default function DetailPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<ProcedureAction | null>(null);
  const detail = useQuery({ queryKey: ['normative-docs', 'doc', id], queryFn: () => docsApi.get(id) });
  const saveFailed = useSaveErrorHandler();
  const fire = useMutation({
    mutationFn: ({ key, body }: { key: string; body: Record<string, unknown> }) =>
      docsApi.transition(id, key, body, detail.data?.version),
    onSuccess: (doc, { key }) => {
      queryClient.setQueryData(['normative-docs', 'doc', id], doc);
      void queryClient.invalidateQueries({ queryKey: ['normative-docs', 'docs'] });
      message.success(t('normativeDocs.done', { action: pending?.label ?? key }));
      setPending(null);
    },
    onError: (e) => saveFailed(e, () => detail.refetch()),
  });
  if (detail.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (detail.error) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const doc = detail.data;
  const recipients = FILING_RECIPIENTS.filter((r) =>
    doc.issuerLevel === 'government'
      ? r.code !== 'same_level_government'
      : r.code === 'same_level_government',
  );
  const renderControl = (spec: FieldSpec, bound: BoundProps) => {
    const select = (options: { value: string; label: string }[], more: object = {}) => (
      <Select options={options} showSearch optionFilterProp="label" {...more} {...bound} />
    );
    if (spec.kind === 'conclusion') return select(dictOptions(REVIEW_CONCLUSIONS, locale));
    if (spec.kind === 'response')
      return select(
        ['adopted', 'explained'].map((r) => ({ value: r, label: t(`normativeDocs.responses.${r}`) })),
      );
    if (spec.kind === 'recipients') return select(dictOptions(recipients, locale), { mode: 'multiple' });
    if (spec.kind === 'recipient')
      return select(
        dictOptions(
          FILING_RECIPIENTS.filter((r) =>
            doc.filings.some((f) => f.recipient === r.code && f.result === 'pending'),
          ),
          locale,
        ),
      );
    if (spec.kind === 'filingResult') return select(dictOptions(FILING_RESULTS.slice(1), locale));
    if (spec.kind === 'years')
      return <InputNumber min={1} max={5} precision={0} style={{ width: 120 }} {...bound} />;
    if (spec.kind === 'checklist')
      return (
        <Checkbox.Group
          style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
          options={REVIEW_POINTS.map((p) => ({ value: p.code, label: locale === 'en-US' ? p.en : p.label }))}
          {...bound}
        />
      );
    return undefined;
  };
  const key = pending?.key ?? '';
  return (
    <>
      <PageHeader
        title={doc.title}
        subTitle={
          <Flex gap={8} wrap>
            <span>
              {doc.issuerLevel === 'government'
                ? dictLabel(ISSUER_LEVELS, 'government', locale)
                : doc.issuer.name}
            </span>
            {doc.documentNumber ? <span data-testid="document-number">{doc.documentNumber}</span> : null}
            {doc.registrationNumber ? (
              <Tag color="blue" data-testid="registration-number">
                {doc.registrationNumber}
              </Tag>
            ) : null}
            <Tag color={STATE_COLOR[doc.state]} data-testid="doc-state">
              {dictLabel(DOC_STATES, doc.state, locale)}
            </Tag>
            {doc.overdue ? <Tag color="red">{t('normativeDocs.overdue')}</Tag> : null}
            {doc.needsRevision ? <Tag color="orange">{t('normativeDocs.needsRevision')}</Tag> : null}
          </Flex>
        }
        extra={
          <Link to="/normative-docs">
            <Button>{t('normativeDocs.back')}</Button>
          </Link>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <ActionButtons
          actions={doc.actions}
          onAction={(k) => setPending(doc.actions.find((a) => a.key === k) ?? null)}
          pendingKey={fire.isPending ? key : null}
        />
      </Card>
      <Flex gap={16} align="flex-start" wrap>
        <Flex vertical gap={16} style={{ flex: '2 1 560px', minWidth: 0 }}>
          <Card title={t('normativeDocs.detail.procedure')} size="small">
            <Descriptions column={2} size="small" bordered>
              <Descriptions.Item label={t('normativeDocs.fields.draftingUnit')}>
                {doc.draftingUnit}
              </Descriptions.Item>
              <Descriptions.Item label={t('normativeDocs.fields.draftedOn')}>
                {doc.draftedOn}
              </Descriptions.Item>
              {doc.evaluationNote ? (
                <Descriptions.Item label={t('normativeDocs.fields.note')} span={2}>
                  {doc.evaluationNote}
                </Descriptions.Item>
              ) : null}
              {doc.commentFrom ? (
                <Descriptions.Item label={t('normativeDocs.fields.channel')} span={2}>
                  {t('normativeDocs.detail.comment', {
                    from: doc.commentFrom,
                    until: doc.commentUntil ?? '',
                    channel: doc.commentChannel ?? '',
                  })}
                  {doc.commentSummary ? ` · ${doc.commentSummary}` : ''}
                </Descriptions.Item>
              ) : null}
              {doc.noCommentReason ? (
                <Descriptions.Item label={t('normativeDocs.fields.noCommentReason')} span={2}>
                  {doc.noCommentReason}
                </Descriptions.Item>
              ) : null}
              {doc.meeting ? (
                <Descriptions.Item label={t('normativeDocs.fields.meeting')} span={2}>
                  {t('normativeDocs.detail.meeting', { date: doc.meetingOn ?? '', meeting: doc.meeting })}
                </Descriptions.Item>
              ) : null}
              {doc.issuedOn ? (
                <Descriptions.Item
                  label={t('normativeDocs.fields.signer')}
                >{`${doc.signer ?? ''} · ${doc.issuedOn}`}</Descriptions.Item>
              ) : null}
              {doc.publishedOn ? (
                <Descriptions.Item
                  label={t('normativeDocs.fields.carrier')}
                >{`${doc.publishedOn} · ${doc.carrier ?? ''}`}</Descriptions.Item>
              ) : null}
              {doc.effectiveOn ? (
                <Descriptions.Item label={t('normativeDocs.fields.effectiveOn')}>
                  {doc.effectiveOn}
                </Descriptions.Item>
              ) : null}
              {doc.validUntil ? (
                <Descriptions.Item label={t('normativeDocs.columns.validUntil')}>
                  {doc.validUntil}
                </Descriptions.Item>
              ) : null}
              {doc.endedOn ? (
                <Descriptions.Item label={t('normativeDocs.fields.reason')} span={2}>
                  {t('normativeDocs.detail.ended', { date: doc.endedOn, reason: doc.endReason ?? '' })}
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
          <Card title={t('normativeDocs.detail.reviews')} size="small">
            <ReviewsCard doc={doc} />
          </Card>
          {doc.filings.length ? (
            <Card title={t('normativeDocs.detail.filings')} size="small">
              {doc.filings.map((f) => (
                <div key={f.recipient}>
                  <strong>{dictLabel(FILING_RECIPIENTS, f.recipient, locale)}</strong> · {f.filedOn}{' '}
                  <Tag color={f.onTime ? 'green' : 'red'}>
                    {t(f.onTime ? 'normativeDocs.detail.onTime' : 'normativeDocs.detail.late')}
                  </Tag>
                  <Tag>{dictLabel(FILING_RESULTS, f.result, locale)}</Tag>
                  {f.note ?? ''}
                </div>
              ))}
            </Card>
          ) : null}
          <Card title={t('normativeDocs.detail.text')} size="small">
            {doc.body ? (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{doc.body}</Typography.Paragraph>
            ) : (
              <Empty description={t('normativeDocs.none')} />
            )}
            {doc.interpretation ? (
              <Typography.Paragraph type="secondary" style={{ whiteSpace: 'pre-wrap' }}>
                {doc.interpretation}
              </Typography.Paragraph>
            ) : null}
          </Card>
        </Flex>
        <Flex vertical gap={16} style={{ flex: '1 1 300px', minWidth: 0 }}>
          <Card title={t('normativeDocs.detail.clocks')} size="small">
            {doc.clocks.length === 0 ? (
              <Empty description={t('normativeDocs.none')} />
            ) : (
              doc.clocks.map((c) => (
                <div key={`${c.key}-${c.startedOn}`} style={{ marginBottom: 6 }}>
                  <ClockTag
                    urgency={c.urgency}
                    status={c.status}
                    dueOn={c.dueOn}
                    explanation={c.explanation}
                  />
                </div>
              ))
            )}
          </Card>
          <Card title={t('normativeDocs.detail.citations')} size="small">
            {doc.citations.length === 0 ? (
              <Empty description={t('normativeDocs.none')} />
            ) : (
              doc.citations.map((c) => (
                <div key={c.lawId}>
                  《{c.lawTitle}》{c.article ?? ''}{' '}
                  {c.lawStatus !== 'in_force' ? (
                    <Tag color="orange">{dictLabel(LAW_STATUSES, c.lawStatus, locale)}</Tag>
                  ) : null}
                </div>
              ))
            )}
          </Card>
          <Card title={t('normativeDocs.detail.history')} size="small">
            <StepTimeline steps={doc.history} />
          </Card>
        </Flex>
      </Flex>
      <TransitionDialog
        action={pending}
        specs={STEP_FIELDS[key] ?? []}
        ns="normativeDocs"
        initialValues={INITIAL_VALUES}
        width={WIDE.has(key) ? 720 : 520}
        busy={fire.isPending}
        error={fire.error}
        onCancel={() => setPending(null)}
        onSubmit={(values) => pending && fire.mutate({ key: pending.key, body: toBody(values) })}
        renderControl={renderControl}
      />
    </>
  );
}
