/** The reports module's use cases (decision 0036), one file each; routes, the CLI, files and the demo call them here. */
export type { OrgUnit } from '../../../platform/org/index.js';
export { titleWords } from '../../../platform/reports/index.js';
export { addParagraph } from './add-paragraph.js';
export { createDraft } from './create-draft.js';
export { deadlinesOf, listedDeadlines } from './deadlines.js';
export { dropParagraph } from './drop-paragraph.js';
export { editParagraph } from './edit-paragraph.js';
export { findDrafts, getDraftDetail } from './get-draft-detail.js';
export { importDraftText } from './import-draft-text.js';
export { findPublishedReports, getPublishedReport } from './portal.js';
export {
  annualReport,
  computeDocument,
  differencesOf,
  documentOf,
  findStoredReport,
  sealOfRow,
} from './read-report.js';
export { getReadableDraft, isFrozen, type StoredDraft } from './records.js';
export { regenerateDraft } from './regenerate-draft.js';
export { districtReportStatus, reportStatusSource } from './report-status.js';
export { fireReportTransition, reportTransitions, toRecord } from './transitions.js';
export { updateDraftText } from './update-draft-text.js';
