import { Typography } from 'antd';
import type { ReactNode } from 'react';
import type {
  AnnualReport,
  ReportFigure,
  ReportParagraph,
  ReportTableCell,
} from '../../../common/contracts/reports/annual.js';
import { useT } from '../i18n.js';
import { segmentFigures } from './figure-segments.js';
import { ReportTableGrid } from './ReportTableGrid.js';
import './messages.js';

/** How the page shows things the print does not: figures as links or tokens, a paragraph's edit frame. */
export interface DocumentRenderers {
  /** A figure inside a sentence; plain text when absent (the public page). */
  figure?: (figure: ReportFigure, printed: string) => ReactNode;
  /** A number cell of a table; plain when absent. */
  cell?: (cell: ReportTableCell) => ReactNode;
  /** Wraps a paragraph (the editor frames it with its tools); `section`/`area` say where it stands. */
  paragraph?: (p: ReportParagraph, body: ReactNode, place: { section: number }) => ReactNode;
  /** Extra content at the end of a section (e.g. "add a paragraph"). */
  sectionEnd?: (section: number) => ReactNode;
}

const body = { fontFamily: '"FangSong", "STFangsong", "仿宋", "Noto Serif CJK SC", serif', fontSize: 16 };

/** A paragraph's text with each figure shown by the renderer (or plain). */
export function ParagraphText({ p, figure }: { p: ReportParagraph; figure?: DocumentRenderers['figure'] }) {
  if (!figure || p.figures.length === 0) return <>{p.text}</>;
  return (
    <>
      {segmentFigures(p.text, p.figures).map((s, i) =>
        // Segments are positional within one paragraph's text.
        // biome-ignore lint/suspicious/noArrayIndexKey: positional runs of one sentence
        s.kind === 'figure' ? <span key={i}>{figure(s.figure, s.text)}</span> : <span key={i}>{s.text}</span>,
      )}
    </>
  );
}

/**
 * The report as it will print: title, opening, the five (or six) sections with their areas (一)… and
 * paragraphs 一是…, the tables in their merged layout, the closing and the signature.
 */
export function ReportDocument({
  report,
  renderers = {},
}: {
  report: AnnualReport;
  renderers?: DocumentRenderers;
}) {
  return (
    <article className="report-document" style={{ ...body, lineHeight: 1.9, color: '#000' }}>
      <h1
        style={{
          textAlign: 'center',
          fontFamily: 'serif',
          fontSize: 26,
          fontWeight: 600,
          margin: '8px 0 24px',
        }}
      >
        {report.title}
      </h1>
      {report.opening ? <p style={{ textIndent: '2em' }}>{report.opening}</p> : null}
      {report.sections.map((section) => (
        <section key={section.no} data-section={section.no}>
          <h2
            style={{
              fontFamily: '"SimHei", "黑体", sans-serif',
              fontSize: 17,
              margin: '16px 0 4px',
              textIndent: '2em',
            }}
          >
            {section.heading}
          </h2>
          {section.paragraphs.map((p, i) => {
            if (p.kind === 'heading')
              return (
                <h3
                  // biome-ignore lint/suspicious/noArrayIndexKey: headings carry no id; their place is their identity
                  key={`h${i}`}
                  style={{
                    fontFamily: '"KaiTi", "楷体", serif',
                    fontSize: 16,
                    fontWeight: 600,
                    margin: '8px 0',
                    textIndent: '2em',
                  }}
                >
                  {p.text}
                </h3>
              );
            const text = (
              <p style={{ textIndent: '2em', margin: '4px 0' }} data-paragraph={p.id}>
                <ParagraphText p={p} figure={renderers.figure} />
              </p>
            );
            return (
              <div key={p.id ?? `p${i}`}>
                {renderers.paragraph ? renderers.paragraph(p, text, { section: section.no }) : text}
              </div>
            );
          })}
          {section.table ? <SectionTable report={report} name={section.table} cell={renderers.cell} /> : null}
          {renderers.sectionEnd?.(section.no)}
        </section>
      ))}
      {report.closing.map((line) => (
        <p key={line} style={{ textIndent: '2em' }}>
          {line}
        </p>
      ))}
      <div style={{ textAlign: 'right', marginTop: 24 }}>
        {report.signature.organs.map((o) => (
          <div key={o}>{o}</div>
        ))}
        {report.signature.dateOn ? <div>{report.signature.dateOn}</div> : null}
      </div>
    </article>
  );
}

function SectionTable({
  report,
  name,
  cell,
}: {
  report: AnnualReport;
  name: string;
  cell?: DocumentRenderers['cell'];
}) {
  const t = useT();
  const table = report.tables[name];
  if (!table) return <Typography.Text type="secondary">{t('reportDoc.noTable', { name })}</Typography.Text>;
  return (
    <ReportTableGrid layout={table.layout} caption={t('reportDoc.table', { name })} renderNumber={cell} />
  );
}
