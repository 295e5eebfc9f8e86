import { FileWordOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Flex, Spin, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { RequestTransition } from '../../../../common/contracts/disclosure/dictionaries.js';
import type { RequestAction } from '../../../../common/contracts/disclosure/requests.js';
import { ActionButtons, ErrorAlert, PageHeader } from '../../../common/components/index.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { requestsApi } from './api.js';
import { Clocks, History, ProcessFacts, RequestFacts } from './DetailParts.js';
import { groupCode, STATUS_COLOR, statusLabel } from '../../../common/disclosure/labels.js';
import { TransitionDialog } from './TransitionDialog.js';
import { useSaveErrorHandler } from '../../../common/version-conflict.js';
import '../../../common/disclosure/messages.js';

/** One request: the facts as filed, the clocks with their explanations, the steps taken, the next steps. */
export default function DetailPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<RequestAction | null>(null);
  const detail = useQuery({ queryKey: ['disclosure', 'request', id], queryFn: () => requestsApi.get(id) });
  const saveFailed = useSaveErrorHandler();
  const fire = useMutation({
    mutationFn: ({ key, body }: { key: string; body: Record<string, unknown> }) =>
      requestsApi.transition(id, key as RequestTransition, body as never, detail.data?.version),
    onSuccess: (r, { key }) => {
      queryClient.setQueryData(['disclosure', 'request', id], r);
      void queryClient.invalidateQueries({ queryKey: ['disclosure', 'requests'] });
      void queryClient.invalidateQueries({ queryKey: ['disclosure', 'table3'] });
      message.success(t('disclosure.transition.done', { action: pending?.label ?? key }));
      setPending(null);
    },
    onError: (e) => saveFailed(e, () => detail.refetch()),
  });
  const docx = useMutation({
    mutationFn: () => requestsApi.replyDocument(id),
    onError: (e) => message.error(e instanceof Error ? e.message : String(e)),
  });
  if (detail.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (detail.error) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const r = detail.data;
  const onAction = (key: string) => {
    const action = r.actions.find((a) => a.key === key);
    if (action) {
      fire.reset();
      setPending(action);
    }
  };
  return (
    <>
      <PageHeader
        title={t('disclosure.detail.title', { code: groupCode(r.trackingCode) })}
        subTitle={
          <Flex gap={8} wrap>
            <span>{r.orgUnit.name}</span>
            <span>{t('disclosure.detail.received', { date: r.receivedOn })}</span>
            <Tag color={STATUS_COLOR[r.status]}>{statusLabel(r.status, locale)}</Tag>
          </Flex>
        }
        extra={
          <>
            <Link to="/disclosure/requests">
              <Button>{t('disclosure.detail.back')}</Button>
            </Link>
            {r.status === 'concluded' && r.outcome ? (
              <Button icon={<FileWordOutlined />} loading={docx.isPending} onClick={() => docx.mutate()}>
                {t('disclosure.detail.replyDocx')}
              </Button>
            ) : null}
          </>
        }
      />
      {/* A concluded request has no next step: no card of greyed buttons. */}
      {r.status !== 'concluded' || r.actions.some((a) => a.allowed) ? (
        <Card size="small" style={{ marginBottom: 16 }} title={t('disclosure.detail.actions')}>
          <ActionButtons
            actions={r.actions}
            onAction={onAction}
            pendingKey={fire.isPending ? (pending?.key ?? null) : null}
          />
        </Card>
      ) : null}
      <Flex gap={16} align="flex-start" wrap>
        <Flex vertical gap={16} style={{ flex: '2 1 560px' }}>
          <Card title={t('disclosure.detail.facts')} size="small">
            <RequestFacts r={r} />
          </Card>
          <Card title={t('disclosure.detail.process')} size="small">
            <ProcessFacts r={r} />
          </Card>
        </Flex>
        <Flex vertical gap={16} style={{ flex: '1 1 300px' }}>
          <Card title={t('disclosure.detail.clocks')} size="small">
            <Clocks r={r} />
          </Card>
          <Card title={t('disclosure.detail.history')} size="small">
            <History r={r} />
          </Card>
        </Flex>
      </Flex>
      <TransitionDialog
        action={pending}
        request={r}
        busy={fire.isPending}
        error={fire.error}
        onCancel={() => setPending(null)}
        onSubmit={(body) => pending && fire.mutate({ key: pending.key, body })}
      />
    </>
  );
}
