// EChart is imported from './EChart.js' directly, so pages without a chart do not load echarts.
export { ActionButtons, type ProcedureAction } from './ActionButtons.js';
export { DueCalculator } from './DueCalculator.js';
export { ErrorAlert } from './ErrorAlert.js';
export { ExportButton } from './ExportButton.js';
export { ImportButton, type ImportResult } from './ImportButton.js';
export { NotFound } from './NotFound.js';
export { PageHeader } from './PageHeader.js';
export { ReasonDialog } from './ReasonDialog.js';
export { LanguageSwitch } from './LanguageSwitch.js';
export { RecordYearSelect, useRecordYear, useRecordYearsQuery } from './RecordYearSelect.js';
export { RecordPageTable, type RecordPageData } from './RecordPageTable.js';
