import type { ReactNode } from 'react';
import type { ReportTableCell } from '../../../common/contracts/reports/annual.js';

/** How a number cell is shown: a link to its records for staff, plain text for the public. */
export type CellRenderer = (cell: ReportTableCell) => ReactNode;

const border = '1px solid #333';

/** A report table in its official layout, merged cells as the engine lays them out (`layout`). */
export function ReportTableGrid({
  layout,
  caption,
  renderNumber,
}: {
  layout: ReportTableCell[][];
  caption: string;
  renderNumber?: CellRenderer;
}) {
  return (
    <table
      className="report-table"
      style={{ borderCollapse: 'collapse', width: '100%', fontSize: 14, margin: '12px 0' }}
    >
      <caption style={{ captionSide: 'top', fontWeight: 600, padding: 6 }}>{caption}</caption>
      <tbody>
        {layout.map((row, r) => (
          // The layout is positional and fixed for a year's format: the index is the row's identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: positional rows of a fixed layout
          <tr key={r}>
            {row.map((cell, c) => {
              const Tag = cell.header ? 'th' : 'td';
              const isNumber = cell.figure !== undefined;
              return (
                <Tag
                  // biome-ignore lint/suspicious/noArrayIndexKey: positional cells of a fixed layout
                  key={c}
                  colSpan={cell.colSpan}
                  rowSpan={cell.rowSpan}
                  style={{
                    border,
                    padding: '4px 6px',
                    textAlign: isNumber ? 'right' : cell.header ? 'center' : 'left',
                    fontWeight: cell.header ? 600 : 400,
                    background: cell.header ? '#fafafa' : undefined,
                  }}
                >
                  {isNumber && renderNumber ? renderNumber(cell) : cell.text}
                </Tag>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
