import { useQuery } from '@tanstack/react-query';
import { Card, Input, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import type { PublicBodies } from '../../../../common/contracts/enforcement/publication.js';
import { ErrorAlert } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import { portalEnforcementApi } from './api.js';
import { SectionTabs } from './SectionTabs.js';
import './messages.js';

type Body = PublicBodies['bodies'][number];

const wrap = (v: string) => <span style={{ whiteSpace: 'pre-wrap' }}>{v}</span>;

/** 执法主体公示 (事前公开, 国办发〔2018〕118号): each confirmed body with its legal basis and scope. */
export default function BodiesPage() {
  const t = useT();
  const tt = (k: string, vars?: Record<string, string | number>) => t(`portalEnforcement.bodies.${k}`, vars);
  const [keyword, setKeyword] = useState('');
  const bodies = useQuery({
    queryKey: ['portal', 'enforcement', 'bodies'],
    queryFn: portalEnforcementApi.bodies,
  });
  // 23 bodies: filtering in the browser is instant and spares the server a search endpoint.
  const k = keyword.trim();
  const shown = (bodies.data ?? []).filter(
    (b) => !k || b.orgUnitName.includes(k) || b.scope.includes(k) || b.legalBasis.includes(k),
  );
  const c = (key: string) => tt(`columns.${key}`);
  const columns: ColumnsType<Body> = [
    { title: c('body'), dataIndex: 'orgUnitName', width: 200 },
    { title: c('authorityKind'), dataIndex: 'authorityKindLabel', width: 140 },
    { title: c('legalBasis'), dataIndex: 'legalBasis', render: wrap },
    { title: c('scope'), dataIndex: 'scope', render: wrap },
    { title: c('confirmedOn'), dataIndex: 'confirmedOn', width: 110 },
    {
      title: c('document'),
      dataIndex: 'confirmationDocument',
      width: 180,
      render: (v: string | null) => v ?? '—',
    },
  ];
  return (
    <>
      <SectionTabs active="bodies" />
      <Typography.Title level={4}>{tt('title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{tt('intro')}</Typography.Paragraph>
      <Card size="small">
        <Input.Search
          aria-label={tt('keyword')}
          placeholder={tt('keyword')}
          allowClear
          style={{ width: 320, marginBottom: 12 }}
          onChange={(e) => setKeyword(e.target.value)}
          onSearch={setKeyword}
        />
        {bodies.error ? <ErrorAlert error={bodies.error} onRetry={() => void bodies.refetch()} /> : null}
        <Table<Body>
          rowKey="orgUnitId"
          size="middle"
          loading={bodies.isFetching}
          columns={columns}
          dataSource={shown}
          pagination={{ pageSize: 50, hideOnSinglePage: true, showTotal: (total) => tt('total', { total }) }}
        />
      </Card>
    </>
  );
}
