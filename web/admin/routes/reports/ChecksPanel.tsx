import { Alert, Card, Empty, Flex, Tag } from 'antd';
import type { ReportCheck } from '../../../../common/contracts/reports/annual.js';
import { useT } from '../../../common/i18n.js';

const TYPE = { error: 'error', warning: 'warning', info: 'info' } as const;
const ORDER = { error: 0, warning: 1, info: 2 } as const;

/** The consistency checks beside the text: errors first, each with the figures it names (click to find them). */
export function ChecksPanel({
  checks,
  onFigure,
}: {
  checks: ReportCheck[];
  onFigure: (key: string) => void;
}) {
  const t = useT();
  const sorted = [...checks].sort((a, b) => ORDER[a.level] - ORDER[b.level]);
  return (
    <Card size="small" title={`${t('reports.page.checks')}（${checks.length}）`} className="report-checks">
      {sorted.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('reports.page.noChecks')} />
      ) : null}
      <Flex vertical gap={8}>
        {sorted.map((c) => (
          <Alert
            key={`${c.level}:${c.message}`}
            type={TYPE[c.level]}
            showIcon
            data-check-level={c.level}
            title={`${t(`reports.page.level.${c.level}`)}：${c.message}`}
            description={
              c.keys.length ? (
                <Flex gap={4} wrap>
                  {c.keys.map((k) => (
                    <Tag key={k} style={{ cursor: 'pointer' }} onClick={() => onFigure(k)}>
                      {k}
                    </Tag>
                  ))}
                </Flex>
              ) : undefined
            }
          />
        ))}
      </Flex>
    </Card>
  );
}
