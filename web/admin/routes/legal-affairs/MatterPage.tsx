import { FileWordOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Card, Descriptions, Empty, Flex, List, Spin, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import type { MatterDetail, MatterTransition } from '../../../../common/contracts/legal-affairs/matters.js';
import { ActionButtons, ErrorAlert, PageHeader } from '../../../common/components/index.js';
import { formatYuan } from '../../../common/format.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { ClockTag, StepInput, StepTimeline, useRecordProcedure } from '../../../common/procedure/index.js';
import { legalApi } from './api.js';
import {
  categoryLabel,
  clockLabel,
  kindLabel,
  outcomeLabel,
  partyRoleLabel,
  STATE_COLOR,
  stateLabel,
} from './labels.js';
import { MatterDialog } from './MatterDialog.js';
import './messages.js';

const INPUT_KEYS = ['opinionNumber', 'issuedOn', 'concludedOn', 'outcome', 'lossAvoidedYuan', 'reason'];

/** One matter: the facts, its advisers, the opinions (each a document), the clocks, the steps, the next steps. */
export default function MatterPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { locale } = useLocale();
  const { detail, pending, choose, cancel, fire } = useRecordProcedure({
    queryKey: ['legal-affairs', 'matter', id],
    get: () => legalApi.matter(id),
    transition: (key, body, version) => legalApi.transition(id, key as MatterTransition, body, version),
    invalidates: [['legal-affairs', 'matters']],
    doneMessage: (action) => t('legal.detail.done', { action }),
  });
  if (detail.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (detail.error) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const m = detail.data;
  const open = !['concluded', 'returned', 'withdrawn'].includes(m.state);
  return (
    <>
      <PageHeader
        title={`${m.matterNumber} ${m.subject}`}
        subTitle={
          <Flex gap={8} wrap>
            <span>{m.orgUnit.name}</span>
            <span>{kindLabel(m.kind, locale)}</span>
            <Tag color={STATE_COLOR[m.state]}>{stateLabel(m.state, locale)}</Tag>
          </Flex>
        }
        extra={
          <Link to="/legal-affairs/matters">
            <Button>{t('legal.detail.back')}</Button>
          </Link>
        }
      />
      {open ? (
        <Card size="small" style={{ marginBottom: 16 }} title={t('legal.detail.actions')}>
          <ActionButtons
            actions={m.actions}
            onAction={choose}
            pendingKey={fire.isPending ? (pending?.key ?? null) : null}
            hideForbidden
          />
        </Card>
      ) : null}
      <Flex gap={16} align="flex-start" wrap>
        <Flex vertical gap={16} style={{ flex: '2 1 560px' }}>
          <Card title={t('legal.detail.facts')} size="small">
            <Facts m={m} />
          </Card>
          <Card title={t('legal.detail.opinions')} size="small">
            <Opinions m={m} />
          </Card>
        </Flex>
        <Flex vertical gap={16} style={{ flex: '1 1 300px' }}>
          <Card title={t('legal.detail.clocks')} size="small">
            <Clocks m={m} />
          </Card>
          <Card title={t('legal.detail.history')} size="small">
            <StepTimeline
              leading={{ label: t('legal.detail.requestedStep'), at: m.requestedAt }}
              steps={m.history}
              details={(h) => (
                <StepInput
                  input={h.input}
                  keys={INPUT_KEYS}
                  fieldLabel={(k) => t(`legal.fields.${k}`)}
                  value={(k, v) => (k === 'outcome' ? outcomeLabel(v, locale) : v)}
                />
              )}
            />
          </Card>
        </Flex>
      </Flex>
      <MatterDialog
        action={pending}
        matter={m}
        busy={fire.isPending}
        error={fire.error}
        onCancel={cancel}
        onSubmit={(body) => pending && fire.mutate({ key: pending.key, body })}
      />
    </>
  );
}

function Facts({ m }: { m: MatterDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const f = (k: string) => t(`legal.fields.${k}`);
  const items = [
    { key: 'category', label: f('category'), children: categoryLabel(m.category, locale) },
    { key: 'unit', label: f('orgUnitId'), children: m.orgUnit.name },
    { key: 'requestedOn', label: f('requestedOn'), children: m.requestedOn },
    { key: 'assignedOn', label: f('assignedOn'), children: m.assignedOn ?? '—' },
    {
      key: 'advisers',
      label: f('advisers'),
      children: m.advisers.length
        ? m.advisers.map((a) => (
            <Link key={a.id} to={`/legal-affairs/advisers/${a.id}`} style={{ marginRight: 8 }}>
              {a.name}（{t(`legal.detail.${a.role}`)}）
            </Link>
          ))
        : '—',
    },
    ...(m.keyProject
      ? [{ key: 'keyProject', label: f('keyProject'), children: <Tag color="purple">{m.keyProject}</Tag> }]
      : []),
    ...(m.counterparty ? [{ key: 'counterparty', label: f('counterparty'), children: m.counterparty }] : []),
    ...(m.partyRole
      ? [{ key: 'partyRole', label: f('partyRole'), children: partyRoleLabel(m.partyRole, locale) }]
      : []),
    ...(m.amountAtStake != null
      ? [{ key: 'amount', label: f('amountAtStake'), children: formatYuan(m.amountAtStake, locale) }]
      : []),
    ...(m.source
      ? [{ key: 'source', label: f('source'), children: `${m.source.module} · ${m.source.id}` }]
      : []),
    ...(m.outcome
      ? [
          { key: 'concludedOn', label: f('concludedOn'), children: m.concludedOn },
          { key: 'outcome', label: f('outcome'), children: outcomeLabel(m.outcome, locale) },
        ]
      : []),
    ...(m.outcomeNote ? [{ key: 'note', label: f('outcomeNote'), children: m.outcomeNote }] : []),
    ...(m.lossAvoidedYuan
      ? [
          { key: 'loss', label: f('lossAvoidedYuan'), children: formatYuan(m.lossAvoidedYuan, locale) },
          { key: 'reckoning', label: f('lossReckoning'), children: m.lossReckoning },
        ]
      : []),
    ...(m.closingReason ? [{ key: 'closing', label: f('closingReason'), children: m.closingReason }] : []),
  ];
  return <Descriptions size="small" column={2} items={items} />;
}

function Opinions({ m }: { m: MatterDetail }) {
  const t = useT();
  const { message } = App.useApp();
  const download = useMutation({
    mutationFn: (opinionId: string) => legalApi.opinionDocument(opinionId),
    onError: (e) => message.error(e instanceof Error ? e.message : String(e)),
  });
  if (m.opinionList.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('legal.detail.noOpinions')} />;
  return (
    <List
      dataSource={m.opinionList}
      renderItem={(o) => (
        <List.Item
          actions={[
            <Button
              key="docx"
              icon={<FileWordOutlined />}
              loading={download.isPending}
              onClick={() => download.mutate(o.id)}
            >
              {t('legal.detail.docx')}
            </Button>,
          ]}
        >
          <List.Item.Meta
            title={`${o.opinionNumber} ${o.title}`}
            description={
              <>
                <div>
                  {o.issuedOn} · {o.signer.name}
                </div>
                <Typography.Paragraph
                  type="secondary"
                  ellipsis={{ rows: 3, expandable: true }}
                  style={{ whiteSpace: 'pre-line', marginBottom: 0 }}
                >
                  {o.body}
                </Typography.Paragraph>
              </>
            }
          />
        </List.Item>
      )}
    />
  );
}

function Clocks({ m }: { m: MatterDetail }) {
  const t = useT();
  const { locale } = useLocale();
  if (m.clocks.length === 0) return <span style={{ color: '#999' }}>{t('legal.adviser.none')}</span>;
  return (
    <Flex vertical gap={12}>
      {m.clocks.map((c) => (
        <div key={`${c.key}-${c.startedOn}`}>
          <Flex gap={8} align="center" wrap>
            <strong>{clockLabel(c.key, c.label, locale)}</strong>
            <ClockTag urgency={c.urgency} status={c.status} dueOn={c.dueOn} explanation={c.explanation} />
          </Flex>
          <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'pre-line' }}>
            {c.explanation}
          </Typography.Text>
        </div>
      ))}
    </Flex>
  );
}
