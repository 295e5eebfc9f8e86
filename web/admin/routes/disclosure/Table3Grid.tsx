import type { CSSProperties } from 'react';
import { useT } from '../../../common/i18n.js';
import { type LaidOutRow, RESULTS_LABEL } from './table3-layout.js';
import { TABLE3_COLUMN_KEYS } from './table3-api.js';
import '../../../common/disclosure/messages.js';

const border = '1px solid #595959';
const cell: CSSProperties = { border, padding: '4px 8px', fontSize: 13, lineHeight: 1.5 };
const head: CSSProperties = { ...cell, textAlign: 'center', fontWeight: 600, background: '#fafafa' };
const num: CSSProperties = { ...cell, textAlign: 'center', width: 76, fontVariantNumeric: 'tabular-nums' };

interface Props {
  rows: LaidOutRow[];
  onCell: (row: LaidOutRow, column: string) => void;
}

/** Table 三 as the template prints it: the 3-row header, the merged label cells, 7 value columns. */
export function Table3Grid({ rows, onCell }: Props) {
  const t = useT();
  const col = (key: string) => t(`disclosure.table3.columns.${key}`);
  return (
    <table
      data-testid="table3"
      style={{ borderCollapse: 'collapse', width: '100%', minWidth: 960, background: '#fff' }}
    >
      <colgroup>
        <col style={{ width: 44 }} />
        <col style={{ width: 96 }} />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th colSpan={3} rowSpan={3} style={{ ...head, fontWeight: 400, fontSize: 12 }}>
            {t('disclosure.table3.balanceNote')}
          </th>
          <th colSpan={7} style={head}>
            {t('disclosure.table3.applicants')}
          </th>
        </tr>
        <tr>
          <th rowSpan={2} style={head}>
            {col('natural_person')}
          </th>
          <th colSpan={5} style={head}>
            {t('disclosure.table3.legalPersons')}
          </th>
          <th rowSpan={2} style={head}>
            {col('total')}
          </th>
        </tr>
        <tr>
          {TABLE3_COLUMN_KEYS.slice(1, 6).map((k) => (
            <th key={k} style={head}>
              {col(k)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.index} data-row={row.index}>
            {row.starts.map((s) => (
              <td
                key={s.label}
                rowSpan={s.rowspan}
                style={{
                  ...cell,
                  textAlign: 'center',
                  ...(s.label === RESULTS_LABEL ? { writingMode: 'vertical-rl', letterSpacing: 4 } : {}),
                }}
              >
                {s.label}
              </td>
            ))}
            <td colSpan={row.labelSpan} style={cell}>
              {row.label}
            </td>
            {row.values.map((v, i) => {
              const key = TABLE3_COLUMN_KEYS[i] ?? String(i);
              const total = i === 6;
              return (
                <td key={key} style={{ ...num, fontWeight: total ? 600 : 400 }}>
                  {v > 0 ? (
                    <button
                      type="button"
                      className="table3-cell"
                      aria-label={`${row.label} · ${col(key)}：${v}`}
                      onClick={() => onCell(row, key)}
                      style={{
                        border: 'none',
                        background: 'none',
                        color: '#1677ff',
                        cursor: 'pointer',
                        font: 'inherit',
                        padding: 0,
                      }}
                    >
                      {v}
                    </button>
                  ) : (
                    v
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
