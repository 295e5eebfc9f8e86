import { useQuery } from '@tanstack/react-query';
import { Button, Card, Descriptions, Flex, Spin, Table, Tag } from 'antd';
import { useMemo, useState } from 'react';
import { Link, useParams } from 'react-router';
import type { AdviserDetail, MatterSummary } from '../../../../common/contracts/legal-affairs/matters.js';
import { EChart } from '../../../common/components/EChart.js';
import { useAuth } from '../../../common/auth.js';
import { ErrorAlert, PageHeader } from '../../../common/components/index.js';
import { formatYuan } from '../../../common/format.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { legalApi } from './api.js';
import { type RosterForm, RosterFormModal } from './RosterForms.js';
import { adviserKindLabel, fieldLabel, gradeLabel, kindLabel, STATE_COLOR, stateLabel } from './labels.js';
import './messages.js';

/** One adviser: the profile, contracts, yearly evaluations, workload by year and the matters they are on. */
export default function AdviserPage() {
  const { id = '' } = useParams();
  const t = useT();
  const { locale } = useLocale();
  const { can } = useAuth();
  const [editing, setEditing] = useState<RosterForm | null>(null);
  const detail = useQuery({
    queryKey: ['legal-affairs', 'adviser', id],
    queryFn: () => legalApi.adviser(id),
  });
  const matters = useQuery({
    queryKey: ['legal-affairs', 'matters', 'adviser', id],
    queryFn: () => legalApi.matters({ adviserId: id, pageSize: 10 }),
  });
  if (detail.isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (detail.error) return <ErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  const d = detail.data;
  const a = (k: string) => t(`legal.adviser.${k}`);
  const r = (k: string) => t(`legal.advisers.${k}`);
  return (
    <>
      <PageHeader
        title={d.name}
        subTitle={
          <Flex gap={8}>
            <span>{adviserKindLabel(d.kind, locale)}</span>
            <span>{d.firm ?? d.orgUnit.name}</span>
            {d.status !== 'active' ? <Tag>{r('ended')}</Tag> : null}
          </Flex>
        }
        extra={
          <>
            {can('legal_affairs.manage_roster') && d.status === 'active'
              ? (['contract', 'evaluation', 'end'] as const).map((f) => (
                  <Button key={f} danger={f === 'end'} onClick={() => setEditing(f)}>
                    {t(`legal.roster.${f}`)}
                  </Button>
                ))
              : null}
            <Link to="/legal-affairs/advisers">
              <Button>{a('back')}</Button>
            </Link>
          </>
        }
      />
      <Flex gap={16} align="flex-start" wrap>
        <Flex vertical gap={16} style={{ flex: '2 1 560px' }}>
          <Card size="small" title={a('profile')}>
            <Descriptions
              size="small"
              column={2}
              items={[
                { key: 'licence', label: r('licence'), children: d.licenceNumber },
                { key: 'unit', label: r('unit'), children: d.orgUnit.name },
                {
                  key: 'fields',
                  label: r('fields'),
                  children: d.fields.map((f) => fieldLabel(f, locale)).join(locale === 'en-US' ? ', ' : '、'),
                },
                { key: 'phone', label: a('phone'), children: d.phone ?? '—' },
                {
                  key: 'served',
                  label: r('served'),
                  span: 2,
                  children: d.unitsServed.map((u) => u.name).join('、') || '—',
                },
              ]}
            />
          </Card>
          <Card size="small" title={a('workload')}>
            <YearsChart d={d} />
          </Card>
          <Card size="small" title={a('matters')}>
            <Table<MatterSummary>
              rowKey="id"
              size="small"
              loading={matters.isLoading}
              dataSource={matters.data?.items ?? []}
              pagination={false}
              columns={[
                {
                  title: t('legal.fields.matterNumber'),
                  dataIndex: 'matterNumber',
                  width: 150,
                  render: (n: string, m) => <Link to={`/legal-affairs/matters/${m.id}`}>{n}</Link>,
                },
                { title: t('legal.fields.subject'), dataIndex: 'subject' },
                {
                  title: t('legal.fields.kind'),
                  dataIndex: 'kind',
                  width: 130,
                  render: (k: string) => kindLabel(k, locale),
                },
                {
                  title: t('legal.fields.state'),
                  dataIndex: 'state',
                  width: 100,
                  render: (s: string) => <Tag color={STATE_COLOR[s]}>{stateLabel(s, locale)}</Tag>,
                },
              ]}
            />
          </Card>
        </Flex>
        <Flex vertical gap={16} style={{ flex: '1 1 320px' }}>
          <Card size="small" title={a('contracts')}>
            <Table
              rowKey="id"
              size="small"
              pagination={false}
              dataSource={d.contracts}
              columns={[
                { title: a('contractNumber'), dataIndex: 'contractNumber' },
                {
                  title: a('term'),
                  key: 'term',
                  render: (_: unknown, c: AdviserDetail['contracts'][number]) =>
                    `${c.startsOn} — ${c.endsOn}`,
                },
                {
                  title: a('fee'),
                  dataIndex: 'feeYuan',
                  render: (v: number | null) => formatYuan(v, locale),
                },
              ]}
            />
          </Card>
          <Card size="small" title={a('evaluations')}>
            <Table
              rowKey="year"
              size="small"
              pagination={false}
              dataSource={d.evaluations}
              columns={[
                { title: a('evalYear'), dataIndex: 'year' },
                { title: a('grade'), dataIndex: 'grade', render: (g: string) => gradeLabel(g, locale) },
                { title: a('score'), dataIndex: 'score' },
                { title: a('evaluatedOn'), dataIndex: 'evaluatedOn' },
              ]}
            />
          </Card>
        </Flex>
      </Flex>
      <RosterFormModal form={editing} adviserId={id} onClose={() => setEditing(null)} />
    </>
  );
}

/** Matters and opinions signed, year by year. */
function YearsChart({ d }: { d: AdviserDetail }) {
  const t = useT();
  const years = [...d.years].sort((x, y) => x.year - y.year);
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category', data: years.map((y) => String(y.year)) },
      yAxis: { type: 'value' },
      series: [
        { name: t('legal.advisers.matters'), type: 'bar', data: years.map((y) => y.matters) },
        { name: t('legal.advisers.opinionsSigned'), type: 'bar', data: years.map((y) => y.opinions) },
      ],
    }),
    [years, t],
  );
  return <EChart option={option} height={220} />;
}
