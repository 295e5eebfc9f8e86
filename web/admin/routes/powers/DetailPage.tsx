import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Empty, Flex, Spin, Tag, Timeline } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type {
  PowerItemAction,
  PowerItemContentOut,
  PowerItemDetail,
} from '../../../../common/contracts/powers.js';
import { useAuth } from '../../../common/auth.js';
import { ActionButtons, ErrorAlert, PageHeader } from '../../../common/components/index.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { StepTimeline } from '../../../common/procedure/index.js';
import { powersApi } from './api.js';
import { categoryLabel, levelLabel, STATUS_COLOR, statusLabel } from './labels.js';
import { TransitionDialog } from './TransitionDialog.js';
import './messages.js';
import { useSaveErrorHandler } from '../../../common/version-conflict.js';

const LONG = ['legalBasis', 'process', 'responsibility', 'accountability'] as const;
const SHORT = ['handlingUnit', 'timeLimit', 'feeBasis', 'supervisionPhone', 'remarks'] as const;

function ContentDescriptions({ content }: { content: PowerItemContentOut }) {
  const t = useT();
  const { locale } = useLocale();
  const pre = (text: string | null) => <span style={{ whiteSpace: 'pre-wrap' }}>{text || '—'}</span>;
  return (
    <Descriptions column={2} bordered size="small" styles={{ label: { width: 112, whiteSpace: 'nowrap' } }}>
      <Descriptions.Item label={t('powers.fields.name')} span={2}>
        {content.name}
        {content.subItemName ? `（${content.subItemName}）` : ''}
      </Descriptions.Item>
      <Descriptions.Item label={t('powers.fields.category')}>
        {categoryLabel(content.category, locale)}
      </Descriptions.Item>
      <Descriptions.Item label={t('powers.fields.exerciseLevel')}>
        {levelLabel(content.exerciseLevel) || '—'}
      </Descriptions.Item>
      {LONG.map((f) => (
        <Descriptions.Item key={f} label={t(`powers.fields.${f}`)} span={2}>
          {pre(content[f])}
        </Descriptions.Item>
      ))}
      {SHORT.map((f) => (
        <Descriptions.Item key={f} label={t(`powers.fields.${f}`)}>
          {content[f] || '—'}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

function Versions({ item }: { item: PowerItemDetail }) {
  const t = useT();
  if (item.versions.length === 0) return <Empty description={t('powers.detail.noVersions')} />;
  const color = { in_force: 'green', revised: 'gray', repealed: 'red' } as const;
  return (
    <Timeline
      items={[...item.versions].reverse().map((v) => ({
        color: color[v.status],
        content: (
          <>
            <strong>{t('powers.detail.version', { version: v.version })}</strong>{' '}
            <Tag>{t(`powers.versionStatus.${v.status}`)}</Tag>
            <div>{t('powers.detail.publishedOn', { date: v.publishedOn })}</div>
            {v.supersededOn ? <div>{t('powers.detail.supersededOn', { date: v.supersededOn })}</div> : null}
            {v.repealedOn ? <div>{t('powers.detail.repealedOn', { date: v.repealedOn })}</div> : null}
            {v.reason ? <div>{t('powers.detail.reason', { reason: v.reason })}</div> : null}
          </>
        ),
      }))}
    />
  );
}

function History({ item }: { item: PowerItemDetail }) {
  const t = useT();
  return (
    <StepTimeline
      steps={item.history}
      label={(h) => t(`powers.transitions.${h.transition}`)}
      details={(h) => (h.reason ? <div>{h.reason}</div> : null)}
    />
  );
}

/** One item: its content, its versions, its procedural history, and the next steps the user may take. */
export default function DetailPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const { can } = useAuth();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<PowerItemAction | null>(null);
  const detail = useQuery({ queryKey: ['powers', 'item', id], queryFn: () => powersApi.get(id) });
  const saveFailed = useSaveErrorHandler();
  const fire = useMutation({
    mutationFn: ({ key, reason }: { key: string; reason?: string }) =>
      powersApi.transition(id, key, { reason }, detail.data?.version),
    onSuccess: (item, { key }) => {
      queryClient.setQueryData(['powers', 'item', id], item);
      void queryClient.invalidateQueries({ queryKey: ['powers'] });
      message.success(
        t('powers.transition.done', { action: item.actions.find((a) => a.key === key)?.label ?? key }),
      );
      setPending(null);
    },
    onError: (e) => saveFailed(e, () => detail.refetch()),
  });
  if (detail.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (detail.error) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const item = detail.data;
  const editable = item.status === 'draft' || item.hasPendingRevision;
  const onAction = (key: string) => {
    const action = item.actions.find((a) => a.key === key);
    if (action) setPending(action);
  };
  return (
    <>
      <PageHeader
        title={`${item.name}${item.subItemName ? `（${item.subItemName}）` : ''}`}
        subTitle={
          <Flex gap={8} wrap>
            <span>{item.code}</span>
            <span>{item.orgUnit.name}</span>
            <Tag color={STATUS_COLOR[item.status]}>{statusLabel(item.status, locale)}</Tag>
            {item.hasPendingRevision ? <Tag color="orange">{t('powers.pendingRevision')}</Tag> : null}
          </Flex>
        }
        extra={
          <>
            <Link to="/powers">
              <Button>{t('powers.detail.back')}</Button>
            </Link>
            {editable && can('powers.edit') ? (
              <Link to={`/powers/${item.id}/edit`}>
                <Button>
                  {item.hasPendingRevision ? t('powers.detail.editRevision') : t('powers.edit')}
                </Button>
              </Link>
            ) : null}
          </>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <ActionButtons
          actions={item.actions}
          onAction={onAction}
          pendingKey={fire.isPending ? (pending?.key ?? null) : null}
        />
      </Card>
      {item.pendingRevision ? (
        <Card title={t('powers.detail.revision')} size="small" style={{ marginBottom: 16 }}>
          <Alert type="info" showIcon title={t('powers.detail.revisionHint')} style={{ marginBottom: 12 }} />
          <ContentDescriptions content={item.pendingRevision} />
        </Card>
      ) : null}
      <Flex gap={16} align="flex-start" wrap>
        <Card title={t('powers.detail.basic')} size="small" style={{ flex: '2 1 560px' }}>
          <ContentDescriptions content={item} />
        </Card>
        <Flex vertical gap={16} style={{ flex: '1 1 280px' }}>
          <Card title={t('powers.detail.versions')} size="small">
            <Versions item={item} />
          </Card>
          <Card title={t('powers.detail.history')} size="small">
            <History item={item} />
          </Card>
        </Flex>
      </Flex>
      <TransitionDialog
        action={pending}
        busy={fire.isPending}
        onCancel={() => setPending(null)}
        onSubmit={(reason) => pending && fire.mutate({ key: pending.key, reason })}
      />
    </>
  );
}
