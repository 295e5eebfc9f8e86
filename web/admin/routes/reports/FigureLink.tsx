import { useQuery } from '@tanstack/react-query';
import { Descriptions, Drawer, Popover, Typography } from 'antd';
import { useState } from 'react';
import type { ReportFigure } from '../../../../common/contracts/reports/annual.js';
import { api } from '../../../common/api.js';
import { ErrorAlert, type RecordPageData, RecordPageTable } from '../../../common/components/index.js';
import { useT } from '../../../common/i18n.js';
import { figureName, yearOverYear } from '../../../common/reports/figure-segments.js';

/** Key, period, this year, last year and the change of one figure. */
export function FigureFacts({ figure }: { figure: ReportFigure }) {
  const t = useT();
  const yoy = yearOverYear(figure);
  const sign = (n: number) => (n > 0 ? `+${n}` : String(n));
  return (
    <Descriptions size="small" column={1} style={{ maxWidth: 360 }}>
      <Descriptions.Item label={t('reportDoc.figure.key')}>
        <code>{figureName(figure)}</code>
      </Descriptions.Item>
      <Descriptions.Item label={t('reportDoc.figure.period')}>
        {figure.from} – {figure.to}
      </Descriptions.Item>
      <Descriptions.Item label={t('reportDoc.figure.value')}>{figure.value}</Descriptions.Item>
      <Descriptions.Item label={t('reportDoc.figure.previous')}>
        {yoy ? yoy.previous : t('reportDoc.figure.noPrevious')}
      </Descriptions.Item>
      {yoy ? (
        <Descriptions.Item label={t('reportDoc.figure.change')}>
          {sign(yoy.change)}
          {yoy.percent === null ? '' : `（${sign(yoy.percent)}%）`}
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}

/** A figure in the text: highlighted; hover shows where it comes from; click opens its records. */
export function FigureLink({
  figure,
  printed,
  onOpen,
}: {
  figure: ReportFigure;
  printed: string;
  onOpen: (f: ReportFigure) => void;
}) {
  return (
    <Popover content={<FigureFacts figure={figure} />} mouseEnterDelay={0.3}>
      <Typography.Link
        className="report-figure"
        data-figure={figureName(figure)}
        onClick={(e) => {
          e.stopPropagation();
          onOpen(figure);
        }}
        style={{ background: '#fff7e6', borderBottom: '1px dashed #d46b08', padding: '0 2px' }}
      >
        {printed}
      </Typography.Link>
    </Popover>
  );
}

/** The records behind a figure (its `href`: the metric's drill-down, same period and cell). */
export function FigureDrawer({ figure, onClose }: { figure: ReportFigure | null; onClose: () => void }) {
  const t = useT();
  const [page, setPage] = useState(1);
  const records = useQuery({
    queryKey: ['reports', 'figure', figure?.href, page],
    queryFn: () => {
      const url = new URL(figure!.href, window.location.origin);
      url.searchParams.set('page', String(page));
      url.searchParams.set('pageSize', '20');
      return api.get<RecordPageData>(`${url.pathname}${url.search}`);
    },
    enabled: figure !== null,
  });
  return (
    <Drawer
      open={figure !== null}
      onClose={() => {
        setPage(1);
        onClose();
      }}
      size={960}
      title={figure ? t('reports.figure.records', { key: figureName(figure) }) : ''}
    >
      {figure ? <FigureFacts figure={figure} /> : null}
      {records.error ? <ErrorAlert error={records.error} /> : null}
      <RecordPageTable
        data={records.data}
        loading={records.isFetching}
        page={page}
        onPage={setPage}
        showTotal={(total) => t('reports.figure.total', { total })}
      />
    </Drawer>
  );
}
