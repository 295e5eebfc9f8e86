/**
 * The figures a module accepts by import (decision 0033): declared in its manifest (`importedFigures`), so an
 * import names only known keys and the template's 填写说明 can list them with their units.
 */

/**
 * `count` = 件 (a whole number, not negative); `change` = 增/减 (a whole number, may be negative);
 * `wan_yuan` = 万元 (decimals allowed, as the 30号 table 二 asks).
 */
export type ImportedFigureUnit = 'count' | 'change' | 'wan_yuan';

export interface ImportedFigureDef {
  /** `<module>.<table>.<name>`, e.g. `disclosure.table2.licensing_decisions`. */
  key: string;
  /** zh-CN, as the report's cell reads: "行政许可 本年处理决定数量". */
  label: string;
  unit: ImportedFigureUnit;
  /** The report years the figure is asked for (a format that changed). */
  years?: { from?: number; to?: number };
}

const FIGURE_KEY = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*){2}$/;
const figures = new Map<string, ImportedFigureDef>();

/** Declares an importable figure (listed in a manifest's `importedFigures`). */
export function defineImportedFigure(def: ImportedFigureDef): ImportedFigureDef {
  if (!FIGURE_KEY.test(def.key)) throw new Error(`Imported figure ${def.key}: use <module>.<table>.<name>`);
  return Object.freeze(def);
}

/** Registers a declared figure (kernel boot only). */
export function registerImportedFigure(def: ImportedFigureDef): void {
  const existing = figures.get(def.key);
  if (existing && existing !== def) throw new Error(`Imported figure ${def.key} is declared twice`);
  figures.set(def.key, def);
}

export const getImportedFigureDef = (key: string) => figures.get(key);
export const listImportedFigureDefs = () => [...figures.values()];

/** Whether the figure is asked for in a report year. */
export const isFigureOfYear = (def: ImportedFigureDef, year: number) =>
  (def.years?.from ?? 0) <= year && year <= (def.years?.to ?? 9999);
