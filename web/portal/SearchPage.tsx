import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, Input, List, Row, Spin, Typography } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { PortalSearchGroup, PortalSearchResult } from '../../common/contracts/portal-search.js';
import { api } from '../common/api.js';
import { ErrorAlert } from '../common/components/index.js';
import { useLocale, useT } from '../common/i18n.js';

/** The portal's one search box, as the home page and this page show it; it opens /search?q=…. */
export function PortalSearchBox({
  initial = '',
  size = 'large',
}: {
  initial?: string;
  size?: 'large' | 'middle';
}) {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Input.Search
      key={initial}
      defaultValue={initial}
      size={size}
      allowClear
      enterButton={t('portal.search')}
      placeholder={t('portal.searchPlaceholder')}
      aria-label={t('portal.search')}
      maxLength={100}
      onSearch={(value) => {
        const q = value.trim();
        if (q) navigate(`/search?q=${encodeURIComponent(q)}`);
      }}
    />
  );
}

function GroupCard({ group }: { group: PortalSearchGroup }) {
  const t = useT();
  const { label } = useLocale();
  return (
    <Card
      size="small"
      title={`${label(group.label)}（${group.total}）`}
      extra={
        group.total > group.hits.length ? (
          <Link to={group.morePath}>{t('portal.results.all', { total: group.total })}</Link>
        ) : null
      }
    >
      <List
        dataSource={group.hits}
        locale={{ emptyText: t('portal.nothingYet') }}
        renderItem={(hit) => (
          <List.Item extra={hit.date ? <Typography.Text type="secondary">{hit.date}</Typography.Text> : null}>
            <List.Item.Meta title={<Link to={hit.path}>{hit.title}</Link>} description={hit.subtitle} />
          </List.Item>
        )}
      />
    </Card>
  );
}

/** 搜索结果: a few hits per public section, each opening its record, with the way on to the section's search. */
export default function SearchPage() {
  const t = useT();
  const [params] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  const found = useQuery({
    queryKey: ['portal', 'search', q],
    queryFn: () => api.get<PortalSearchResult>('/portal/search', { q, limit: 5 }),
    enabled: q !== '',
  });
  const total = found.data?.groups.reduce((n, g) => n + g.total, 0) ?? 0;
  return (
    <>
      <Typography.Title level={4}>{t('portal.results.title')}</Typography.Title>
      <div style={{ maxWidth: 760, marginBottom: 16 }}>
        <PortalSearchBox initial={q} />
      </div>
      {q === '' ? <Alert type="info" showIcon title={t('portal.results.empty')} /> : null}
      {found.isFetching ? <Spin style={{ display: 'block', margin: 48 }} /> : null}
      {found.error ? <ErrorAlert error={found.error} /> : null}
      {found.data && total === 0 ? (
        <Alert
          type="warning"
          showIcon
          title={t('portal.results.none', { q })}
          description={
            <>
              {t('portal.results.noneHint')} <Link to="/disclosure/apply">{t('portal.services.apply')}</Link>
            </>
          }
        />
      ) : null}
      {found.data && total > 0 ? (
        <>
          <Typography.Paragraph type="secondary">
            {t('portal.results.summary', { q, total })}
          </Typography.Paragraph>
          <Row gutter={[16, 16]}>
            {found.data.groups
              .filter((g) => g.total > 0)
              .map((g) => (
                <Col key={g.key} xs={24} xl={12}>
                  <GroupCard group={g} />
                </Col>
              ))}
          </Row>
        </>
      ) : null}
    </>
  );
}
