import { useQueryClient } from '@tanstack/react-query';
import { PlusOutlined } from '@ant-design/icons';
import { Button, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import type { LawsuitSummary } from '../../../../common/contracts/litigation.js';
import { useAuth } from '../../../common/auth.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { type FilterSpec, LedgerListPage, usePagedQuery, useUrlFilters } from '../../../common/list/index.js';
import { lawsuitsApi } from './api.js';
import { judgmentLabel, STATE_COLOR } from './labels.js';
import { RegisterDialog } from './RegisterDialog.js';
import './messages.js';

const FILTERS = ['q', 'state'] as const;
const STATES = ['received', 'answered', 'heard', 'judged', 'appealed', 'effective', 'closed'];

function useColumns(): ColumnsType<LawsuitSummary> {
  const t = useT();
  const { locale } = useLocale();
  const c = (k: string) => t(`litigation.columns.${k}`);
  return [
    {
      title: c('caseNumber'),
      dataIndex: 'caseNumber',
      width: 190,
      render: (n: string, r) => <Link to={`/litigation/lawsuits/${r.id}`}>{n}</Link>,
    },
    { title: c('unit'), dataIndex: ['orgUnit', 'name'], width: 150 },
    { title: c('plaintiff'), dataIndex: 'plaintiff', width: 150, ellipsis: true },
    { title: c('cause'), dataIndex: 'cause', width: 160, ellipsis: true },
    { title: c('filedOn'), dataIndex: 'filedOn', width: 110 },
    {
      title: c('answerDue'),
      dataIndex: 'answerDueOn',
      width: 110,
      render: (d: string | null, r) =>
        r.state === 'received' ? <Typography.Text type="warning">{d}</Typography.Text> : (d ?? '—'),
    },
    {
      title: c('head'),
      dataIndex: 'headAppeared',
      width: 100,
      render: (v: boolean) => (v ? <Tag color="green">{t('litigation.yes')}</Tag> : '—'),
    },
    {
      title: c('outcome'),
      dataIndex: 'judgmentType',
      width: 190,
      render: (_: string | null, r) => {
        const type = r.effectiveType ?? r.judgmentType;
        if (!type) return '—';
        return (
          <>
            {judgmentLabel(type, locale)}
            {r.lost ? (
              <Tag color="red" style={{ marginLeft: 6 }}>
                {t('litigation.lost')}
              </Tag>
            ) : null}
          </>
        );
      },
    },
    {
      title: c('state'),
      dataIndex: 'state',
      width: 170,
      fixed: 'right',
      render: (s: string) => <Tag color={STATE_COLOR[s]}>{t(`litigation.states.${s}`)}</Tag>,
    },
  ];
}

function useFilterSpecs(): FilterSpec[] {
  const t = useT();
  const f = (k: string) => t(`litigation.filters.${k}`);
  return [
    {
      kind: 'select',
      key: 'state',
      label: f('state'),
      width: 150,
      options: STATES.map((s) => ({ value: s, label: t(`litigation.states.${s}`) })),
    },
    { kind: 'search', key: 'q', label: f('keyword'), width: 260, button: f('search') },
  ];
}

/** 行政应诉台账: the cases the user may see, newest first, with the answer deadline and 负责人出庭 at a glance. */
export default function LawsuitListPage() {
  const t = useT();
  const { can } = useAuth();
  const [registering, setRegistering] = useState(false);
  const queryClient = useQueryClient();
  const state = useUrlFilters(FILTERS);
  const list = usePagedQuery(['litigation', 'lawsuits'], lawsuitsApi.list, state.query);
  return (
    <LedgerListPage<LawsuitSummary>
      title={t('litigation.title')}
      subTitle={t('litigation.subtitle')}
      actions={
        can('litigation.handle') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRegistering(true)}>
            {t('litigation.new')}
          </Button>
        ) : null
      }
      ledger={{
        path: '/litigation/lawsuits',
        importPermission: 'litigation.import',
        exportPermission: 'litigation.view',
        labels: {
          import: t('litigation.import'),
          template: t('litigation.template'),
          export: t('litigation.export'),
        },
      }}
      onImported={() => void queryClient.invalidateQueries({ queryKey: ['litigation'] })}
      state={state}
      filters={useFilterSpecs()}
      resetLabel={t('litigation.filters.reset')}
      list={list}
      columns={useColumns()}
      totalText={(total) => t('litigation.total', { total })}
      scroll={{ x: 1360 }}
    >
      <RegisterDialog open={registering} onClose={() => setRegistering(false)} />
    </LedgerListPage>
  );
}
