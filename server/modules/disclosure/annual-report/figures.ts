/**
 * The figures the disclosure report takes from an import (decision 0033), derived from the tables' own
 * definitions so a key exists exactly where a cell asks for it: table 二's imported cells in each format, and
 * the 15 of table 四.
 */
import { defineImportedFigure, type ImportedFigureDef } from '../../../platform/reports/index.js';
import { type Table2Format, table2Blocks } from './table2-layout.js';
import { TABLE4_GROUPS, TABLE4_RESULTS, table4FigureKey } from './table4.js';

const FORMAT_YEARS: Record<Table2Format, { from?: number; to?: number }> = {
  '2019': { to: 2020 },
  '2021': { from: 2021 },
};

function table2Figures(): ImportedFigureDef[] {
  const byKey = new Map<string, { def: Omit<ImportedFigureDef, 'years'>; formats: Set<Table2Format> }>();
  for (const format of ['2021', '2019'] as const)
    for (const block of table2Blocks(format))
      for (const row of block.rows)
        row.cells.forEach((cell, i) => {
          if (!('imported' in cell)) return;
          const entry = byKey.get(cell.imported) ?? {
            def: {
              key: cell.imported,
              label: `表二 ${row.label} ${block.columns[i]!.label}`,
              unit: cell.unit,
            },
            formats: new Set<Table2Format>(),
          };
          entry.formats.add(format);
          byKey.set(cell.imported, entry);
        });
  return [...byKey.values()].map(({ def, formats }) =>
    defineImportedFigure(formats.size === 2 ? def : { ...def, years: FORMAT_YEARS[[...formats][0]!] }),
  );
}

const table4Figures = (): ImportedFigureDef[] =>
  TABLE4_GROUPS.flatMap((g) =>
    TABLE4_RESULTS.map((r) =>
      defineImportedFigure({
        key: table4FigureKey(g.key, r.key),
        label: `表四 ${g.label} ${r.label}`,
        unit: 'count',
      }),
    ),
  );

export const disclosureImportedFigures: readonly ImportedFigureDef[] = [
  ...table2Figures(),
  ...table4Figures(),
];
