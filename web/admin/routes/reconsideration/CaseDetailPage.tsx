import { Alert, Button, Card, Flex, Spin, Tag } from 'antd';
import { Link, useParams } from 'react-router';
import type { CaseTransition } from '../../../../common/contracts/reconsideration.js';
import { ActionButtons, ErrorAlert, PageHeader } from '../../../common/components/index.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { STATUS_COLOR, statusLabel } from '../../../common/reconsideration/labels.js';
import { useRecordProcedure } from '../../../common/procedure/index.js';
import { casesApi } from './api.js';
import { ApplicationFacts, CaseClocks, CaseHistory, ReviewFacts } from './CaseParts.js';
import { CaseTransitionDialog } from './CaseTransitionDialog.js';
import '../../../common/reconsideration/messages.js';

/** One case: the application, the review so far, the clocks explained, the steps taken, the next steps. */
export default function CaseDetailPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { locale } = useLocale();
  const { detail, pending, choose, cancel, fire } = useRecordProcedure({
    queryKey: ['reconsideration', 'case', id],
    get: () => casesApi.get(id),
    transition: (key, body, version) => casesApi.transition(id, key as CaseTransition, body, version),
    invalidates: [['reconsideration', 'cases']],
    doneMessage: (action) => t('reconsideration.transition.done', { action }),
  });
  if (detail.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (detail.error) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const c = detail.data;
  return (
    <>
      <PageHeader
        title={t('reconsideration.detail.title', { number: c.caseNumber })}
        subTitle={
          <Flex gap={8} wrap>
            <span>{c.respondent.name}</span>
            <span>{t('reconsideration.detail.received', { date: c.receivedOn })}</span>
            <span>{t('reconsideration.detail.law', { law: c.lawBasis })}</span>
            <Tag color={STATUS_COLOR[c.status]}>{statusLabel(c.status, locale)}</Tag>
          </Flex>
        }
        extra={
          <Link to="/reconsideration/cases">
            <Button>{t('reconsideration.detail.back')}</Button>
          </Link>
        }
      />
      {c.lateApplication ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('reconsideration.detail.late')}
        />
      ) : null}
      {c.imported ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('reconsideration.detail.imported')}
        />
      ) : null}
      {c.actions.some((a) => a.allowed) || c.status !== 'concluded' ? (
        <Card size="small" style={{ marginBottom: 16 }} title={t('reconsideration.detail.actions')}>
          <ActionButtons
            actions={c.actions}
            onAction={choose}
            pendingKey={fire.isPending ? (pending?.key ?? null) : null}
            hideForbidden
          />
        </Card>
      ) : null}
      <Flex gap={16} align="flex-start" wrap>
        <Flex vertical gap={16} style={{ flex: '2 1 560px' }}>
          <Card title={t('reconsideration.detail.facts')} size="small">
            <ApplicationFacts c={c} />
          </Card>
          <Card title={t('reconsideration.detail.process')} size="small">
            <ReviewFacts c={c} />
          </Card>
        </Flex>
        <Flex vertical gap={16} style={{ flex: '1 1 300px' }}>
          <Card title={t('reconsideration.detail.clocks')} size="small">
            <CaseClocks c={c} />
          </Card>
          <Card title={t('reconsideration.detail.history')} size="small">
            <CaseHistory c={c} />
          </Card>
        </Flex>
      </Flex>
      <CaseTransitionDialog
        action={pending}
        detail={c}
        busy={fire.isPending}
        error={fire.error}
        onCancel={cancel}
        onSubmit={(body) => pending && fire.mutate({ key: pending.key, body })}
      />
    </>
  );
}
