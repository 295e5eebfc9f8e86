import { useMutation, useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Empty, Flex, Input, Select, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  ASSIGNMENT_ROLES,
  CONTACT_KINDS,
  dictLabel,
  dictOptions,
  EVALUATIONS,
  LINK_TARGETS,
  PROPOSAL_KINDS,
  PROPOSAL_STATES,
  type ProposalDetail,
  RESULT_CLASSES,
} from '../../../../common/contracts/proposals.js';
import { ActionButtons, ErrorAlert, PageHeader } from '../../../common/components/index.js';
import { useLocale, useT } from '../../../common/i18n.js';
import {
  type BoundProps,
  ClockTag,
  type FieldSpec,
  StepTimeline,
  TransitionDialog,
  useRecordProcedure,
} from '../../../common/procedure/index.js';
import { proposalsApi } from './api.js';
import { STATE_COLOR } from './labels.js';
import { INITIAL_VALUES, STEP_FIELDS, toBody } from './transition-forms.js';
import './messages.js';

const WIDE = new Set(['answer', 'assign', 'reassign']);
const clockKind = (key: string) =>
  key === 'proposals.rehandle' ? 'rehandle' : key.endsWith('_difficult') ? 'difficult' : 'answer';

function UnitsCard({ item }: { item: ProposalDetail }) {
  const t = useT();
  const { locale } = useLocale();
  if (item.assignments.length === 0) return <Empty description={t('proposals.detail.none')} />;
  return (
    <Flex vertical gap={6}>
      {item.assignments.map((a) => (
        <div key={`${a.unit.id}-${a.assignedOn}-${a.role}`}>
          <Tag color={a.role === 'co' ? 'default' : 'blue'}>
            {dictLabel(ASSIGNMENT_ROLES, a.role, locale)}
          </Tag>
          <strong>{a.unit.name}</strong> · {a.assignedOn}
          {a.status === 'returned' ? (
            <Typography.Text type="warning">
              {' '}
              · {t('proposals.detail.returned', { date: '', reason: a.returnReason ?? '' })}
            </Typography.Text>
          ) : null}
          {a.role === 'co' && a.status === 'active' ? (
            <div style={{ marginLeft: 8 }}>
              {a.viewsOn
                ? t('proposals.detail.viewsOn', { date: a.viewsOn, views: a.views ?? '' })
                : t('proposals.detail.viewsDue', { date: a.viewsDueOn ?? '—' })}
            </div>
          ) : null}
        </div>
      ))}
    </Flex>
  );
}

function AnswersCard({ item }: { item: ProposalDetail }) {
  const t = useT();
  const { locale } = useLocale();
  if (item.answers.length === 0) return <Empty description={t('proposals.detail.none')} />;
  return (
    <Flex vertical gap={12}>
      {item.answers.map((a) => (
        <div key={a.round}>
          <Space wrap>
            <strong>{t('proposals.detail.roundTitle', { round: a.round })}</strong>
            <span>{a.on}</span>
            <span>{a.documentNumber}</span>
            <span>{a.signer}</span>
            <Tag color="blue">
              {a.resultClass} {dictLabel(RESULT_CLASSES, a.resultClass, locale)}
            </Tag>
            {a.disclosed ? null : (
              <Tag>{t('proposals.detail.withheld', { reason: a.withholdReason ?? '' })}</Tag>
            )}
          </Space>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>
            {a.text}
          </Typography.Paragraph>
          {a.evaluation ? (
            <Tag color={a.evaluation === 'dissatisfied' ? 'red' : 'green'}>
              {t('proposals.detail.evaluated', {
                date: a.evaluatedOn ?? '',
                evaluation: dictLabel(EVALUATIONS, a.evaluation, locale),
              })}
            </Tag>
          ) : null}
          {a.evaluationNote ? <Typography.Text type="secondary">{a.evaluationNote}</Typography.Text> : null}
        </div>
      ))}
    </Flex>
  );
}

function LinkForm({ id, onDone }: { id: string; onDone: (item: ProposalDetail) => void }) {
  const t = useT();
  const { locale } = useLocale();
  const [target, setTarget] = useState<string>('coordination');
  const [text, setText] = useState('');
  const save = useMutation({
    mutationFn: () => proposalsApi.link(id, { targetModule: target, text }),
    onSuccess: onDone,
  });
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Select
        value={target}
        onChange={setTarget}
        options={dictOptions(LINK_TARGETS, locale)}
        style={{ width: 170 }}
      />
      <Input
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={200}
        aria-label={t('proposals.detail.addLink')}
      />
      <Button onClick={() => save.mutate()} loading={save.isPending} disabled={!text.trim()}>
        {t('proposals.detail.addLink')}
      </Button>
    </Space.Compact>
  );
}

/** One item: its text, units, contacts, answers and evaluations, clocks, history and the next steps. */
export default function DetailPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { locale } = useLocale();
  const { detail, pending, choose, cancel, fire, replace } = useRecordProcedure({
    queryKey: ['proposals', 'item', id],
    get: () => proposalsApi.get(id),
    transition: (key, body, version) => proposalsApi.transition(id, key, body, version),
    invalidates: [['proposals', 'items']],
    doneMessage: (action) => t('proposals.done', { action }),
  });
  const units = useQuery({ queryKey: ['proposals', 'units'], queryFn: proposalsApi.units });
  if (detail.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (detail.error) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const item = detail.data;
  const unitOptions = (units.data ?? []).map((u) => ({ value: u.id, label: u.name }));
  const coOptions = item.assignments
    .filter((a) => a.role === 'co' && a.status === 'active')
    .map((a) => ({ value: a.unit.id, label: a.unit.name }));
  const renderControl = (spec: FieldSpec, bound: BoundProps) => {
    const select = (options: { value: string; label: string }[], more: object = {}) => (
      <Select options={options} showSearch optionFilterProp="label" {...more} {...bound} />
    );
    if (spec.kind === 'unit') return select(unitOptions);
    if (spec.kind === 'units') return select(unitOptions, { mode: 'multiple' });
    if (spec.kind === 'coUnit') return select(coOptions);
    if (spec.kind === 'mode')
      return select(['lead', 'separate'].map((m) => ({ value: m, label: t(`proposals.modes.${m}`) })));
    if (spec.kind === 'contactKind') return select(dictOptions(CONTACT_KINDS, locale));
    if (spec.kind === 'resultClass')
      return select(
        dictOptions(RESULT_CLASSES, locale).map((o) => ({ ...o, label: `${o.value} ${o.label}` })),
      );
    if (spec.kind === 'evaluation') return select(dictOptions(EVALUATIONS.slice(0, 2), locale));
    return undefined;
  };
  const key = pending?.key ?? '';
  return (
    <>
      <PageHeader
        title={item.title}
        subTitle={
          <Flex gap={8} wrap>
            <span>{dictLabel(PROPOSAL_KINDS, item.kind, locale)}</span>
            <span>
              {item.session}
              {item.meeting} · {item.number}
            </span>
            <Tag color={STATE_COLOR[item.state]}>{dictLabel(PROPOSAL_STATES, item.state, locale)}</Tag>
            {item.round > 1 ? <Tag color="purple">{t('proposals.round', { round: item.round })}</Tag> : null}
            {item.difficult ? <Tag color="orange">{t('proposals.detail.difficult')}</Tag> : null}
            {item.overdue ? <Tag color="red">{t('proposals.overdue')}</Tag> : null}
          </Flex>
        }
        extra={
          <Link to="/proposals">
            <Button>{t('proposals.detail.back')}</Button>
          </Link>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <ActionButtons actions={item.actions} onAction={choose} pendingKey={fire.isPending ? key : null} />
      </Card>
      <Flex gap={16} align="flex-start" wrap>
        <Flex vertical gap={16} style={{ flex: '2 1 560px', minWidth: 0 }}>
          <Card title={t('proposals.detail.basic')} size="small">
            <Descriptions column={2} size="small" bordered>
              <Descriptions.Item label={t('proposals.fields.leadAuthor')}>
                {item.leadAuthor}
              </Descriptions.Item>
              <Descriptions.Item label={t('proposals.fields.coSigners')}>
                {item.coSigners ?? '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('proposals.fields.category')}>
                {item.category ?? '—'}
              </Descriptions.Item>
              <Descriptions.Item label={t('proposals.fields.receivedOn')}>
                {item.receivedOn}
              </Descriptions.Item>
              {item.difficult ? (
                <Descriptions.Item label={t('proposals.fields.difficultReason')} span={2}>
                  {item.difficultReason}
                </Descriptions.Item>
              ) : null}
              {item.body ? (
                <Descriptions.Item label={t('proposals.fields.body')} span={2}>
                  <span style={{ whiteSpace: 'pre-wrap' }}>{item.body}</span>
                </Descriptions.Item>
              ) : null}
            </Descriptions>
          </Card>
          <Card title={t('proposals.detail.units')} size="small">
            <UnitsCard item={item} />
          </Card>
          <Card title={t('proposals.detail.contacts')} size="small">
            {item.contacts.length === 0 ? (
              <Empty description={t('proposals.detail.none')} />
            ) : (
              item.contacts.map((c) => (
                <div key={`${c.on}-${c.who}`}>
                  {c.on} <Tag>{dictLabel(CONTACT_KINDS, c.kind, locale)}</Tag> {c.who}
                  {c.note ? ` · ${c.note}` : ''}
                </div>
              ))
            )}
          </Card>
          <Card title={t('proposals.detail.answers')} size="small">
            <AnswersCard item={item} />
          </Card>
          {item.followUps.length ? (
            <Card title={t('proposals.detail.followUps')} size="small">
              {item.followUps.map((f) => (
                <div key={`${f.on}-${f.note}`}>
                  {f.on} {f.note} {f.done ? <Tag color="green">{t('proposals.fields.done')}</Tag> : null}
                </div>
              ))}
            </Card>
          ) : null}
          <Card title={t('proposals.detail.links')} size="small">
            {item.links.map((l) => (
              <div key={`${l.targetModule}-${l.text}-${l.targetId}`}>
                <Tag>{dictLabel(LINK_TARGETS, l.targetModule, locale)}</Tag> {l.targetId ?? ''} {l.text ?? ''}
              </div>
            ))}
            <div style={{ marginTop: 8 }}>
              <LinkForm id={item.id} onDone={replace} />
            </div>
          </Card>
        </Flex>
        <Flex vertical gap={16} style={{ flex: '1 1 300px', minWidth: 0 }}>
          <Card title={t('proposals.detail.clocks')} size="small">
            {item.clocks.length === 0 ? (
              <Empty description={t('proposals.detail.none')} />
            ) : (
              item.clocks.map((c) => (
                <div key={`${c.key}-${c.startedOn}`} style={{ marginBottom: 6 }}>
                  {t(`proposals.detail.clock.${clockKind(c.key)}`)}{' '}
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
          {item.personalLink ? (
            <Card title={t('proposals.detail.personalLink')} size="small">
              <Typography.Paragraph type="secondary">
                {t('proposals.detail.personalLinkHint')}
              </Typography.Paragraph>
              <Typography.Text copyable code data-testid="personal-link">
                {`${window.location.origin}${item.personalLink}`}
              </Typography.Text>
            </Card>
          ) : null}
          <Card title={t('proposals.detail.history')} size="small">
            <StepTimeline steps={item.history} />
          </Card>
        </Flex>
      </Flex>
      <TransitionDialog
        action={pending}
        specs={STEP_FIELDS[key] ?? []}
        ns="proposals"
        initialValues={INITIAL_VALUES}
        width={WIDE.has(key) ? 720 : 520}
        busy={fire.isPending}
        error={fire.error}
        onCancel={cancel}
        onSubmit={(values) => pending && fire.mutate({ key: pending.key, body: toBody(values) })}
        renderControl={renderControl}
      />
    </>
  );
}
