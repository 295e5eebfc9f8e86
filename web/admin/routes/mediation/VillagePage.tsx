import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Grid, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useParams } from 'react-router';
import { useT } from '../../../common/i18n.js';
import { mediationApi } from './api.js';
import './messages.js';

type Person = { name: string; phone: string | null };

/** The village page every street shows: its 法治 roster, its point and committee, and this year's disputes. */
export default function VillagePage() {
  const t = useT();
  const { id = '' } = useParams();
  const year = dayjs().year();
  const wide = Grid.useBreakpoint().md ?? false;
  const page = useQuery({
    queryKey: ['mediation', 'village', id, year],
    queryFn: () => mediationApi.village(id, year),
  });
  const v = page.data;
  if (!v) return <Card loading />;
  const people = (xs: Person[]) =>
    xs.length ? (
      <Space direction="vertical" size={0}>
        {xs.map((p) => (
          <span key={`${p.name}${p.phone}`}>
            {p.name}
            {p.phone ? <Typography.Text type="secondary">{` ${p.phone}`}</Typography.Text> : null}
          </span>
        ))}
      </Space>
    ) : (
      '—'
    );
  const layout = {
    column: { xs: 1, md: 2 },
    size: 'small' as const,
    bordered: wide,
    layout: wide ? ('horizontal' as const) : ('vertical' as const),
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} size={16}>
      <Card
        size="small"
        title={<span data-testid="village-name">{`${v.name}（${v.street}）`}</span>}
        extra={
          v.demoVillage ? (
            <Tag color="gold">{`${t(`mediation.enums.demoLevel.${v.demoVillage.level}`)} ${v.demoVillage.year}`}</Tag>
          ) : null
        }
      >
        <Typography.Paragraph data-testid="village-cases">
          {t('mediation.villages.cases', v.cases)}
        </Typography.Paragraph>
        <Descriptions {...layout}>
          <Descriptions.Item label={t('mediation.villages.lawUnderstanders')}>
            {people(v.people.lawUnderstanders)}
          </Descriptions.Item>
          <Descriptions.Item label={t('mediation.villages.ruleOfLawLeaders')}>
            {people(v.people.ruleOfLawLeaders)}
          </Descriptions.Item>
          <Descriptions.Item label={t('mediation.villages.adviser')}>{v.adviser ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('mediation.villages.gridWorkers')}>
            {people(v.people.gridWorkers)}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={t('mediation.villages.point')}>
        {v.point ? (
          <Descriptions {...layout}>
            <Descriptions.Item label={t('mediation.villages.established')}>
              {v.point.establishedOn}
            </Descriptions.Item>
            <Descriptions.Item label={t('mediation.villages.head')}>{v.point.head ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('mediation.villages.speakers')}>
              {v.point.speakers.join('、') || '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('mediation.villages.adviser')}>
              {v.point.lawyer ?? '—'}
            </Descriptions.Item>
          </Descriptions>
        ) : (
          '—'
        )}
      </Card>
      <Card size="small" title={t('mediation.villages.committee')}>
        {v.committee ? (
          <Descriptions {...layout}>
            <Descriptions.Item label={t('mediation.committees.name')}>{v.committee.name}</Descriptions.Item>
            <Descriptions.Item label={t('mediation.committees.members')}>
              {v.committee.members}
            </Descriptions.Item>
            <Descriptions.Item label={t('mediation.committees.term')}>
              {`${v.committee.termStartOn} ~ ${v.committee.termEndOn}`}
            </Descriptions.Item>
          </Descriptions>
        ) : (
          '—'
        )}
      </Card>
    </Space>
  );
}
