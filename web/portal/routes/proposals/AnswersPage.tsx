import { Card, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import {
  dictLabel,
  dictOptions,
  PROPOSAL_KINDS,
  type PublicAnswer,
  type PublicAnswerPage,
  RESULT_CLASSES,
} from '../../../../common/contracts/proposals.js';
import { api, type Query } from '../../../common/api.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { FilterBar, PagedTable, usePagedQuery, useUrlFilters } from '../../../common/list/index.js';
import './messages.js';

const FILTERS = ['kind', 'session', 'unit', 'q'] as const;

/** 办理复文公开: every disclosed answer (the latest of each item), searchable; the text opens under its row. */
export default function AnswersPage() {
  const t = useT();
  const { locale } = useLocale();
  const { query, filters, set, ...state } = useUrlFilters(FILTERS);
  const results = usePagedQuery(
    ['portal', 'proposals', 'answers'],
    (q: Query) => api.get<PublicAnswerPage>('/portal/proposals/answers', q),
    query,
  );
  const columns: ColumnsType<PublicAnswer> = [
    {
      title: t('portalProposals.columns.number'),
      dataIndex: 'number',
      width: 80,
      render: (n: string, a) => `${a.session} ${n}`,
    },
    {
      title: t('portalProposals.columns.title'),
      dataIndex: 'title',
      render: (title: string, a) => (
        <>
          <strong>{title}</strong>
          <div>
            <Typography.Text type="secondary">{a.documentNumber}</Typography.Text>
          </div>
          <Typography.Paragraph
            ellipsis={{ rows: 2, expandable: true }}
            style={{ margin: 0, whiteSpace: 'pre-wrap' }}
          >
            {a.text}
          </Typography.Paragraph>
        </>
      ),
    },
    {
      title: t('portalProposals.columns.kind'),
      dataIndex: 'kind',
      width: 130,
      render: (k: string) => dictLabel(PROPOSAL_KINDS, k, locale),
    },
    { title: t('portalProposals.columns.author'), dataIndex: 'leadAuthor', width: 90 },
    { title: t('portalProposals.columns.unit'), dataIndex: 'unit', width: 180 },
    { title: t('portalProposals.columns.answeredOn'), dataIndex: 'answeredOn', width: 110 },
    {
      title: t('portalProposals.columns.result'),
      dataIndex: 'resultClass',
      width: 150,
      render: (c: string) => `${c} ${dictLabel(RESULT_CLASSES, c, locale)}`,
    },
  ];
  return (
    <>
      <Typography.Title level={4}>{t('portalProposals.title')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('portalProposals.intro')}</Typography.Paragraph>
      <Card size="small">
        <FilterBar
          filters={filters}
          set={set}
          specs={[
            {
              kind: 'select',
              key: 'kind',
              label: t('portalProposals.kind'),
              width: 150,
              options: dictOptions(PROPOSAL_KINDS, locale),
            },
            { kind: 'search', key: 'session', label: t('portalProposals.session'), width: 190 },
            { kind: 'search', key: 'unit', label: t('portalProposals.unit'), width: 190 },
            {
              kind: 'search',
              key: 'q',
              label: t('portalProposals.keyword'),
              width: 260,
              button: t('portalProposals.search'),
            },
          ]}
        />
        <PagedTable<PublicAnswer>
          list={results}
          columns={columns}
          state={{ ...state, set }}
          totalText={(total) => t('portalProposals.total', { total })}
        />
      </Card>
    </>
  );
}
