import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from '@ant-design/icons';
import { Empty } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { EChart } from '../../../common/components/EChart.js';
import { useLocale, useT } from '../../../common/i18n.js';
import { useShell } from '../../shell.js';
import { subjectLink } from '../home/due-items.js';
import { trendOption } from './screen-charts.js';
import {
  changeOf,
  formatFigure,
  type Headline,
  onTimeShare,
  RAG_COLOURS,
  rankedDepartments,
  type Screen,
  tileColumns,
} from './screen-format.js';

/** What a click on the screen drills down to: a figure's records, a unit's deadlines, the week's clocks. */
export type Drill =
  | { kind: 'figure'; metricKey: string; title: string; from: string; to: string }
  | { kind: 'unit'; unitId: string; unitName: string }
  | { kind: 'due' };

type OnDrill = (drill: Drill) => void;

/** A panel of the screen: a heading (with a note on the right) and a body that never scrolls the page. */
export function Panel(props: {
  id: string;
  area?: string;
  title: string;
  note?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="fz-screen-panel" data-testid={`screen-${props.id}`} style={{ gridArea: props.area }}>
      <h2>
        <span>{props.title}</span>
        {props.note ? <small>{props.note}</small> : null}
      </h2>
      <div className="fz-screen-body">{props.children}</div>
    </section>
  );
}

/** A number that opens what is behind it. */
export function Figure(props: { children: ReactNode; onOpen: () => void; label: string; style?: object }) {
  return (
    <button
      type="button"
      className="fz-screen-number"
      aria-label={props.label}
      onClick={props.onOpen}
      style={props.style}
    >
      {props.children}
    </button>
  );
}

const ARROWS = { up: <ArrowUpOutlined />, down: <ArrowDownOutlined />, level: <MinusOutlined /> };

/** The installed modules' headline figures, each beside last year's value. */
export function HeadlineStrip({ s, onDrill }: { s: Screen; onDrill: OnDrill }) {
  const t = useT();
  const { label, locale } = useLocale();
  if (s.headlines.length === 0)
    return <div className="fz-screen-figure fz-muted">{t('admin.screen.noHeadlines')}</div>;
  const open = (h: Headline) =>
    onDrill({
      kind: 'figure',
      metricKey: h.metricKey,
      title: t('admin.screen.recordsOf', { label: label(h.label), year: s.year }),
      from: `${s.year}-01-01`,
      to: `${s.year}-12-31`,
    });
  return (
    <div className="fz-screen-headlines" data-testid="screen-headlines">
      {s.headlines.map((h) => {
        const change = changeOf(h);
        return (
          <div key={h.metricKey} className="fz-screen-figure" data-metric={h.metricKey}>
            <div className="fz-label" title={label(h.label)}>
              {label(h.label)}
            </div>
            <Figure label={label(h.label)} onOpen={() => open(h)}>
              {formatFigure(h.value, h.unit, locale)}
            </Figure>
            <div className="fz-change">
              {t('admin.screen.lastYear', { value: formatFigure(h.lastYear, h.unit, locale) })}{' '}
              {ARROWS[change.direction]} {change.text}
            </div>
          </div>
        );
      })}
    </div>
  );
}

/** The overview's monthly series; a bar opens that month's records. */
export function TrendPanel({ s, onDrill }: { s: Screen; onDrill: OnDrill }) {
  const t = useT();
  const { label, locale } = useLocale();
  const hasData = s.trends.series.some((x) => x.total > 0);
  return (
    <Panel id="trends" area="trend" title={t('admin.screen.trends')} note={String(s.year)}>
      {hasData ? (
        <EChart
          option={trendOption(s.trends, label, locale)}
          style={{ height: '100%', minHeight: 200 }}
          onClickItem={(_, at) => {
            const series = s.trends.series[at.seriesIndex];
            const month = s.trends.months[at.dataIndex];
            if (!series?.metricKey || !month) return;
            const last = new Date(Date.UTC(s.year, at.dataIndex + 1, 0)).getUTCDate();
            onDrill({
              kind: 'figure',
              metricKey: series.metricKey,
              title: t('admin.screen.monthRecords', { series: label(series.label), month }),
              from: `${month}-01`,
              to: `${month}-${String(last).padStart(2, '0')}`,
            });
          }}
        />
      ) : (
        <Empty description={t('admin.screen.trendsEmpty', { year: s.year })} />
      )}
    </Panel>
  );
}

/** Red / amber / green by department, red first; a row opens the department's deadlines. */
export function DepartmentPanel({ s, onDrill, rows }: { s: Screen; onDrill: OnDrill; rows: number }) {
  const t = useT();
  const shown = rankedDepartments(s.departments, rows);
  const legend = t('admin.screen.legend', {
    red: s.thresholds.red.overdueAtLeast,
    amber: s.thresholds.amber.dueSoonAtLeast,
  });
  return (
    <Panel id="departments" area="depts" title={t('admin.screen.departments')} note={legend}>
      {shown.length === 0 ? (
        <Empty description={t('admin.screen.noDepartments')} />
      ) : (
        <div>
          <div className="fz-screen-row fz-head">
            <span />
            <span>{t('admin.screen.colUnit')}</span>
            <span>{t('admin.screen.colOverdue')}</span>
            <span>{t('admin.screen.colOnTime')}</span>
            <span>{t('admin.screen.colOpen')}</span>
            <span />
          </div>
          {shown.map((d) => {
            const open = () => onDrill({ kind: 'unit', unitId: d.unitId, unitName: d.unitName });
            return (
              <div key={d.unitId} className="fz-screen-row" data-rating={d.rating}>
                <span className="fz-dot" style={{ background: RAG_COLOURS[d.rating] }} />
                <span className="fz-ellipsis" title={d.unitName}>
                  {d.unitName}
                </span>
                <Figure
                  label={`${d.unitName} ${t('admin.screen.colOverdue')}`}
                  onOpen={open}
                  style={{ color: d.overdue ? RAG_COLOURS.red : undefined }}
                >
                  {d.overdue}
                </Figure>
                <Figure label={`${d.unitName} ${t('admin.screen.colOnTime')}`} onOpen={open}>
                  {d.onTime}
                </Figure>
                <Figure label={`${d.unitName} ${t('admin.screen.colOpen')}`} onOpen={open}>
                  {d.open}
                </Figure>
                <ShareBar share={onTimeShare(d)} colour={RAG_COLOURS[d.rating]} />
              </div>
            );
          })}
        </div>
      )}
    </Panel>
  );
}

function ShareBar({ share, colour }: { share: number; colour: string }) {
  return (
    <span
      title={`${(share * 100).toFixed(0)}%`}
      style={{ height: 6, background: 'rgba(255,255,255,0.1)', borderRadius: 3 }}
    >
      <span
        style={{ display: 'block', height: 6, width: `${share * 100}%`, background: colour, borderRadius: 3 }}
      />
    </span>
  );
}

/** The streets as tiles coloured by their overdue work; the figures still to come are named underneath. */
export function AreaPanel({ s, onDrill }: { s: Screen; onDrill: OnDrill }) {
  const t = useT();
  const { label, locale } = useLocale();
  const { tiles, awaiting } = s.areas;
  const separator = locale === 'en-US' ? ', ' : '、';
  return (
    <Panel id="areas" area="areas" title={t('admin.screen.areas')} note={t('admin.screen.areasSource')}>
      <div
        className="fz-screen-tiles"
        style={{ gridTemplateColumns: `repeat(${tileColumns(tiles.length, 1)}, minmax(0, 1fr))` }}
      >
        {tiles.map((tile) => (
          <button
            type="button"
            key={tile.unitId}
            className="fz-screen-tile"
            data-rating={tile.rating}
            style={{ borderLeftColor: RAG_COLOURS[tile.rating] }}
            onClick={() => onDrill({ kind: 'unit', unitId: tile.unitId, unitName: tile.unitName })}
          >
            <div className="fz-ellipsis" style={{ fontWeight: 600 }}>
              {tile.unitName}
            </div>
            <div className="fz-muted fz-ellipsis" style={{ fontSize: 12 }}>
              {t('admin.screen.villages', { count: tile.children })}
            </div>
            <div style={{ fontSize: 12 }}>
              <span style={{ color: tile.overdue ? RAG_COLOURS.red : undefined }}>
                {t('admin.screen.areaOverdue', { count: tile.overdue })}
              </span>
              <span className="fz-muted"> · {t('admin.screen.areaOpen', { count: tile.open })}</span>
            </div>
            {tile.figures.map((f) => (
              <div
                key={f.metricKey}
                className="fz-muted fz-ellipsis"
                style={{ fontSize: 12 }}
                data-testid={`tile-figure-${f.metricKey}`}
              >
                {`${label(f.label)} ${formatFigure(f.value, f.unit, locale)}`}
              </div>
            ))}
          </button>
        ))}
      </div>
      {awaiting.length ? (
        <p className="fz-muted" style={{ margin: '10px 0 0', fontSize: 12 }} data-testid="screen-awaiting">
          {t('admin.screen.awaiting', { figures: awaiting.map((a) => label(a.label)).join(separator) })}
        </p>
      ) : null}
    </Panel>
  );
}

type DueItem = Screen['dueThisWeek']['items'][number];

/** The record page a week's clock opens (the page its module names for the subject), if any. */
export function useDueLink(): (item: DueItem) => string | undefined {
  const { webModules } = useShell();
  return (item) =>
    subjectLink(
      { ...item, status: 'running', urgency: 'ok', explanation: '', provisional: false },
      webModules.get(item.clockKey.split('.')[0] ?? ''),
    );
}

/** The clocks due in the next 7 days: their count (opening all) and the earliest, each opening its record. */
export function DuePanel({ s, onDrill, rows }: { s: Screen; onDrill: OnDrill; rows: number }) {
  const t = useT();
  const linkOf = useDueLink();
  const { count, items, from, to } = s.dueThisWeek;
  return (
    <Panel id="due" area="due" title={t('admin.screen.due')} note={t('admin.screen.dueRange', { from, to })}>
      <Figure
        label={t('admin.screen.due')}
        onOpen={() => onDrill({ kind: 'due' })}
        style={{ fontSize: 34, fontWeight: 600 }}
      >
        {t('admin.screen.dueCount', { count })}
      </Figure>
      {count === 0 ? <div className="fz-muted">{t('admin.screen.dueEmpty')}</div> : null}
      <div>
        {items.slice(0, rows).map((i) => {
          const link = linkOf(i);
          return (
            <div
              key={i.clockId}
              className="fz-screen-row"
              style={{ gridTemplateColumns: '88px minmax(0, 1fr) minmax(0, 9em)' }}
            >
              <span className="fz-muted">{i.dueOn}</span>
              <span className="fz-ellipsis" title={i.title}>
                {link ? <Link to={link}>{i.title}</Link> : i.title}
              </span>
              <span className="fz-ellipsis fz-muted" title={i.unitName ?? ''}>
                {i.unitName}
              </span>
            </div>
          );
        })}
      </div>
      {count > rows ? (
        <div className="fz-muted" style={{ fontSize: 12, marginTop: 4 }}>
          {t('admin.screen.dueMore', { count: count - Math.min(rows, items.length) })}
        </div>
      ) : null}
    </Panel>
  );
}

/** The annual report's stage, or, until the report engine lands, what this panel will show. */
export function ReportPanel({ s }: { s: Screen }) {
  const t = useT();
  const { label } = useLocale();
  const r = s.reportStatus;
  return (
    <Panel id="report" area="report" title={t('admin.screen.report')} note={String(s.year)}>
      {r ? (
        <>
          <div style={{ fontSize: 26, fontWeight: 600 }}>{label(r.label)}</div>
          {r.dueOn ? <div className="fz-muted">{t('admin.screen.reportDue', { date: r.dueOn })}</div> : null}
          {r.link ? <Link to={r.link}>{t('admin.screen.reportOpen')}</Link> : null}
        </>
      ) : (
        <>
          <div style={{ fontSize: 18, fontWeight: 600 }}>
            {t('admin.screen.reportNone', { year: s.year })}
          </div>
          <p className="fz-muted" style={{ marginTop: 8 }}>
            {t('admin.screen.reportNoneHint')}
          </p>
        </>
      )}
    </Panel>
  );
}
