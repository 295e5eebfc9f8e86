import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Empty, Flex, Grid, Select, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { DIVERSIONS, OUTCOMES, type PetitionDetail } from '../../../../common/contracts/petitions.js';
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
  divert: [onField(), { name: 'diversion', kind: 'diversion', required: true }, text('note', false)],
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
  const t = useT();
  const { locale } = useLocale();
  return (spec: FieldSpec, bound: BoundProps) => {
    const select = (opts: { value: string; label: string }[]) => (
      <Select {...bound} options={opts} showSearch optionFilterProp="label" style={{ width: '100%' }} />
    );
    switch (spec.kind) {
      case 'unit':
        return select(units.map((u) => ({ value: u.id, label: u.name })));
      case 'mode':
        return select(['transfer', 'assign'].map((m) => ({ value: m, label: t(`petitions.modes.${m}`) })));
      case 'outcome':
        return select(options(OUTCOMES, outcomeLabel, locale));
      case 'diversion':
        return select(options(DIVERSIONS, diversionLabel, locale));
      case 'result':
        return select(['upheld', 'changed'].map((m) => ({ value: m, label: t(`petitions.results.${m}`) })));
      default:
        return undefined;
    }
  };
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
      {p.keyCase ? (
        <Descriptions.Item label={d('legal')}>
          <Tag color="red">{d('keyCase')}</Tag>{' '}
          {[p.legalSupport?.number, p.legalSupport?.note].filter(Boolean).join('：')}
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
        <Descriptions.Item label={d('review')}>{t(`petitions.results.${p.reviewResult}`)}</Descriptions.Item>
      ) : null}
      {p.reexamResult ? (
        <Descriptions.Item label={d('reexam')}>{t(`petitions.results.${p.reexamResult}`)}</Descriptions.Item>
      ) : null}
      {p.diversion ? (
        <Descriptions.Item label={d('diversion')}>{diversionLabel(p.diversion, locale)}</Descriptions.Item>
      ) : null}
    </Descriptions>
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
      {p.actions.some((a) => a.allowed) ? (
        <Card size="small" style={{ marginBottom: 16 }} title={d('actions')}>
          <ActionButtons
            actions={p.actions}
            hideForbidden
            onAction={(key) => {
              fire.reset();
              setPending(p.actions.find((a) => a.key === key) ?? null);
            }}
            pendingKey={fire.isPending ? (pending?.key ?? null) : null}
          />
        </Card>
      ) : null}
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
        onSubmit={(values) => pending && fire.mutate({ key: pending.key, body: toBody(values) })}
      />
    </>
  );
}
