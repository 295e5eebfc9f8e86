import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Flex, Spin, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { dictLabel, DISPOSITIONS } from '../../../../common/contracts/decisions.js';
import { api } from '../../../common/api.js';
import { useLocale, useT } from '../../../common/i18n.js';
import './messages.js';

interface Status {
  decisionTitle: string;
  decisionId: string;
  clauseNumber: string | null;
  text: string;
  submittedOn: string;
  disposition: string | null;
  reason: string | null;
  changedClauses: string[];
}

/** What became of a comment, by its 查询码 (nothing else of the commenter shows). */
export default function CommentStatusPage() {
  const { code = '' } = useParams();
  const t = useT();
  const { locale } = useLocale();
  const status = useQuery({
    queryKey: ['portal', 'decisions', 'comment', code],
    queryFn: () => api.get<Status>(`/portal/decisions/comments/${encodeURIComponent(code)}`),
    retry: false,
  });
  if (status.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (status.error) return <Alert type="warning" showIcon title={t('portalDecisions.status.notFound')} />;
  const s = status.data;
  return (
    <Flex vertical gap={12} style={{ maxWidth: 760 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('portalDecisions.status.title')}
      </Typography.Title>
      <Card size="small">
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('portalDecisions.status.decision')}>
            <Link to={`/decisions/${s.decisionId}`}>{s.decisionTitle}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t('portalDecisions.status.clause')}>
            {s.clauseNumber ?? t('portalDecisions.wholeDraft')}
          </Descriptions.Item>
          <Descriptions.Item label={t('portalDecisions.status.text')}>{s.text}</Descriptions.Item>
          <Descriptions.Item label={t('portalDecisions.status.submittedOn')}>
            {s.submittedOn}
          </Descriptions.Item>
          <Descriptions.Item label={t('portalDecisions.status.disposition')}>
            <Tag color={s.disposition ? 'green' : 'blue'} data-testid="disposition">
              {s.disposition
                ? dictLabel(DISPOSITIONS, s.disposition, locale)
                : t('portalDecisions.status.pending')}
            </Tag>
          </Descriptions.Item>
          {s.reason ? (
            <Descriptions.Item label={t('portalDecisions.status.reason')}>{s.reason}</Descriptions.Item>
          ) : null}
          {s.changedClauses.length ? (
            <Descriptions.Item label={t('portalDecisions.status.clause')}>
              {t('portalDecisions.changed', { clauses: s.changedClauses.join('、') })}
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
    </Flex>
  );
}
