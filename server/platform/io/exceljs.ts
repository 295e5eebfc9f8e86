import type ExcelJSModule from 'exceljs';

let loading: Promise<typeof ExcelJSModule> | undefined;

/**
 * exceljs, loaded at the first spreadsheet rather than at every start: it is the heaviest library the server
 * uses (0.2–0.6 s to load on these machines; issue #18). Files that need it import only its types statically.
 */
export function loadExcelJS(): Promise<typeof ExcelJSModule> {
  loading ??= import('exceljs').then((m) => m.default);
  return loading;
}
