import { Card, Col, Flex, Row, Tag, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import type { CalendarDay } from '../../../../common/calendar/index.js';
import { useT } from '../../../common/i18n.js';
import { type CellKind, monthCells } from './year-view.js';

const CELL_STYLE: Record<CellKind, { background: string; color: string }> = {
  off: { background: '#fff1f0', color: '#cf1322' },
  work: { background: '#fff7e6', color: '#d46b08' },
  weekend: { background: '#fafafa', color: '#8c8c8c' },
  weekday: { background: '#fff', color: 'inherit' },
};

/** Twelve small months marking 放假 (red), 调休上班 (amber) and ordinary weekends (grey). */
export function MonthGrid({ year, days }: { year: number; days: CalendarDay[] }) {
  const t = useT();
  const byDay = useMemo(() => new Map(days.map((d) => [d.day, d])), [days]);
  const weekdays = t('calendar.detail.weekdays').split(',');
  return (
    <>
      <Flex gap={8} style={{ marginBottom: 12 }}>
        <Tag color="red">{t('calendar.detail.legendOff')}</Tag>
        <Tag color="orange">{t('calendar.detail.legendWork')}</Tag>
        <Tag>{t('calendar.detail.legendWeekend')}</Tag>
      </Flex>
      <Row gutter={[12, 12]}>
        {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => (
          <Col key={month} xs={24} sm={12} lg={8} xxl={6}>
            <Card size="small" title={t('calendar.detail.month', { month })}>
              <div
                style={{
                  display: 'grid',
                  gridTemplateColumns: 'repeat(7, 1fr)',
                  gap: 2,
                  textAlign: 'center',
                }}
              >
                {weekdays.map((w) => (
                  <Typography.Text key={w} type="secondary" style={{ fontSize: 12 }}>
                    {w}
                  </Typography.Text>
                ))}
                {monthCells(year, month, byDay).map((cell, i) =>
                  cell ? (
                    <Tooltip key={cell.day} title={cell.holiday ? `${cell.day} ${cell.holiday}` : undefined}>
                      <div
                        data-kind={cell.kind}
                        style={{
                          ...CELL_STYLE[cell.kind],
                          borderRadius: 4,
                          fontSize: 12,
                          lineHeight: '22px',
                        }}
                      >
                        {cell.date}
                      </div>
                    </Tooltip>
                  ) : (
                    // biome-ignore lint/suspicious/noArrayIndexKey: blank cells before day 1 have no identity
                    <div key={`pad-${i}`} />
                  ),
                )}
              </div>
            </Card>
          </Col>
        ))}
      </Row>
    </>
  );
}
