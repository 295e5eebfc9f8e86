import { Card, Flex, Space, Tag, Typography } from 'antd';
import type { ReportDraftDetail } from '../../../../common/contracts/reports/drafts.js';
import { ActionButtons } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import { DEADLINE_COLOR, deadlineLabel } from './deadlines.js';

/** Status, who acts next, the deadlines with their basis, and the steps this user may take now. */
export function WorkflowBar({
  detail,
  pendingKey,
  onAction,
}: {
  detail: ReportDraftDetail;
  pendingKey: string | null;
  onAction: (key: string) => void;
}) {
  const t = useT();
  return (
    <Card size="small" style={{ marginBottom: 16 }} className="report-workflow">
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Space wrap>
          <Tag color={detail.status === 'published' ? 'green' : 'processing'} data-status={detail.status}>
            {t(`reports.status.${detail.status}`)}
          </Tag>
          <Typography.Text>
            {t('reports.page.nextAction', { next: t(`reports.next.${detail.status}`) })}
          </Typography.Text>
          {detail.deadlines.map((d) => (
            <Tag key={d.key} color={DEADLINE_COLOR[d.status]} title={d.basis}>
              {deadlineLabel(t, d)} {d.dueOn}
            </Tag>
          ))}
          <Typography.Text type="secondary">
            {t('reports.page.version', { version: detail.version })}
          </Typography.Text>
        </Space>
        <ActionButtons actions={detail.actions} onAction={onAction} pendingKey={pendingKey} hideForbidden />
      </Flex>
    </Card>
  );
}
