import { Card, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { z } from 'zod';
import type { PublicDoc, PublicDocPage } from '../../../../common/contracts/normative-docs.js';
import { Link } from 'react-router';
import { api, type Query } from '../../../common/api.js';
import { useT } from '../../../common/i18n.js';
import { FilterBar, PagedTable, usePagedQuery, useUrlFilters } from '../../../common/list/index.js';
import './messages.js';

type Doc = z.infer<typeof PublicDoc>;
const FILTERS = ['q'] as const;

/** 现行有效规范性文件目录: the authority — a document not on it cannot be cited. */
export default function ListPage() {
  const t = useT();
  const { query, filters, set, ...state } = useUrlFilters(FILTERS);
  const results = usePagedQuery(
    ['portal', 'normative-docs'],
    (q: Query) => api.get<z.infer<typeof PublicDocPage>>('/portal/normative-docs', q),
    query,
  );
  const columns: ColumnsType<Doc> = [
    {
      title: t('portalNormativeDocs.columns.title'),
      dataIndex: 'title',
      render: (title: string, d) => (
        <>
          <Link to={`/normative-docs/${d.id}`}>{title}</Link>
          {d.provisional ? <Tag style={{ marginLeft: 6 }}>{t('portalNormativeDocs.provisional')}</Tag> : null}
        </>
      ),
    },
    { title: t('portalNormativeDocs.columns.issuer'), dataIndex: 'issuer', width: 180 },
    { title: t('portalNormativeDocs.columns.documentNumber'), dataIndex: 'documentNumber', width: 170 },
    {
      title: t('portalNormativeDocs.columns.registrationNumber'),
      dataIndex: 'registrationNumber',
      width: 140,
    },
    { title: t('portalNormativeDocs.columns.publishedOn'), dataIndex: 'publishedOn', width: 110 },
    {
      title: t('portalNormativeDocs.columns.validUntil'),
      dataIndex: 'validUntil',
      width: 110,
      render: (v?: string) => v ?? '—',
    },
  ];
  return (
    <>
      <Typography.Title level={4}>{t('portalNormativeDocs.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('portalNormativeDocs.intro')}</Typography.Paragraph>
      <Card size="small">
        <FilterBar
          filters={filters}
          set={set}
          specs={[
            {
              kind: 'search',
              key: 'q',
              label: t('portalNormativeDocs.keyword'),
              width: 280,
              button: t('portalNormativeDocs.search'),
            },
          ]}
        />
        <PagedTable<Doc>
          list={results}
          columns={columns}
          state={{ ...state, set }}
          totalText={(total) => t('portalNormativeDocs.total', { total })}
        />
      </Card>
    </>
  );
}
