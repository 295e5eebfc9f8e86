/** The case use cases (one file each); routes, io and tests call them from here. */

export { type CaseClockView, caseClocks } from './case-clocks.js';
export {
  addEvidence,
  type EvidenceFile,
  type EvidenceUpload,
  getEvidenceFile,
  sha256Of,
} from './evidence.js';
export { extendHandlingPeriod } from './extend-handling.js';
export { type HandlingPauseView, recordHandlingPause } from './handling-pause.js';
export { type CaseFilters, type CaseListRow, findCases, findCasesForExport } from './find-cases.js';
export { findReviewQueue, type ReviewQueueRow } from './find-reviews.js';
export { caseTransitions, fireCaseTransition } from './fire-transition.js';
export { type CaseDetailData, getCase } from './get-case.js';
export { openCase } from './open-case.js';
export { CASE_REGISTER_KIND, suggestCaseNumber } from './suggest-case-number.js';
export { type CaseWithUnit, CASE_SUBJECT_TYPE } from './records.js';
export { importCases } from './import-cases.js';
export { exportCaseRows } from './export-cases.js';
