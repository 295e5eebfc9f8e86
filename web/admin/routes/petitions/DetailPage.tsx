import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  App,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Form,
  Grid,
  Input,
  Modal,
  Select,
  Spin,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import {
  DIVERSIONS,
  OUTCOMES,
  type PetitionDetail,
  REVIEW_RESULTS,
  ROUTE_MODES,
} from '../../../../common/contracts/petitions.js';
import { statusLabel as caseStatusLabel } from '../../../common/reconsideration/labels.js';
import { stateLabel as matterStateLabel } from '../legal-affairs/labels.js';
import { ActionButtons, ErrorAlert, PageHeader } from '../../../common/components/index.js';
import { type Locale, useLocale, useT } from '../../../common/i18n.js';
import {
  type BoundProps,
  ClockTag,
  type FieldSpec,
  onField,
  StepTimeline,
  TransitionDialog,
} from '../../../common/procedure/index.js';
import { toBody } from '../../../common/forms.js';
import { useSaveErrorHandler } from '../../../common/version-conflict.js';
import { petitionsApi } from './api.js';
import {
  categoryLabel,
  channelLabel,
  clockLabel,
  diversionLabel,
  options,
  outcomeLabel,
  reviewResultLabel,
  routeModeLabel,
  STATE_COLOR,
  stateLabel,
} from './labels.js';
import './messages.js';

type Action = PetitionDetail['actions'][number];
const text = (name: string, required = true): FieldSpec => ({ name, kind: 'textarea', required });

/** The form of each step (the server's zod schemas are the authority; these are its fields). */
const SPECS: Record<string, FieldSpec[]> = {
  route: [
    onField(),
    { name: 'handlingUnitId', kind: 'unit', required: true },
    { name: 'mode', kind: 'mode', required: true },
  ],
  object_assignment: [onField(), text('reason')],
  accept: [onField(), { name: 'noticeOn', kind: 'date' }],
  not_accept: [onField(), text('reason')],
  divert: [
    onField(),
    { name: 'diversion', kind: 'diversion', required: true },
    // The 复议 case (checked in the reconsideration module) or the court's / arbitration's case number.
    {
      name: 'link',
      kind: 'text',
      maxLength: 80,
      when: { field: 'diversion', in: ['reconsideration', 'litigation', 'arbitration'] },
    },
    text('note', false),
  ],
  extend: [onField(), text('reason')],
  answer: [
    onField(),
    { name: 'outcome', kind: 'outcome', required: true },
    { name: 'opinionNumber', kind: 'text' },
    text('summary'),
  ],
  request_review: [onField()],
  decide_review: [onField(), { name: 'result', kind: 'result', required: true }, text('summary', false)],
  request_reexam: [onField()],
  decide_reexam: [onField(), { name: 'result', kind: 'result', required: true }, text('summary', false)],
  close: [onField(), text('note', false)],
};

function useControl(units: { id: string; name: string }[]) {
  const { locale } = useLocale();
  return (spec: FieldSpec, bound: BoundProps) => {
    const select = (opts: { value: string; label: string }[]) => (
      <Select {...bound} options={opts} showSearch optionFilterProp="label" style={{ width: '100%' }} />
    );
    switch (spec.kind) {
      case 'unit':
        return select(units.map((u) => ({ value: u.id, label: u.name })));
      case 'mode':
        return select(options(ROUTE_MODES, routeModeLabel, locale));
      case 'outcome':
        return select(options(OUTCOMES, outcomeLabel, locale));
      case 'diversion':
        return select(options(DIVERSIONS, diversionLabel, locale));
      case 'result':
        return select(options(REVIEW_RESULTS, reviewResultLabel, locale));
      default:
        return undefined;
    }
  };
}

/** The step's body: a diversion's case number goes as its link (`link.number`, checked by the server). */
function bodyOf(key: string, values: Record<string, unknown>): Record<string, unknown> {
  const body = toBody(values);
  if (key !== 'divert') return body;
  const { link, ...rest } = body;
  return typeof link === 'string' && link ? { ...rest, link: { number: link } } : rest;
}

/** On a phone the labels go above their values: two columns of 375 px leave no room for either. */
const useNarrow = () => !Grid.useBreakpoint().sm;

function Facts({ p, locale }: { p: PetitionDetail; locale: Locale }) {
  const t = useT();
  const d = (k: string) => t(`petitions.detail.${k}`);
  return (
    <Descriptions size="small" column={1} bordered layout={useNarrow() ? 'vertical' : 'horizontal'}>
      <Descriptions.Item label={d('law')}>{p.lawTitle}</Descriptions.Item>
      <Descriptions.Item label={t('petitions.columns.category')}>
        {categoryLabel(p.category, locale)}
      </Descriptions.Item>
      <Descriptions.Item label={t('petitions.columns.channel')}>
        {channelLabel(p.channel, locale)}
      </Descriptions.Item>
      <Descriptions.Item label={d('petitioner')}>{p.petitionerName}</Descriptions.Item>
      {p.petitionerPhone ? (
        <Descriptions.Item label={d('phone')}>{p.petitionerPhone}</Descriptions.Item>
      ) : null}
      {p.representatives > 0 ? (
        <Descriptions.Item label={d('group')}>
          {t('petitions.detail.groupText', { people: p.peopleCount, reps: p.representatives })}
        </Descriptions.Item>
      ) : null}
      <Descriptions.Item label={d('content')}>{p.content}</Descriptions.Item>
      <Descriptions.Item label={d('intake')}>{p.intakeUnit}</Descriptions.Item>
      <Descriptions.Item label={d('unit')}>{p.handlingUnit}</Descriptions.Item>
      {p.keyCase || p.legalSupport ? (
        <Descriptions.Item label={d('legal')}>
          <Flex gap={8} wrap align="center">
            {p.keyCase ? <Tag color="red">{d('keyCase')}</Tag> : null}
            {p.legalSupport ? <LinkedRecord link={p.legalSupport} /> : null}
            {p.legalSupport?.note ? <span>{p.legalSupport.note}</span> : null}
          </Flex>
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}

function Process({ p, locale }: { p: PetitionDetail; locale: Locale }) {
  const t = useT();
  const d = (k: string) => t(`petitions.detail.${k}`);
  const dates = Object.entries(p.dates).filter(([, v]) => v);
  return (
    <Descriptions size="small" column={1} bordered layout={useNarrow() ? 'vertical' : 'horizontal'}>
      {dates.map(([k, v]) => (
        <Descriptions.Item key={k} label={t(`petitions.dates.${k}`)}>
          {v}
        </Descriptions.Item>
      ))}
      {p.outcome ? (
        <Descriptions.Item label={d('outcome')}>{outcomeLabel(p.outcome, locale)}</Descriptions.Item>
      ) : null}
      {p.opinionSummary ? (
        <Descriptions.Item label={d('opinion')}>{p.opinionSummary}</Descriptions.Item>
      ) : null}
      {p.reviewResult ? (
        <Descriptions.Item label={d('review')}>{reviewResultLabel(p.reviewResult, locale)}</Descriptions.Item>
      ) : null}
      {p.reexamResult ? (
        <Descriptions.Item label={d('reexam')}>{reviewResultLabel(p.reexamResult, locale)}</Descriptions.Item>
      ) : null}
      {p.diversion ? (
        <Descriptions.Item label={d('diversion')}>
          {diversionLabel(p.diversion, locale)}
          {p.diversionLink?.number ? (
            <>
              {' · '}
              <LinkedRecord link={p.diversionLink} />
            </>
          ) : null}
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}

type Linked = NonNullable<PetitionDetail['legalSupport']>;

/**
 * A record of another module the petition links to: its number (a link to its page when it is the platform's
 * own record) and its state now, in the screen's language. A court's or arbitration's number is plain text.
 */
function LinkedRecord({ link }: { link: Linked }) {
  const { locale } = useLocale();
  const href =
    link.id && link.module === 'reconsideration'
      ? `/reconsideration/cases/${link.id}`
      : link.id && link.module === 'legal_affairs'
        ? `/legal-affairs/matters/${link.id}`
        : null;
  const status =
    link.status && link.module === 'reconsideration'
      ? caseStatusLabel(link.status, locale)
      : link.status && link.module === 'legal_affairs'
        ? matterStateLabel(link.status, locale)
        : null;
  return (
    <span data-testid={`link-${link.module}`}>
      {href ? <Link to={href}>{link.number}</Link> : link.number}
      {status ? (
        <Tag style={{ marginInlineStart: 8 }} color="blue">
          {status}
        </Tag>
      ) : null}
    </span>
  );
}

/** Asks the legal advisers for support on a key case (a legal-affairs matter opens; the petition links it). */
function LegalSupportDialog({ p, open, onClose }: { p: PetitionDetail; open: boolean; onClose: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const saveFailed = useSaveErrorHandler();
  const [form] = Form.useForm<{ note?: string }>();
  const ask = useMutation({
    mutationFn: (body: Record<string, unknown>) => petitionsApi.requestLegalSupport(p.id, body, p.version),
    onSuccess: (next) => {
      queryClient.setQueryData(['petitions', 'one', p.id], next);
      message.success(t('petitions.links.requested', { number: next.legalSupport?.number ?? '' }));
      onClose();
    },
    onError: (e) =>
      saveFailed(e, () => queryClient.invalidateQueries({ queryKey: ['petitions', 'one', p.id] })),
  });
  return (
    <Modal
      open={open}
      title={t('petitions.links.requestTitle')}
      okText={t('petitions.links.request')}
      confirmLoading={ask.isPending}
      onCancel={onClose}
      onOk={() =>
        void form.validateFields().then(
          (v) => ask.mutate(toBody(v)),
          () => undefined,
        )
      }
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{t('petitions.links.requestHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" preserve={false}>
        <Form.Item name="note" label={t('petitions.links.note')}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Clocks({ p }: { p: PetitionDetail }) {
  const t = useT();
  const { locale } = useLocale();
  // The running clocks first: they are what the handler must watch.
  const sorted = [...p.clocks].sort(
    (a, b) => Number(a.status === 'stopped') - Number(b.status === 'stopped'),
  );
  if (p.clocks.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('petitions.detail.noClocks')} />;
  return (
    <Flex vertical gap={12}>
      {sorted.map((c) => (
        <div key={`${c.key}-${c.startedOn}-${c.status}`} data-testid={`clock-${c.key}`}>
          <Flex gap={8} align="center" wrap>
            <strong>{clockLabel(c.key, locale)}</strong>
            <ClockTag urgency={c.urgency} status={c.status} dueOn={c.dueOn} explanation={c.explanation} />
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {c.explanation}
          </Typography.Text>
        </div>
      ))}
    </Flex>
  );
}

/** One petition: the matter, the handling so far, its deadlines and steps, and the next steps. */
export default function DetailPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<Action | null>(null);
  const [asking, setAsking] = useState(false);
  const detail = useQuery({ queryKey: ['petitions', 'one', id], queryFn: () => petitionsApi.get(id) });
  const units = useQuery({ queryKey: ['petitions', 'units'], queryFn: petitionsApi.departments });
  const saveFailed = useSaveErrorHandler();
  const control = useControl(units.data ?? []);
  const fire = useMutation({
    mutationFn: ({ key, body }: { key: string; body: Record<string, unknown> }) =>
      petitionsApi.transition(id, key, body, detail.data?.version),
    onSuccess: (p, { key }) => {
      queryClient.setQueryData(['petitions', 'one', id], p);
      void queryClient.invalidateQueries({ queryKey: ['petitions', 'list'] });
      message.success(t('petitions.step.done', { action: pending?.label ?? key }));
      setPending(null);
    },
    onError: (e) => saveFailed(e, () => detail.refetch()),
  });
  if (detail.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (detail.error) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const p = detail.data;
  const d = (k: string) => t(`petitions.detail.${k}`);
  return (
    <>
      <PageHeader
        title={`${p.number} ${p.subject}`}
        subTitle={
          <Flex gap={8} wrap>
            <span>{p.handlingUnit}</span>
            <span>{p.receivedOn}</span>
            <Tag color={STATE_COLOR[p.status]}>{stateLabel(p.status, locale)}</Tag>
          </Flex>
        }
        extra={
          <Link to="/petitions">
            <Button>{d('back')}</Button>
          </Link>
        }
      />
      {p.actions.some((a) => a.allowed) || (p.legalSupportAllowed && !p.legalSupport) ? (
        <Card size="small" style={{ marginBottom: 16 }} title={d('actions')}>
          <Flex gap={8} wrap>
            <ActionButtons
              actions={p.actions}
              hideForbidden
              onAction={(key) => {
                fire.reset();
                setPending(p.actions.find((a) => a.key === key) ?? null);
              }}
              pendingKey={fire.isPending ? (pending?.key ?? null) : null}
            />
            {p.legalSupportAllowed && !p.legalSupport ? (
              <Button onClick={() => setAsking(true)}>{t('petitions.links.request')}</Button>
            ) : null}
          </Flex>
        </Card>
      ) : null}
      <LegalSupportDialog p={p} open={asking} onClose={() => setAsking(false)} />
      <Flex gap={16} align="flex-start" wrap>
        <Flex vertical gap={16} style={{ flex: '2 1 340px', minWidth: 0 }}>
          <Card title={d('facts')} size="small">
            <Facts p={p} locale={locale} />
          </Card>
          <Card title={d('process')} size="small">
            <Process p={p} locale={locale} />
          </Card>
        </Flex>
        <Flex vertical gap={16} style={{ flex: '1 1 300px', minWidth: 0 }}>
          <Card title={d('clocks')} size="small">
            <Clocks p={p} />
          </Card>
          <Card title={d('history')} size="small">
            <StepTimeline
              steps={p.steps}
              leading={{ label: d('registered'), details: ` · ${p.receivedOn}` }}
            />
          </Card>
        </Flex>
      </Flex>
      <TransitionDialog
        action={pending}
        specs={pending ? (SPECS[pending.key] ?? [onField()]) : []}
        ns="petitions.step"
        initialValues={{ on: dayjs() }}
        width={520}
        busy={fire.isPending}
        error={fire.error}
        renderControl={control}
        onCancel={() => setPending(null)}
        onSubmit={(values) => pending && fire.mutate({ key: pending.key, body: bodyOf(pending.key, values) })}
      />
    </>
  );
}
