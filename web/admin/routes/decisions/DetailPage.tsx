import { CheckCircleTwoTone, DownloadOutlined, MinusCircleOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Select,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  type CommentOut,
  DECISION_CATEGORIES,
  DECISION_STATES,
  type DecisionDetail,
  dictLabel,
  dictOptions,
  DISPOSITIONS,
  LAUNCH_SOURCES,
  MATERIAL_KINDS,
  REVIEW_CONCLUSIONS,
} from '../../../../common/contracts/decisions.js';
import { api } from '../../../common/api.js';
import { ActionButtons, ErrorAlert, PageHeader } from '../../../common/components/index.js';
import type { ProcedureAction } from '../../../common/components/ActionButtons.js';
import { fieldErrorsFor } from '../../../common/forms.js';
import { useLocale, useT } from '../../../common/i18n.js';
import {
  type BoundProps,
  ClockTag,
  type FieldSpec,
  StepTimeline,
  TransitionDialog,
} from '../../../common/procedure/index.js';
import { useSaveErrorHandler } from '../../../common/version-conflict.js';
import { decisionsApi } from './api.js';
import { STATE_COLOR } from './labels.js';
import { draftValues, INITIAL_VALUES, STEP_FIELDS, toBody } from './transition-forms.js';
import './messages.js';

const WIDE = new Set(['draft', 'revise', 'decide', 'expert', 'hearing', 'risk']);

const DISPOSITION_COLOR: Record<string, string> = {
  adopted: 'green',
  partly_adopted: 'gold',
  not_adopted: 'default',
};

/** 采纳反馈: one comment's disposition, its reason and the clause changes it caused. */
function DisposeDialog(props: {
  item: DecisionDetail;
  comment: CommentOut | null;
  onClose: () => void;
  onDone: (d: DecisionDetail) => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const [form] = Form.useForm();
  const disposition = Form.useWatch('disposition', form);
  const save = useMutation({
    mutationFn: (v: { disposition: string; reason: string; clauseId?: string; text?: string }) =>
      decisionsApi.transition(
        props.item.id,
        'dispose',
        {
          commentId: props.comment!.id,
          disposition: v.disposition,
          reason: v.reason,
          changes:
            v.disposition === 'not_adopted' || !v.clauseId ? [] : [{ clauseId: v.clauseId, text: v.text }],
        },
        props.item.version,
      ),
    onSuccess: (d) => {
      props.onDone(d);
      props.onClose();
    },
    onError: (e) => form.setFields(fieldErrorsFor(e, ['disposition', 'reason', 'changes', 'commentId'])),
  });
  const clause = props.item.clauses.find((c) => c.id === props.comment?.clauseId);
  return (
    <Modal
      open={props.comment !== null}
      title={t('decisions.detail.dispose')}
      onCancel={props.onClose}
      confirmLoading={save.isPending}
      onOk={() => void form.validateFields().then(save.mutate)}
      width={640}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{props.comment?.text}</Typography.Paragraph>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ disposition: 'adopted', clauseId: clause?.id, text: clause?.text }}
      >
        <Form.Item name="disposition" label={t('decisions.fields.disposition')} rules={[{ required: true }]}>
          <Select options={dictOptions(DISPOSITIONS, locale)} />
        </Form.Item>
        <Form.Item
          name="reason"
          label={t('decisions.fields.reason')}
          rules={[{ required: true, message: t('decisions.required') }]}
        >
          <Input.TextArea rows={3} maxLength={1000} />
        </Form.Item>
        {disposition !== 'not_adopted' ? (
          <>
            <Form.Item
              name="clauseId"
              label={t('decisions.fields.changes')}
              rules={[{ required: true, message: t('decisions.required') }]}
            >
              <Select
                options={props.item.clauses.map((c) => ({ value: c.id, label: c.number }))}
                onChange={(id) =>
                  form.setFieldValue('text', props.item.clauses.find((c) => c.id === id)?.text)
                }
              />
            </Form.Item>
            <Form.Item name="text" rules={[{ required: true, message: t('decisions.required') }]}>
              <Input.TextArea rows={3} maxLength={4000} />
            </Form.Item>
          </>
        ) : null}
      </Form>
    </Modal>
  );
}

/** 交法律顾问审查: the review office picks the advisers; legal-affairs opens the matter. */
function AssignReviewDialog(props: {
  item: DecisionDetail;
  open: boolean;
  onClose: () => void;
  onDone: (d: DecisionDetail) => void;
}) {
  const t = useT();
  const [form] = Form.useForm();
  const advisers = useQuery({
    queryKey: ['decisions', 'advisers'],
    queryFn: () => decisionsApi.advisers(new Date().getFullYear()),
    enabled: props.open,
  });
  const save = useMutation({
    mutationFn: (v: { adviserIds: string[] }) => decisionsApi.assignReview(props.item.id, v.adviserIds),
    onSuccess: (d) => {
      props.onDone(d);
      props.onClose();
    },
    onError: (e) => form.setFields(fieldErrorsFor(e, ['adviserIds'])),
  });
  return (
    <Modal
      open={props.open}
      title={t('decisions.detail.assignReview')}
      onCancel={props.onClose}
      confirmLoading={save.isPending}
      onOk={() => void form.validateFields().then(save.mutate)}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item
          name="adviserIds"
          label={t('decisions.fields.adviserIds')}
          rules={[{ required: true, message: t('decisions.required') }]}
        >
          <Select
            mode="multiple"
            options={(advisers.data ?? [])
              .filter((a) => a.status === 'active')
              .map((a) => ({ value: a.id, label: a.name }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function CommentsCard({ item, onDispose }: { item: DecisionDetail; onDispose: (c: CommentOut) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const action = item.actions.find((a) => a.key === 'dispose');
  if (item.comments.length === 0) return <Empty description={t('decisions.detail.none')} />;
  return (
    <Flex vertical gap={12}>
      {item.comments.map((c) => (
        <div key={c.id} data-testid="decision-comment">
          <Space wrap>
            <Tag>{c.clauseNumber ?? t('decisions.detail.wholeDraft')}</Tag>
            <strong>{c.author}</strong>
            <span>{c.submittedOn}</span>
            {c.disposition ? (
              <Tag color={DISPOSITION_COLOR[c.disposition]}>
                {dictLabel(DISPOSITIONS, c.disposition, locale)}
              </Tag>
            ) : action ? (
              <Button
                size="small"
                disabled={!action.allowed}
                title={action.reason?.message}
                onClick={() => onDispose(c)}
              >
                {t('decisions.detail.dispose')}
              </Button>
            ) : null}
          </Space>
          <Typography.Paragraph style={{ margin: '4px 0', whiteSpace: 'pre-wrap' }}>
            {c.text}
          </Typography.Paragraph>
          {c.reason ? <Typography.Text type="secondary">{c.reason}</Typography.Text> : null}
          {c.changedClauses.length ? (
            <div>
              <Typography.Text type="secondary">
                {t('decisions.detail.changed', { clauses: c.changedClauses.join('、') })}
              </Typography.Text>
            </div>
          ) : null}
        </div>
      ))}
    </Flex>
  );
}

function MaterialsCard({ item }: { item: DecisionDetail }) {
  const t = useT();
  const { locale } = useLocale();
  if (item.materials.length === 0) return <Empty description={t('decisions.detail.none')} />;
  const summary = (data: Record<string, unknown>) =>
    Object.entries(data)
      .filter(([k, v]) => k !== 'on' && typeof v === 'string')
      .map(([k, v]) =>
        k === 'level' || k === 'trigger' ? t(`decisions.options.${k}.${String(v)}`) : String(v),
      )
      .join(' · ');
  return (
    <Flex vertical gap={8}>
      {item.materials.map((m) => (
        <div key={m.id}>
          <Tag color="blue">{dictLabel(MATERIAL_KINDS, m.kind, locale)}</Tag> {m.on}
          <div style={{ whiteSpace: 'pre-wrap' }}>{summary(m.data)}</div>
          {m.kind === 'expert'
            ? (m.data.experts as { name: string; field: string; opinion: string; dissent: boolean }[]).map(
                (e) => (
                  <div key={e.name} style={{ marginLeft: 12 }}>
                    {e.name}（{e.field}）：{e.opinion} {e.dissent ? <Tag color="red">异议</Tag> : null}
                  </div>
                ),
              )
            : null}
        </div>
      ))}
    </Flex>
  );
}

/** One decision: its draft, comments and their feedback, materials, review, meeting, clocks and next steps. */
export default function DetailPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<ProcedureAction | null>(null);
  const [disposing, setDisposing] = useState<CommentOut | null>(null);
  const [assigning, setAssigning] = useState(false);
  const detail = useQuery({ queryKey: ['decisions', 'item', id], queryFn: () => decisionsApi.get(id) });
  const saveFailed = useSaveErrorHandler();
  const update = (item: DecisionDetail) => {
    queryClient.setQueryData(['decisions', 'item', id], item);
    void queryClient.invalidateQueries({ queryKey: ['decisions', 'items'] });
  };
  const fire = useMutation({
    mutationFn: ({ key, body }: { key: string; body: Record<string, unknown> }) =>
      decisionsApi.transition(id, key, body, detail.data?.version),
    onSuccess: (item, { key }) => {
      update(item);
      message.success(t('decisions.done', { action: pending?.label ?? key }));
      setPending(null);
    },
    onError: (e) => saveFailed(e, () => detail.refetch()),
  });
  const archive = useMutation({ mutationFn: () => api.download(`/decisions/items/${id}/archive.zip`) });
  if (detail.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (detail.error) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const item = detail.data;
  const options = (name: string, codes: string[]) =>
    codes.map((c) => ({ value: c, label: t(`decisions.options.${name}.${c}`) }));
  const renderControl = (spec: FieldSpec, bound: BoundProps) => {
    const select = (opts: { value: string; label: string }[]) => <Select options={opts} {...bound} />;
    if (spec.kind === 'conclusion') return select(dictOptions(REVIEW_CONCLUSIONS, locale));
    if (spec.kind === 'level') return select(options('level', ['low', 'medium', 'high']));
    if (spec.kind === 'majorityView')
      return select(options('majorityView', ['approve', 'reject', 'divided']));
    if (spec.kind === 'outcome') return select(options('outcome', ['approved', 'approved_amended']));
    if (spec.kind === 'trigger')
      return select(options('trigger', ['missed_effect', 'complaints', 'necessary']));
    return undefined;
  };
  const key = pending?.key ?? '';
  const initial =
    key === 'revise' || key === 'draft' ? { ...INITIAL_VALUES, ...draftValues(item) } : INITIAL_VALUES;
  const meeting = item.meeting as null | {
    meeting: string;
    minutes: string;
    headSpokeLast: boolean;
    majorityView: string;
    outcome: string;
    dissent: { name: string; view: string }[];
    departureReason: string | null;
  };
  return (
    <>
      <PageHeader
        title={item.title}
        subTitle={
          <Flex gap={8} wrap>
            <span>{item.number}</span>
            <span>{item.unit.name}</span>
            <Tag color={STATE_COLOR[item.state]}>{dictLabel(DECISION_STATES, item.state, locale)}</Tag>
          </Flex>
        }
        extra={
          <Space>
            <Button icon={<DownloadOutlined />} loading={archive.isPending} onClick={() => archive.mutate()}>
              {t('decisions.detail.archive')}
            </Button>
            <Link to="/decisions">
              <Button>{t('decisions.detail.back')}</Button>
            </Link>
          </Space>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <ActionButtons
          actions={item.actions.filter((a) => a.key !== 'dispose')}
          hideForbidden
          onAction={(k) =>
            k === 'assign_review'
              ? setAssigning(true)
              : setPending(item.actions.find((a) => a.key === k) ?? null)
          }
          pendingKey={fire.isPending ? key : null}
        />
      </Card>
      <Flex gap={16} align="flex-start" wrap>
        <Flex vertical gap={16} style={{ flex: '2 1 560px', minWidth: 0 }}>
          <Card title={t('decisions.detail.basic')} size="small">
            <Descriptions column={2} size="small" bordered>
              <Descriptions.Item label={t('decisions.fields.category')}>
                {dictLabel(DECISION_CATEGORIES, item.category, locale)}
              </Descriptions.Item>
              <Descriptions.Item label={t('decisions.detail.source')}>
                {dictLabel(LAUNCH_SOURCES, item.source, locale)}
                {item.sourceText ? ` · ${item.sourceText}` : ''}
              </Descriptions.Item>
              <Descriptions.Item label={t('decisions.fields.launchedOn')}>
                {item.launchedOn}
              </Descriptions.Item>
              <Descriptions.Item label={t('decisions.columns.closes')}>
                {item.commentOpensOn ? `${item.commentOpensOn} — ${item.commentClosesOn}` : '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('decisions.detail.laws')} span={2}>
                {item.laws.length ? item.laws.map((l) => `《${l.title}》${l.article ?? ''}`).join('；') : '—'}
              </Descriptions.Item>
              {item.explanation ? (
                <Descriptions.Item label={t('decisions.fields.explanation')} span={2}>
                  <span style={{ whiteSpace: 'pre-wrap' }}>{item.explanation}</span>
                </Descriptions.Item>
              ) : null}
              {item.costBenefit ? (
                <Descriptions.Item label={t('decisions.fields.costBenefit')} span={2}>
                  {item.costBenefit}
                </Descriptions.Item>
              ) : null}
              {item.statusReason ? (
                <Descriptions.Item label={t('decisions.detail.statusReason')} span={2}>
                  {item.statusReason}
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
          <Card title={t('decisions.detail.draft')} size="small">
            {item.clauses.length === 0 ? (
              <Empty description={t('decisions.detail.none')} />
            ) : (
              item.clauses.map((c) => (
                <div key={c.id} style={{ marginBottom: 8 }}>
                  <strong>{c.number}</strong> <span style={{ whiteSpace: 'pre-wrap' }}>{c.text}</span>
                  {c.text !== c.originalText ? (
                    <div>
                      <Typography.Text type="secondary" delete>
                        {t('decisions.detail.original')}：{c.originalText}
                      </Typography.Text>
                    </div>
                  ) : null}
                </div>
              ))
            )}
          </Card>
          <Card title={t('decisions.detail.comments', { count: item.commentCount })} size="small">
            <CommentsCard item={item} onDispose={setDisposing} />
          </Card>
          <Card title={t('decisions.detail.materials')} size="small">
            <MaterialsCard item={item} />
          </Card>
          {meeting ? (
            <Card title={t('decisions.detail.meeting')} size="small">
              <Descriptions column={1} size="small">
                <Descriptions.Item label={t('decisions.fields.meeting')}>
                  {meeting.meeting} · {item.decidedOn}
                </Descriptions.Item>
                <Descriptions.Item label={t('decisions.fields.minutes')}>{meeting.minutes}</Descriptions.Item>
                <Descriptions.Item label={t('decisions.fields.outcome')}>
                  {t(`decisions.options.outcome.${meeting.outcome}`)}
                  {meeting.headSpokeLast ? (
                    <Tag style={{ marginLeft: 8 }}>{t('decisions.detail.headLast')}</Tag>
                  ) : null}
                </Descriptions.Item>
                <Descriptions.Item label={t('decisions.fields.majorityView')}>
                  {t(`decisions.options.majorityView.${meeting.majorityView}`)}
                </Descriptions.Item>
                {meeting.dissent.length ? (
                  <Descriptions.Item label={t('decisions.detail.dissent')}>
                    {meeting.dissent.map((x) => t('decisions.detail.dissentBy', x)).join('；')}
                  </Descriptions.Item>
                ) : null}
                {meeting.departureReason ? (
                  <Descriptions.Item label={t('decisions.fields.departureReason')}>
                    {meeting.departureReason}
                  </Descriptions.Item>
                ) : null}
              </Descriptions>
              {item.partyReportedOn ? (
                <div>{t('decisions.detail.partyReported', { date: item.partyReportedOn })}</div>
              ) : null}
              {item.publishedOn ? (
                <div>
                  {t('decisions.detail.published', {
                    date: item.publishedOn,
                    number: item.documentNumber ?? '',
                  })}
                </div>
              ) : null}
            </Card>
          ) : null}
        </Flex>
        <Flex vertical gap={16} style={{ flex: '1 1 300px', minWidth: 0 }}>
          <Card title={t('decisions.detail.checklist')} size="small">
            {item.checklist.map((c) => (
              <div key={c.key}>
                {c.done ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : <MinusCircleOutlined />} {c.label}
                {c.required ? null : (
                  <Typography.Text type="secondary"> {t('decisions.detail.optional')}</Typography.Text>
                )}
              </div>
            ))}
          </Card>
          <Card title={t('decisions.detail.review')} size="small" data-testid="review-card">
            {item.review ? (
              <>
                <div>
                  {t('decisions.detail.reviewMatter', {
                    number: item.review.matterNumber,
                    state: item.review.state,
                  })}
                </div>
                {item.review.opinions.map((o) => (
                  <div key={o.opinionNumber}>
                    {o.opinionNumber} · {o.issuedOn} · {o.signer}
                  </div>
                ))}
              </>
            ) : (
              <Typography.Text type="secondary">{t('decisions.detail.reviewNone')}</Typography.Text>
            )}
            {item.reviewConclusion ? (
              <div>
                {t('decisions.detail.reviewConclusion', {
                  conclusion: dictLabel(REVIEW_CONCLUSIONS, item.reviewConclusion, locale),
                  opinion: item.reviewOpinionNumber ?? '',
                })}
              </div>
            ) : null}
          </Card>
          <Card title={t('decisions.detail.clocks')} size="small">
            {item.clocks.length === 0 ? (
              <Empty description={t('decisions.detail.none')} />
            ) : (
              item.clocks.map((c) => (
                <div key={`${c.key}-${c.startedOn}`} style={{ marginBottom: 6 }}>
                  {t(`decisions.detail.clock.${c.key.replace('decisions.', '')}`)}{' '}
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
          <Card title={t('decisions.detail.history')} size="small">
            <StepTimeline steps={item.history} />
          </Card>
        </Flex>
      </Flex>
      <TransitionDialog
        action={pending}
        specs={STEP_FIELDS[key] ?? []}
        ns="decisions"
        initialValues={initial}
        width={WIDE.has(key) ? 760 : 560}
        busy={fire.isPending}
        error={fire.error}
        onCancel={() => setPending(null)}
        onSubmit={(values) => pending && fire.mutate({ key: pending.key, body: toBody(pending.key, values) })}
        renderControl={renderControl}
      />
      <DisposeDialog item={item} comment={disposing} onClose={() => setDisposing(null)} onDone={update} />
      <AssignReviewDialog item={item} open={assigning} onClose={() => setAssigning(false)} onDone={update} />
    </>
  );
}
