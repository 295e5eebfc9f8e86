import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Empty, Flex, Spin, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import {
  ASSIGNMENT_ROLES,
  CONTACT_KINDS,
  dictLabel,
  EVALUATIONS,
  type PersonalStatus,
  PROPOSAL_KINDS,
  PROPOSAL_STATES,
  RESULT_CLASSES,
} from '../../../../common/contracts/proposals.js';
import { api } from '../../../common/api.js';
import { useLocale, useT } from '../../../common/i18n.js';
import './messages.js';

/** The deputy's or member's own page (personal link, no login): status, units, dates, the answers. */
export default function StatusPage() {
  const { token = '' } = useParams();
  const t = useT();
  const { locale } = useLocale();
  const status = useQuery({
    queryKey: ['portal', 'proposals', 'status', token],
    queryFn: () => api.get<PersonalStatus>(`/portal/proposals/status/${encodeURIComponent(token)}`),
    retry: false,
  });
  if (status.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (status.error) return <Alert type="warning" showIcon title={t('portalProposals.status.notFound')} />;
  const s = status.data;
  return (
    <Flex vertical gap={12} style={{ maxWidth: 760 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t('portalProposals.status.title')}
      </Typography.Title>
      <Card size="small" title={s.title}>
        <Descriptions column={1} size="small">
          <Descriptions.Item label={t('portalProposals.status.number')}>
            {dictLabel(PROPOSAL_KINDS, s.kind, locale)} · {s.session}
            {s.meeting} · {s.number}
          </Descriptions.Item>
          <Descriptions.Item label={t('portalProposals.status.state')}>
            <Tag color="blue">{dictLabel(PROPOSAL_STATES, s.state, locale)}</Tag>
          </Descriptions.Item>
          <Descriptions.Item label={t('portalProposals.status.units')}>
            {s.units.length
              ? s.units.map((u) => `${u.name}（${dictLabel(ASSIGNMENT_ROLES, u.role, locale)}）`).join('、')
              : t('portalProposals.status.none')}
          </Descriptions.Item>
          <Descriptions.Item label={t('portalProposals.status.assignedOn')}>
            {s.assignedOn ?? '—'}
          </Descriptions.Item>
          {s.answerDueOn ? (
            <Descriptions.Item label={t('portalProposals.status.dueOn')}>{s.answerDueOn}</Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t('portalProposals.status.contacts')}>
            {s.contacts.length
              ? s.contacts.map((c) => `${c.on} ${dictLabel(CONTACT_KINDS, c.kind, locale)}`).join('；')
              : t('portalProposals.status.none')}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={t('portalProposals.status.answers')}>
        {s.answers.length === 0 ? <Empty description={t('portalProposals.status.none')} /> : null}
        {s.answers.map((a) => (
          <div key={a.round} style={{ marginBottom: 12 }}>
            <Flex gap={8} wrap>
              <strong>{t('portalProposals.status.round', { round: a.round })}</strong>
              <span>{a.on}</span>
              <span>{a.documentNumber}</span>
              <Tag>{`${a.resultClass} ${dictLabel(RESULT_CLASSES, a.resultClass, locale)}`}</Tag>
            </Flex>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>
              {a.text}
            </Typography.Paragraph>
            {a.evaluation ? (
              <Tag color={a.evaluation === 'dissatisfied' ? 'red' : 'green'}>
                {t('portalProposals.status.evaluation', {
                  evaluation: dictLabel(EVALUATIONS, a.evaluation, locale),
                })}
              </Tag>
            ) : null}
          </div>
        ))}
      </Card>
      <Typography.Text type="secondary">{t('portalProposals.status.hint')}</Typography.Text>
    </Flex>
  );
}
