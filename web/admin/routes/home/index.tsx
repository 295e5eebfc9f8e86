import { Button, Flex, Space } from 'antd';
import { Navigate, useSearchParams } from 'react-router';
import { useAuth } from '../../../common/auth.js';
import { PageHeader } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import { CalendarNotice } from './CalendarNotice.js';
import { DueCountCards } from './DueCountCards.js';
import { DueItemsCard } from './DueItemsCard.js';
import { LeaderOverview } from './LeaderOverview.js';
import { QueuesCard } from './QueuesCard.js';
import { SupervisionBoard } from './SupervisionBoard.js';
import './messages.js';

/** The home by role (issue #10): each role's first screen is its own work. */
export default function HomePage() {
  const { user } = useAuth();
  switch (user?.role) {
    case 'leader':
      return <LeaderHome />;
    case 'coordinator':
      return <CoordinatorHome />;
    case 'legal_reviewer':
      return <ReviewerHome />;
    // Their module's own page is their day's work: the points and the 说事 log, the legal matters.
    case 'mediator':
      return <Navigate to="/mediation" replace />;
    case 'legal_adviser':
      return <Navigate to="/legal-affairs/matters" replace />;
    default:
      return <OfficerHome />;
  }
}

/** Officer: the unit's deadlines, counted over all of them, most urgent first. */
function OfficerHome() {
  const t = useT();
  return (
    <Flex vertical gap={16}>
      <PageHeader title={t('admin.homes.officerTitle')} subTitle={t('admin.homes.officerSub')} />
      <DueCountCards />
      <QueuesCard />
      <DueItemsCard />
      <CalendarNotice />
    </Flex>
  );
}

/** Legal reviewer: the review queue first, then the deadlines in scope. */
function ReviewerHome() {
  const t = useT();
  return (
    <Flex vertical gap={16}>
      <PageHeader title={t('admin.homes.reviewerTitle')} subTitle={t('admin.homes.reviewerSub')} />
      <QueuesCard />
      <DueCountCards />
      <DueItemsCard />
      <CalendarNotice />
    </Flex>
  );
}

/** Coordinator: the supervision board; `?unit=` drills down to one unit's items (kept in the address). */
function CoordinatorHome() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unit') ?? undefined;
  const unitName = params.get('unitName') ?? '';
  if (unitId) {
    return (
      <Flex vertical gap={16}>
        <PageHeader
          title={t('admin.homes.list.unitTitle', { unit: unitName })}
          extra={<Button onClick={() => setParams({})}>{t('admin.homes.board.back')}</Button>}
        />
        <DueCountCards unitId={unitId} />
        <DueItemsCard key={unitId} unitId={unitId} initialUrgency="attention" />
      </Flex>
    );
  }
  return (
    <Flex vertical gap={16}>
      <PageHeader title={t('admin.homes.coordinatorTitle')} subTitle={t('admin.homes.coordinatorSub')} />
      <DueCountCards />
      <SupervisionBoard onOpenUnit={(row) => setParams({ unit: row.unitId, unitName: row.unitName })} />
      <CalendarNotice />
    </Flex>
  );
}

/** Leader: figures and trends, not a to-do list. */
function LeaderHome() {
  const t = useT();
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <PageHeader title={t('admin.homes.leaderTitle')} subTitle={t('admin.homes.leaderSub')} />
      <LeaderOverview />
    </Space>
  );
}
