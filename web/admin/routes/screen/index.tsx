import { CompressOutlined, ExpandOutlined, HomeOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, ConfigProvider, Drawer, Flex, Select, Spin, Table, theme } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../../common/api.js';
import { ErrorAlert, LanguageSwitch } from '../../../common/components/index.js';
import { formatChinaTime } from '../../../common/format.js';
import { useT } from '../../../common/i18n.js';
import { DueItemsCard } from '../home/DueItemsCard.js';
import { MetricRecords } from '../home/MetricRecords.js';
import '../home/messages.js';
import './messages.js';
import {
  AreaPanel,
  DepartmentPanel,
  type Drill,
  DuePanel,
  HeadlineStrip,
  ReportPanel,
  TrendPanel,
  useDueLink,
} from './panels.js';
import type { Screen } from './screen-format.js';
import './screen.css';

/** The screen refreshes itself: a wall display is left open all day. */
const REFRESH_MS = 60_000;
const DEPARTMENT_ROWS = 14;
const DUE_ROWS = 8;

/** Whether the page is shown full screen, and a toggle (the browser's own full-screen mode). */
function useFullScreen(): [boolean, () => void] {
  const [isFull, setFull] = useState(() => Boolean(document.fullscreenElement));
  useEffect(() => {
    const sync = () => setFull(Boolean(document.fullscreenElement));
    document.addEventListener('fullscreenchange', sync);
    return () => document.removeEventListener('fullscreenchange', sync);
  }, []);
  const toggle = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.();
  }, []);
  return [isFull, toggle];
}

/**
 * 数据大屏 (decision 0034): the leader's and the coordinator's wall display of the year — headline figures,
 * monthly trends, departments red / amber / green, the streets, the week's deadlines and the annual report.
 * Every number opens its records; the data refresh every minute.
 */
export default function ScreenPage() {
  const t = useT();
  const [asked, setYear] = useState<number | undefined>();
  const [drill, setDrill] = useState<Drill | null>(null);
  const [isFull, toggleFull] = useFullScreen();
  const screen = useQuery({
    queryKey: ['workbench', 'screen', asked ?? null],
    queryFn: () => api.get<Screen>(`/workbench/screen${asked ? `?year=${asked}` : ''}`),
    refetchInterval: REFRESH_MS,
    placeholderData: (previous) => previous,
  });
  const s = screen.data;
  const years = s ? [...new Set([s.year, ...s.years])].sort((a, b) => b - a) : [];
  return (
    <ConfigProvider theme={{ algorithm: theme.darkAlgorithm, token: { colorBgContainer: '#0d2142' } }}>
      <div className="fz-screen" data-testid="screen">
        <Flex align="center" justify="space-between" gap={16}>
          <h1 style={{ margin: 0, fontSize: 26, letterSpacing: 2, color: '#e6f4ff' }}>
            {t('admin.screen.title')}
          </h1>
          <Flex align="center" gap={12} wrap>
            <Select
              value={s?.year ?? asked}
              onChange={setYear}
              style={{ width: 100 }}
              aria-label={t('admin.screen.year')}
              options={years.map((y) => ({ value: y, label: String(y) }))}
            />
            <span className="fz-muted" data-testid="screen-updated" title={t('admin.screen.refreshing')}>
              {s ? t('admin.screen.updatedAt', { time: formatChinaTime(s.generatedAt) }) : null}
              {screen.isFetching ? <Spin size="small" style={{ marginInlineStart: 8 }} /> : null}
            </span>
            <LanguageSwitch />
            <Button icon={isFull ? <CompressOutlined /> : <ExpandOutlined />} onClick={toggleFull}>
              {isFull ? t('admin.screen.exitFullScreen') : t('admin.screen.fullScreen')}
            </Button>
            <Link to="/">
              <Button icon={<HomeOutlined />}>{t('admin.screen.back')}</Button>
            </Link>
          </Flex>
        </Flex>
        {screen.error ? (
          <ErrorAlert error={screen.error} onRetry={() => void screen.refetch()} />
        ) : s ? (
          <HeadlineStrip s={s} onDrill={setDrill} />
        ) : (
          <Spin size="large" />
        )}
        {s ? (
          <div className="fz-screen-grid">
            <TrendPanel s={s} onDrill={setDrill} />
            <DepartmentPanel s={s} onDrill={setDrill} rows={DEPARTMENT_ROWS} />
            <AreaPanel s={s} onDrill={setDrill} />
            <DuePanel s={s} onDrill={setDrill} rows={DUE_ROWS} />
            <ReportPanel s={s} />
          </div>
        ) : null}
      </div>
      <DrillDrawer drill={drill} screen={s} onClose={() => setDrill(null)} />
    </ConfigProvider>
  );
}

/** What a clicked number opens: the figure's records, a unit's deadlines, or the week's clocks. */
function DrillDrawer({
  drill,
  screen,
  onClose,
}: {
  drill: Drill | null;
  screen?: Screen;
  onClose: () => void;
}) {
  const t = useT();
  const due = screen?.dueThisWeek;
  const title =
    drill?.kind === 'figure'
      ? drill.title
      : drill?.kind === 'unit'
        ? t('admin.screen.unitItems', { unit: drill.unitName })
        : drill && due
          ? t('admin.screen.dueItems', { from: due.from, to: due.to })
          : null;
  return (
    <Drawer open={drill !== null} onClose={onClose} size="large" title={title} destroyOnHidden>
      {drill?.kind === 'figure' ? (
        <MetricRecords metricKey={drill.metricKey} from={drill.from} to={drill.to} />
      ) : null}
      {drill?.kind === 'unit' ? <DueItemsCard unitId={drill.unitId} initialUrgency="all" compact /> : null}
      {drill?.kind === 'due' && due ? <DueList due={due} /> : null}
    </Drawer>
  );
}

function DueList({ due }: { due: Screen['dueThisWeek'] }) {
  const t = useT();
  const linkOf = useDueLink();
  return (
    <>
      <p>{t('admin.screen.dueListed', { shown: due.items.length, count: due.count })}</p>
      <Table<Screen['dueThisWeek']['items'][number]>
        rowKey="clockId"
        size="small"
        dataSource={due.items}
        pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
        columns={[
          { title: t('admin.screen.colDue'), dataIndex: 'dueOn', width: 110 },
          {
            title: t('admin.screen.colTitle'),
            key: 'title',
            render: (_, item) => {
              const link = linkOf(item);
              return link ? <Link to={link}>{item.title}</Link> : item.title;
            },
          },
          { title: t('admin.screen.colUnit'), dataIndex: 'unitName', width: 180 },
        ]}
      />
    </>
  );
}
